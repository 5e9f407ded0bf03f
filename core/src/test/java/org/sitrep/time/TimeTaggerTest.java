package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimexMention;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** sitrep's time tagger on real sentences, tagged by the first annotation pass, against a Tuesday's date. */
class TimeTaggerTest {
    private static final LocalDate TUESDAY = LocalDate.of(2016, 12, 13);

    private static List<TimexMention> timexes(String text) {
        return SharedModels.extractor().annotate(Samples.news(text, TUESDAY)).sentences().stream()
                .map(Sentence::timexes).flatMap(List::stream).toList();
    }

    private static List<org.assertj.core.groups.Tuple> found(String text) {
        return timexes(text).stream().map(t -> tuple(t.text(), t.type(), t.value().orElse(""))).toList();
    }

    @Test
    void aFullDateAndADurationAreNormalized() {
        assertThat(found("The siege began on March 3, 2016, and lasted four years.")).containsExactly(
                tuple("March 3, 2016", "DATE", "2016-03-03"), tuple("four years", "DURATION", "P4Y"));
    }

    @Test
    void aWeekdayIsOnTheSideOfTheDocumentDateItsVerbPutsItOn() {
        assertThat(found("Rebels shelled western Aleppo on Friday.")).containsExactly(
                tuple("Friday", "DATE", "2016-12-09"));
        assertThat(found("The ministers will meet in Moscow on Friday.")).containsExactly(
                tuple("Friday", "DATE", "2016-12-16"));
    }

    @Test
    void aWeekdayOfAVerbAFutureCueOpenedIsAheadThoughAPastTellingStandsNearer() {
        assertThat(found("The envoy will stay on in Amman and meet the king on Saturday, an aide told reporters."))
                .containsExactly(tuple("Saturday", "DATE", "2016-12-17"));
        assertThat(found("The envoy stayed on in Amman and met the king on Saturday, an aide told reporters."))
                .containsExactly(tuple("Saturday", "DATE", "2016-12-10"));
    }

    @Test
    void relativeExpressionsCountFromTheDocumentDate() {
        assertThat(found("Two days ago the army said it had retaken the town; last week it had lost it."))
                .containsExactly(tuple("Two days ago", "DATE", "2016-12-11"), tuple("last week", "DATE", "2016-W49"));
        assertThat(found("Fighting resumed yesterday and talks are due next month."))
                .containsExactly(tuple("yesterday", "DATE", "2016-12-12"), tuple("next month", "DATE", "2017-01"));
    }

    @Test
    void aWeekdayBesideADateWithoutAYearFixesTheYear() {
        // a photo caption of 2013 in a gallery dated 2016: May 30 fell on a Thursday in 2013 (and 2019), not in 2016
        assertThat(found("Forces loyal to the government were seen near Qusayr on Thursday, May 30.")).containsExactly(
                tuple("Thursday, May 30", "DATE", "2013-05-30"));
        // where the weekday agrees with the year the document date gives, nothing moves
        assertThat(found("Rebels shelled the town on Friday, December 9.")).containsExactly(
                tuple("Friday, December 9", "DATE", "2016-12-09"));
        // a year written out is the text's own, weekday or not
        assertThat(found("The town fell on Thursday, May 30, 2015.")).containsExactly(
                tuple("Thursday, May 30, 2015", "DATE", "2015-05-30"));
    }

    @Test
    void aMonthWithoutAYearIsTheNearestSuchMonth() {
        assertThat(found("The offensive began in late November.")).containsExactly(
                tuple("late November", "DATE", "2016-11"));
        assertThat(found("Elections are planned for February.")).containsExactly(tuple("February", "DATE", "2017-02"));
    }

    @Test
    void aDayOrMonthAfterUntilOrSoonIsAhead() {
        assertThat(found("The court ordered that the boy stay in Miami until Friday.")).containsExactly(
                tuple("Friday", "DATE", "2016-12-16"));
        assertThat(found("The ministry extended the curfew until March 6.")).containsExactly(
                tuple("March 6", "DATE", "2017-03-06"));
        assertThat(found("Talks could resume as soon as Friday, officials said.")).containsExactly(
                tuple("Friday", "DATE", "2016-12-16"));
    }

