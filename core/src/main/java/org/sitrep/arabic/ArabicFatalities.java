package org.sitrep.arabic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how many people an Arabic sentence says were killed, by ACLED's rules and {@code fatalities.tsv}: deaths
 * only, the figure nearest the first death word that has one ("مقتل 12 شخصا", "12 شخصا قتلوا", "لقي ستة …
 * مصرعهم"), digits or number words, vague figures as counted ("عشرات" = 12), none where deaths come without a
 * figure; a figure of the wounded, of years or of shells is none. Immutable; thread-safe.
 */
public final class ArabicFatalities {
    private static final int AFTER = 3;
    private static final int BEFORE = 7;
    private static final int MAX_DIGITS = 6;
    private static final int YEAR_FROM = 1900;
    private static final int YEAR_TO = 2100;
    private final Clitics clitics;
    private final Set<String> deaths = new HashSet<>();
    private final Set<String> wounds = new HashSet<>();
    private final Set<String> notCounts = new HashSet<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> scales = new HashMap<>();

    private ArabicFatalities(ArabicPack pack) {
        this.clitics = pack.clitics();
        for (String[] row : ArabicPack.rows("fatalities.tsv")) {
            for (String form : row[1].split("\\|")) {
                String word = pack.normalizer().normalize(form.strip());
                switch (row[0].strip()) {
                    case "death" -> deaths.add(word);
                    case "wound" -> wounds.add(word);
                    case "notcount" -> notCounts.add(word);
                    case "number" -> numbers.put(word, Integer.parseInt(row[2].strip()));
                    case "scale" -> scales.put(word, Integer.parseInt(row[2].strip()));
                    default -> throw new IllegalStateException("ar/fatalities.tsv: unknown kind " + row[0]);
                }
            }
        }
    }

    public static ArabicFatalities load(ArabicPack pack) {
        return new ArabicFatalities(pack);
    }

    /** The deaths the sentence reports, if it gives a figure. */
    public Optional<Integer> count(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!is(deaths, letters(tokens.get(i)))) {
                continue;
            }
            Optional<Integer> attached = digits(tokens.get(i)); // "بمقتل31 شخصا"
            if (attached.isPresent()) {
                return attached;
            }
            Optional<Integer> found = nearest(tokens, i);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The figure nearest a death word: after it first ("مقتل 12"), then before it ("12 شخصا قتلوا"). */
    private Optional<Integer> nearest(List<Token> tokens, int death) {
        for (int d = 1; d <= Math.max(AFTER, BEFORE); d++) {
            if (d <= AFTER && death + d < tokens.size()) {
                Optional<Integer> after = figure(tokens, death + d);
                if (after.isPresent()) {
                    return after;
                }
            }
            if (death - d >= 0) {
                Optional<Integer> before = figure(tokens, death - d);
                if (before.isPresent()) {
                    return before;
                }
            }
        }
        return Optional.empty();
    }

    /** The figure a token gives, scaled by the word after it, unless that word makes it no head count. */
    private Optional<Integer> figure(List<Token> tokens, int k) {
        String word = tokens.get(k).normal();
        Optional<Integer> value = word.matches("\\d{1," + MAX_DIGITS + "}")
                ? Optional.of(Integer.parseInt(word)).filter(n -> n < YEAR_FROM || n > YEAR_TO)
                : clitics.variants(word).stream().map(numbers::get).filter(java.util.Objects::nonNull).findFirst();
        if (value.isEmpty() || k + 1 >= tokens.size()) {
            return value;
        }
        String next = tokens.get(k + 1).normal();
        if (is(wounds, next) || is(notCounts, next)) {
            return Optional.empty();
        }
        Integer scale = scales.get(next);
        return scale == null ? value : value.map(n -> n * scale);
    }

    private boolean is(Set<String> words, String normal) {
        return clitics.variants(normal).stream().anyMatch(words::contains);
    }

    /** The token's letters before any digits it ends with. */
    private static String letters(Token token) {
        return token.normal().replaceFirst("\\d+$", "");
    }

    private static Optional<Integer> digits(Token token) {
        String normal = token.normal();
        String tail = normal.replaceFirst("^\\D+", "");
        return !tail.isEmpty() && !tail.equals(normal) && tail.length() <= MAX_DIGITS && tail.matches("\\d+")
                ? Optional.of(Integer.parseInt(tail)) : Optional.empty();
    }
}
