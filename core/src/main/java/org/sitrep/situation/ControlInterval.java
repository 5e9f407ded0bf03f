package org.sitrep.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;
import org.sitrep.review.Review;

/**
 * Who held a place from one day until (not including) another, or contested it; with the reports that show it.
 * An open interval ({@code to} empty) lasts until a later report says otherwise. A contest also names its
 * challengers: the other sides its reports give fighting for the place (the besieger, the attacker); a hold has none.
 * A contest whose holder no report states names every side that fought there, attacker or defender alike.
 */
public record ControlInterval(String place, Optional<String> placeRef, String controller, Optional<String> side,
                              ControlStatus status, LocalDate from, Optional<LocalDate> to, List<Report> evidence,
                              List<String> challengers) {
    public ControlInterval {
        evidence = List.copyOf(evidence);
        challengers = status == ControlStatus.CONTESTED ? List.copyOf(challengers) : List.of();
    }

    /** Whether a report names the side holding the place (a contest may leave it unstated). */
    public boolean holderStated() {
        return !controller.equals(ControlChange.HOLDER_NOT_STATED);
    }

    /** The same interval ending on {@code end} (exclusive), or open when empty. */
    ControlInterval until(Optional<LocalDate> end) {
        return new ControlInterval(place, placeRef, controller, side, status, from, end, evidence, challengers);
    }

    /** The newest report confirming the interval (its start when no report is dated). */
    public LocalDate lastReported() {
        return evidence.stream().flatMap(r -> r.published().stream()).filter(d -> !d.isBefore(from))
                .max(LocalDate::compareTo).orElse(from);
    }

    /** Independent sources corroborate: one minus the chance that every source's best report is wrong. */
    public double confidence() {
        return Corroboration.of(evidence).confidence();
    }

    /** The newest analyst's review among the claims the interval rests on (rejected claims are not among them). */
    public Optional<Review> reviewed() {
        return evidence.stream().flatMap(r -> r.review().stream()).max(java.util.Comparator.comparingLong(Review::id));
    }

    /** The id of the control claim behind one of this interval's reports, for reviews to name it. */
    public String claimId(Report report) {
        return claimId(report.articleId(), report.evidence(), placeRef.orElse(place));
    }

    /**
     * A control claim's stable id: "c" and 16 hex digits of the SHA-256 of its article id, its evidence's offsets
     * and its place key (GeoNames id, else name). An article makes one claim per place, so the id names one claim;
     * it is the same in every rebuild and JVM and whatever other articles arrive, and changes only if the article
     * is extracted again differently (then the claim is, in effect, another).
     */
    public static String claimId(String articleId, Evidence evidence, String placeKey) {
        return "c" + Situation.stableId(articleId + "|" + evidence.start() + "|" + evidence.end() + "|" + placeKey);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && to.map(day::isBefore).orElse(true);
    }
}
