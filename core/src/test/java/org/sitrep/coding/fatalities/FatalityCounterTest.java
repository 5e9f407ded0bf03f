package org.sitrep.coding.fatalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** Deaths read by ACLED's rules from short real-news sentences, on the violent events of the sentence. */
class FatalityCounterTest {
    private static List<Optional<Integer>> deaths(String text) {
        return SharedModels.extractor().apply(Samples.news(text, LocalDate.of(2016, 5, 30))).events().stream()
                .filter(e -> e.acled().politicalViolence()).map(Event::fatalities).toList();
    }

    @Test
    void aFigureOnTheKillingIsTheDeathsNotTheWounded() {
        assertThat(deaths("On Monday suicide bombers struck three Baghdad districts, killing at "
                + "least 24 people and wounding dozens of others.")).isNotEmpty().containsOnly(Optional.of(24));
    }

    @Test
    void aStrayNumberBeforeTheFigureIsNotTheDeaths() {
        assertThat(deaths("Get short URL 9427 At least 10 civilians were killed in US-led coalition strikes west of "
                + "Raqqa.")).isNotEmpty().containsOnly(Optional.of(10));
    }

    @Test
    void aDateWhoseSeparatorsWereLostIsNoToll() {
        assertThat(deaths("Last updated at Oct 082017 Russian air strikes killed 120 militants in Deir Ezzor "
                + "province over the past day.")).isNotEmpty().containsOnly(Optional.of(120));
    }

    @Test
    void aTollWhoseCauseIsAnotherDeedIsNotTheClashesToll() {
        assertThat(SharedModels.extractor().apply(Samples.news("Rebels clashed with government forces in Aleppo on "
                + "Sunday, while a bomb attack killed 12 people in Azaz.", LocalDate.of(2016, 8, 5))).events())
                .extracting(e -> e.acled().subEventType(), Event::fatalities)
                .containsExactly(tuple("Armed clash", Optional.empty()),
                        tuple("Remote explosive/landmine/IED", Optional.of(12)));
    }

    @Test
    void vagueFiguresCountByTheRules() {
        assertThat(deaths("Russian air strikes killed dozens of civilians in Idlib on Sunday."))
                .isNotEmpty().containsOnly(Optional.of(12));
        assertThat(deaths("Government forces shelled Douma on Sunday, killing several civilians."))
                .isNotEmpty().containsOnly(Optional.of(3));
    }

    @Test
    void deathsWithoutAFigureAndWoundsAloneGiveNoCount() {
        assertThat(deaths("Rebels were killed in clashes with the army near Hama on Sunday."))
                .isNotEmpty().containsOnly(Optional.empty());
        assertThat(deaths("Russian jets bombed Idlib on Sunday, wounding 30 people."))
                .isNotEmpty().containsOnly(Optional.empty());
    }

    @Test
    void aPartNamedByIncludingIsNotTheToll() {
        assertThat(deaths("The coalition continued airstrikes against ISIL in Syria with reports of some 865 people "
                + "killed including 50 civilians in Aleppo.")).isNotEmpty().containsOnly(Optional.of(865));
    }

    @Test
    void scoresCountAsOneScore() {
        assertThat(deaths("A gas attack in Khan Sheikhoun on Tuesday left scores dead."))
                .isNotEmpty().containsOnly(Optional.of(20));
    }

    @Test
    void eachAttackOfAListKeepsItsOwnToll() {
        assertThat(SharedModels.extractor().apply(Samples.news("ISIS has recently claimed responsibility for several "
                + "mass killings, including the truck attack in Nice, France, that killed 84 people, and the "
                + "Orlando, Florida, nightclub shooting that killed 49 people.", LocalDate.of(2016, 8, 5))).events())
                .filteredOn(e -> e.fatalities().isPresent())
                .extracting(e -> e.place().orElse(""), e -> e.fatalities().get())
                .containsExactly(tuple("Nice", 84), tuple("Orlando", 49));
    }

    @Test
    void thoseBeheadedAreTheDeaths() {
        assertThat(deaths("In the city of Raqqa, ISIL decapitated another three men on Monday."))
                .isNotEmpty().containsOnly(Optional.of(3));
    }
    @Test
    void aPartCountedAmongTheDeadIsNoTollButTheWholeAmongThemIs() {
        assertThat(deaths("Four children were among the dead in the overnight strikes on the town of Kafr Nabl."))
                .isNotEmpty().containsOnly(Optional.empty());
        assertThat(deaths("Five children are among the 31 dead in airstrikes on the town of Kafr Nabl."))
                .isNotEmpty().containsOnly(Optional.of(31));
        assertThat(deaths("Four of the soldiers were killed in the ambush near Hama on Sunday."))
                .isNotEmpty().containsOnly(Optional.of(4));
    }

