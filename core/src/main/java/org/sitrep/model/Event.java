package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened (or is said to be expected, hoped, denied): who did what to whom, where and when,
 * coded in PLOVER with its ACLED and CAMEO equivalents; {@code fatalities} are the deaths its sentence reports, by
 * ACLED's counting rules.
 */
public record Event(
        String id,
        EventType type,
        AcledType acled,
        String cameo,
        Optional<String> actor,
        Optional<String> actorSide,
        Optional<String> target,
        Optional<String> targetSide,
        Optional<String> place,
        Optional<String> placeRef,
        Optional<Double> lat,
        Optional<Double> lon,
        Optional<CalendarDate> date,
        Optional<Integer> fatalities,
        Modality modality,
        double confidence,
        Evidence evidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(acled, "acled");
        Objects.requireNonNull(cameo, "cameo");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, was " + cameo);
        }
        Objects.requireNonNull(fatalities, "fatalities");
        if (fatalities.filter(n -> n < 0).isPresent()) {
            throw new IllegalArgumentException("fatalities cannot be negative: " + fatalities.get());
        }
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
    }
}
