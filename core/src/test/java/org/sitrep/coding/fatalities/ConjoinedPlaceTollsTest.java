package org.sitrep.coding.fatalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.events.ArgumentModel;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.events.EventTrust;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

/**
 * One toll told for a deed at several conjoined places is counted once, on the first place; tolls the coder gave
 * apart, other sides at the same place and other triggers keep theirs.
 */
class ConjoinedPlaceTollsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 1);
    private static final String SENTENCE = "Jets struck two towns, killing people.";
    private final ConjoinedPlaceTolls tolls = new ConjoinedPlaceTolls();

    private static CodedEvent event(String id, String actor, String place, Integer dead) {
        Event event = new Event(id, EventType.FIGHT, AcledType.AIR_DRONE_STRIKE, "195", Optional.of(actor),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(place), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(dead), Modality.ASSERTED,
                0.8, new Evidence("a", 0, SENTENCE.length(), SENTENCE));
        return new CodedEvent(event, PlaceFinder.Extent.WHOLE);
    }

    private List<Object> tolls(List<CodedEvent> coded) {
        return tolls.apply(coded).stream().map(c -> (Object) c.event().fatalities().orElse(-1)).toList();
    }

    @Test
    void aTollToldOnceForTwoPlacesStaysOnTheFirstPlace() {
        assertThat(tolls(List.of(event("e0.2", "Russia", "Idlib", 15), event("e0.2.1", "Russia", "Hama", 15))))
                .containsExactly(15, -1);
    }

    @Test
    void tollsTheCoderGaveApartStay() {
        assertThat(tolls(List.of(event("e0.2", "Russia", "Idlib", 15), event("e0.2.1", "Russia", "Hama", 4))))
                .containsExactly(15, 4);
    }

    @Test
    void anotherSideAtTheSamePlaceKeepsTheToll() {
        assertThat(tolls(List.of(event("e0.2", "Russia", "Idlib", 15), event("e0.2.1", "Syria", "Idlib", 15))))
                .containsExactly(15, 15);
    }

    @Test
    void anotherTriggerKeepsItsToll() {
        assertThat(tolls(List.of(event("e0.2", "Russia", "Idlib", 15), event("e0.7", "Russia", "Hama", 15),
                event("e1.2", "Russia", "Homs", 15)))).containsExactly(15, 15, 15);
    }

    @Test
    void aWrittenStrikeOnTwoTownsCountsItsDeadOnce() {
        List<Event> events = SharedModels.extractor().withArgumentModel(ArgumentModel.NONE)
                .withEventTrust(EventTrust.NONE)
                .apply(Samples.news("Air strikes on Idlib and Hama killed 15 people on Monday.", PUBLISHED))
                .events().stream().filter(e -> e.type() == EventType.FIGHT).toList();
        assertThat(events).extracting(e -> e.place().orElse(""), e -> e.fatalities().orElse(-1))
                .containsExactly(tuple("Idlib", 15), tuple("Hama", -1));
    }
}