    @Test
    void aMonthOfATenselessSentenceLeansToThePast() {
        // read in December: May is this year's (seven months back), April next year's (four ahead)
        assertThat(found("Police have been searching for him since the May attack.")).containsExactly(
                tuple("May", "DATE", "2016-05"));
        assertThat(found("The case is heard in April.")).containsExactly(tuple("April", "DATE", "2017-04"));
    }

    @Test
    void recentYearsAreTheVaguePastACountedSpanADuration() {
        assertThat(found("Kidnappings have grown in recent years, and over the past three years in particular."))
                .containsExactly(tuple("recent years", "DATE", "PAST_REF"),
                        tuple("the past three years", "DURATION", "P3Y"));
    }

    @Test
    void thisAndAWeekdayIsTheDocumentDatesWeeks() {
        assertThat(found("The rally is this Saturday.")).containsExactly(tuple("this Saturday", "DATE", "2016-12-17"));
        assertThat(found("This Monday's attack killed ten.")).containsExactly(
                tuple("This Monday", "DATE", "2016-12-12"));
    }

    @Test
    void aSeasonAfterOfIsADateTheFallOfACityIsNot() {
        assertThat(found("Demand recovered from the lows of the early summer.")).containsExactly(
                tuple("the early summer", "DATE", "2016-SU"));
        assertThat(found("Residents recalled the horror of the fall of Aleppo.")).isEmpty();
    }

    @Test
    void aClockTimeIsOnTheDayItsSentenceNames() {
        assertThat(found("The plane took off Monday from Everett at 18:00 UTC.")).containsExactly(
                tuple("Monday", "DATE", "2016-12-12"), tuple("18:00 UTC", "TIME", "2016-12-12T18:00Z"));
    }

    @Test
    void earlyOrLateIsPartOfAWeekdayEarlierIsNot() {
        assertThat(found("Troops moved in late Monday.")).containsExactly(tuple("late Monday", "DATE", "2016-12-12"));
        assertThat(found("Earlier Monday, troops moved in.")).containsExactly(tuple("Monday", "DATE", "2016-12-12"));
    }

    @Test
    void timesOfDayPartsOfDayAndSets() {
        assertThat(found("The strike hit at 10:30 p.m. and again this morning.")).containsExactly(
                tuple("10:30 p.m.", "TIME", "2016-12-13T22:30"), tuple("this morning", "TIME", "2016-12-13TMO"));
        assertThat(found("Aid convoys arrive every week.")).containsExactly(tuple("every week", "SET", "P1W"));
        assertThat(found("Trading was halted at 14:58 UTC and resumed at 3 p.m. EST.")).containsExactly(
                tuple("14:58 UTC", "TIME", "2016-12-13T14:58Z"), tuple("3 p.m. EST", "TIME", "2016-12-13T15:00"));
    }

    @Test
    void quartersDecadesAndVagueReferences() {
        assertThat(found("Third-quarter profit fell, as it had in the 1990s; the company is now smaller."))
                .containsExactly(tuple("Third-quarter", "DATE", "2016-Q3"), tuple("the 1990s", "DATE", "199"),
                        tuple("now", "DATE", "PRESENT_REF"));
    }

    @Test
    void aYearBeforeAPluralNounIsACountAndFutureYearsStay() {
        assertThat(found("Some 2000 people fled in 2012; elections are due by 2021.")).containsExactly(
                tuple("2012", "DATE", "2012"), tuple("2021", "DATE", "2021"));
    }

    @Test
    void aFigureThatNumbersAThingIsNoYear() {
        assertThat(found("Resolution 2254 was passed in 2015; see the short URL 1721 or Route 1998 for 2016 news."))
                .containsExactly(tuple("2015", "DATE", "2015"), tuple("2016", "DATE", "2016"));
    }

    @Test
    void fourFiguresInAPagesUpdateStampAreAClockAYearInTheTextIsAYear() {
        assertThat(found("12.12.2016 (updated 1745 12.12.2016) Troops held the fort, which was built in 1745."))
                .containsExactly(tuple("12.12.2016", "DATE", "2016-12-12"), tuple("1745", "TIME", "2016-12-12T17:45"),
                        tuple("12.12.2016", "DATE", "2016-12-12"), tuple("1745", "DATE", "1745"));
    }

    @Test
    void aDateInFiguresWithFullStopsIsDayFirst() {
        assertThat(found("Posted on 03.11.2016, the order took effect on 3.11 and 2.2016.")).containsExactly(
                tuple("03.11.2016", "DATE", "2016-11-03"));
    }

