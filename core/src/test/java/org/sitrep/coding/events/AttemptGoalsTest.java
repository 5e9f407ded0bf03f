package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/** Attempts under way, coded where and against whom their goal is, on short written sentences. */
class AttemptGoalsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2016, 12, 13);

    private static Facts facts(String text) {
        return SharedModels.extractor().apply(Samples.news(text, TUESDAY));
    }

    @Test
    void anOperationUnderWayIsAssertedAtItsGoalsPlaceAgainstItsGoalsTargetAndTheGoalStaysHoped() {
        assertThat(facts("Syrian troops were conducting an operation to encircle Islamic State militants in "
                + "Mayadin.").events())
                .extracting(Event::type, Event::modality, e -> e.target().orElse(""), e -> e.place().orElse(""))
                .containsExactly(tuple(EventType.FIGHT, Modality.ASSERTED, "Islamic State", "Mayadin"),
                        tuple(EventType.FIGHT, Modality.HYPOTHETICAL, "Islamic State", "Mayadin"));
    }

    @Test
    void anOffensiveMountedToSeizeACityIsFoughtThereAndContestsItWithoutTakingIt() {
        Facts facts = facts("Rebel groups were mounting an offensive to seize Aleppo.");
        assertThat(facts.events()).extracting(Event::modality, e -> e.place().orElse(""))
                .containsExactly(tuple(Modality.ASSERTED, "Aleppo"), tuple(Modality.HYPOTHETICAL, "Aleppo"));
        assertThat(facts.control()).extracting(ControlChange::place, ControlChange::status)
                .containsExactly(tuple("Aleppo", ControlStatus.CONTESTED));
    }

    @Test
    void anOperationAnnouncedForLaterStaysToComeAndContestsNothing() {
        Facts facts = facts("Turkish forces will launch an operation to capture Manbij.");
        assertThat(facts.events()).extracting(Event::modality, e -> e.place().orElse(""))
                .containsExactly(tuple(Modality.EXPECTED, "Manbij"), tuple(Modality.HYPOTHETICAL, "Manbij"));
        assertThat(facts.control()).isEmpty();
    }

    @Test
    void aStrikeConductedIsStillAStrikeButAnOperationConductedIsABattle() {
        assertThat(facts("Russian jets conducted airstrikes on Idlib. Iraqi troops conducted an operation to "
                + "retake Tikrit.").events())
                .extracting(e -> e.acled().name(), Event::modality, e -> e.place().orElse(""))
                .contains(tuple("AIR_DRONE_STRIKE", Modality.ASSERTED, "Idlib"),
                        tuple("ARMED_CLASH", Modality.ASSERTED, "Tikrit"));
    }
}
