package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** How a sentence asserts a nominal fight, and the contest that follows from it, one cue per test. */
class ModalityDetectorTest {
    private static final LocalDate TUESDAY = LocalDate.of(2016, 12, 13);

    private static List<Event> events(String text) {
        return SharedModels.extractor().apply(Samples.news(text, TUESDAY)).events();
    }

    private static List<ControlChange> control(String text) {
        return SharedModels.extractor().apply(Samples.news(text, TUESDAY)).control();
    }

    @Test
    void anAssaultThatWasExpectedIsExpectedAndContestsNothingButOneReportedHappened() {
        // the wrong reading was an asserted assault, read as a contest of the town as of the article
        assertThat(events("A government assault on Qalamoun was expected in the spring."))
                .extracting(e -> e.place().orElse(""), Event::modality)
                .containsExactly(tuple("Qalamoun", Modality.EXPECTED));
        assertThat(control("A government assault on Qalamoun was expected in the spring.")).isEmpty();
        assertThat(events("A government assault on Qalamoun was reported on Monday."))
                .extracting(e -> e.place().orElse(""), e -> e.modality().factual())
                .containsExactly(tuple("Qalamoun", true));
    }

    @Test
    void anOffensiveDescribedAsAwaitedIsExpectedUnlessItsClauseSaysItBegan() {
        // the wrong readings were asserted offensives (and a contest of the town) for the first two, and an expected
        // one for the third
        assertThat(events("Aid agencies dread the much-anticipated offensive on Idlib."))
                .filteredOn(e -> e.type() == EventType.FIGHT).extracting(Event::modality)
                .containsExactly(Modality.EXPECTED);
        assertThat(control("Aid agencies dread the much-anticipated offensive on Idlib.")).isEmpty();
        assertThat(events("Aid agencies dread the coming offensive on Idlib."))
                .filteredOn(e -> e.type() == EventType.FIGHT).extracting(Event::modality)
                .containsExactly(Modality.EXPECTED);
        assertThat(events("The long-awaited offensive on Idlib began on Friday."))
                .filteredOn(e -> e.type() == EventType.FIGHT).extracting(Event::modality)
                .containsExactly(Modality.ASSERTED);
    }

    @Test
    void aBattleJoinedOnlyInAConditionIsHypotheticalButOneJoinedIsAsserted() {
        // the wrong reading was an asserted battle, read as a contest of the town as of the article
        assertThat(events("A politician warned of reprisals if Hezbollah joined the battle in Yabroud."))
                .filteredOn(e -> e.type() == EventType.FIGHT).extracting(Event::modality)
                .containsExactly(Modality.HYPOTHETICAL);
        assertThat(control("A politician warned of reprisals if Hezbollah joined the battle in Yabroud."))
                .extracting(ControlChange::place).doesNotContain("Yabroud");
        assertThat(events("Hezbollah fighters joined the battle in Yabroud on Monday."))
                .filteredOn(e -> e.type() == EventType.FIGHT).extracting(Event::modality)
                .containsExactly(Modality.ASSERTED);
    }

    @Test
    void aDeedUnderANegatedModalOfWillOrAbilityIsNegatedButUnderANegatedMayIsSupposed() {
        // the wrong readings were expected (a future) and hypothetical (a possibility) deeds
        assertThat(events("Turkey will not send troops to Syria."))
                .filteredOn(e -> e.type() == EventType.MOBILIZE).extracting(Event::modality)
                .containsExactly(Modality.NEGATED);
        assertThat(events("The envoys could not agree on a ceasefire for Aleppo."))
                .filteredOn(e -> e.type() == EventType.AGREE).extracting(Event::modality)
                .containsExactly(Modality.NEGATED);
        // the negative: "may not" leaves the deed possible
        assertThat(events("Turkey may not send troops to Syria."))
                .filteredOn(e -> e.type() == EventType.MOBILIZE).extracting(Event::modality)
                .containsExactly(Modality.HYPOTHETICAL);
    }

    @Test
    void aDeedBelowANegatedModalVerbIsNotDeniedWithIt() {
        // "would not hesitate to strike" threatens a strike; the denial is the hesitation's, not the strike's
        assertThat(events("Ankara would not hesitate to strike Kurdish militias in Manbij, the minister said."))
                .filteredOn(e -> e.type() == EventType.FIGHT || e.type() == EventType.ASSAULT)
                .extracting(Event::modality).isNotEmpty().doesNotContain(Modality.NEGATED);
    }

    @Test
    void aCampaignSomethingIsDoneAheadOfIsStillToComeButOneSteppedUpIsUnderWay() {
        // the wrong reading was an asserted campaign, read as a contest of the town as of the article
        String ahead = "Syrian forces massed ahead of their campaign to retake the town of Douma.";
        assertThat(events(ahead)).filteredOn(e -> e.cameo().equals("190")).extracting(Event::modality)
                .containsExactly(Modality.EXPECTED);
        assertThat(control(ahead)).isEmpty();
        String under = "Syrian forces stepped up their campaign to retake the town of Douma.";
        assertThat(events(under)).filteredOn(e -> e.cameo().equals("190")).extracting(Event::modality)
                .containsExactly(Modality.ASSERTED);
        assertThat(control(under)).extracting(ControlChange::place).containsExactly("Douma");
    }
}