    @Test
    void aQuantitysModifierIsPartOfTheExpressionAPrepositionIsNot() {
        assertThat(found("The siege lasted more than three years and ended nearly two weeks ago, about five days "
                + "after the truce.")).containsExactly(tuple("more than three years", "DURATION", "P3Y"),
                tuple("nearly two weeks ago", "DATE", "2016-W48"), tuple("five days", "DURATION", "P5D"));
    }

    @Test
    void atLeastIsPartOfADuration() {
        assertThat(found("The banks must wait at least 30 days.")).containsExactly(
                tuple("at least 30 days", "DURATION", "P30D"));
    }

    @Test
    void aDurationBeforeLaterOrBeforeIsTheDurationAloneTheSignalIsNotPartOfIt() {
        assertThat(found("Half an hour later the army withdrew; it had shelled the town two weeks before the vote."))
                .containsExactly(tuple("Half an hour", "DURATION", "PT30M"), tuple("two weeks", "DURATION", "P2W"));
    }

    @Test
    void theWeeksAheadEachSeasonAndAHalfOfTheYear() {
        assertThat(found("Talks resume in the weeks ahead, and the fair is held every spring.")).containsExactly(
                tuple("the weeks ahead", "DURATION", "PXW"), tuple("every spring", "SET", "XXXX-SP"));
        assertThat(found("Output grew in the first half of the year.")).containsExactly(
                tuple("the first half of the year", "DATE", "2016-H1"));
    }

    @Test
    void aYearEndedOnADayIsAFiscalYearAPeriod() {
        assertThat(found("Net income for the year ended March 31 rose 5%.")).containsExactly(
                tuple("the year", "DURATION", "P1Y"), tuple("March 31", "DATE", "2016-03-31"));
    }

    @Test
    void aPresentTenseVerbNearerThanAPastOneLeavesAMonthTheNearestYear() {
        // read in December 2016: March is next year's when "is" stands nearer than "said", this year's when not
        assertThat(found("Officials said the runoff is set for March.")).containsExactly(
                tuple("March", "DATE", "2017-03"));
        assertThat(found("Officials said the runoff was held in March.")).containsExactly(
                tuple("March", "DATE", "2016-03"));
    }

    @Test
    void aCountedSpanTakesInItsPeriodNounButNotAnotherNoun() {
        assertThat(found("The militia disarmed over a two-year period.")).containsExactly(
                tuple("a two-year period", "DURATION", "P2Y"));
        assertThat(found("The sides signed a two-year truce.")).containsExactly(
                tuple("two-year", "DURATION", "P2Y"));
    }

    @Test
    void aFutureWordUsedAsANounIsNoFutureCue() {
        assertThat(found("Officials abandoned the reform plans of March.")).containsExactly(
                tuple("March", "DATE", "2016-03"));
        assertThat(found("The vote is scheduled for March.")).containsExactly(tuple("March", "DATE", "2017-03"));
    }

    @Test
    void aPastTenseVerbBeyondASemicolonDoesNotSetAMonthsYear() {
        assertThat(found("Output fell; the fiscal year ends in February.")).contains(
                tuple("February", "DATE", "2017-02"));
    }

    @Test
    void rangesAndRoughAmounts() {
        assertThat(found("Shipments resume within two to three weeks; the plant closes over the next year or so."))
                .containsExactly(tuple("two to three weeks", "DURATION", "PXW"),
                        tuple("the next year or so", "DURATION", "P1Y"));
    }

    @Test
    void aStreakOfDaysIsTheDayReportedOn() {
        assertThat(found("Trading was suspended for a second consecutive day.")).containsExactly(
                tuple("a second consecutive day", "DATE", "2016-12-13"));
    }

    @Test
    void fractionsOfAUnitGoIntoTheNextSmallerOne() {
        assertThat(found("The talks lasted 2 1/2 years and the last session two and a half hours.")).containsExactly(
                tuple("2 1/2 years", "DURATION", "P2Y6M"), tuple("two and a half hours", "DURATION", "PT2H30M"));
    }

    @Test
    void monthsOfANamedYearAndClockTimesOfANamedDay() {
        assertThat(found("The offensive began in June last year.")).containsExactly(
                tuple("June last year", "DATE", "2015-06"));
        assertThat(found("The offer expires at 5 p.m. EST Jan. 9.")).containsExactly(
                tuple("5 p.m. EST Jan. 9", "TIME", "2017-01-09T17:00"));
    }

