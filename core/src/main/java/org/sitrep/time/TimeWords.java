package org.sitrep.time;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.language.LanguagePack;

/**
 * The language pack's time words ({@code time-words.tsv}): word classes with each word's value, and the words that
 * are time words only with a given part of speech. Immutable.
 */
final class TimeWords {
    static final String FILE = "time-words.tsv";
    private static final String POS = "POS";
    /** The classes whose words anchor an expression, with the ANCHOR class of words that only rules name. */
    private static final List<String> ANCHORS = List.of("ANCHOR", "MONTH", "WEEKDAY", "WEEKDAYS", "UNIT", "UNITS",
            "SEASON", "PART", "PARTS", "HOLIDAY", "DECADES");
    private final Map<String, Map<String, String>> classes;
    private final Map<String, String> requiredPos;
    private final Set<String> anchors;

    private TimeWords(Map<String, Map<String, String>> classes, Map<String, String> requiredPos) {
        this.classes = classes;
        this.requiredPos = requiredPos;
        Set<String> anchors = new HashSet<>();
        for (String name : ANCHORS) {
            classes.getOrDefault(name, Map.of()).keySet().forEach(w -> anchors.add(anchorOf(w)));
        }
        this.anchors = Set.copyOf(anchors);
    }

    /**
     * The word of a phrase that anchors it: its last word of three letters or more ("good friday": friday, "new
     * year 's day": day), so that common first words ("new", "good", "may") do not make every sentence a candidate.
     */
    private static String anchorOf(String phrase) {
        String[] words = phrase.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i].matches("\\p{L}{3,}")) {
                return words[i];
            }
        }
        return words[0];
    }

    static TimeWords load(LanguagePack pack) {
        Map<String, Map<String, String>> classes = new LinkedHashMap<>();
        Map<String, String> pos = new HashMap<>();
        for (String[] row : pack.rows(FILE)) {
            if (row.length < 3) {
                throw new IllegalStateException(pack.code() + "/" + FILE + ": row without a value: " + row[0]);
            }
            String word = row[1].strip().toLowerCase(Locale.ROOT);
            if (row[0].equals(POS)) {
                pos.put(word, row[2].strip());
            } else {
                classes.computeIfAbsent(row[0], c -> new LinkedHashMap<>()).put(word, row[2].strip());
            }
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        classes.forEach((name, words) -> frozen.put(name, Map.copyOf(words)));
        return new TimeWords(Map.copyOf(frozen), Map.copyOf(pos));
    }

    /** Whether a class of that name exists. */
    boolean hasClass(String name) {
        return classes.containsKey(name);
    }

    /** The value a word or phrase (lower case, single spaces) has in a class. */
    Optional<String> value(String name, String phrase) {
        Map<String, String> words = classes.get(name);
        return words == null ? Optional.empty() : Optional.ofNullable(words.get(phrase));
    }

    /** A regular expression matching any word of a class, longest first so that a phrase beats its first word. */
    String alternation(String name) {
        return classes.get(name).keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Whether a word (lower case) can anchor a time expression: a figure, or an anchor class's word, alone or as
     * part of a hyphenated word ("mid-November").
     */
    boolean anchors(String word) {
        if (anchors.contains(word)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (anchors.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word, tagged so and followed by a word so tagged, can be a time word: "may" is a month only as a
     * proper noun or before a figure.
     */
    boolean allows(String word, String pos, String nextPos) {
        String required = requiredPos.get(word);
        if (required == null) {
            return true;
        }
        for (String alternative : required.split("\\|")) {
            boolean next = alternative.startsWith(">");
            if (next ? nextPos.startsWith(alternative.substring(1)) : pos.startsWith(alternative)) {
                return true;
            }
        }
        return false;
    }
}
