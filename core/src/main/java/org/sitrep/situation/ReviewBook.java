package org.sitrep.situation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.model.ControlChange;
import org.sitrep.review.Corrections;
import org.sitrep.review.Corrections.Field;
import org.sitrep.review.Review;
import org.sitrep.review.TargetKind;

/**
 * The review that holds for each machine claim (of a target's reviews, the one stored last), and what it makes of
 * the claim: a reject hides it, an accept keeps it with full confidence, a correct replaces the fields it names.
 * Which review holds depends on the set of reviews alone, never on the order they arrive. Not thread-safe: the
 * {@link Situation} guards it.
 */
final class ReviewBook {
    private static final Comparator<Review> STORED = Comparator.comparingLong(Review::id);
    private final Map<String, Review> byTarget = new HashMap<>();
    private final Map<String, Review> byReport = new HashMap<>();

    /** Files a review; answers whether it now holds for its target (a later one may already). */
    boolean add(Review review) {
        boolean holds = keep(byTarget, review.targetId(), review);
        review.reports().forEach(report -> keep(byReport, report, review));
        return holds;
    }

    private static boolean keep(Map<String, Review> map, String key, Review review) {
        Review held = map.get(key);
        if (held != null && STORED.compare(held, review) >= 0) {
            return false;
        }
        map.put(key, review);
        return true;
    }

    /** The review holding for a merged event: one of its id, or of any of its reports when its id has moved. */
    Optional<Review> ofEvent(String id, List<String> reports) {
        return Stream.concat(Stream.ofNullable(byTarget.get(id)), reports.stream().map(byReport::get)
                        .filter(java.util.Objects::nonNull))
                .filter(r -> r.kind() == TargetKind.EVENT).max(STORED);
    }

    Optional<Review> ofClaim(String claimId) {
        return Optional.ofNullable(byTarget.get(claimId)).filter(r -> r.kind() == TargetKind.CONTROL);
    }

    /** A merged event as a review that is no reject holds it. */
    static MergedEvent apply(MergedEvent e, Review review) {
        Corrections c = review.corrections();
        boolean actor = c.text(Field.ACTOR).isPresent();
        boolean target = c.text(Field.TARGET).isPresent();
        boolean place = c.text(Field.PLACE).isPresent();
        return new MergedEvent(e.id(), c.type().orElse(e.type()), c.acled().orElse(e.acled()), e.cameo(),
                c.text(Field.ACTOR).or(e::actor),
                actor ? c.text(Field.ACTOR_SIDE) : c.text(Field.ACTOR_SIDE).or(e::actorSide),
                c.text(Field.TARGET).or(e::target),
                target ? c.text(Field.TARGET_SIDE) : c.text(Field.TARGET_SIDE).or(e::targetSide),
                c.text(Field.PLACE).or(e::place), place ? c.text(Field.PLACE_REF) : e.placeRef(),
                place ? c.lat() : e.lat(), place ? c.lon() : e.lon(), c.date().map(DateRange::of).or(e::date),
                e.fatalities(), e.modality(), e.reports(), e.sources(), e.firstReported(), 1.0, e.contradicted(),
                Optional.of(review));
    }

    /** A control claim as a review that is no reject holds it (the place is the claim's identity: never corrected). */
    static ControlChange apply(ControlChange claim, Review review) {
        Corrections c = review.corrections();
        boolean controller = c.text(Field.CONTROLLER).isPresent();
        return new ControlChange(claim.place(), claim.placeRef(), c.text(Field.CONTROLLER).orElse(claim.controller()),
                controller ? c.text(Field.SIDE) : c.text(Field.SIDE).or(claim::controllerSide),
                c.status().orElse(claim.status()), c.date().or(claim::since), claim.asOf(), 1.0, claim.evidence(),
                claim.challengers());
    }
}