    @Test
    void pluralWeekdaysAndEachMonthRecur() {
        assertThat(found("Convoys leave on Tuesday nights and on Sundays, and pilgrims march each July."))
                .containsExactly(tuple("Tuesday nights", "SET", "XXXX-WXX-2TNI"), tuple("Sundays", "SET", "XXXX-WXX-7"),
                        tuple("each July", "SET", "XXXX-07"));
    }

    @Test
    void aYearEarlierInAReportOfQuarterlyResultsIsTheYearAgoQuarter() {
        List<org.assertj.core.groups.Tuple> found = SharedModels.extractor().annotate(Samples.news(
                "Third-quarter profit rose 5%. A year earlier, the company lost money.", TUESDAY)).sentences().stream()
                .map(Sentence::timexes).flatMap(List::stream)
                .map(t -> tuple(t.text(), t.type(), t.value().orElse(""))).toList();
        assertThat(found).contains(tuple("A year earlier", "DATE", "2015-Q3"));
        assertThat(found("A year earlier, the company lost money.")).containsExactly(
                tuple("A year earlier", "DATE", "2015"));
    }

    @Test
    void holidaysFixedAndMovable() {
        assertThat(found("The boy was found on Thanksgiving Day and returned before Christmas.")).containsExactly(
                tuple("Thanksgiving Day", "DATE", "2016-11-24"), tuple("Christmas", "DATE", "2016-12-25"));
        assertThat(found("Protests are planned for next Easter.")).containsExactly(tuple("next Easter", "DATE",
                "2017-04-16"));
    }

    @Test
    void aFutureCueOrThisPutsAMonthAheadAndAnUnbegunQuarterIsLastYears() {
        assertThat(found("The company said the dividend is payable Feb. 1.")).containsExactly(
                tuple("Feb. 1", "DATE", "2017-02-01"));
        assertThat(found("They said talks would resume this spring.")).containsExactly(
                tuple("this spring", "DATE", "2016-SP"));
        assertThat(found("Profit fell in the third quarter.")).containsExactly(
                tuple("the third quarter", "DATE", "2016-Q3"));
        List<TimexMention> january = SharedModels.extractor().annotate(Samples.news("Profit fell in the fourth "
                + "quarter.", LocalDate.of(2017, 1, 20))).sentences().get(0).timexes();
        assertThat(january).extracting(t -> t.value().orElse("")).containsExactly("2016-Q4");
    }

    @Test
    void yearsInWordsAndAYearNamedBefore() {
        assertThat(found("The clinic was bombed in January nineteen ninety-seven.")).containsExactly(
                tuple("January nineteen ninety-seven", "DATE", "1997-01"));
        assertThat(found("He promised to halve unemployment by the year two thousand.")).containsExactly(
                tuple("the year two thousand", "DATE", "2000"));
        assertThat(found("He left for Florida in 1998 and returned to Cuba later that year.")).containsExactly(
                tuple("1998", "DATE", "1998"), tuple("later that year", "DATE", "1998"));
    }

    @Test
    void theWeekendOfAPastTenseReportIsTheOneJustGone() {
        assertThat(found("Rebels said over the weekend they had retaken the town.")).containsExactly(
                tuple("the weekend", "DATE", "2016-W49-WE"));
        assertThat(found("The ministers will meet at the weekend.")).containsExactly(
                tuple("the weekend", "DATE", "2016-W50-WE"));
    }

    @Test
    void aClockTimeWithAFullStopAndAFrequencysSet() {
        assertThat(found("The talks began at 10.30am and the envoys meet twice a week.")).containsExactly(
                tuple("10.30am", "TIME", "2016-12-13T10:30"), tuple("a week", "SET", "P1W"));
    }

    @Test
    void almostBeforeAgoIsInsideTheVerbLastIsOutside() {
        assertThat(found("The war ended almost two years ago.")).containsExactly(
                tuple("almost two years ago", "DATE", "2014"));
        assertThat(found("The talks are expected to last several weeks.")).containsExactly(
                tuple("several weeks", "DURATION", "PXW"));
        assertThat(found("Profit rose in the latest nine months.")).containsExactly(
                tuple("the latest nine months", "DURATION", "P9M"));
    }

