package org.sitrep.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;

/** The clause facts an event carries are set and cleared by name, and a filled event keeps them. */
class CodedEventTest {
    private static final String SENTENCE = "Troops entered the town on Monday.";

    private static Event entry(Optional<String> place) {
        return new Event("e1", EventType.FIGHT, AcledType.GOVERNMENT_REGAINS_TERRITORY, "192", Optional.of("Army"),
                Optional.empty(), Optional.empty(), Optional.empty(), place, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Modality.ASSERTED, 0.7,
                new Evidence("a", 0, SENTENCE.length(), SENTENCE));
    }

    @Test
    void factsAreSetAndClearedByNameAndKeptWhenTheEventIsFilled() {
        CodedEvent coded = new CodedEvent(entry(Optional.empty()), PlaceFinder.Extent.WHOLE)
                .with(CodedEvent.ClauseFact.TERRITORIAL, true)
                .with(CodedEvent.ClauseFact.ENTRY, true)
                .with(CodedEvent.ClauseFact.EXPLICIT_DATE, true)
                .with(CodedEvent.ClauseFact.RECENT, false);
        assertThat(coded.territorial()).isTrue();
        assertThat(coded.entry()).isTrue();
        assertThat(coded.recent()).isFalse();
        assertThat(coded.with(CodedEvent.ClauseFact.ENTRY, false).facts())
                .containsExactly(CodedEvent.ClauseFact.TERRITORIAL, CodedEvent.ClauseFact.EXPLICIT_DATE);
        CodedEvent filled = coded.withEvent(entry(Optional.of("Manbij")));
        assertThat(filled.event().place()).contains("Manbij");
        assertThat(filled.facts()).isEqualTo(coded.facts());
        assertThatThrownBy(() -> coded.facts().add(CodedEvent.ClauseFact.REMOTE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