    @Test
    void thoseKilledThatAFigureTakesAPartOutOfAreNoDeedOfTheirOwn() {
        assertThat(deaths("At least seven of those killed were rebel fighters, the monitor added.")).isEmpty();
        assertThat(deaths("At least seven rebel fighters were killed, the monitor added."))
                .containsExactly(Optional.of(7));
    }

    @Test
    void aPartOfTheDeadToldAfterTheTollLeavesOneDeedWithTheWholeToll() {
        assertThat(deaths("Government airstrikes on the town of Kafr Nabl in Idlib province killed 31 people on "
                + "Monday, a monitor said. Five children were among the dead in the strikes on Kafr Nabl, it said."))
                .containsExactly(Optional.of(31));
        assertThat(deaths("Rebel shelling of a market in Aleppo killed 12 people on Sunday. At least seven of those "
                + "killed were women, the monitor said.")).containsExactly(Optional.of(12));
    }
    @Test
    void theDeadOfNounsCoordinatedWithTheCountedOneAreCountedTooButNotTheWounded() {
        assertThat(deaths("Some 90 militants and 40 foreign fighters were killed in Russian air strikes near Palmyra "
                + "on Saturday.")).isNotEmpty().containsOnly(Optional.of(130));
        assertThat(deaths("A coalition raid on the town of Tabqa killed three women and their five children on "
                + "Tuesday.")).isNotEmpty().containsOnly(Optional.of(8));
        assertThat(deaths("The attack killed 7 soldiers and 30 wounded were taken to hospital."))
                .isNotEmpty().containsOnly(Optional.of(7));
        assertThat(deaths("A rescue service said it had recorded four deaths and 19 injuries after a barrel bomb was "
                + "dropped on a district of Aleppo.")).isNotEmpty().containsOnly(Optional.of(4));
    }

    @Test
    void aHeadlinesFigureAfterAWoundVerbIsNotTheDeaths() {
        assertThat(deaths("Gunmen attack Homs checkpoint, kill 4 injure 30."))
                .isNotEmpty().containsOnly(Optional.of(4));
    }
    @Test
    void aNamedDeadAndOthersCountedAreTheOneAndTheOthers() {
        assertThat(deaths("A car bomb killed Colonel Samir Haddad and two others in Beirut on Friday."))
                .isNotEmpty().containsOnly(Optional.of(3));
        assertThat(deaths("Colonel Samir Haddad and his driver were killed in a car bombing in Beirut on Friday."))
                .isNotEmpty().containsOnly(Optional.of(2));
    }
    @Test
    void theDeedARelativeClauseTollDescribesIsWhatKilledNotTheDeedItHangsBelow() {
        assertThat(deaths("Warplanes bombed an air base near Homs on Friday, a week after a gas attack on a village "
                + "in Hama that killed 40 people.")).containsExactly(Optional.empty(), Optional.of(40));
        assertThat(deaths("Rebels shelled a market in Aleppo that was crowded on Sunday, killing 12 people."))
                .containsExactly(Optional.of(12));
    }

    @Test
    void anUnpunctuatedTollTheParserHangsAsASecondObjectIsTheDeaths() {
        assertThat(deaths("Army jets hit a crowded bakery in an opposition-held district of Kafr Nabl "
                + "killing 14 civilians the monitoring group said."))
                .containsExactly(Optional.of(14));
        assertThat(deaths("Army jets hit a crowded bakery in an opposition-held district of Kafr Nabl "
                + "wounding 14 civilians the monitoring group said."))
                .containsExactly(Optional.empty());
    }

    @Test
    void aCountedNounHungLooseOnThePartThatIsTheSubjectIsTheToll() {
        assertThat(deaths("Local media reported that at least 60 people many of whom were children were killed in "
                + "recent air raids on Tabqa.")).containsExactly(Optional.of(60));
        assertThat(deaths("Local media reported that people many of whom were children were killed in recent air "
                + "raids on Tabqa.")).containsExactly(Optional.empty());
    }

