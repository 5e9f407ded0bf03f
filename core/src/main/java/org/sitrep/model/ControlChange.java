package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/** A claim, from one article, of who holds a place since when, as of the article's date. */
public record ControlChange(
        String place,
        Optional<String> placeRef,
        String controller,
        Optional<String> controllerSide,
        ControlStatus status,
        Optional<CalendarDate> since,
        Optional<CalendarDate> asOf,
        double confidence,
        Evidence evidence) {
    /** The controller of a contest the text reports without saying who holds the place ("clashes in X"). */
    public static final String HOLDER_NOT_STATED = "(holder not stated)";

    /** Whether the claim names who holds (or held, for a contest) the place. */
    public boolean holderStated() {
        return !controller.equals(HOLDER_NOT_STATED);
    }

    /** The same claim with another start of the hold or contest (none where empty). */
    public ControlChange withSince(Optional<CalendarDate> start) {
        return new ControlChange(place, placeRef, controller, controllerSide, status, start, asOf, confidence,
                evidence);
    }

    public ControlChange {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(placeRef, "placeRef");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(controllerSide, "controllerSide");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evidence, "evidence");
    }
}
