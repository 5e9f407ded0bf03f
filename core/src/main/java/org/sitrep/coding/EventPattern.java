package org.sitrep.coding;

import java.util.List;
import java.util.Set;

/** One trigger rule of {@code event-patterns.tsv}: a verb or noun lemma, its condition, and its codes. */
record EventPattern(boolean noun, String lemma, Set<String> condition, String plover, String cameo, String acled,
                    double confidence) {

    static final String TERRITORY = "TERRITORY";

    static List<EventPattern> load() {
        return CodingResources.rows("event-patterns.tsv").stream().map(f -> {
            if (f.length != 7) {
                throw new IllegalStateException("event-patterns.tsv: expected 7 columns, found " + f.length
                        + " in " + String.join(" ", f));
            }
            Set<String> condition = f[2].equals("-") ? Set.of()
                    : Set.of(f[2].substring(f[2].indexOf('=') + 1).split("\\|"));
            return new EventPattern(f[0].equals("N"), f[1], condition, f[3], f[4], f[5], Double.parseDouble(f[6]));
        }).toList();
    }

    boolean isTerritorial() {
        return acled.equals(TERRITORY);
    }

    boolean isStatement() {
        return plover.equals("STATEMENT");
    }
}
