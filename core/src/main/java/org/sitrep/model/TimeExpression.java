package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression and its TIMEX3-style value ("2024-11-27", "2024-W49", "P3D"); the value is absent when
 * it is relative and the article has no publication date to anchor it.
 */
public record TimeExpression(String text, int start, int end, Optional<String> value, String type, double confidence) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        new Span(start, end);
    }
}
