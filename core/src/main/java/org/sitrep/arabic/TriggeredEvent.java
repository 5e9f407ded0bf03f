package org.sitrep.arabic;

import java.util.Objects;
import org.sitrep.model.Event;

/**
 * An event coded from an Arabic trigger, with whether it claims territory, whether its sentence dates it, and whether
 * its place is only near where it happened ("شمال دمشق").
 */
public record TriggeredEvent(Event event, boolean territorial, boolean explicitDate, boolean near) {
    public TriggeredEvent {
        Objects.requireNonNull(event, "event");
    }
}
