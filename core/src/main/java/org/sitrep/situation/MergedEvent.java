package org.sitrep.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.review.Review;

/**
 * One happening as reported by one or more articles: the coded event, every report of it, how many independent
 * sources corroborate it, when it was first reported, and a confidence that grows with sources; its fatalities are
 * the most conservative figure any report gives (ACLED's rule). Where an analyst's review holds, {@code reviewed}
 * carries it, the fields are the corrected ones and the confidence is 1.
 *
 * <p>The {@code id} is "m" and 16 hex digits of the SHA-256 of the merge key (type, CAMEO code, place, actor camp)
 * and the first day of the merged reports' dates: the same in every rebuild and JVM and whatever unrelated articles
 * arrive. A related report dated earlier than the others, or one bridging two happenings, changes it; reviews
 * therefore also remember the reports they saw ({@link Review#reports()}).
 */
public record MergedEvent(String id, EventType type, AcledType acled, String cameo, Optional<String> actor,
                          Optional<String> actorSide, Optional<String> target, Optional<String> targetSide,
                          Optional<String> place, Optional<String> placeRef, Optional<Double> lat,
                          Optional<Double> lon, Optional<DateRange> date, Optional<Integer> fatalities,
                          Modality modality, List<Report> reports,
                          int sources, Optional<LocalDate> firstReported, double confidence, boolean contradicted,
                          Optional<Review> reviewed) {
    public MergedEvent {
        reports = List.copyOf(reports);
        java.util.Objects.requireNonNull(reviewed, "reviewed");
    }
}
