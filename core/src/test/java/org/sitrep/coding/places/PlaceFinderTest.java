package org.sitrep.coding.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** The place an event is given: its name as an analyst writes it, with the gazetteer's id of the whole place. */
class PlaceFinderTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2015, 9, 21);

    private static List<Event> fights(String text) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream()
                .filter(e -> e.type() == EventType.FIGHT).toList();
    }

    @Test
    void aCompassWordBeforeTheNameStaysInThePlaceNameAndTheIdIsTheWholePlaces() {
        List<Event> plain = fights("American jets bombed Islamic State positions in Iraq on Sunday.");
        assertThat(fights("American jets bombed Islamic State positions in northern Iraq on Sunday."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("northern Iraq", plain.get(0).placeRef().orElseThrow()));
    }

    @Test
    void aStrategicSiteNamedAfterATownIsTheDeedsPlaceButNoFightForTheTown() {
        // the overrunning had no place object at all: "the Tabqa airbase" is no town, and the town hangs on the site
        assertThat(SharedModels.extractor().apply(Samples.news("Islamic State fighters overran the Tabqa airbase on "
                + "Sunday.", PUBLISHED)))
                .satisfies(facts -> assertThat(facts.events()).extracting(Event::type, e -> e.place().orElse(""),
                        e -> e.placeRef().orElse("")).containsExactly(tuple(EventType.FIGHT, "Tabqa", "172374")))
                .satisfies(facts -> assertThat(facts.control()).isEmpty());
        // a site the name does not call so stays no place of the deed
        assertThat(fights("Islamic State fighters overran the Tabqa museum on Sunday.")).isEmpty();
    }

    @Test
    void aPlaceWithNoCompassWordKeepsItsOwnName() {
        assertThat(fights("American jets bombed Islamic State positions in Iraq on Sunday."))
                .extracting(e -> e.place().orElse("")).containsExactly("Iraq");
    }

    @Test
    void aProvinceKeepsItsCompassWordToo() {
        assertThat(fights("Russian warplanes struck rebel positions in southern Idlib province on Sunday."))
                .extracting(e -> e.place().orElse("")).containsExactly("southern Idlib province");
    }

    @Test
    void aPlaceTakenFromTheSentenceKeepsItsCompassWord() {
        assertThat(fights("Rebel fighters shelled army positions on Monday, a commander in southern Idlib province "
                + "said."))
                .extracting(e -> e.place().orElse("")).containsExactly("southern Idlib province");
    }

    @Test
    void aDeedInAWhereClauseHappensAtThePlaceItsNounNamesButAWhoClauseGivesNone() {
        // the visit is at Homs by its object, the meeting by the clause
        assertThat(meetings("The envoy was visiting Homs, where he met the governor on Sunday."))
                .extracting(e -> e.place().orElse("")).containsExactly("Homs", "Homs");
        assertThat(meetings("The envoy met the governor on Sunday, who lives in Homs."))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aPlaceARelativePronounObjectStandsForIsTheDeedsPlace() {
        assertThat(fights("Government troops have failed to retake the eastern districts of Homs which rebels stormed "
                + "in 2012.")).filteredOn(e -> e.actor().orElse("").equals("Syrian opposition"))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Homs", "169577"));
        // the capture of a place the text does not name is no event
        assertThat(fights("Government troops have failed to retake the hills which rebels stormed in 2012.")).isEmpty();
    }

    @Test
    void aDeedWithNoPlaceOfItsOwnHappensWhereItsActorIsSaidToBe() {
        assertThat(events("Rebel groups in Hama issued a statement on Monday.", EventType.STATEMENT))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Hama", "170017"));
        assertThat(events("A monitor in Hama said rebel groups issued a statement.", EventType.STATEMENT))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aPlaceTheSentenceOpensWithIsTheSceneOfAPlacelessDeed() {
        assertThat(events("In Amman, the king said Jordan welcomed the new plan.", EventType.SUPPORT))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Amman", "250441"));
        assertThat(events("The king, who was born in Amman, said Jordan welcomed the new plan.", EventType.SUPPORT))
                .extracting(e -> e.place().orElse("")).containsExactly("");
        assertThat(events("In 2012, the king said Jordan welcomed the new plan.", EventType.SUPPORT))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aDeedAVerbOfAWhereClauseGovernsHappensAtThePlaceTheClauseDescribes() {
        assertThat(events("The envoy praised a summit in Doha where Gulf states joined Britain in offering support "
                + "to the Syrian opposition.", EventType.AID)).extracting(e -> e.place().orElse(""))
                .containsExactly("Doha");
        assertThat(events("The envoy praised a summit in Doha after Gulf states joined Britain in offering support "
                + "to the Syrian opposition.", EventType.AID)).extracting(e -> e.place().orElse(""))
                .containsExactly("");
    }

    @Test
    void aNameBeforeASettlementNounIsThePlaceAndAnInPhraseRightAfterItOnlySaysWhereItLies() {
        assertThat(fights("Army jets struck a rebel depot in Kafr Batna town in the Ghouta area of Damascus "
                + "countryside on Monday.")).extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Kafr Batna", "168713"));
        assertThat(fights("Government jets bombed rebel positions in Saraqib town on Tuesday."))
                .extracting(e -> e.place().orElse("")).containsExactly("Saraqib");
        // places joined by "and" are each a place of the deed
        assertThat(fights("Rebels fought government troops in Aleppo and in Idlib on Sunday."))
                .extracting(e -> e.place().orElse("")).containsExactly("Aleppo", "Idlib");
    }

    @Test
    void anAreaThatIsNoPopulatedPlaceIsTheDeedsPlaceByItsNameWithNoIdOfItsOwn() {
        assertThat(fights("Government jets bombed rebel positions in Eastern Ghouta on Thursday."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Eastern Ghouta", ""));
        // its seat, named as a town, keeps the town's id
        assertThat(fights("Government jets bombed rebel positions in Douma on Thursday."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Douma", "170592"));
    }

    @Test
    void aPlacelessDeedHappensInTheCountryWhoseWarItsSentenceTells() {
        assertThat(events("The Syrian civil war began in 2011 when the army fired on protesters.", EventType.ASSAULT))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Syria", "163843"));
        // a war the sentence gives no country names no place
        assertThat(events("The civil war began in 2011 when the army fired on protesters.", EventType.ASSAULT))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aPlacelessDeedInTheCountryHappensInTheCountryTheStorysPlacesLieIn() {
        String before = "Government jets bombed rebel positions in Aleppo on Sunday. ";
        assertThat(events(before + "Snipers fired on a United Nations team in the country on Monday.",
                EventType.ASSAULT)).extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Syria", "163843"));
        // a country the words describe is another one, and a story with no place of its own names none
        assertThat(events(before + "Snipers fired on a United Nations team in the neighbouring country on Monday.",
                EventType.ASSAULT)).extracting(e -> e.place().orElse("")).containsExactly("");
        assertThat(events("Snipers fired on a United Nations team in the country on Monday.", EventType.ASSAULT))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aPlacelessDeedInTheCapitalHappensInTheCapitalOfTheStorysCountry() {
        String before = "Government jets bombed rebel positions in Aleppo on Sunday. ";
        assertThat(events(before + "Snipers fired on a United Nations team in the capital on Monday.",
                EventType.ASSAULT)).extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Damascus", "170654"));
        // a capital the words describe is another one, and a story with no place of its own names none
        assertThat(events(before + "Snipers fired on a United Nations team in the rebel capital on Monday.",
                EventType.ASSAULT)).extracting(e -> e.place().orElse("")).containsExactly("");
        assertThat(events("Snipers fired on a United Nations team in the capital on Monday.", EventType.ASSAULT))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aPlacelessDeedInACountrysTerritoryHappensInThatCountry() {
        assertThat(fights("Israeli jets bombed Iranian positions in Syrian territory on Saturday."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Syria", "163843"));
        // a country's border is no ground of it
        assertThat(fights("Israeli jets bombed Iranian positions near the Syrian border on Saturday."))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aPlacelessDeedTakesTheSentencesMostSpecificPlaceNotTheOneItSaysTheOtherLiesIn() {
        assertThat(fights("Airstrikes by government jets on Monday hit a school and a market in the town of Bab Tarwa "
                + "in rural Idlib killing at least 20 civilians.")).extracting(e -> e.place().orElse(""),
                e -> e.placeRef().orElse("")).containsExactly(tuple("Bab Tarwa", ""));
        // a neighbourhood is no place of its own: the deed stays at its city
        assertThat(fights("Government jets bombed rebel positions in the Zahra neighbourhood of Idlib on Wednesday."))
                .extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Idlib", "169389"));
    }

    @Test
    void aDeedSomeoneIsSomewhereToDoHappensThere() {
        assertThat(events("A United Nations team was in Syria to investigate the attacks on Monday.",
                EventType.INVESTIGATE)).extracting(e -> e.place().orElse("")).containsExactly("Syria");
        // someone said to be ready for it is nowhere yet
        assertThat(events("A United Nations team was ready to investigate the attacks on Monday.",
                EventType.INVESTIGATE)).extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void ofSeveralPlacesAPlacelessDeedTakesTheOneItsOwnClauseSaysItIsAt() {
        // the offensive's clause names the town captured; the place of the clause hanging on it is that clause's
        assertThat(physical("The capture of Saraqeb was part of an offensive by government forces to encircle rebels "
                + "near Idlib.")).filteredOn(e -> e.actor().orElse("").equals("Syrian government"))
                .extracting(e -> e.place().orElse("")).containsExactly("Saraqeb");
        // where the deed's clause names none, the places of the clauses hanging on it stay theirs
        assertThat(fights("Rebels shelled army positions on Monday, as jets struck Saraqeb and Idlib."))
                .filteredOn(e -> e.actor().orElse("").equals("Syrian opposition"))
                .extracting(e -> e.place().orElse("")).containsOnly("");
    }

    @Test
    void aPlaceInsideTheOpeningPhraseIsTheSceneOfTheDeedsTheMainVerbTells() {
        assertThat(meetings("In the Syrian city of Homs, the minister is expected to meet opposition leaders on "
                + "Tuesday.")).extracting(e -> e.place().orElse("")).containsExactly("Homs");
        assertThat(meetings("In Cairo the same day, the envoys are due to meet rebel delegates."))
                .extracting(e -> e.place().orElse("")).containsExactly("Cairo");
        // a place named after the opening phrase is no scene of it
        assertThat(meetings("In a rare move, the minister met opposition leaders from Homs on Tuesday."))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    @Test
    void aWireDatelinesTownIsNoPlaceOfWhatTheFirstSentenceTells() {
        assertThat(physical("JERUSALEM, Israel – A car bomb exploded outside the Beirut airport on Monday, killing "
                + "five people.")).extracting(e -> e.place().orElse("")).containsOnly("Beirut");
        // a town the sentence itself names is no dateline: here it is where the speakers sit, which the report,
        // naming a place of its own, is not about (the speaker's seat rule), so the bomb is at the airport's town
        assertThat(physical("Officials in Jerusalem said a car bomb exploded outside the Beirut airport on Monday, "
                + "killing five people.")).extracting(e -> e.place().orElse("")).containsOnly("Beirut");
    }

    @Test
    void wordsAgainstAnotherAreNotWhereWhatTheyAreAboutHappenedButWhereTheirOccasionIs() {
        // a complaint is about the shelling in Hama, not made there
        assertThat(events("The opposition condemned the shelling of villages in Hama province on Monday.",
                EventType.DISAPPROVE)).extracting(e -> e.place().orElse("")).containsExactly("");
        // the news conference it is made at is where it is made
        assertThat(events("The foreign minister condemned the raid at a news conference in Amman on Tuesday.",
                EventType.DISAPPROVE)).extracting(e -> e.place().orElse("")).containsExactly("Amman");
    }

    @Test
    void aMaterialDeedWithNoPlaceOfItsOwnIsAtTheOnePlaceItsSentenceSaysSomethingIsAt() {
        // the arms are dropped where the fighters hold the town
        assertThat(events("Jets dropped weapons to Kurdish fighters battling to hold the town of Kobani.",
                EventType.AID)).extracting(e -> e.place().orElse("")).containsExactly("Kobani");
        // a senator's home state and the capital consent comes from are no scene of the arms
        assertThat(events("Senator John Smith of Arizona said arming the rebels could turn the tide of the war.",
                EventType.AID)).extracting(e -> e.place().orElse("")).doesNotContain("Arizona");
        assertThat(events("France received consent from Baghdad to deliver arms to the Kurds.", EventType.AID))
                .extracting(e -> e.place().orElse("")).doesNotContain("Baghdad");
        // where the speaker sits is not where the food went
        assertThat(events("The charity delivered food to families on Monday, its director in Geneva said.",
                EventType.AID)).extracting(e -> e.place().orElse("")).doesNotContain("Geneva");
        // words stay where they are said: a meeting takes no town its sentence names in passing
        assertThat(meetings("The envoy met the minister to discuss the siege of Madaya.")).extracting(e -> e.place()
                .orElse("")).doesNotContain("Madaya");
    }

    @Test
    void aDeedOfACountrysForcesWithNoOtherPlaceIsInThatCountryWhereTheStoryIsSet() {
        // the story's places lie in Iraq, and the forces that clash are Iraq's
        assertThat(physical("Fighting raged across Anbar province on Sunday. Iraq's armed forces clashed with the "
                + "militants on Monday.")).extracting(e -> e.place().orElse("")).contains("Iraq");
        // a story set in Syria: the Iraqi forces' clash may be anywhere
        assertThat(physical("Fighting raged across Idlib province on Sunday. Iraq's armed forces clashed with the "
                + "militants on Monday.")).extracting(e -> e.place().orElse("")).doesNotContain("Iraq");
        // a country's stance is no force of it on the ground
        assertThat(physical("Fighting raged across Anbar province on Sunday. Iraq's position hardened as militants "
                + "attacked the army.")).extracting(e -> e.place().orElse("")).doesNotContain("Iraq");
    }

    @Test
    void aPlaceWhereTheSpeakerSitsIsNotTheReportedDeedsWhereTheReportNamesItsOwnButAWitnessSpeaksFromTheScene() {
        // the analyst sits in Beirut; the shelling he tells of is in the country his report names
        assertThat(physical("Jets struck the town of Saraqeb in Idlib province on Sunday. An analyst at a research "
                + "centre in Beirut said that rebels shelled army posts to win Syria's civil war."))
                .extracting(e -> e.place().orElse("")).doesNotContain("Beirut").contains("Syria");
        // activists whose report names no other place speak from where the bombs fell
        assertThat(physical("Jets struck the town of Saraqeb in Idlib province on Sunday. Activists in Idlib said "
                + "government helicopters dropped barrel bombs on Monday, killing six people."))
                .extracting(e -> e.place().orElse("")).contains("Idlib");
        // the place in the subject of the deed itself is where the doers are
        assertThat(physical("Jets struck the town of Saraqeb in Idlib province on Sunday. Rebels in Aleppo shelled "
                + "an army checkpoint on Monday.")).extracting(e -> e.place().orElse("")).contains("Aleppo");
    }

    @Test
    void aQuarterByANameTheGazetteerLacksLiesInTheCityNamedBefore() {
        String before = "Rebels shelled government positions in Aleppo on Sunday. ";
        assertThat(fights(before + "Militants fired rocket shells on the al-Midan and al-Ashrafiyeh neighborhoods on "
                + "Monday.")).extracting(e -> e.place().orElse(""), e -> e.placeRef().orElse(""))
                .containsExactly(tuple("Aleppo", "170063"), tuple("Aleppo", "170063"));
        // a quarter with no name of its own names no place, and one the story names no city before is in none
        assertThat(fights(before + "Militants fired rocket shells on residential neighborhoods on Monday."))
                .extracting(e -> e.place().orElse("")).containsExactly("Aleppo", "");
        assertThat(fights("Militants fired rocket shells on the al-Midan neighborhood on Monday."))
                .extracting(e -> e.place().orElse("")).containsExactly("");
    }

    private static List<Event> physical(String text) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream().filter(e -> e.type().physical()).toList();
    }

    private static List<Event> events(String text, EventType type) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream().filter(e -> e.type() == type).toList();
    }

    private static List<Event> meetings(String text) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream()
                .filter(e -> e.type() == EventType.CONSULT).toList();
    }
}
