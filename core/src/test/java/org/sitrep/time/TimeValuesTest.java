package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sitrep.language.LanguagePack;
import org.sitrep.nlp.TimexMention;
import org.sitrep.nlp.Token;

/** Invariants of the resolver and the normalizer, over any document date. */
class TimeValuesTest {
    private static final LanguagePack EN = LanguagePack.load("en");
    private static final TimeTagger TAGGER = TimeTagger.load(EN);
    private static final Amounts AMOUNTS = new Amounts(TimeWords.load(EN));

    @Property
    void theWeekendOfAPastReportIsTheLastSaturdayOnOrBeforeAndOtherwiseTheDocumentDatesWeeks(
            @ForAll @IntRange(min = 0, max = 40_000) int epochDay, @ForAll Tense tense) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String value = TimeValues.weekend(date, tense);
        assertThat(value).matches("\\d{4}-W\\d\\d-WE");
        LocalDate saturday = date.with(IsoFields.WEEK_BASED_YEAR, Long.parseLong(value.substring(0, 4)))
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(6, 8)))
                .with(DayOfWeek.SATURDAY);
        long daysAfterSaturday = ChronoUnit.DAYS.between(saturday, date);
        if (tense == Tense.PAST) {
            assertThat(daysAfterSaturday).isBetween(0L, 6L);
        } else {
            assertThat(daysAfterSaturday).isBetween(-5L, 1L);
        }
    }

    @Property
    void aWeekdayInThePastIsWithinTheWeekBeforeTheDocumentDate(
            @ForAll @IntRange(min = 0, max = 40_000) int epochDay, @ForAll DayOfWeek day) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        LocalDate past = TimeValues.weekday(day, date, Tense.PAST);
        assertThat(past.getDayOfWeek()).isEqualTo(day);
        assertThat(ChronoUnit.DAYS.between(past, date)).isBetween(0L, 6L);
        LocalDate future = TimeValues.weekday(day, date, Tense.FUTURE);
        assertThat(future.getDayOfWeek()).isEqualTo(day);
        assertThat(ChronoUnit.DAYS.between(date, future)).isBetween(0L, 6L);
    }

    @Property
    void aWeekdayOfTheSameWeekSharesTheDocumentDatesIsoWeek(
            @ForAll @IntRange(min = 0, max = 40_000) int epochDay, @ForAll DayOfWeek day) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        LocalDate resolved = TimeValues.resolve(day, date, TimeValues.Side.SAME_WEEK);
        assertThat(resolved.getDayOfWeek()).isEqualTo(day);
        assertThat(resolved.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .isEqualTo(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Property
    void aMonthWithoutAYearInATenselessSentenceIsWithinTheSevenMonthsBeforeOrTheFourAfter(
            @ForAll @IntRange(min = 0, max = 40_000) int epochDay, @ForAll Month month) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = TimeValues.yearOf(month.getValue(), 15, date, TimeValues.Side.NEAREST);
        long months = (year * 12L + month.getValue()) - (date.getYear() * 12L + date.getMonthValue());
        assertThat(months).isBetween(-7L, 4L);
    }

    @Property
    void theNearerOfAPastAndAPresentVerbSetsTheTenseAndNeitherMakesAFuture(
            @ForAll @IntRange(min = 3, max = 16) int length, @ForAll @IntRange(min = 0, max = 15) int expression,
            @ForAll @IntRange(min = 0, max = 15) int past, @ForAll @IntRange(min = 0, max = 15) int present) {
        int at = expression % length;
        int pastAt = past % length;
        int presentAt = present % length;
        if (pastAt == at || presentAt == at || pastAt == presentAt) {
            return;
        }
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            String pos = i == pastAt ? "VBD" : i == presentAt ? "VBZ" : "NN";
            String word = i == pastAt ? "fell" : i == presentAt ? "holds" : "word";
            tokens.add(new Token(i, word, word, pos, "O", 0, 0));
        }
        // the search goes outward, the left word first at each distance
        boolean presentNearer = searchOrder(presentAt, at) < searchOrder(pastAt, at);
        assertThat(Tense.at(tokens, at, at, TimeWords.load(EN)))
                .isEqualTo(presentNearer ? Tense.PRESENT : Tense.PAST);
    }

    private static int searchOrder(int index, int expression) {
        return 2 * Math.abs(index - expression) + (index < expression ? 0 : 1);
    }

    @Property
    void shiftedDaysAndWeeksReadBackAsTheMovedDate(@ForAll @IntRange(min = 0, max = 40_000) int epochDay,
                                                   @ForAll @IntRange(min = -60, max = 60) int amount) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertThat(LocalDate.parse(Unit.DAY.shifted(date, amount))).isEqualTo(date.plusDays(amount));
        LocalDate moved = date.plusWeeks(amount);
        assertThat(Unit.WEEK.shifted(date, amount)).isEqualTo(String.format(Locale.ROOT, "%04d-W%02d",
                moved.get(IsoFields.WEEK_BASED_YEAR), moved.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        assertThat(Unit.MONTH.shifted(date, amount)).isEqualTo(date.plusMonths(amount).toString().substring(0, 7));
    }

    @Property
    void figuresAndNumberWordsReadAsTheirAmount(@ForAll @IntRange(min = 21, max = 99) int n) {
        assertThat(AMOUNTS.read(Integer.toString(n))).contains(Integer.toString(n));
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] units = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String words = tens[n / 10 - 2] + (n % 10 == 0 ? "" : "-" + units[n % 10]);
        assertThat(AMOUNTS.read(words)).contains(Integer.toString(n));
    }

    @Property
    void anyWrittenDateRoundTrips(@ForAll @IntRange(min = -20_000, max = 40_000) int epochDay,
                                  @ForAll @IntRange(min = 0, max = 40_000) int documentDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<Token> tokens = tokens("fighting", "VBG", "resumed", "VBD", "on", "IN", month, "NNP",
                Integer.toString(date.getDayOfMonth()), "CD", ",", ",", Integer.toString(date.getYear()), "CD");
        List<TimexMention> found = TAGGER.find(text(tokens), tokens, Optional.of(LocalDate.ofEpochDay(documentDay)));
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.value()).contains(date.toString());
            assertThat(t.type()).isEqualTo("DATE");
            assertThat(t.firstToken()).isEqualTo(3);
            assertThat(t.lastToken()).isEqualTo(6);
        });
    }

    @Property
    void theWeekOfAWrittenDateIsThatDaysIsoWeek(@ForAll @IntRange(min = -20_000, max = 40_000) int epochDay,
                                                 @ForAll @IntRange(min = 0, max = 40_000) int documentDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<Token> tokens = tokens("talks", "NNS", "resume", "VBP", "the", "DT", "week", "NN", "of", "IN", month,
                "NNP", Integer.toString(date.getDayOfMonth()), "CD", ",", ",", Integer.toString(date.getYear()), "CD");
        List<TimexMention> found = TAGGER.find(text(tokens), tokens, Optional.of(LocalDate.ofEpochDay(documentDay)));
        String week = String.format(Locale.ROOT, "%04d-W%02d",
                date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.value()).contains(week);
            assertThat(t.firstToken()).isEqualTo(2);
            assertThat(t.lastToken()).isEqualTo(8);
        });
    }

    @Property
    void aDayOfAMonthWithoutAYearIsAlwaysARealDay(@ForAll @IntRange(min = 0, max = 40_000) int documentDay,
                                                   @ForAll Month month, @ForAll @IntRange(min = 1, max = 31) int day,
                                                   @ForAll boolean past) {
        List<Token> tokens = tokens("fighting", "VBG", past ? "resumed" : "resumes", past ? "VBD" : "VBZ", "on", "IN",
                month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), "NNP", Integer.toString(day), "CD");
        List<TimexMention> found = TAGGER.find(text(tokens), tokens, Optional.of(LocalDate.ofEpochDay(documentDay)));
        if (day > month.maxLength()) {
            assertThat(found).allSatisfy(t -> assertThat(t.value()).isEmpty());
            return;
        }
        assertThat(found).singleElement().satisfies(t -> {
            LocalDate read = LocalDate.parse(t.value().orElseThrow());
            assertThat(read.getMonth()).isEqualTo(month);
            assertThat(read.getDayOfMonth()).isEqualTo(day);
            assertThat(Math.abs(ChronoUnit.DAYS.between(LocalDate.ofEpochDay(documentDay), read))).isLessThan(
                    day == 29 && month == Month.FEBRUARY ? 366 * 5 : 366 * 2);
        });
    }

    @Property
    void aHalfGoesIntoTheNextSmallerUnit(@ForAll @IntRange(min = 1, max = 500) int whole) {
        String half = AMOUNTS.read(whole + " 1/2").orElseThrow();
        assertThat(half).isEqualTo(whole + ".5");
        assertThat(AMOUNTS.read(whole + "\u00a01/2")).contains(half);
        assertThat(Unit.YEAR.duration(half)).isEqualTo("P" + whole + "Y6M");
        assertThat(Unit.HOUR.duration(half)).isEqualTo("PT" + whole + "H30M");
        assertThat(Unit.DAY.duration(half)).isEqualTo("P" + whole + "DT12H");
        assertThat(Unit.DECADE.duration(half)).isEqualTo("P" + (whole * 10 + 5) + "Y");
        assertThat(Unit.HOUR.duration("0.5")).isEqualTo("PT30M");
        assertThat(Unit.YEAR.duration(Integer.toString(whole))).isEqualTo("P" + whole + "Y");
    }

    @Property
    void aNamedHalfOfAYearReadsAsThatYearsHalfWhateverTheDocumentDate(
            @ForAll @IntRange(min = 1600, max = 2099) int year, @ForAll @IntRange(min = 0, max = 40_000) int documentDay,
            @ForAll @IntRange(min = 0, max = 3) int word) {
        String half = List.of("first", "second", "last", "latter").get(word);
        List<Token> tokens = tokens("exports", "NNS", "fell", "VBD", "in", "IN", "the", "DT", half, "JJ", "half", "NN",
                "of", "IN", Integer.toString(year), "CD");
        List<TimexMention> found = TAGGER.find(text(tokens), tokens, Optional.of(LocalDate.ofEpochDay(documentDay)));
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.value()).contains(year + (word == 0 ? "-H1" : "-H2"));
            assertThat(t.firstToken()).isEqualTo(3);
            assertThat(t.lastToken()).isEqualTo(7);
        });
    }

    @Property
    void movableHolidaysFallOnTheirWeekday(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        LocalDate thanksgiving = Holidays.on("11-W4-4", year).orElseThrow();
        assertThat(thanksgiving.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(thanksgiving.getDayOfMonth()).isBetween(22, 28);
        LocalDate memorialDay = Holidays.on("05-WL-1", year).orElseThrow();
        assertThat(memorialDay.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(memorialDay.getDayOfMonth()).isBetween(25, 31);
        LocalDate electionDay = Holidays.on("11-W1-1+1", year).orElseThrow();
        assertThat(electionDay.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(electionDay.getDayOfMonth()).isBetween(2, 8);
        LocalDate easter = Holidays.easter(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        assertThat(Holidays.on("E-2", year)).contains(easter.minusDays(2));
    }

    @Property
    void easterMatchesKnownDates(@ForAll("knownEasters") LocalDate easter) {
        assertThat(Holidays.easter(easter.getYear())).isEqualTo(easter);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<LocalDate> knownEasters() {
        return net.jqwik.api.Arbitraries.of(LocalDate.of(1961, 4, 2), LocalDate.of(1990, 4, 15),
                LocalDate.of(2000, 4, 23), LocalDate.of(2008, 3, 23), LocalDate.of(2011, 4, 24),
                LocalDate.of(2013, 3, 31), LocalDate.of(2019, 4, 21), LocalDate.of(2038, 4, 25));
    }

    @Property
    void aWeekdayBesideADateFindsTheNearestYearInWhichTheDateFallsOnIt(
            @ForAll @IntRange(min = 3_000, max = 25_000) int epochDay, @ForAll @IntRange(min = -7, max = 7) int shift) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        int guessed = day.getYear() + shift;
        Optional<Integer> year = TimeValues.yearOnWeekday(day.getMonthValue(), day.getDayOfMonth(), guessed,
                day.getDayOfWeek());
        // a year is found, the date falls on the weekday in it, and no year nearer the guess does
        assertThat(year).isPresent();
        assertThat(LocalDate.of(year.get(), day.getMonthValue(), day.getDayOfMonth()).getDayOfWeek())
                .isEqualTo(day.getDayOfWeek());
        assertThat(Math.abs(year.get() - guessed)).isLessThanOrEqualTo(Math.abs(shift));
    }

    @Property
    void aDayFirstDateInFiguresReadsBackAsThatDay(@ForAll @IntRange(min = -20_000, max = 40_000) int epochDay,
                                                  @ForAll @IntRange(min = 0, max = 40_000) int documentDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String written = String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
        List<Token> tokens = tokens("posted", "VBN", "on", "IN", written, "CD");
        List<TimexMention> found = TAGGER.find(text(tokens), tokens, Optional.of(LocalDate.ofEpochDay(documentDay)));
        if (date.getDayOfMonth() <= 12 || date.getYear() < 1000 || date.getYear() > 9999) {
            return; // ambiguous with the month-first order, or not four figures
        }
        assertThat(found).singleElement().satisfies(t -> assertThat(t.value()).contains(date.toString()));
    }

    @Property
    void everyPartOfTheDayIsThatPartOfAnyDayWhateverTheDocumentDate(
            @ForAll @IntRange(min = 0, max = 40_000) int documentDay,
            @ForAll("partsOfTheDay") String part) {
        List<Token> tokens = tokens("patrols", "NNS", "run", "VBP", "every", "DT", part, "NN");
        List<TimexMention> found = TAGGER.find(text(tokens), tokens, Optional.of(LocalDate.ofEpochDay(documentDay)));
        String code = TimeWords.load(EN).value("PART", part).orElseThrow();
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo("SET");
            assertThat(t.value()).contains("XXXX-XX-XXT" + code);
        });
    }

    @Provide
    Arbitrary<String> partsOfTheDay() {
        return Arbitraries.of("morning", "afternoon", "evening", "night");
    }

    /** Tokens from word/tag pairs, one space apart. */
    private static List<Token> tokens(String... wordsAndTags) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            String word = wordsAndTags[i];
            tokens.add(new Token(i / 2, word, word, wordsAndTags[i + 1], "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return tokens;
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            text.append(token.word()).append(' ');
        }
        return text.toString();
    }
}
