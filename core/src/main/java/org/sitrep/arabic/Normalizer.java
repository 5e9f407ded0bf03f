package org.sitrep.arabic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Folds Arabic spelling variants for lookup by the rules of {@code normalization.tsv} (code point → text). */
public final class Normalizer {
    private final Map<Integer, String> rules;

    private Normalizer(Map<Integer, String> rules) {
        this.rules = Map.copyOf(rules);
    }

    static Normalizer of(List<String[]> rows) {
        Map<Integer, String> rules = new HashMap<>();
        for (String[] row : rows) {
            String to = row.length > 1 && !row[1].isBlank() ? Character.toString(Integer.parseInt(row[1].strip(), 16))
                    : "";
            rules.put(Integer.parseInt(row[0].strip(), 16), to);
        }
        return new Normalizer(rules);
    }

    /** The normalized form of a word or phrase (whitespace runs become one space). */
    public String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                String to = rules.get(c);
                if (to == null) {
                    out.appendCodePoint(c);
                } else {
                    out.append(to);
                }
            }
        });
        return out.toString().strip();
    }
}
