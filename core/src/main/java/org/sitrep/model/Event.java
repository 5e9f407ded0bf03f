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

    /** The same event with another actor (name and camp). */
    public Event withActor(Optional<String> name, Optional<String> side) {
        return new Event(id, type, acled, cameo, name, side, target, targetSide, place, placeRef, lat, lon, date,
                fatalities, modality, confidence, evidence);
    }

    /** The same event with another target (name and camp). */
    public Event withTarget(Optional<String> name, Optional<String> side) {
        return new Event(id, type, acled, cameo, actor, actorSide, name, side, place, placeRef, lat, lon, date,
                fatalities, modality, confidence, evidence);
    }

    /** The same event at another place (name, gazetteer id, coordinates). */
    public Event withPlace(Optional<String> name, Optional<String> ref, Optional<Double> latitude,
                           Optional<Double> longitude) {
        return new Event(id, type, acled, cameo, actor, actorSide, target, targetSide, name, ref, latitude, longitude,
                date, fatalities, modality, confidence, evidence);
    }

    /** The same event with another toll of the dead (none where empty). */
    public Event withFatalities(Optional<Integer> dead) {
        return new Event(id, type, acled, cameo, actor, actorSide, target, targetSide, place, placeRef, lat, lon, date,
                dead, modality, confidence, evidence);
    }

    /** The same event with another confidence. */
    public Event withConfidence(double value) {
        return new Event(id, type, acled, cameo, actor, actorSide, target, targetSide, place, placeRef, lat, lon, date,
                fatalities, modality, value, evidence);
    }
}
