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
 * the date, numbers that name things ("Resolution 2254") are not years, and a bare part of a day ("at dawn") is of the
 * day its sentence named before it. (The tagger itself resolves weekdays
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
        int referenceSentence = -1;
        Optional<CalendarDate> latest = published.map(CalendarDate::day);
        for (Sentence sentence : annotated.sentences()) {
            for (TimexMention timex : sentence.timexes()) {
                Optional<LocalDate> sentenceDay = referenceSentence == sentence.index() ? reference : Optional.empty();
                Optional<TimeExpression> time = normalize(text, sentence, timex, published, reference, latest,
                        sentenceDay);
                if (time.isPresent()) {
                    times.add(time.get());
                    Optional<CalendarDate> named = time.get().calendarDate();
                    if (named.isPresent()) {
                        latest = named;
                    }
                    if (named.filter(d -> d.granularity() == CalendarDate.Granularity.DAY).isPresent()) {
                        reference = Optional.of(named.get().first());
                        referenceSentence = sentence.index();
                    }
                }
            }
        }
        return times;
    }

    private Optional<TimeExpression> normalize(String text, Sentence sentence, TimexMention timex,
                                               Optional<LocalDate> published, Optional<LocalDate> reference,
                                               Optional<CalendarDate> latest, Optional<LocalDate> sentenceDay) {
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
        // "told reporters on Wednesday that militants fired at dawn": a bare part of a day in a past clause is of the
        // day its sentence named before it, where the tagger anchors it to the report's day ("would strike at dawn"
        // is the next dawn)
        if (published.isPresent() && sentenceDay.filter(d -> d.isBefore(published.get())).isPresent()
                && partOfDay(surface) && value.filter(v -> v.startsWith(published.get() + "T")).isPresent()
                && toldInThePast(sentence, last)) {
            value = Optional.of(sentenceDay.get() + value.get().substring(published.get().toString().length()));
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

    /** Whether the verb a time hangs on (through nouns and prepositions) is in the past: "fired at dawn". */
    private static boolean toldInThePast(Sentence sentence, int token) {
        int current = token;
        for (int depth = 0; current >= 0 && depth < 4; depth++) {
            Token word = sentence.tokens().get(current);
            if (word.isVerb()) {
                return word.isPast() && !sentence.hasModal(current);
            }
            current = sentence.head(current).map(org.sitrep.nlp.Dependency::governor).orElse(-1);
        }
        return false;
    }

    /** "at dawn", "in the evening": a part of a day and no word that names the day ("this morning", "Friday night"). */
    private boolean partOfDay(String surface) {
        String[] words = surface.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return java.util.Arrays.stream(words).anyMatch(w -> pack.has(WordList.PART_OF_DAY_WORDS, w))
                && java.util.Arrays.stream(words).allMatch(w -> pack.has(WordList.PART_OF_DAY_WORDS, w)
                || pack.has(WordList.DEFINITE_ARTICLES, w) || pack.has(WordList.TIME_PREPOSITIONS, w));
    }

    /** Without a publication date only absolute dates ("27 November 2024") keep a value. */
    private static boolean isRelative(String surface) {
        return !surface.matches(".*\\b(1[89]|20)\\d\\d\\b.*");
    }
}
