package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim, from one article, of who holds a place since when, as of the article's date; a contest also names the
 * other sides the text gives fighting for the place (the besieger, the attacker), its challengers; where the text
 * does not say who holds the place, they are every side that fought there, attacker or defender alike.
 */
public record ControlChange(
        String place,
        Optional<String> placeRef,
        String controller,
        Optional<String> controllerSide,
        ControlStatus status,
        Optional<CalendarDate> since,
        Optional<CalendarDate> asOf,
        double confidence,
        Evidence evidence,
        List<String> challengers) {
    /** The controller of a contest the text reports without saying who holds the place ("clashes in X"). */
    public static final String HOLDER_NOT_STATED = "(holder not stated)";

    /** Whether the claim names who holds (or held, for a contest) the place. */
    public boolean holderStated() {
        return !controller.equals(HOLDER_NOT_STATED);
    }

    /** A claim with no challengers: a hold, or a contest whose text names no side but the holder. */
    public ControlChange(String place, Optional<String> placeRef, String controller, Optional<String> controllerSide,
                         ControlStatus status, Optional<CalendarDate> since, Optional<CalendarDate> asOf,
                         double confidence, Evidence evidence) {
        this(place, placeRef, controller, controllerSide, status, since, asOf, confidence, evidence, List.of());
    }

    /**
     * Every side the claim names: the holder where stated, then, for a contest, its challengers; a hold names only
     * its holder.
     */
    public List<String> sides() {
        List<String> sides = new ArrayList<>();
        if (holderStated()) {
            sides.add(controller);
        }
        if (status == ControlStatus.CONTESTED) {
            challengers.stream().filter(c -> !sides.contains(c)).forEach(sides::add);
        }
        return List.copyOf(sides);
    }

    /** The same claim with these challengers (none for a hold: a place held is fought over by no one). */
    public ControlChange withChallengers(List<String> others) {
        return new ControlChange(place, placeRef, controller, controllerSide, status, since, asOf, confidence,
                evidence, others);
    }

    /** The same claim with another start of the hold or contest (none where empty). */
    public ControlChange withSince(Optional<CalendarDate> start) {
        return new ControlChange(place, placeRef, controller, controllerSide, status, start, asOf, confidence,
                evidence, challengers);
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
        Objects.requireNonNull(challengers, "challengers");
        // the holder is no challenger of its own place
        challengers = challengers.stream().filter(c -> !c.equals(controller) && !c.equals(HOLDER_NOT_STATED))
                .distinct().toList();
    }
}
