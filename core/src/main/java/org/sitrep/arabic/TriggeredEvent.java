package org.sitrep.arabic;

import java.util.Objects;
import org.sitrep.model.Event;

/** An event coded from an Arabic trigger, with whether it claims territory and whether its sentence dates it. */
public record TriggeredEvent(Event event, boolean territorial, boolean explicitDate) {
    public TriggeredEvent {
        Objects.requireNonNull(event, "event");
    }
}
