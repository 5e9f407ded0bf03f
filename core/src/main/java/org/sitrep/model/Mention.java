package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A named entity in the text, linked where possible to the knowledge base ({@code ref}: an actor id or a
 * GeoNames id) with coordinates for places.
 */
public record Mention(
        String text,
        int start,
        int end,
        EntityType type,
        String canonical,
        Optional<String> ref,
        Optional<Double> lat,
        Optional<Double> lon,
        double confidence) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(lon, "lon");
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
