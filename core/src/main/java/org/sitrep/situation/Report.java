package org.sitrep.situation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.review.Review;

/**
 * Where a fact was reported: the article, its source, publisher URL and publication date, the evidence itself, and
 * the analyst's review of the fact where one holds (a reviewed report counts with full confidence).
 */
public record Report(String articleId, String source, Optional<String> url, Optional<LocalDate> published,
                     Evidence evidence, double confidence, Optional<Review> review) {
    public Report {
        Objects.requireNonNull(review, "review");
    }

    /** A report no analyst has reviewed. */
    public Report(String articleId, String source, Optional<String> url, Optional<LocalDate> published,
                  Evidence evidence, double confidence) {
        this(articleId, source, url, published, evidence, confidence, Optional.empty());
    }

    /** This report as an analyst's review holds it: certain, and marked with the review. */
    Report reviewed(Review by) {
        return new Report(articleId, source, url, published, evidence, 1.0, Optional.of(by));
    }
}
