package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Place;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.ReviewException;
import org.sitrep.situation.Situation;
import org.sitrep.store.ReviewStore;

/**
 * The one path every review takes, from the CLI and the API alike: find its target in the situation (a review of
 * an unknown target is refused before anything is stored), resolve a corrected place in the gazetteer, append the
 * review to the store, and apply it to the situation. Thread-safe.
 */
public final class ReviewDesk {
    private final ReviewStore store;
    private final Situation situation;
    private final Function<String, Optional<Place>> places;

    /** {@code places} finds a corrected place by GeoNames id or name; it is asked only when a place is corrected. */
    public ReviewDesk(ReviewStore store, Situation situation, Function<String, Optional<Place>> places) {
        this.store = Objects.requireNonNull(store, "store");
        this.situation = Objects.requireNonNull(situation, "situation");
        this.places = Objects.requireNonNull(places, "places");
    }

    /** A place by GeoNames id, else by name (the most likely place of that name). */
    public static Function<String, Optional<Place>> places(Gazetteer gazetteer) {
        return key -> gazetteer.byId(key).or(() -> gazetteer.resolve(key, Optional.empty()));
    }

    /** Stores a review and applies it; returns it as stored (with its id and the reports it saw). */
    public Review file(Review draft) {
        List<String> reports = situation.reportsOf(draft.kind(), draft.targetId()).orElseThrow(() ->
                new ReviewException("no " + draft.kind().label() + " with id " + draft.targetId()
                        + " in the situation: take the id from the " + (draft.kind().label()) + "'s JSON"));
        Corrections corrections = draft.corrections().text(Corrections.Field.PLACE).flatMap(places)
                .map(draft.corrections()::withPlace).orElse(draft.corrections());
        Review stored = store.saveReview(draft.withCorrections(corrections).withReports(reports));
        situation.review(stored);
        return stored;
    }
}
