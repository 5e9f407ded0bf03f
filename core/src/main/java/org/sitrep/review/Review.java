package org.sitrep.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An analyst's verdict on one machine claim, with who, when and why. Reviews are appended, never changed: of one
 * target's reviews the one stored last (highest {@code id}) holds, and the machine's claim stays stored beside it.
 * {@code reports} name the machine reports ("articleId/eventId") a reviewed event had when it was reviewed, so that
 * the review follows the event when a related report changes its id; a control claim's id is already one report's.
 * A review not yet stored has id 0.
 */
public record Review(long id, TargetKind kind, String targetId, Verdict verdict, Corrections corrections,
                     String reviewer, Instant at, String reason, List<String> reports) {
    private static final Pattern TARGET_ID = Pattern.compile("[mc][0-9a-f]{16}");
    private static final int MAX_REVIEWER = 200;
    private static final int MAX_REASON = 2000;

    public Review {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(corrections, "corrections");
        Objects.requireNonNull(reviewer, "reviewer");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS); // what SQL timestamps keep
        Objects.requireNonNull(reason, "reason");
        reports = reports.stream().distinct().sorted().toList(); // a set of keys, kept in one order
        if (!TARGET_ID.matcher(targetId).matches() || !targetId.startsWith(kind.idPrefix())) {
            throw new ReviewException("not " + (kind == TargetKind.EVENT ? "an " : "a ") + kind.label() + " id: "
                    + ReviewException.quote(targetId) + " (" + kind.label() + " ids are \"" + kind.idPrefix()
                    + "\" and 16 hex digits)");
        }
        reviewer = reviewer.strip();
        if (reviewer.isEmpty() || reviewer.length() > MAX_REVIEWER) {
            throw new ReviewException("a review names its reviewer in 1 to " + MAX_REVIEWER + " characters");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new ReviewException("a reason has at most " + MAX_REASON + " characters, had " + reason.length());
        }
        if (verdict.needsReason() && reason.isEmpty()) {
            throw new ReviewException("a " + verdict.label() + " needs a reason: say why the machine is wrong");
        }
        if ((verdict == Verdict.CORRECT) == corrections.isEmpty()) {
            throw new ReviewException(verdict == Verdict.CORRECT ? "a correct needs at least one corrected field"
                    : "only a correct carries corrected fields, not " + (verdict == Verdict.ACCEPT ? "an " : "a ")
                    + verdict.label());
        }
        for (Corrections.Field field : corrections.values().keySet()) {
            boolean resolvedPlace = field.derived() && kind == TargetKind.EVENT
                    && corrections.text(Corrections.Field.PLACE).isPresent();
            if (!field.settable(kind) && !resolvedPlace) {
                throw new ReviewException("cannot correct " + field.label() + " of a " + kind.label());
            }
        }
    }

    /** A review to store: no id yet, no reports yet (the situation names them when it is filed). */
    public static Review draft(TargetKind kind, String targetId, Verdict verdict, Corrections corrections,
                               String reviewer, String reason, Instant at) {
        return new Review(0, kind, targetId, verdict, corrections, reviewer, at, reason, List.of());
    }

    public Review withId(long storedId) {
        return new Review(storedId, kind, targetId, verdict, corrections, reviewer, at, reason, reports);
    }

    public Review withReports(List<String> targetReports) {
        return new Review(id, kind, targetId, verdict, corrections, reviewer, at, reason, targetReports);
    }

    public Review withCorrections(Corrections corrected) {
        return new Review(id, kind, targetId, verdict, corrected, reviewer, at, reason, reports);
    }
}
