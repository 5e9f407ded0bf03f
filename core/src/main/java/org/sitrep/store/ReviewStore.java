package org.sitrep.store;

import java.util.List;
import org.sitrep.review.Review;

/** Analysts' reviews of machine claims, append-only: the part of the store review uses. */
public interface ReviewStore {

    /** Appends a review (its id is ignored) and returns it as stored, with its id; earlier reviews stay. */
    Review saveReview(Review review);

    /** Every review, in the order stored. */
    List<Review> reviews();

    /** The reviews of one target, in the order stored: its history, the last one holding. */
    List<Review> reviews(String targetId);
}
