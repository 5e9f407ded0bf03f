package org.sitrep.nlp;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A sentence's dependencies as an immutable list in their given order, indexed by governor and by dependent: the
 * coders ask for a token's children and head many times a sentence, and a scan of every dependency each time was a
 * tenth of the coding chain.
 */
final class Dependencies extends AbstractList<Dependency> implements RandomAccess {
    private static final int[] NONE = new int[0];
    private final Dependency[] all;
    /** The lowest governor or dependent index: array slot 0. */
    private final int offset;
    /** For each governor, the positions of its dependencies in list order. */
    private final int[][] byGovernor;
    /** For each dependent, the position of the first dependency attaching it, or -1. */
    private final int[] byDependent;

    private Dependencies(List<Dependency> dependencies) {
        this.all = dependencies.toArray(new Dependency[0]);
        int low = 0;
        int high = -1;
        for (Dependency d : all) {
            Objects.requireNonNull(d, "dependency");
            low = Math.min(low, Math.min(d.governor(), d.dependent()));
            high = Math.max(high, Math.max(d.governor(), d.dependent()));
        }
        this.offset = low;
        int slots = high - low + 1;
        int[] counts = new int[slots];
        for (Dependency d : all) {
            counts[d.governor() - low]++;
        }
        this.byGovernor = new int[slots][];
        for (int s = 0; s < slots; s++) {
            byGovernor[s] = counts[s] == 0 ? NONE : new int[counts[s]];
        }
        int[] filled = new int[slots];
        this.byDependent = new int[slots];
        java.util.Arrays.fill(byDependent, -1);
        for (int p = 0; p < all.length; p++) {
            int g = all[p].governor() - low;
            byGovernor[g][filled[g]++] = p;
            int d = all[p].dependent() - low;
            if (byDependent[d] < 0) {
                byDependent[d] = p;
            }
        }
    }

    /** The list of a sentence: an indexed copy, or the list itself where it is one already. */
    static Dependencies of(List<Dependency> dependencies) {
        return dependencies instanceof Dependencies indexed ? indexed : new Dependencies(dependencies);
    }

    @Override
    public Dependency get(int index) {
        return all[index];
    }

    @Override
    public int size() {
        return all.length;
    }

    /** The positions of a governor's dependencies, in list order; none for an index no dependency names. */
    int[] ofGovernor(int governor) {
        int slot = governor - offset;
        return slot < 0 || slot >= byGovernor.length ? NONE : byGovernor[slot];
    }

    /** The position of the first dependency attaching a token, or -1. */
    int ofDependent(int dependent) {
        int slot = dependent - offset;
        return slot < 0 || slot >= byDependent.length ? -1 : byDependent[slot];
    }
}
