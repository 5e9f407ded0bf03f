package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.testing.SharedModels;

/**
 * A rebel or government fight whose text names no target is against the other side, a coalition or Iraqi one against
 * the Islamic State (once that war began); others keep what the text says.
 */
class SideAdversariesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 3, 14);

    private static List<Event> fights(String text) {
        return SharedModels.ruleEvents(text, PUBLISHED).stream()
                .filter(e -> e.type() == EventType.FIGHT).toList();
    }

    @Test
    void aRebelAssaultThatNamesNoTargetIsAgainstTheGovernment() {
        assertThat(fights("Rebel fighters launched a fierce assault on Saturday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Syrian opposition", "Syrian government"));
    }

    @Test
    void aTargetTheTextNamesStays() {
        assertThat(fights("Rebel fighters attacked Islamic State positions on Saturday."))
                .extracting(e -> e.target().orElse(""))
                .containsExactly("Islamic State");
    }

    @Test
    void aGovernmentAssaultThatNamesNoTargetIsAgainstTheRebels() {
        assertThat(fights("Government forces launched a fierce assault on Saturday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Syrian government", "Syrian opposition"));
    }

    @Test
    void aGovernmentAssaultInAStoryOfTheIslamicStateIsAgainstTheIslamicState() {
        // the article names the Islamic State more than the rebels: the government's foe there is the Islamic State
        assertThat(fights("Islamic State militants shelled the airport on Friday. The Islamic State has held most "
                + "of the province since 2014. Residents said the town was quiet. Government forces launched a fierce "
                + "assault on Saturday."))
                .filteredOn(e -> e.evidence().sentence().startsWith("Government"))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Syrian government", "Islamic State"));
        // named less than the rebels' groups: the usual foe, the rebels
        assertThat(fights("The Free Syrian Army and Ahrar al-Sham said the Islamic State had left the area. "
                + "Residents said the town was quiet. Government forces launched a fierce assault on Saturday."))
                .filteredOn(e -> e.evidence().sentence().startsWith("Government"))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Syrian government", "Syrian opposition"));
    }

    @Test
    void aKurdishAssaultIsAgainstTheIslamicStateUnlessTheArticleNamesTurkeyMore() {
        assertThat(fights("Kurdish fighters launched a fierce assault on Saturday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("People's Protection Units", "Islamic State"));
        assertThat(fights("Turkey sent more tanks to the border on Friday. Ankara said Turkey would not stop. "
                + "Residents said the town was quiet. Kurdish fighters launched a fierce assault on Saturday."))
                .filteredOn(e -> e.evidence().sentence().startsWith("Kurdish"))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("People's Protection Units", "Turkey"));
    }

    @Test
    void aCampWithNoUsualAdversaryIsGivenNoImpliedTarget() {
        assertThat(fights("Turkish troops launched a fierce assault on Saturday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Turkey", ""));
    }

    @Test
    void aFightAtAPlaceOfAnotherCountryIsGivenNoImpliedTarget() {
        assertThat(fights("Government forces shelled Mosul on Saturday."))
                .extracting(e -> e.place().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Mosul", ""));
    }

    @Test
    void aCoalitionStrikeThatNamesNoTargetIsAgainstTheIslamicState() {
        assertThat(fights("Coalition warplanes struck targets near Raqqa on Saturday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("US-led coalition", "Islamic State"));
    }

    @Test
    void aCoalitionStrikeOutsideSyriaAndIraqIsGivenNoImpliedTarget() {
        assertThat(fights("Coalition jets bombed targets in Sirte on Saturday."))
                .extracting(e -> e.place().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Sirte", ""));
    }

    @Test
    void anIraqiAssaultThatNamesNoTargetIsAgainstTheIslamicStateOnceThatWarBegan() {
        assertThat(fights("Iraqi forces launched a fierce assault near Ramadi on Saturday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Iraq", "Islamic State"));
        assertThat(fights("Iraqi forces launched a fierce assault near Basra in 1991."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Iraq", ""));
    }

    @Test
    void aStrikeToldBesideCiviliansItHitIsGivenNoImpliedAdversary() {
        assertThat(fights("Civilian homes were hit as coalition jets bombed Raqqa on Sunday."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("US-led coalition", ""));
    }

    @Test
    void aPlannedRebelOffensiveKeepsItsTargetEmpty() {
        assertThat(fights("Rebel fighters plan to launch an assault next week."))
                .extracting(e -> e.actor().orElse(""), e -> e.target().orElse(""))
                .containsExactly(tuple("Syrian opposition", ""));
    }
}
