package org.sitrep.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimexMention;
import org.sitrep.nlp.Token;

/**
 * Turns the time tagger's expressions into the article's time expressions, correcting what news needs: relative
 * days ("the next day", the duration of "five days later") count from the narrative's reference day, "following" as a preposition is not part of
 * the date, and numbers that name things ("Resolution 2254") are not years. (The tagger itself resolves weekdays
 * by tense: "on Friday" in a past-tense report is the most recent one.)
 */
public final class TimeNormalizer {
    private final LanguagePack pack;
    private final NarrativeTime narrative;

    public TimeNormalizer(LanguagePack pack) {
        this.pack = pack;
        this.narrative = new NarrativeTime(pack);
    }

    /**
     * The article's time expressions, in text order; relative ones ("five days later") count from the narrative's
     * reference day, which moves to each day the article names.
     */
    public List<TimeExpression> normalize(Annotated annotated) {
        Optional<LocalDate> published = annotated.article().published();
        String text = annotated.article().text();
        List<TimeExpression> times = new ArrayList<>();
        Optional<LocalDate> reference = published;
        Optional<CalendarDate> latest = published.map(CalendarDate::day);
        for (Sentence sentence : annotated.sentences()) {
            for (TimexMention timex : sentence.timexes()) {
                Optional<TimeExpression> time = normalize(text, sentence, timex, published, reference, latest);
                if (time.isPresent()) {
                    times.add(time.get());
                    Optional<CalendarDate> named = time.get().calendarDate();
                    if (named.isPresent()) {
                        latest = named;
                    }
                    if (named.filter(d -> d.granularity() == CalendarDate.Granularity.DAY).isPresent()) {
                        reference = Optional.of(named.get().first());
                    }
                }
            }
        }
        return times;
    }

    private Optional<TimeExpression> normalize(String text, Sentence sentence, TimexMention timex,
                                               Optional<LocalDate> published, Optional<LocalDate> reference,
                                               Optional<CalendarDate> latest) {
        List<Token> tokens = sentence.tokens();
        int first = timex.firstToken();
        int last = timex.lastToken();
        if (first > 0 && pack.has(WordList.NAMING_WORDS, tokens.get(first - 1).word())
                && timex.text().matches("\\d+")) {
            return Optional.empty();
        }
        boolean afterThe = first > 0 && pack.has(WordList.DEFINITE_ARTICLES, tokens.get(first - 1).word());
        while (first < last && pack.has(WordList.TIME_PREPOSITIONS, tokens.get(first).word()) && !afterThe) {
            first++;
        }
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        String surface = text.substring(begin, end);
        Optional<String> value = timex.value();
        Optional<CalendarDate> relative = relative(surface, reference, latest).filter(r -> !taggedYear(timex, r));
        if (relative.isPresent()) {
            value = Optional.of(relative.get().toString());
        }
        if (published.isEmpty() && value.isPresent() && isRelative(surface)) {
            value = Optional.empty();
        }
        // "five days later": TimeML's duration "five days" and its signal; the story moves to the day they reach
        Optional<CalendarDate> anchored = relative.isPresent() || last + 1 >= tokens.size() ? Optional.empty()
                : relative(surface + " " + tokens.get(last + 1).word(), reference, latest)
                .filter(r -> !taggedYear(timex, r));
        double confidence = value.isPresent() ? 0.85 : 0.5;
        return Optional.of(new TimeExpression(surface, begin, end, value, timex.type(), confidence, anchored));
    }

    /**
     * A relative expression's time: "a year later", "that year" count from the year of the last time the article
     * named, of any granularity ("In 2012 …. A year later"); days, weeks and months from the last day it named.
     */
    private Optional<CalendarDate> relative(String surface, Optional<LocalDate> day, Optional<CalendarDate> latest) {
        Optional<CalendarDate> inYears = latest.flatMap(time -> narrative.resolve(surface, time))
                .filter(d -> d.granularity() == CalendarDate.Granularity.YEAR);
        return inYears.or(() -> day.flatMap(d -> narrative.resolve(surface, CalendarDate.day(d))));
    }

    /**
     * "a year earlier" after "the third quarter": where the tagger already reads the year an offset in years reaches,
     * its reading is kept, as it may know the quarter.
     */
    private static boolean taggedYear(TimexMention timex, CalendarDate resolved) {
        return resolved.granularity() == CalendarDate.Granularity.YEAR
                && timex.value().filter(v -> v.startsWith(resolved.toString())).isPresent();
    }

    /** Without a publication date only absolute dates ("27 November 2024") keep a value. */
    private static boolean isRelative(String surface) {
        return !surface.matches(".*\\b(1[89]|20)\\d\\d\\b.*");
    }
}
