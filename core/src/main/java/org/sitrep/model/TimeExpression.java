package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression and its TIMEX3-style value ("2024-11-27", "2024-W49", "P3D"); the value is absent when
 * it is relative and the article has no publication date to anchor it. {@code anchored} is the time an anchored
 * duration reaches: TimeML tags "five days" in "five days later" as a duration (the "later" is a signal), while the
 * story has moved to a day (or to a year: "a year later").
 */
public record TimeExpression(String text, int start, int end, Optional<String> value, String type, double confidence,
                             Optional<CalendarDate> anchored) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(anchored, "anchored");
        new Span(start, end);
    }

    /** An expression that names its own time (no anchored time). */
    public TimeExpression(String text, int start, int end, Optional<String> value, String type, double confidence) {
        this(text, start, end, value, type, confidence, Optional.empty());
    }

    /** The calendar time the expression names: the anchored duration's time, else its value where that is a date. */
    public Optional<CalendarDate> calendarDate() {
        return anchored.or(() -> value.flatMap(CalendarDate::parse));
    }
}
