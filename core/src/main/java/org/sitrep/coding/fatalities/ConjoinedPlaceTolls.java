package org.sitrep.coding.fatalities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.events.EventCoder;
import org.sitrep.model.Event;

/**
 * Counts once the toll of a deed told at several conjoined places ("air strikes on A and B killed 15 people"): the
 * event coder gives the deed one event per place, each with the trigger's one toll, which would count the dead once
 * per place. The toll stays on the first place's event only (the text does not say how the dead divide); events of
 * the trigger at the first place (other sides of the same deed) keep it, for the happening folder weighs them.
 */
public final class ConjoinedPlaceTolls {

    /** The events in the same order, a toll the trigger told once removed from its events at later places. */
    public List<CodedEvent> apply(List<CodedEvent> coded) {
        Map<String, Event> firstOfTrigger = new HashMap<>();
        List<CodedEvent> kept = new ArrayList<>(coded.size());
        for (CodedEvent event : coded) {
            Optional<String> trigger = EventCoder.triggerOf(event.event().id()).map(at -> at[0] + "." + at[1]);
            if (trigger.isEmpty()) {
                kept.add(event);
                continue;
            }
            Event first = firstOfTrigger.putIfAbsent(trigger.get(), event.event());
            boolean repeated = first != null && first.fatalities().isPresent()
                    && first.fatalities().equals(event.event().fatalities())
                    && !first.place().equals(event.event().place());
            kept.add(repeated ? event.withEvent(event.event().withFatalities(Optional.empty())) : event);
        }
        return kept;
    }
}
