package org.sitrep.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.language.LanguagePack;

/**
 * One row of the language pack's {@code time-rules.tsv}: a pattern over a sentence's words, the TIMEX3 type of what
 * it matches, and how that is normalized. {@code order} is the row's position: among equally long matches the
 * earlier rule wins. {@code context}, where present, must occur in the article before the match's end: the
 * rule reads the expression in the sense that context gives it ("a year earlier" in a report of quarterly results
 * is the year-ago quarter). {@code startPairs} are the pairs of a word's usual characters (lower-case letters,
 * figures, a space second for a one-letter word, a little punctuation) a match may begin with, found once by probing
 * the pattern: the tagger skips the rule at a word that begins with another pair of them.
 */
record TimeRule(int order, TimexType type, Pattern pattern, Set<String> groups, Normalization normalization,
                List<String> arguments, List<String> notBefore, Optional<Pattern> context, BitSet startPairs) {
    static final String FILE = "time-rules.tsv";
    private static final Pattern MACRO = Pattern.compile("<([A-Z][A-Z0-9_]*)>");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-z]+)>");
    private static final int ASCII = 128;
    /**
     * The characters the probe tries, first or second: what a lower-cased word begins with nearly always. A pair with
     * another character is tried at every word; probing all of ASCII cost a fifth of a second at load.
     */
    private static final String PROBED = "abcdefghijklmnopqrstuvwxyz0123456789 _-'.,/$%&:";

    TimeRule {
        groups = Set.copyOf(groups);
        arguments = List.copyOf(arguments);
        notBefore = List.copyOf(notBefore);
        startPairs = (BitSet) startPairs.clone();
    }

    /** The start pairs, as a copy: the record stays immutable. */
    @Override
    public BitSet startPairs() {
        return (BitSet) startPairs.clone();
    }

    /** Whether a match may begin with these two characters (always, where one is not a probed character). */
    boolean mayStartWith(char first, char second) {
        return PROBED.indexOf(first) < 0 || PROBED.indexOf(second) < 0 || startPairs.get(first * ASCII + second);
    }

    /** Whether the article's text up to a match's end gives the rule its context (always, for most rules). */
    boolean inContext(String article, int matchEnd) {
        return context.map(c -> c.matcher(article).region(0, matchEnd).find()).orElse(true);
    }

    /** Whether the word after a match, tagged so, leaves it a time ("2000 people" is a count, not a year). */
    boolean allowsNext(String tag) {
        for (String prefix : notBefore) {
            if (tag.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The pack's rules, macros expanded; fails naming the file and the row when a rule cannot be read. */
    static List<TimeRule> load(LanguagePack pack, TimeWords words) {
        String file = pack.code() + "/" + FILE;
        Map<String, String> macros = new HashMap<>();
        List<TimeRule> rules = new ArrayList<>();
        for (String[] row : pack.rows(FILE)) {
            if (row[0].equals("macro")) {
                if (row.length != 3) {
                    throw new IllegalStateException(file + ": macro row needs a name and a pattern: " + row[1]);
                }
                macros.put(row[1], expand(row[2], macros, words, file));
                continue;
            }
            if (row.length < 3 || row.length > 5) {
                throw new IllegalStateException(file + ": rule row needs type, pattern, normalization: " + row[1]);
            }
            TimexType type = constant(TimexType.class, row[0], file);
            String expanded = expand(row[1], macros, words, file);
            String regex = "(?<= )(?:" + expanded + ")(?= )";
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(file + ": bad pattern " + row[1], e);
            }
            Set<String> groups = new LinkedHashSet<>();
            Matcher names = GROUP.matcher(expanded); // with the groups of its macros ("ON": a weekday, a date)
            while (names.find()) {
                groups.add(names.group(1));
            }
            String[] normalization = row[2].strip().split("\\s+");
            Normalization how = constant(Normalization.class, normalization[0].toUpperCase(Locale.ROOT), file);
            List<String> arguments = List.of(normalization).subList(1, normalization.length);
            if (!how.takes(arguments.size()) || how != Normalization.LITERAL && !arguments.isEmpty()
                    && !arguments.get(0).startsWith("$") && !arguments.get(0).matches("past|future|week|-?\\d+")
                    && Arrays.stream(Unit.values()).noneMatch(u -> u.name().equals(arguments.get(0)))) {
                throw new IllegalStateException(file + ": bad normalization " + row[2] + " of " + row[1]);
            }
            Optional<Pattern> context;
            try {
                context = row.length > 4 && !row[4].isBlank()
                        ? Optional.of(Pattern.compile(row[4].strip(), Pattern.CASE_INSENSITIVE)) : Optional.empty();
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(file + ": bad context " + row[4] + " of " + row[1], e);
            }
            rules.add(new TimeRule(rules.size(), type, pattern, groups, how, arguments,
                    row.length > 3 && !row[3].isBlank() ? List.of(row[3].strip().split("\\|")) : List.of(),
                    context, startPairs(pattern, expanded)));
        }
        return List.copyOf(rules);
    }

    /**
     * The pairs of probed characters a match of the pattern may begin with: those where a match at a word start reads
     * " ab" to its end or matches it. Where the matcher fails before the end of that input, no longer input beginning
     * so can match either. A pattern that looks behind its start sees context the probe lacks: every pair.
     */
    private static BitSet startPairs(Pattern pattern, String expanded) {
        BitSet pairs = new BitSet(ASCII * ASCII);
        if (expanded.contains("(?<=") || expanded.contains("(?<!")) {
            pairs.set(0, ASCII * ASCII);
            return pairs;
        }
        for (char first : PROBED.toCharArray()) {
            if (!mayBegin(pattern, " " + first)) {
                continue; // no second character can mend a failed first one
            }
            for (char second : PROBED.toCharArray()) {
                if (mayBegin(pattern, " " + first + second)) {
                    pairs.set(first * ASCII + second);
                }
            }
        }
        return pairs;
    }

    /** Whether a match at the word start after the probe's leading space matches it or reads it to its end. */
    private static boolean mayBegin(Pattern pattern, String probe) {
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(1, probe.length());
        return m.lookingAt() || m.hitEnd();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String file) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unknown " + type.getSimpleName() + " " + name, e);
        }
    }

    private static String expand(String pattern, Map<String, String> macros, TimeWords words, String file) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String expansion;
            if (macros.containsKey(name)) {
                expansion = macros.get(name);
            } else if (words.hasClass(name)) {
                expansion = words.alternation(name);
            } else {
                throw new IllegalStateException(file + ": unknown class or macro <" + name + "> in " + pattern);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(expansion));
        }
        m.appendTail(out);
        return out.toString();
    }
}