    @Test
    void victimsNamedWithoutAFigureAreOneEachButPluralsStayUncounted() {
        assertThat(deaths("A drone strike near the border killed a senior militant commander on Tuesday."))
                .containsExactly(Optional.of(1));
        assertThat(deaths("A drone strike near the border killed senior militant commanders on Tuesday."))
                .containsExactly(Optional.empty());
        assertThat(deaths("Special forces killed Ahmed Karimi in a raid near Idlib on Sunday."))
                .containsExactly(Optional.of(1));
        assertThat(deaths("Gunman Ahmed Karimi killed the hostages in a raid near Idlib on Sunday."))
                .containsExactly(Optional.empty());
    }

    @Test
    void anotherPersonKilledIsOneDeadNotTheSentencesFirstToll() {
        assertThat(deaths("Two people were killed in Homs on Sunday, while another person was killed in Hama."))
                .containsExactly(Optional.of(2), Optional.of(1));
    }

    @Test
    void livesClaimedOfListedPersonsAreCountedUnlessOneOfThemIsUncounted() {
        assertThat(deaths("Gunmen fired on a bus in Daraa on Sunday, claiming the lives of a teacher and his son."))
                .containsExactly(Optional.of(2));
        assertThat(deaths("Gunmen fired on a bus in Daraa on Sunday, claiming the lives of a teacher and the pupils."))
                .containsExactly(Optional.empty());
    }

    @Test
    void thousandsCountAsOneThousandAndOnlyForTheDead() {
        assertThat(deaths("Thousands of civilians were killed during the siege of the old city in 2016."))
                .containsExactly(Optional.of(1000));
        assertThat(deaths("Thousands of civilians were wounded during the siege of the old city in 2016."))
                .containsExactly(Optional.empty());
    }

    @Test
    void theSlaughteredTheCorpsesAndTheBeheadedNamedAreTheDeaths() {
        assertThat(deaths("The raid on the village, which saw 15 farmers slaughtered, shocked the region."))
                .containsExactly(Optional.of(15));
        assertThat(deaths("Residents found a mass grave holding 40 corpses of fighters who were executed by the "
                + "militants.")).containsExactly(Optional.of(40));
        assertThat(deaths("The militants released a video after the beheading of aid worker Thomas Brandt last week."))
                .containsExactly(Optional.of(1));
        assertThat(deaths("The militants released a video after the beheading of aid workers last week."))
                .containsExactly(Optional.empty());
    }

    @Test
    void martyrsAndTheMurderedAreTheDeaths() {
        assertThat(deaths("A car bomb exploded near a mosque in Latakia on Thursday, leaving 5 martyrs."))
                .containsExactly(Optional.of(5));
        assertThat(deaths("Gunmen murdered three teachers in Daraa on Monday.")).containsExactly(Optional.of(3));
        assertThat(deaths("A car bomb exploded near a mosque in Latakia on Thursday, state media said."))
                .containsExactly(Optional.empty());
    }

    @Test
    void thoseShotDeadAreTheDeaths() {
        assertThat(deaths("Gunmen shot dead two policemen in Deraa on Monday.")).containsExactly(Optional.of(2));
        assertThat(deaths("A Russian envoy was shot dead by a policeman in Ankara on Monday."))
                .containsExactly(Optional.of(1));
        assertThat(deaths("Gunmen shot dead Colonel Samir Haddad in Homs on Monday.")).containsExactly(Optional.of(1));
        assertThat(deaths("Gunmen shot two policemen in Deraa on Monday.")).containsExactly(Optional.empty());
    }

    @Test
    void aCountedNounBeforeTheAuxiliaryIsTheSubjectTheParseLost() {
        // FA-KES (CC BY): the parser hangs the counted noun on the province and leaves "killed" no subject
        assertThat(deaths("In the countryside of the neighboring Idleb province 10 Jaish al-Fateh terrorists were "
                + "killed and 19 others were injured in airstrikes on their positions."))
                .containsExactly(Optional.of(10));
    }

    @Test
    void companionsOfTheDeadAreCounted() {
        assertThat(deaths("General Samir Haddad was killed along with a driver and a guard in a car bombing in "
                + "Beirut on Friday.")).containsExactly(Optional.of(3));
        // FA-KES (CC BY)
        assertThat(deaths("The incident comes after another report of a strike killing \"a woman with four of her "
                + "children and an old man\" in a separate part of the same city on Sunday the Observatory said."))
                .containsExactly(Optional.of(6));
        assertThat(deaths("A soldier was killed with a knife in Homs on Sunday.")).containsExactly(Optional.of(1));
    }

