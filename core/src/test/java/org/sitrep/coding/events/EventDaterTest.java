package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** The dates of events on short written news sentences, one time rule each. */
class EventDaterTest {

    private static List<Event> events(String text, LocalDate published) {
        return SharedModels.extractor().apply(Samples.news(text, published)).events();
    }

    @Test
    void lastWeekIsDatedToTheMonthThatHoldsMostOfThatWeek() {
        // a Thursday report: last week ran from Monday 27 January to Sunday 2 February, four of its days in January
        assertThat(events("Rebels shell Aleppo. Russia condemned the United States last week.",
                LocalDate.of(2014, 2, 6)))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2014-02-06"), tuple(EventType.DISAPPROVE, "2014-01"));
    }

    @Test
    void aDeedToldAsEarlierInARelativeClauseTakesNotTheYearOfTheClauseAboveIt() {
        // the wrong reading dated the siege to the bridge's opening
        assertThat(events("The bridge was opened in 1998 and links the two halves of Deir Ezzor, a city that Islamic "
                + "State fighters earlier besieged.", LocalDate.of(2015, 4, 6)))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "none"));
        // the relative clause's own year still dates it
        assertThat(events("The bridge was opened in 1998 and links the two halves of Deir Ezzor, a city that Islamic "
                + "State fighters besieged in 2014.", LocalDate.of(2015, 4, 6)))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2014"));
    }

    @Test
    void aDeedDoneThisWeekIsNeverDatedToTheMonthAfterItsReport() {
        // a Tuesday report on 30 September: this week runs to Sunday 5 October, its Thursday in October, but what was
        // done was done by the Tuesday; a deed still to come keeps the week's month
        assertThat(events("Rebels shell Aleppo. Russia condemned the United States this week.",
                LocalDate.of(2014, 9, 30)))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2014-09-30"), tuple(EventType.DISAPPROVE, "2014-09"));
        assertThat(events("Rebels shell Aleppo. Russia will meet the United States this week.",
                LocalDate.of(2014, 9, 30)))
                .filteredOn(e -> e.type() == EventType.CONSULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2014-10");
    }

    @Test
    void aSeasonIsDatedToItsYear() {
        assertThat(events("Rebels shell Aleppo. Turkey threatened Syria last summer.",
                LocalDate.of(2013, 6, 15)))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2013-06-15"), tuple(EventType.THREATEN, "2012"));
    }

    @Test
    void aPastDeedTakesItsParagraphsTimeButNotTheStartOfAStretchThatTimeDates() {
        LocalDate published = LocalDate.of(2016, 8, 25);
        assertThat(events("Rebels shell Aleppo. In July 2016 government jets struck the town of Binnish. "
                + "Rebels shelled Idlib city.", published))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-25"), tuple(EventType.FIGHT, "2016-07"),
                        tuple(EventType.FIGHT, "2016-07"));
        assertThat(events("Rebels shell Aleppo. Islamic State fighters have besieged the town since early 2014. Rebels "
                + "shelled Idlib city.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .last().isEqualTo("2016-08-25");
    }

    @Test
    void aYearLaterIsTheYearAfterTheOneTheStoryIsAt() {
        assertThat(events("Rebels shell Aleppo. In 2012 government forces shelled Homs. A year later, the army "
                + "launched a rocket attack on a northern suburb.", LocalDate.of(2016, 8, 25)))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-08-25", "2012", "2013");
    }

    @Test
    void theNarrativeTimeReachesTwoSentencesBackNotThree() {
        assertThat(events("Rebels shell Aleppo. In July 2016 government jets struck Binnish. Rebels shelled Idlib "
                + "city. Russian jets struck Saraqib. Government troops shelled Hama.", LocalDate.of(2016, 8, 25)))
                .extracting(e -> e.place().orElse(""), e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple("Aleppo", "2016-08-25"), tuple("Binnish", "2016-07"),
                        tuple("Idlib", "2016-07"), tuple("Saraqib", "2016-07"), tuple("Hama", "2016-08-25"));
    }

    @Test
    void aPastDeedDoneAgainAndAgainHasNoOneDayButADayItNamesStays() {
        assertThat(events("Rebels shell Aleppo. Government forces repeatedly shelled the road to Binnish. Government "
                + "forces repeatedly shelled Saraqib on Monday.",
                LocalDate.of(2016, 8, 25)))
                .extracting(e -> e.place().orElse(""), e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple("Aleppo", "2016-08-25"), tuple("Binnish", "none"),
                        tuple("Saraqib", "2016-08-22"));
    }

    @Test
    void aRelationInTheSimplePresentPassiveBelowTheHeadlineHasNoDayButThePastPassiveIsNews() {
        assertThat(events("Rebels shell Aleppo. The Iraqi government is supported by Iran. Idlib was shelled by "
                + "government forces.", LocalDate.of(2016, 8, 25)))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-25"), tuple(EventType.SUPPORT, "none"),
                        tuple(EventType.FIGHT, "2016-08-25"));
    }

    @Test
    void aDeedOverTheLastWeeksUpToTheReportIsOfTheMonthThatHoldsMostOfThem() {
        String text = "Rebels shell Aleppo. Air strikes on Douma in the last two weeks have killed more than 60 "
                + "people.";
        assertThat(events(text, LocalDate.of(2017, 11, 26))).extracting(e -> e.date().map(Object::toString).orElse(""))
                .containsExactly("2017-11-26", "2017-11");
        assertThat(events(text, LocalDate.of(2017, 12, 3))).extracting(e -> e.date().map(Object::toString).orElse(""))
                .containsExactly("2017-12-03", "2017-11");
    }

    @Test
    void aDateBeforeANounInsideAnotherNounsPhraseNamesAThingNotTheDeedsDay() {
        // a Monday report: Friday is the 19th
        LocalDate monday = LocalDate.of(2016, 8, 22);
        assertThat(events("Rebels shell Aleppo. The leader of the March 9 movement condemned Turkey.", monday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-22"), tuple(EventType.DISAPPROVE, "2016-08-22"));
        assertThat(events("Rebels shell Aleppo. Turkey condemned the bombing of a police station on Friday.", monday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.DISAPPROVE, "2016-08-19"));
    }

    @Test
    void aDateBeforeANounThatATemporalPrepositionCarriesStillDatesTheDeed() {
        LocalDate monday = LocalDate.of(2016, 8, 22);
        assertThat(events("Rebels shell Aleppo. In a speech following Friday prayers, the cleric condemned Turkey.",
                monday)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.DISAPPROVE, "2016-08-19"));
        assertThat(events("Rebels shell Aleppo. The head of the Friday prayers committee condemned Turkey.", monday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.DISAPPROVE, "2016-08-22"));
    }

    @Test
    void aDeedInTheLastFewDaysOrWeeksIsOfTheReportsMonthButRecentMonthsStayUndated() {
        LocalDate published = LocalDate.of(2016, 8, 25);
        assertThat(events("Rebels shell Aleppo. In recent days Kurdish fighters have seized four villages near Kobani.",
                published)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-25"), tuple(EventType.FIGHT, "2016-08"));
        assertThat(events("Rebels shell Aleppo. In recent weeks Kurdish fighters have seized four villages near "
                + "Kobani.", published)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-25"), tuple(EventType.FIGHT, "2016-08"));
        // a report of 3 August: the last several weeks are told as of its month, not of the July that holds most
        assertThat(events("Rebels shell Aleppo. Kurdish fighters have clashed with the militants near Kobani in the "
                + "last several weeks.", LocalDate.of(2016, 8, 3)))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-08-03", "2016-08");
        assertThat(events("Rebels shell Aleppo. In recent months Kurdish fighters have seized four villages near "
                + "Kobani.", published)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-25"), tuple(EventType.FIGHT, "none"));
    }

    @Test
    void aStrikeNotMadeHasNoDayButOneDeniedForFridayOrOneMadeKeepsItsDay() {
        LocalDate tuesday = LocalDate.of(2016, 8, 23);
        assertThat(events("Rebels shell Aleppo. Turkey did not strike the Kurdish militia near Manbij.", tuesday))
                .extracting(Event::type, Event::modality, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, Modality.ASSERTED, "2016-08-23"),
                        tuple(EventType.FIGHT, Modality.NEGATED, "none"));
        assertThat(events("Rebels shell Aleppo. Turkey did not strike the Kurdish militia near Manbij on Friday.",
                tuesday)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-23"), tuple(EventType.FIGHT, "2016-08-19"));
        assertThat(events("Rebels shell Aleppo. Turkey struck the Kurdish militia near Manbij.", tuesday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-23"), tuple(EventType.FIGHT, "2016-08-23"));
    }

    @Test
    void aSayingIsNotDatedByTheDayOfWhatItSays() {
        LocalDate monday = LocalDate.of(2016, 8, 22);
        assertThat(events("Rebels shell Aleppo. A statement by the aid group said the hospital had closed on "
                + "Saturday.", monday)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.STATEMENT, "2016-08-22"));
        assertThat(events("Rebels shell Aleppo. On Saturday a statement by the aid group said the hospital had "
                + "closed.", monday)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.STATEMENT, "2016-08-20"));
    }

    @Test
    void aDenialInTheSimplePresentPassiveIsTheDaysNewsNotARelation() {
        assertThat(events("Rebels shell Aleppo. The accusations are denied by the army.",
                LocalDate.of(2016, 8, 25))).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2016-08-25"), tuple(EventType.REJECT, "2016-08-25"));
    }

    @Test
    void theWeekAfterTheReportIsNotMovedBackAYearButALaterMonthIs() {
        EventDater dater = new EventDater(LanguagePack.load("en"));
        Optional<LocalDate> friday = Optional.of(LocalDate.of(2013, 6, 14));
        EventDater.EventDate nextWeek = dater.notAfterReport(
                new EventDater.EventDate(CalendarDate.parse("2013-W25"), true), Modality.REPORTED, friday);
        assertThat(nextWeek.value().map(Object::toString)).contains("2013-06-14");
        assertThat(nextWeek.explicit()).isFalse();
        EventDater.EventDate december = dater.notAfterReport(
                new EventDater.EventDate(CalendarDate.parse("2013-12"), true), Modality.ASSERTED, friday);
        assertThat(december.value().map(Object::toString)).contains("2012-12");
        assertThat(december.explicit()).isTrue();
    }

    @Test
    void aStanceSaidWithAFutureIsTakenOnTheSayingsDayButADeedSaidSoIsNot() {
        LocalDate monday = LocalDate.of(2016, 8, 22);
        assertThat(events("Rebels shell Aleppo. On Saturday the senator said she would support the rebels.", monday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.SUPPORT, "2016-08-20"));
        // a deed still to come has not happened, so takes neither the saying's day nor the report's
        assertThat(events("Rebels shell Aleppo. On Saturday the militia said it would send troops to Aleppo.",
                monday)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.MOBILIZE, "none"));
    }

    @Test
    void aBackgroundDeedKeepsAPastDateItsSentenceStatesButTakesNoneOtherwise() {
        LocalDate published = LocalDate.of(2019, 1, 11);
        assertThat(events("Rebels shell Aleppo. In 2013 the strikes were called off when Damascus agreed to give up "
                + "its arsenal.", published)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.AGREE, "2013"));
        assertThat(events("Rebels shell Aleppo. The strikes were called off when Damascus agreed to give up its "
                + "arsenal.", published)).extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.AGREE, "none"));
    }

    @Test
    void aClauseAtTheSameTimeGivesItsDateButAnEarlierOrLaterOneDoesNot() {
        LocalDate published = LocalDate.of(2013, 3, 20);
        assertThat(events("Rebels shell Aleppo. In 2011 an aide was recalled, and the president met the king when he "
                + "visited Amman last fall.", published))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.CONSULT, "2012"));
        assertThat(events("Rebels shell Aleppo. In 2011 an aide was recalled, and the president met the king before "
                + "he visited Amman last fall.", published))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.CONSULT, "2011"));
    }

    @Test
    void anArticleThatTellsOfThePastAndNamesNoDayNearItsReportGivesNoDeedTheReportsDay() {
        LocalDate wednesday = LocalDate.of(2016, 8, 24);
        String story = "Rebels shell Aleppo. %s Turkish jets struck Idlib. The province is known for its olive "
                + "groves. Its towns are small and poor. Hezbollah fighters shelled Qusayr. The border stays closed to "
                + "trade. Farmers sell their oil in Hama. Many young men work abroad. Schools teach in Arabic. The army "
                + "shelled Daraa.";
        // a history: a deed past the narrative time's reach, with no time of its own, is not the report's news
        assertThat(events(story.formatted("In 2011"), wednesday))
                .extracting(e -> e.place().orElse(""), e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple("Aleppo", "2016-08-24"), tuple("Idlib", "2011"), tuple("Qusayr", "none"),
                        tuple("Daraa", "none"));
        // the same story told as news, with a day near the report: those deeds are the report's
        assertThat(events(story.formatted("On Monday"), wednesday))
                .extracting(e -> e.place().orElse(""), e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple("Aleppo", "2016-08-24"), tuple("Idlib", "2016-08-22"), tuple("Qusayr", "2016-08-24"),
                        tuple("Daraa", "2016-08-24"));
    }

    @Test
    void aDeedInACopularClauseSaidInThePastTakesTheSayingsDayButOneInThePresentDoesNot() {
        LocalDate monday = LocalDate.of(2016, 8, 22);
        // the complement's head is a noun, its tense on the copula: "was over Turkish soil" is told of the past
        assertThat(events("Rebels shell Aleppo. On Friday Turkey said the Russian jet was over Turkish soil when it "
                + "was shot down near Latakia.", monday))
                .extracting(e -> e.place().orElse(""), e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple("Latakia", "2016-08-19"));
        assertThat(events("Rebels shell Aleppo. On Friday Turkey said its jets are ready to shoot down any plane "
                + "near Latakia.", monday))
                .extracting(e -> e.place().orElse(""), e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple("Latakia", "none")); // not the saying's Friday: a shooting only supposed has no day
    }

    @Test
    void deedsOverAStretchSinceAYearOrAnEventHaveNoOneDayButASinceDayOrOneNamedDeedKeepsIt() {
        LocalDate published = LocalDate.of(2015, 2, 26);
        assertThat(events("Rebels shell Aleppo. Since 2014, militants have killed dozens of villagers in the valley.",
                published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-02-26", "none");
        assertThat(events("Rebels shell Aleppo. Since the ambush, militants have attacked four convoys near the "
                + "border.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-02-26", "none");
        // the negatives: a year the deed was done in, a day the deeds began, a deed opening the stretch
        assertThat(events("Rebels shell Aleppo. In 2014, militants killed dozens of villagers in the valley.",
                published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-02-26", "2014");
        assertThat(events("Rebels shell Aleppo. The militants have begun executing captives since Tuesday.",
                published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-02-26", "2015-02-24");
        assertThat(events("Rebels shell Aleppo. Since early 2012, when protests against the governor began, the "
                + "province has slid into chaos.", published))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .contains(tuple(EventType.PROTEST, "2012"));
    }

    @Test
    void aCaptureSinceAnEventHappenedOnceAndKeepsTheReportsDayWhereRepeatedDeedsHaveNone() {
        LocalDate published = LocalDate.of(2018, 4, 12);
        assertThat(events("Rebels shell Aleppo. Army units have taken full control of Harasta since the ambush.",
                published))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2018-04-12"), tuple(EventType.FIGHT, "2018-04-12"));
        assertThat(events("Rebels shell Aleppo. Army units have attacked four convoys since the ambush.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2018-04-12", "none");
    }

    @Test
    void aDeedAStretchAfterAnotherIsCountedBackFromThatClausesDayOrTheReports() {
        LocalDate published = LocalDate.of(2013, 6, 17); // a Monday
        assertThat(events("Rebels shell Aleppo. Police arrested two men on Saturday, two days after a car bomb killed "
                + "nine people near the airport.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2013-06-17", "2013-06-15", "2013-06-13");
        assertThat(events("Rebels shell Aleppo. The bombing of the hotel comes just two weeks after a gunman shot the "
                + "governor dead.", LocalDate.of(2017, 1, 2)))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2017-01-02", "2016-12");
        // the negative: with no stretch the deed after which the arrests came keeps the clause's day
        assertThat(events("Rebels shell Aleppo. Police arrested two men on Saturday, after a car bomb killed nine "
                + "people near the airport.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2013-06-17", "2013-06-15", "2013-06-15");
    }

    @Test
    void aDeedThatWentOnForYearsHasNoOneDayButOneOfAFewDaysKeepsTheReportsDay() {
        LocalDate published = LocalDate.of(2015, 7, 27);
        assertThat(events("Rebels shell Aleppo. Kurdish militias have battled the army in the hills for years.",
                published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-07-27", "none");
        assertThat(events("Rebels shell Aleppo. Kurdish militias have battled the army in the hills for two decades.",
                published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-07-27", "none");
        // the negative: a fight of a few days is the report's news
        assertThat(events("Rebels shell Aleppo. Kurdish militias have battled the army in the hills for three days.",
                published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-07-27", "2015-07-27");
    }

    @Test
    void aDeedChargedOrDeniedHasNoDayOfItsOwnButOneStatedKeepsItAndTheChargeKeepsTheReportsDay() {
        LocalDate published = LocalDate.of(2016, 8, 11);
        List<Event> charged = events("Rebels shell Aleppo. The army accused the rebels of shelling a hospital in "
                + "Idlib.", published);
        assertThat(charged).filteredOn(e -> e.type() == EventType.DISAPPROVE)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-08-11");
        assertThat(charged).filteredOn(e -> e.type() != EventType.DISAPPROVE)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-08-11", "none");
        // the negatives: a day the charge states for the deed, and the deed told as done
        assertThat(events("Rebels shell Aleppo. The army accused the rebels of shelling a hospital in Idlib on "
                + "Monday.", published))
                .filteredOn(e -> e.type() != EventType.DISAPPROVE)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-08-11", "2016-08-08");
        assertThat(events("Rebels shell Aleppo. Militants shelled a hospital in Idlib.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsOnly("2016-08-11");
    }

    @Test
    void aGerundChargedOrDeniedHasNoDayHoweverLooselyTheParseHangsItButTheDeedToldAsDoneKeepsTheReportsDay() {
        LocalDate published = LocalDate.of(2016, 8, 11);
        // the parse hangs "using" on "gas" as its modifier, and "gas" on "accused"
        assertThat(events("Rebels shell Aleppo. The government has accused rebels of using poison gas.", published))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("none");
        // the parse hangs "using" on "denied" as a bare dependent
        assertThat(events("Rebels shell Aleppo. Both sides have denied using chemical weapons.", published))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("none");
        // the negative: the same deed told as done is the day's news
        assertThat(events("Rebels shell Aleppo. Both sides have used chemical weapons.", published))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-08-11");
    }

    @Test
    void aPastDeedInAParagraphOfHistoryHasNoDayButOneInAParagraphOfTheNewsTakesTheReportsDay() {
        LocalDate published = LocalDate.of(2016, 8, 25);
        assertThat(events("Rebels shell Aleppo.\nKurdish militias shelled the village of Zara. Its mayor was elected "
                + "in 2012.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .last().isEqualTo("none");
        // the negative: a paragraph that names a day near the report is the news
        assertThat(events("Rebels shell Aleppo.\nKurdish militias shelled the village of Zara. Its mayor was elected "
                + "last week.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .last().isEqualTo("2016-08-25");
    }

    @Test
    void aMaterialDeedStillToComeHasNoDayButOneSetForFridayOrAStanceToComeKeepsItsDay() {
        LocalDate tuesday = LocalDate.of(2016, 8, 23);
        assertThat(events("Rebels shell Aleppo. Turkey will send troops to the border.", tuesday))
                .filteredOn(e -> e.type() == EventType.MOBILIZE)
                .extracting(Event::modality, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(Modality.EXPECTED, "none"));
        // the negatives: a day the text states for the deed, and a stance told as to come, held when it is said
        assertThat(events("Rebels shell Aleppo. The army will launch an offensive on the town on Friday.", tuesday))
                .extracting(Event::modality, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(Modality.ASSERTED, "2016-08-23"), tuple(Modality.EXPECTED, "2016-08-26"));
        assertThat(events("Rebels shell Aleppo. The senator said she will oppose the resolution.", tuesday))
                .filteredOn(e -> e.type() == EventType.DISAPPROVE)
                .extracting(Event::modality, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(Modality.EXPECTED, "2016-08-23"));
    }

    @Test
    void aMaterialDeedOnlySupposedHasNoDayButAPastDeedPossiblyDoneKeepsTheReportsDay() {
        LocalDate tuesday = LocalDate.of(2016, 8, 23);
        assertThat(events("Rebels shell Aleppo. The army could shell the town.", tuesday))
                .extracting(Event::modality, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(Modality.ASSERTED, "2016-08-23"), tuple(Modality.HYPOTHETICAL, "none"));
        // the negative: a modal perfect supposes a deed already done, on the news's day
        assertThat(events("Rebels shell Aleppo. A government strike may have killed 20 people in the town.", tuesday))
                .extracting(Event::modality, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(Modality.ASSERTED, "2016-08-23"), tuple(Modality.HYPOTHETICAL, "2016-08-23"));
    }

    @Test
    void aPastDeedWithNoTimeTakesTheDayTheNextSentenceNamesButNotAcrossAParagraphOrWhenAnEarlierSentenceNamesOne() {
        LocalDate thursday = LocalDate.of(2016, 6, 2);
        String lead = "Rebels shell Aleppo.\nGovernment jets bombed the town of Binnish.";
        assertThat(events(lead + " A local official told reporters on Wednesday that the jets hit a market.", thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-01");
        // the negatives: the next sentence in another paragraph, a day more than a week before the report, and a day
        // named in the sentence before (the narrative's time, which the deed keeps)
        assertThat(events(lead + "\nA local official told reporters on Wednesday that the jets hit a market.", thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-02");
        assertThat(events(lead + " A local official told reporters on May 20 that the jets hit a market.", thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-02");
        assertThat(events("Rebels shell Aleppo.\nOn Monday the army shelled Idlib. Government jets bombed the town of "
                + "Binnish. A local official told reporters on Wednesday that the jets hit a market.", thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-05-30");
    }

    @Property(tries = 12)
    void aDeedSomeDaysBeforeTheReportsNewsIsThatManyDaysBeforeTheReportNeverAfter(
            @ForAll @IntRange(min = 15_000, max = 19_000) int epochDay, @ForAll @IntRange(min = 2, max = 9) int days) {
        LocalDate published = LocalDate.ofEpochDay(epochDay);
        assertThat(events("Rebels shell Aleppo. The bombing of the hotel comes just " + days + " days after a gunman "
                + "shot the governor dead.", published))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(published.toString(), published.minusDays(days).toString());
    }

    @Test
    void aDatelineBehindAShortLabelHidesNoDayTheNextSentenceNamesButADateOpeningADeedStillDoes() {
        LocalDate thursday = LocalDate.of(2016, 6, 2);
        String told = " Government jets bombed the town of Binnish. A local official told reporters on Wednesday that "
                + "the jets hit a market.";
        assertThat(events("Thu Jun 2 2016 News from northern Syria." + told, thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-01");
        // the negative: a preposition's date opening a deed is the story's own time, the report's day
        assertThat(events("On June 2, 2016 the army shelled Idlib." + told, thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-02");
    }

    @Test
    void aDeedBelowAnImplicativeVerbInThePastIsAPastDeedButOneBelowAPresentVerbIsNot() {
        LocalDate thursday = LocalDate.of(2016, 6, 2);
        String next = " A local official told reporters on Wednesday that the ambush was set at night.";
        assertThat(events("Rebels shell Aleppo.\nGovernment troops managed to kill 20 militants in Binnish." + next,
                thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-01");
        // the negative: an implicative verb in the present tells the report's own news
        assertThat(events("Rebels shell Aleppo.\nGovernment troops continue to bomb the town of Binnish." + next,
                thursday))
                .filteredOn(e -> e.evidence().sentence().contains("Binnish"))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2016-06-02");
    }

    @Test
    void aPresentDeedInATimeClauseOfAClauseWithAModalTakesTheReportsDayButOneUnderAPlainPresentIsAHabit() {
        LocalDate tuesday = LocalDate.of(2015, 3, 10);
        // "meets" opens a clause told with "will": the meeting is the coming news, on the report's day
        assertThat(events("Rebels shell Aleppo. As the minister meets his Iraqi counterpart, he will raise the fate "
                + "of the hostages.", tuesday))
                .filteredOn(e -> e.type() == EventType.CONSULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-03-10");
        assertThat(events("Rebels shell Aleppo. When the minister meets his Iraqi counterpart, he will raise the fate "
                + "of the hostages.", tuesday))
                .filteredOn(e -> e.type() == EventType.CONSULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-03-10");
        // the negative: under a plain present, the same clause tells what he does each time, on no one day
        assertThat(events("Rebels shell Aleppo. As the minister meets his Iraqi counterpart, he raises the fate "
                + "of the hostages.", tuesday))
                .filteredOn(e -> e.type() == EventType.CONSULT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("none");
    }

    @Test
    void aDeedDoneBeforeIsRecalledOnNoDayButTheSameDeedWithoutTheAdverbIsTheReportsNews() {
        LocalDate tuesday = LocalDate.of(2015, 3, 10);
        assertThat(events("Rebels shell Aleppo. The rebels have battled the army before.", tuesday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2015-03-10"), tuple(EventType.FIGHT, "none"));
        // the negative: a deed in the present perfect with no such adverb is the day's news
        assertThat(events("Rebels shell Aleppo. The rebels have battled the army.", tuesday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2015-03-10"), tuple(EventType.FIGHT, "2015-03-10"));
    }

    @Test
    void aDeedThatDescribesANounInARelativeClauseHasNoDayButOneWithItsOwnDayAPassiveOrAWhereClauseKeepsIt() {
        LocalDate wednesday = LocalDate.of(2015, 6, 10);
        assertThat(events("Rebels shell Aleppo. Kerry met the general who captured the town of Tikrit.", wednesday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2015-06-10"), tuple(EventType.CONSULT, "2015-06-10"),
                        tuple(EventType.FIGHT, "none"));
        // the clause's own day still dates it
        assertThat(events("Rebels shell Aleppo. Kerry met the general who captured the town of Tikrit on Sunday.",
                wednesday))
                .filteredOn(e -> e.type() == EventType.FIGHT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-06-10", "2015-06-07");
        // the negatives: the report's victim in a passive clause, and a "where" clause that sets the news's scene
        assertThat(events("Rebels shell Aleppo. Activists named the boy who was killed by a sniper in Homs.", wednesday))
                .extracting(Event::type, e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly(tuple(EventType.FIGHT, "2015-06-10"), tuple(EventType.ASSAULT, "2015-06-10"));
        assertThat(events("Rebels shell Aleppo. Rebels advanced on Homs, where the army shelled the old city.",
                wednesday))
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsOnly("2015-06-10");
    }

    @Test
    void aCampaignNounNamedWithItsFoeOrAimIsTheWholeCampaignOnNoDayButTheFightAloneIsTheDaysNews() {
        LocalDate wednesday = LocalDate.of(2015, 6, 10);
        assertThat(events("Rebels shell Aleppo. The Kurds were US allies in the fight against the Islamic State.",
                wednesday))
                .filteredOn(e -> e.type() == EventType.FIGHT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsExactly("2015-06-10", "none");
        // the negative: the fight with neither foe nor aim is the day's battle
        assertThat(events("Rebels shell Aleppo. The fight in the old city was intense.", wednesday))
                .filteredOn(e -> e.type() == EventType.FIGHT)
                .extracting(e -> e.date().map(Object::toString).orElse("none"))
                .containsOnly("2015-06-10");
    }
}
