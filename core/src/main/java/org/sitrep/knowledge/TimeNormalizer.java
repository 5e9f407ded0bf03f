package org.sitrep.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimexMention;
import org.sitrep.nlp.Token;

/**
 * Turns the temporal tagger's expressions into TIMEX3 values anchored on the publication date, correcting what
 * news needs: a bare weekday in a past-tense report is the most recent one ("following Friday prayers" is not
 * next week), "following" as a preposition is not part of the date, and numbers that name things
 * ("Resolution 2254") are not years.
 */
public final class TimeNormalizer {
    private static final Set<String> PREPOSITIONS = Set.of("following", "after", "before", "since", "until", "by",
            "during", "on", "in", "at");
    private static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "next", "coming", "upcoming",
            "expected", "scheduled", "planned", "due");
    private static final Set<String> NAMING_WORDS = Set.of("resolution", "no.", "number", "flight", "route", "article",
            "paragraph", "chapter", "section", "brigade", "division", "regiment", "highway", "road");

    /** The article's time expressions, in text order. */
    public List<TimeExpression> normalize(Annotated annotated) {
        Optional<LocalDate> published = annotated.article().published();
        String text = annotated.article().text();
        List<TimeExpression> times = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            for (TimexMention timex : sentence.timexes()) {
                normalize(text, sentence, timex, published).ifPresent(times::add);
            }
        }
        return times;
    }

    private Optional<TimeExpression> normalize(String text, Sentence sentence, TimexMention timex,
                                               Optional<LocalDate> published) {
        List<Token> tokens = sentence.tokens();
        int first = timex.firstToken();
        int last = timex.lastToken();
        if (first > 0 && NAMING_WORDS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
                && timex.text().matches("\\d+")) {
            return Optional.empty();
        }
        boolean afterThe = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the");
        while (first < last && PREPOSITIONS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT)) && !afterThe) {
            first++;
        }
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        String surface = text.substring(begin, end);
        Optional<String> value = timex.value();
        Optional<DayOfWeek> weekday = weekday(surface);
        if (weekday.isPresent() && published.isPresent() && first == last) {
            boolean future = sentence.tokens().stream()
                    .anyMatch(t -> FUTURE_CUES.contains(t.word().toLowerCase(Locale.ROOT)));
            LocalDate anchor = published.get();
            LocalDate day = future ? anchor.with(TemporalAdjusters.nextOrSame(weekday.get()))
                    : anchor.with(TemporalAdjusters.previousOrSame(weekday.get()));
            value = Optional.of(day.toString());
        }
        if (value.isPresent() && value.get().matches("\\d{4}") && published.isPresent()
                && Integer.parseInt(value.get()) > published.get().getYear() + 1) {
            return Optional.empty();
        }
        if (published.isEmpty() && value.isPresent() && isRelative(surface)) {
            value = Optional.empty();
        }
        double confidence = value.isPresent() ? 0.85 : 0.5;
        return Optional.of(new TimeExpression(surface, begin, end, value, timex.type(), confidence));
    }

    /** Without a publication date only absolute dates ("27 November 2024") keep a value. */
    private static boolean isRelative(String surface) {
        return !surface.matches(".*\\b(1[89]|20)\\d\\d\\b.*");
    }

    private static Optional<DayOfWeek> weekday(String surface) {
        try {
            return Optional.of(DayOfWeek.valueOf(surface.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
