package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores predicted spans against gold ones: exact (same span and type, the conlleval definition), per type, or
 * relaxed (overlapping spans, type ignored, each span matched at most once, as TempEval-3 does).
 */
public final class SpanScorer {
    private SpanScorer() {
    }

    /** Exact-span, same-type matching. */
    public static Scores exact(Collection<TypedSpan> gold, Collection<TypedSpan> predicted) {
        Set<TypedSpan> goldSet = new HashSet<>(gold);
        int tp = 0;
        for (TypedSpan p : new HashSet<>(predicted)) {
            if (goldSet.contains(p)) {
                tp++;
            }
        }
        return new Scores(tp, new HashSet<>(predicted).size() - tp, goldSet.size() - tp);
    }

    /** Exact matching, per type. */
    public static Map<String, Scores> exactByType(Collection<TypedSpan> gold, Collection<TypedSpan> predicted) {
        Map<String, Scores> byType = new TreeMap<>();
        Set<String> types = new HashSet<>();
        gold.forEach(g -> types.add(g.type()));
        predicted.forEach(p -> types.add(p.type()));
        for (String type : types) {
            byType.put(type, exact(gold.stream().filter(g -> g.type().equals(type)).toList(),
                    predicted.stream().filter(p -> p.type().equals(type)).toList()));
        }
        return byType;
    }

    /** Span matching under a relation (same span, overlap), type ignored; each gold span matched once. */
    public static Scores matched(List<TypedSpan> gold, List<TypedSpan> predicted, BiPredicate<TypedSpan, TypedSpan> match) {
        return scores(pairs(gold, predicted, match).size(), gold.size(), predicted.size());
    }

    /** Greedy one-to-one pairs (gold index, predicted index) in gold order. */
    public static List<int[]> pairs(List<TypedSpan> gold, List<TypedSpan> predicted,
                                    BiPredicate<TypedSpan, TypedSpan> match) {
        List<int[]> pairs = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && match.test(gold.get(g), predicted.get(p))) {
                    used[p] = true;
                    pairs.add(new int[] {g, p});
                    break;
                }
            }
        }
        return pairs;
    }

    static Scores scores(int matched, int gold, int predicted) {
        return new Scores(matched, predicted - matched, gold - matched);
    }
}