    @Test
    void aDeathVerbTheParserLeftWithoutObjectCountsTheNounAfterIt() {
        // FA-KES (CC BY), unpunctuated: the parser hangs the second toll's dead on the verb of saying
        assertThat(deaths("On Sunday regime air strikes on the areas of Mesraba and Madira killed 17 civilians while "
                + "artillery fire on the town of Douma killed another two civilians the monitor said."))
                .containsExactlyInAnyOrder(Optional.of(17), Optional.of(2));
    }

    @Test
    void aTollWhoseNamedCauseYieldsNoEventIsTheDeedThatStands() {
        // FA-KES (CC BY): the attack, with no place of its own, yields no event; the firing stands
        assertThat(deaths("Syrian regime forces fired intense artillery and rocket barrages Wednesday on the eastern "
                + "suburbs of the capital Damascus in what two pro-opposition groups claimed was a \"poisonous gas\" "
                + "attack that killed dozens of people."))
                .containsExactly(Optional.of(12));
    }

    @Test
    void hundredsOfThousandsCountAsTheirProduct() {
        assertThat(deaths("Jets and artillery killed hundreds of thousands of civilians across the country."))
                .containsExactly(Optional.of(100000));
        assertThat(deaths("Jets and artillery killed hundreds of civilians across the country."))
                .containsExactly(Optional.of(100));
    }

    @Test
    void aDeedThatNamesItsOwnKillingKeepsItsDead() {
        assertThat(SharedModels.extractor().apply(Samples.news("Activists said 30 men were executed in the town "
                + "when militants stormed it on Friday.", LocalDate.of(2014, 8, 16))).events())
                .filteredOn(e -> e.acled().politicalViolence())
                .extracting(Event::type, Event::fatalities)
                .contains(tuple(org.sitrep.model.EventType.ASSAULT, Optional.of(30)))
                .doesNotContain(tuple(org.sitrep.model.EventType.FIGHT, Optional.of(30)));
    }

    @Test
    void aFigureCoordinatedWithTheDeadThatAWoundDescribesCountsTheWoundedNotTheDead() {
        assertThat(deaths("A mortar attack on a district of the eastern city of Deir ez-Zor left three civilians dead "
                + "and six others injured on Thursday.")).containsExactly(Optional.of(3));
        assertThat(deaths("A coalition raid on the town of Tabqa killed three fighters and five civilians on Monday."))
                .containsExactly(Optional.of(8));
    }

    @Test
    void deathsToldAsOneOfTwoFatesAreNoCountOfDeaths() {
        assertThat(deaths("Government forces shelled the town of Douma on Monday. Activists said hundreds of people "
                + "were killed or injured in the shelling.")).isNotEmpty().containsOnly(Optional.empty());
        assertThat(deaths("Government forces shelled the town of Douma on Monday, killing hundreds of people and "
                + "injuring dozens.")).containsExactly(Optional.of(100));
    }

    @Test
    void aPlaceTheParserMakesASecondSubjectIsNoVictimButTheOneNamedIs() {
        // FA-KES (CC BY): a dateline glued to the sentence, parsed as a second passive subject before the victim
        assertThat(deaths("Aleppo In the same context a woman was killed and 35 others were injured in terrorist "
                + "attacks with rocket shells on residential neighborhoods in Aleppo city in a new breach to the "
                + "cessation of hostilities.")).containsExactly(Optional.of(1));
        assertThat(deaths("Aleppo In the same context civilians were killed and 35 others were injured in terrorist "
                + "attacks with rocket shells on residential neighborhoods in Aleppo city.")).isNotEmpty()
                .containsOnly(Optional.empty());
    }

    @Test
    void aSideLosingPeopleInTheFightingIsTheirDeathsButLosingThingsIsNone() {
        assertThat(deaths("Kurdish fighters lost 40 men in three days of clashes with the jihadists near Kobani."))
                .containsExactly(Optional.of(40));
        assertThat(deaths("Kurdish fighters lost 40 tanks in three days of clashes with the jihadists near Kobani."))
                .containsExactly(Optional.empty());
    }

    @Test
    void aDefiniteNounOfOnePersonKilledIsOneDeadButACollectiveIsUncounted() {
        assertThat(deaths("Activists said the fighter was killed by a drone strike near Idlib on Sunday."))
                .containsExactly(Optional.of(1));
        assertThat(deaths("Activists said the family was killed by a drone strike near Idlib on Sunday."))
                .containsExactly(Optional.empty());
    }
}
