package org.sitrep.arabic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Strips Arabic proclitics (و، ف، ب، ل، ك، لل) by the stages of {@code clitics.tsv}, to look a word up. */
public final class Clitics {
    private static final int MIN_STEM = 2;

    /** One prefix of a stage and what it leaves in its place. */
    private record Rule(int stage, String prefix, String replacement) {
    }

    private final List<Rule> rules;

    private Clitics(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Clitics of(List<String[]> rows, Normalizer normalizer) {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : rows) {
            rules.add(new Rule(Integer.parseInt(row[0].strip()), normalizer.normalize(row[1]),
                    row.length > 2 ? normalizer.normalize(row[2]) : ""));
        }
        return new Clitics(rules);
    }

    /** The word itself, then each form left by stripping proclitics stage by stage (each stage optional). */
    public List<String> variants(String normalized) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalized);
        int stages = rules.stream().mapToInt(Rule::stage).max().orElse(0);
        for (int stage = 1; stage <= stages; stage++) {
            for (String form : List.copyOf(forms)) {
                for (Rule rule : rules) {
                    if (rule.stage() == stage && form.startsWith(rule.prefix())) {
                        String stem = rule.replacement() + form.substring(rule.prefix().length());
                        if (stem.length() - rule.replacement().length() >= MIN_STEM) {
                            forms.add(stem);
                        }
                    }
                }
            }
        }
        return List.copyOf(forms);
    }
}
