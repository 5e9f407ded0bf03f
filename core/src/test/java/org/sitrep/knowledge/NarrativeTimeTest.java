package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.CalendarDate;

class NarrativeTimeTest {
    private static final NarrativeTime TIME = new NarrativeTime(LanguagePack.load("en"));
    private static final LocalDate SIEGE_BROKEN = LocalDate.of(2016, 8, 6);

    @Test
    void relativeDaysCountFromTheNarrativesDayNotFromPublication() {
        assertThat(TIME.resolve("five days later", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 11));
        assertThat(TIME.resolve("the next day", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 7));
        assertThat(TIME.resolve("that day", SIEGE_BROKEN)).contains(SIEGE_BROKEN);
        assertThat(TIME.resolve("two weeks later", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 20));
        assertThat(TIME.resolve("three days earlier", SIEGE_BROKEN)).contains(LocalDate.of(2016, 8, 3));
        assertThat(TIME.resolve("last year", SIEGE_BROKEN)).isEmpty();
    }

    @Test
    void yearsCountFromTheYearTheStoryIsAtOfAnyGranularity() {
        assertThat(TIME.resolve("A year later", CalendarDate.of("2012"))).contains(CalendarDate.of("2013"));
        assertThat(TIME.resolve("three years later", CalendarDate.of("2011-06"))).contains(CalendarDate.of("2014"));
        assertThat(TIME.resolve("later that year", CalendarDate.of("2007-09-14"))).contains(CalendarDate.of("2007"));
        assertThat(TIME.resolve("two years earlier", CalendarDate.of("2016-08-06"))).contains(CalendarDate.of("2014"));
        assertThat(TIME.resolve("five days later", CalendarDate.of("2016-08"))).isEmpty(); // days need a day
        assertThat(TIME.resolve("a year later", SIEGE_BROKEN)).isEmpty(); // no day a year later: a year
    }

    @Property
    void nYearsLaterIsTheYearNYearsAfterTheReferencesYear(@ForAll @IntRange(min = 0, max = 30_000) int epochDay,
                                                          @ForAll @IntRange(min = 1, max = 12) int years) {
        CalendarDate reference = CalendarDate.day(LocalDate.ofEpochDay(epochDay));
        CalendarDate year = new CalendarDate(LocalDate.of(reference.first().getYear() + years, 1, 1),
                CalendarDate.Granularity.YEAR);
        assertThat(TIME.resolve(years + " years later", reference)).contains(year);
    }

    @Property
    void nDaysLaterIsAlwaysExactlyNDaysAfterTheReference(@ForAll @IntRange(min = 0, max = 30_000) int epochDay,
                                                          @ForAll @IntRange(min = 1, max = 12) int days) {
        LocalDate reference = LocalDate.ofEpochDay(epochDay);
        assertThat(TIME.resolve(days + " days later", reference)).contains(reference.plusDays(days));
        String word = LanguagePack.load("en").words(org.sitrep.language.WordList.NUMBER_WORDS).get(days - 1);
        assertThat(TIME.resolve(word + " days later", reference)).contains(reference.plusDays(days));
    }
}