    @Test
    void bareUnitsOpeningASentenceAWeekOfAMonthAndAFiscalYear() {
        assertThat(found("Hours later, the army arrived.")).containsExactly(tuple("Hours", "DURATION", "PTXH"));
        assertThat(found("Sales rebounded in the last week of November.")).containsExactly(
                tuple("the last week of November", "DATE", "2016-11"));
        assertThat(found("The budget for fiscal year 2015 was cut.")).containsExactly(
                tuple("fiscal year 2015", "DATE", "2015"));
        assertThat(found("Crime fell in 2012 and in the 1980s; that year was calm.")).containsExactly(
                tuple("2012", "DATE", "2012"), tuple("the 1980s", "DATE", "198"), tuple("that year", "DATE", "2012"));
    }

    @Test
    void theModalMayIsNoMonth() {
        assertThat(timexes("Fighters may return to the city.")).isEmpty();
    }

    @Test
    void tokensOfAnExpressionTakeItsTypeAsTheirTag() {
        var sentence = SharedModels.extractor().annotate(Samples.news("Twelve people died on Friday.", TUESDAY))
                .sentences().get(0);
        assertThat(sentence.tokens()).extracting(t -> t.ner()).containsExactly("O", "O", "O", "O", "DATE", "O");
    }

    @Test
    void frequencyAdverbsRecurAdjectivesAndGrowthRatesDoNot() {
        assertThat(found("The fair is held annually and the bulletin appears biweekly.")).containsExactly(
                tuple("annually", "SET", "P1Y"), tuple("biweekly", "SET", "P2W"));
        assertThat(found("Patrols run nightly along the river.")).containsExactly(tuple("nightly", "SET", "P1D"));
        assertThat(found("The nightly curfew was lifted and exports grew 8% annually.")).isEmpty();
    }

    @Test
    void everyOtherUnitIsEverySecondOne() {
        assertThat(found("The council meets every other week.")).containsExactly(
                tuple("every other week", "SET", "P2W"));
        assertThat(found("The two envoys blamed each other.")).isEmpty();
    }

    @Test
    void aUnitAndAHalfIsOneDurationWithOrWithoutAModifier() {
        assertThat(found("The trial lasted a year and a half; the appeal took an hour and a half.")).containsExactly(
                tuple("a year and a half", "DURATION", "P1Y6M"), tuple("an hour and a half", "DURATION", "PT1H30M"));
    }

    @Test
    void aSeasonAfterForIsADateTheFallOfADamIsNot() {
        assertThat(found("The rebels hoped for the spring.")).containsExactly(tuple("the spring", "DATE", "2016-SP"));
        assertThat(found("The town braced for the fall of the dam.")).isEmpty();
    }

    @Test
    void aHeadlinesStreakWithoutArticleIsTheOrdinalAndItsUnit() {
        assertThat(found("Shares gain for fourth week in a row")).containsExactly(
                tuple("fourth week", "DATE", "2016-W50"));
        assertThat(found("Shares gained for a fourth week in a row.")).containsExactly(
                tuple("a fourth week in a row", "DATE", "2016-W50"));
    }

    @Test
    void dawnAndNightfallAfterAPrepositionAreTimesOfTheDay() {
        assertThat(found("The convoy left at dawn and reached the border by nightfall.")).containsExactly(
                tuple("dawn", "TIME", "2016-12-13TMO"), tuple("nightfall", "TIME", "2016-12-13TNI"));
        assertThat(found("The dawn of a new party was hailed.")).isEmpty();
    }

    @Test
    void aRangeOfYearsIsTwoDatesAMidYearStaysOne() {
        assertThat(found("He was ambassador from 1983-2005 and retired in mid-2006.")).containsExactly(
                tuple("1983", "DATE", "1983"), tuple("2005", "DATE", "2005"), tuple("mid-2006", "DATE", "2006"));
    }

    @Test
    void theEndOfTheDecadeIsThisDecade() {
        assertThat(found("Emissions must halve by the end of the decade.")).containsExactly(
                tuple("the end of the decade", "DATE", "201"));
    }

    @Test
    void aCenturysModifierIsPartOfIt() {
        assertThat(found("The cathedral was rebuilt in the early 20th century.")).containsExactly(
                tuple("the early 20th century", "DATE", "19"));
    }

    @Test
    void unitsBeforeOldAreASpanACountBeforeOldIsAnAge() {
        assertThat(found("The ruling ended a decades-old quarrel over the border.")).containsExactly(
                tuple("decades-old", "DURATION", "PXDE"));
        assertThat(found("A 52-year-old teacher was arrested.")).isEmpty();
    }

