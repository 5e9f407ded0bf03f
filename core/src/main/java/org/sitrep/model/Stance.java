package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/** A signed attitude in [-1, 1] of one actor toward another, shown by one sentence. */
public record Stance(String from, String to, Optional<String> toSide, double value, Optional<CalendarDate> date,
                     double confidence, Evidence evidence) {
    public Stance {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toSide, "toSide");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        if (value < -1 || value > 1) {
            throw new IllegalArgumentException("stance value " + value + " outside [-1, 1]");
        }
    }
}
