package org.sitrep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpression;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** Time expressions anchored on the publication date, with the corrections news needs. */
class TimeNormalizerTest {
    private static final LocalDate TUESDAY = LocalDate.of(2016, 12, 13);

    private static List<TimeExpression> times(String text) {
        return SharedModels.extractor().apply(Samples.news(text, TUESDAY)).times();
    }

    @Test
    void aBarePartOfADayIsOfTheDayItsSentenceNamedButThisMorningOrADawnAloneIsTheReportsDay() {
        assertThat(times("A monitor said on Sunday that jets struck the town at dawn.")).extracting(TimeExpression::text,
                t -> t.value().orElse("").substring(0, 10)).containsExactly(tuple("Sunday", "2016-12-11"),
                tuple("dawn", "2016-12-11"));
        // the negatives: a part of the day that names its day, and one in a sentence that names no other
        assertThat(times("A monitor said on Sunday that jets struck the town this morning.")).extracting(
                t -> t.value().orElse("").substring(0, 10)).containsExactly("2016-12-11", "2016-12-13");
        assertThat(times("Jets struck the town at dawn.")).extracting(t -> t.value().orElse("").substring(0, 10))
                .containsExactly("2016-12-13");
    }

    @Test
    void aWeekdayInAPastTenseReportIsTheLastSuchDay() {
        assertThat(times("Rebels shelled western Aleppo on Friday.")).extracting(TimeExpression::text,
                t -> t.value().orElse("")).containsExactly(tuple("Friday", "2016-12-09"));
    }

    @Test
    void aWeekdayWithAFutureCueIsTheNextSuchDay() {
        assertThat(times("The ministers will meet in Moscow on Friday.")).extracting(t -> t.value().orElse(""))
                .containsExactly("2016-12-16");
    }

    @Test
    void aNumberThatNamesAResolutionIsNoYear() {
        assertThat(times("The council recalled Resolution 2254 in its statement.")).extracting(TimeExpression::text)
                .doesNotContain("2254");
    }

    @Test
    void aLeadingPrepositionIsNotPartOfTheDate() {
        assertThat(times("Following Friday prayers, protesters gathered in Daraa.")).extracting(TimeExpression::text,
                t -> t.value().orElse("")).containsExactly(tuple("Friday", "2016-12-09"));
    }

    @Test
    void atLeastStaysInsideADuration() {
        assertThat(times("The banks must wait at least 30 days.")).extracting(TimeExpression::text,
                t -> t.value().orElse("")).containsExactly(tuple("at least 30 days", "P30D"));
    }

    @Test
    void aDurationBeforeLaterIsTheDurationAndReachesTheDayAfterTheNarrativesDay() {
        List<TimeExpression> found = times("The army entered the town on December 2. Five days later it withdrew.");
        assertThat(found).extracting(TimeExpression::text, t -> t.value().orElse(""), TimeExpression::type,
                t -> t.anchored().map(Object::toString).orElse("")).containsExactly(
                tuple("December 2", "2016-12-02", "DATE", ""), tuple("Five days", "P5D", "DURATION", "2016-12-07"));
        assertThat(found.get(1).calendarDate().map(d -> d.first().toString())).contains("2016-12-07");
    }

    @Test
    void aYearLaterCountsFromTheYearTheStoryIsAt() {
        List<TimeExpression> found = times("The siege began in 2012. A year later, the army shelled the city.");
        assertThat(found).extracting(TimeExpression::text, t -> t.anchored().map(Object::toString).orElse(""))
                .containsExactly(tuple("2012", ""), tuple("A year", "2013"));
    }

    @Test
    void aYearEarlierKeepsTheTaggersQuarterOfThatYear() {
        assertThat(times("Profit rose 5 percent in the third quarter. A year earlier, it fell 2 percent."))
                .extracting(TimeExpression::text, t -> t.value().orElse(""))
                .containsExactly(tuple("the third quarter", "2016-Q3"), tuple("A year earlier", "2015-Q3"));
    }

    @Test
    void theDayAStoryEndsIsTheDayItIsAtNotThePublicationDay() {
        assertThat(times("Stocks fell sharply on Monday. The index ended the day 3 percent lower."))
                .extracting(TimeExpression::text, t -> t.value().orElse(""))
                .containsExactly(tuple("Monday", "2016-12-12"), tuple("the day", "2016-12-12"));
    }
}