    @Test
    void aNumberedDayOfASpanIsTheDayReportedOnItsFirstHoursADuration() {
        assertThat(found("It is the second day of the strike.")).containsExactly(
                tuple("the second day", "DATE", "2016-12-13"));
        assertThat(found("Many fled in the first hours of the assault.")).containsExactly(
                tuple("the first hours", "DURATION", "PTXH"));
        assertThat(found("The first soldiers came second in the race.")).isEmpty();
    }

    @Test
    void aWhileOrSomeTimeAfterForIsASpanOfUnknownLength() {
        assertThat(found("The troops will stay for a while, and the envoy for some time.")).containsExactly(
                tuple("a while", "DURATION", "PXX"), tuple("some time", "DURATION", "PXX"));
        assertThat(found("While the talks went on, some time was lost.")).isEmpty();
    }

    @Test
    void spansWithAWordOfTheirOwnAndSetsOfAPartOfTheDay() {
        assertThat(found("The envoy stayed a fortnight; the feud lasted a quarter of a century.")).containsExactly(
                tuple("a fortnight", "DURATION", "P2W"), tuple("a quarter of a century", "DURATION", "P25Y"));
        assertThat(found("Guards patrol the camp every morning, and the bond pays 5 percent per annum."))
                .containsExactly(tuple("every morning", "SET", "XXXX-XX-XXTMO"), tuple("per annum", "SET", "P1Y"));
        assertThat(found("A quarter of the guards left that morning.")).containsExactly(
                tuple("that morning", "TIME", "2016-12-13TMO"));
    }

    @Test
    void aFirstFigureAboveTwelveIsTheDayOfADateInFigures() {
        assertThat(found("The notice was posted on 14/03/2013 and answered on 3/14/2013.")).containsExactly(
                tuple("14/03/2013", "DATE", "2013-03-14"), tuple("3/14/2013", "DATE", "2013-03-14"));
    }

    @Test
    void aClocksZoneIsPartOfItsExtentAndWeekendsRecur() {
        assertThat(found("The polls closed at 22:00 BST.")).containsExactly(
                tuple("22:00 BST", "TIME", "2016-12-13T22:00"));
        assertThat(found("The museum is closed on weekends.")).containsExactly(
                tuple("weekends", "SET", "XXXX-WXX-WE"));
        assertThat(found("Both weekends were quiet.")).isEmpty();
    }

    @Test
    void aYearOpenAtOneEndIsOneExpressionValuedAsTheYear() {
        assertThat(found("Engineers say the new bridge will not open before 2019 or later.")).containsExactly(
                tuple("2019 or later", "DATE", "2019"));
        assertThat(found("The board set its budget for 2018 and beyond.")).containsExactly(
                tuple("2018 and beyond", "DATE", "2018"));
        assertThat(found("The depot opened in 2015 and later closed.")).containsExactly(
                tuple("2015", "DATE", "2015"));
    }

    @Test
    void theLastOrLatterHalfOfANamedYearIsItsSecondHalf() {
        assertThat(found("Exports slowed in the latter half of 2015.")).containsExactly(
                tuple("the latter half of 2015", "DATE", "2015-H2"));
        assertThat(found("Exports slowed in the last half of 2015.")).containsExactly(
                tuple("the last half of 2015", "DATE", "2015-H2"));
        assertThat(found("Exports slowed in the first half of 2015.")).containsExactly(
                tuple("the first half of 2015", "DATE", "2015-H1"));
        assertThat(found("The last half of the match was played in heavy rain.")).isEmpty();
    }

    @Test
    void aSingleUnitAdjectiveIsAOneUnitDuration() {
        assertThat(found("Shares in Karachi suffered their worst single-day fall since the crash.")).containsExactly(
                tuple("single-day", "DURATION", "P1D"));
        assertThat(found("The single market was opened to the new members.")).isEmpty();
    }

    @Test
    void overTheYearsTakesItsArticle() {
        assertThat(found("The militia has grown stronger over the years, officials said.")).containsExactly(
                tuple("the years", "DURATION", "PXY"));
        assertThat(found("In the years that followed, the town was rebuilt.")).containsExactly(
                tuple("years", "DURATION", "PXY"));
    }

