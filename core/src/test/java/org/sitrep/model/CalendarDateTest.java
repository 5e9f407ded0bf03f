package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CalendarDateTest {

    @Test
    void eachGranularityCoversItsDaysAndPrintsItsTimexValue() {
        assertThat(CalendarDate.of("2016-12-22")).extracting(CalendarDate::first, CalendarDate::last, Object::toString)
                .containsExactly(LocalDate.of(2016, 12, 22), LocalDate.of(2016, 12, 22), "2016-12-22");
        assertThat(CalendarDate.of("2016-W51")).extracting(CalendarDate::first, CalendarDate::last)
                .containsExactly(LocalDate.of(2016, 12, 19), LocalDate.of(2016, 12, 25));
        assertThat(CalendarDate.of("2016-02")).extracting(CalendarDate::first, CalendarDate::last)
                .containsExactly(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29));
        assertThat(CalendarDate.of("2016")).extracting(CalendarDate::last, CalendarDate::granularity)
                .containsExactly(LocalDate.of(2016, 12, 31), CalendarDate.Granularity.YEAR);
    }

    @Test
    void durationsReferencesAndImpossibleDaysAreNoCalendarDate() {
        assertThat(CalendarDate.parse("P3D")).isEmpty();
        assertThat(CalendarDate.parse("PRESENT_REF")).isEmpty();
        assertThat(CalendarDate.parse("2016-02-30")).isEmpty();
        assertThat(CalendarDate.parse("2016-W54")).isEmpty();
        assertThat(CalendarDate.parse("2016-13")).isEmpty();
    }

    @Test
    void aSeasonAQuarterOrAHalfIsDatedToItsYear() {
        assertThat(CalendarDate.parse("2012-SU")).contains(CalendarDate.of("2012"));
        assertThat(CalendarDate.parse("2016-Q3")).contains(CalendarDate.of("2016"));
        assertThat(CalendarDate.parse("2016-H2")).contains(CalendarDate.of("2016"));
        assertThat(CalendarDate.parse("2016-XX")).isEmpty();
    }

    @Test
    void aWeekWithoutWeeksIsTheMonthOfItsThursday() {
        assertThat(CalendarDate.of("2014-W05").withoutWeek()).hasToString("2014-01"); // 27 January to 2 February
        assertThat(CalendarDate.of("2014-W40").withoutWeek()).hasToString("2014-10"); // 29 September to 5 October
        assertThat(CalendarDate.of("2014-10-02").withoutWeek()).hasToString("2014-10-02");
        assertThat(CalendarDate.of("2014").withoutWeek()).hasToString("2014");
    }

    @Property
    void aWeekBecomesAMonthThatHoldsAtLeastFourOfItsDays(@ForAll @IntRange(min = 0, max = 40_000) int epochDay) {
        CalendarDate week = new CalendarDate(LocalDate.ofEpochDay(epochDay).with(java.time.DayOfWeek.MONDAY),
                CalendarDate.Granularity.WEEK);
        CalendarDate month = week.withoutWeek();
        long inside = week.first().datesUntil(week.last().plusDays(1))
                .filter(d -> !d.isBefore(month.first()) && !d.isAfter(month.last())).count();
        assertThat(month.granularity()).isEqualTo(CalendarDate.Granularity.MONTH);
        assertThat(inside).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aYearEarlierKeepsTheGranularity() {
        assertThat(CalendarDate.of("2016-12").yearEarlier()).hasToString("2015-12");
        assertThat(CalendarDate.of("2016-W51").yearEarlier()).hasToString("2015-W51");
    }

    @Property
    void everyPrintedValueParsesBackToTheSameDate(@ForAll @IntRange(min = 0, max = 40_000) int epochDay,
                                                  @ForAll CalendarDate.Granularity granularity) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        CalendarDate date = switch (granularity) {
            case DAY -> CalendarDate.day(day);
            case WEEK -> new CalendarDate(day.with(java.time.DayOfWeek.MONDAY), granularity);
            case MONTH -> new CalendarDate(day.withDayOfMonth(1), granularity);
            case YEAR -> new CalendarDate(day.withDayOfYear(1), granularity);
        };
        assertThat(CalendarDate.parse(date.toString())).contains(date);
        assertThat(date.first()).isBeforeOrEqualTo(day.plusDays(6));
        assertThat(date.last()).isAfterOrEqualTo(date.first());
    }
}
