package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.language.LanguagePack;
import org.sitrep.nlp.TimeFinder;
import org.sitrep.nlp.TimexMention;
import org.sitrep.nlp.Token;

/**
 * sitrep's time tagger: finds TIMEX3 expressions (dates, times, durations, sets) in a tagged sentence with the
 * language pack's rules ({@code time-rules.tsv} over the words of {@code time-words.tsv}) and normalizes them
 * against the document date. Cheap (regular expressions over one line of words), so it runs on every sentence.
 * Immutable; thread-safe.
 */
public final class TimeTagger implements TimeFinder {
    /** A rule's match over tokens [first, last], with its value. */
    private record Candidate(int first, int last, TimeRule rule, Optional<String> value) {
        int length() {
            return last - first;
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    /** The names model's tags that no time expression overlaps (a holiday may be MISC). */
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private final TimeWords words;
    private final List<TimeRule> rules;
    private final TimeValues values;

    private TimeTagger(TimeWords words, List<TimeRule> rules) {
        this.words = words;
        this.rules = rules;
        this.values = new TimeValues(words);
    }

    /** The tagger of a language pack; fails naming the file when its time rules or words cannot be read. */
    public static TimeTagger load(LanguagePack pack) {
        TimeWords words = TimeWords.load(pack);
        return new TimeTagger(words, TimeRule.load(pack, words));
    }

    @Override
    public List<TimexMention> find(String text, List<Token> tokens, Optional<LocalDate> documentDate) {
        if (tokens.stream().noneMatch(t -> words.anchors(t.word().toLowerCase(Locale.ROOT)))) {
            return List.of(); // most sentences: no figure, no month, no "week" or "yesterday"
        }
        // The sentence as " word word … "; tokenAt maps each character of a word (and the space after it) back to it.
        StringBuilder line = new StringBuilder(" ");
        int[] starts = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = WHITESPACE.matcher(token.word().toLowerCase(Locale.ROOT)).replaceAll("_");
            if (!words.allows(word, token.pos(), i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "")) {
                word = "_" + word; // not a time word with this tag: no class matches it
            }
            if (i > 0 && hyphenated(tokens.get(i - 1), token) && !yearRange(tokens, i)) {
                line.setLength(line.length() - 1); // "third-quarter", "two-year": one word, as written
            }
            starts[i] = line.length();
            line.append(word).append(' ');
        }
        starts[tokens.size()] = line.length();
        int[] tokenAt = new int[line.length() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Arrays.fill(tokenAt, starts[i], starts[i + 1], i);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (TimeRule rule : rules) {
            // A rule's match begins a word (its pattern's look-behind wants a space), so only word starts are tried:
            // the same matches as find() over every character, at a fraction of the attempts.
            Matcher m = rule.pattern().matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
            for (int from = 1; from < line.length(); from = line.indexOf(" ", from) + 1) {
                if (!rule.mayStartWith(line.charAt(from), line.charAt(from + 1))
                        || !m.region(from, line.length()).lookingAt()
                        || m.end() == m.start()) {
                    continue;
                }
                from = m.end(); // the space after the match: the next try is the word after it, as find() would go on
                TimeValues.Groups groups = name -> rule.groups().contains(name)
                        ? Optional.ofNullable(m.group(name)) : Optional.empty();
                int first = tokenAt[m.start()];
                int last = tokenAt[m.end() - 1];
                boolean vetoed = last + 1 < tokens.size() && !rule.allowsNext(tokens.get(last + 1).pos());
                if (vetoed || named(tokens, first, last)
                        || !rule.inContext(text, tokens.get(last).end())) {
                    continue;
                }
                candidates.add(new Candidate(first, last, rule,
                        values.value(rule, groups, documentDate, Tense.at(tokens, first, last, words),
                                text.substring(0, tokens.get(first).begin()))));
            }
        }
        return ClockDays.onNamedDays(choose(text, tokens, candidates), documentDate);
    }

    /** The longest matches that do not overlap (the earlier rule among equals), in text order. */
    private static List<TimexMention> choose(String text, List<Token> tokens, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(c -> c.rule().order()).thenComparingInt(Candidate::first));
        boolean[] taken = new boolean[tokens.size()];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean free = true;
            for (int i = candidate.first(); i <= candidate.last(); i++) {
                free &= !taken[i];
            }
            if (free) {
                for (int i = candidate.first(); i <= candidate.last(); i++) {
                    taken[i] = true;
                }
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::first));
        List<TimexMention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            int begin = tokens.get(c.first()).begin();
            int end = tokens.get(c.last()).end();
            mentions.add(new TimexMention(begin, end, c.first(), c.last(), text.substring(begin, end),
                    c.rule().type().name(), c.value()));
        }
        return mentions;
    }

    /** Whether the match is part of a longer name: "Sunday" in "the Sunday Times" is no day. */
    private static boolean named(List<Token> tokens, int first, int last) {
        return first > 0 && sameName(tokens.get(first - 1), tokens.get(first))
                || last + 1 < tokens.size() && sameName(tokens.get(last), tokens.get(last + 1));
    }

    private static boolean sameName(Token one, Token next) {
        return NAMES.contains(one.ner()) && one.ner().equals(next.ner());
    }

    /**
     * Whether the hyphen at or before token i joins two years ("1983-2005"): a range's ends are two dates in TimeML,
     * so the words stay apart for the year rules.
     */
    private static boolean yearRange(List<Token> tokens, int i) {
        int hyphen = tokens.get(i).word().equals("-") ? i : i - 1;
        return hyphen > 0 && hyphen + 1 < tokens.size()
                && YEAR.matcher(tokens.get(hyphen - 1).word()).matches()
                && YEAR.matcher(tokens.get(hyphen + 1).word()).matches();
    }

    private static boolean hyphenated(Token previous, Token next) {
        return previous.end() == next.begin() && (previous.word().equals("-") || next.word().equals("-"));
    }
}