    @Test
    void aClockTimeBeforeAWeekdayAndItsPartOfTheDayIsOneTime() {
        assertThat(found("The first shells fell at 9:40 Sunday morning.")).containsExactly(
                tuple("9:40 Sunday morning", "TIME", "2016-12-11T09:40"));
        assertThat(found("Envoys left the talks at 8:15 Monday evening.")).containsExactly(
                tuple("8:15 Monday evening", "TIME", "2016-12-12T20:15"));
        assertThat(found("Polls closed at 9:40, and counting went on into Monday morning.")).containsExactly(
                tuple("9:40", "TIME", "2016-12-12T09:40"), tuple("Monday morning", "TIME", "2016-12-12TMO"));
    }

    @Test
    void usaTodayIsANewspaperNotADate() {
        assertThat(found("The envoy told USA Today that the convoy had reached the border.")).isEmpty();
        assertThat(found("The envoy said today that the convoy had reached the border.")).containsExactly(
                tuple("today", "DATE", "2016-12-13"));
    }

    @Test
    void twoPluralUnitsJoinedByAndOrOrAreOneSpan() {
        assertThat(found("More defections are expected in the coming days and weeks.")).containsExactly(
                tuple("the coming days and weeks", "DURATION", "PXD"));
        assertThat(found("The town could fall within weeks or months.")).containsExactly(
                tuple("weeks or months", "DURATION", "PXW"));
        assertThat(found("Rebels held out for weeks and the town fell.")).containsExactly(
                tuple("weeks", "DURATION", "PXW"));
    }

    @Test
    void theWeekOfADateIsThatDaysWeek() {
        assertThat(found("The hearing was moved to the week of March 6.")).containsExactly(
                tuple("the week of March 6", "DATE", "2016-W09"));
        assertThat(found("The hearing was moved to a week of talks on March 6.")).containsExactly(
                tuple("a week", "DURATION", "P1W"), tuple("March 6", "DATE", "2016-03-06"));
    }

    @Test
    void fiscalIsInsideAQuarterAndTheLatestFiscalYearIsTheLastOneClosed() {
        assertThat(found("The miner posted a loss for the fiscal-first quarter.")).containsExactly(
                tuple("the fiscal-first quarter", "DATE", "2016-Q1"));
        assertThat(found("The miner posted a profit for the fiscal second-quarter.")).containsExactly(
                tuple("fiscal second-quarter", "DATE", "2016-Q2"));
        assertThat(found("The miner sold less ore in the latest fiscal year.")).containsExactly(
                tuple("the latest fiscal year", "DATE", "2015"));
        assertThat(found("The miner sold less ore in the latest quarter.")).containsExactly(
                tuple("the latest quarter", "DATE", "2016-Q3"));
    }

    @Test
    void theEarlyHoursOfANamedDayAreThatDayAndAPartOfTheDayTakesYesterday() {
        assertThat(found("Rebels shelled the town in the early hours of Friday.")).containsExactly(
                tuple("Friday", "DATE", "2016-12-09"));
        assertThat(found("Many fled in the early hours of the assault.")).containsExactly(
                tuple("the early hours", "DURATION", "PTXH"));
        assertThat(found("The shares had risen by mid-afternoon yesterday.")).containsExactly(
                tuple("mid-afternoon yesterday", "TIME", "2016-12-12TAF"));
        assertThat(found("The shares had risen by mid-afternoon, traders said yesterday.")).containsExactly(
                tuple("mid-afternoon", "TIME", "2016-12-13TAF"), tuple("yesterday", "DATE", "2016-12-12"));
    }

    @Test
    void aQuarterOfSomethingIsAShareNoSpan() {
        assertThat(found("The rebels hold more than a quarter of the province.")).isEmpty();
        assertThat(found("Three quarters of the voters stayed home.")).isEmpty();
        assertThat(found("The economy shrank for two consecutive quarters of falling output.")).containsExactly(
                tuple("two consecutive quarters", "DURATION", "P2Q"));
    }

    @Test
    void aBareClockTimeNeedsAPrepositionOfTimeAZoneOrADay() {
        assertThat(found("The strike began at 14:30 and ended before 16:45.")).containsExactly(
                tuple("14:30", "TIME", "2016-12-13T14:30"), tuple("16:45", "TIME", "2016-12-13T16:45"));
        assertThat(found("The video of the strike runs 02:14 and was shared widely.")).isEmpty();
    }
}
