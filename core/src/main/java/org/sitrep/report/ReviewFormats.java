package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.sitrep.review.Review;

/** Renderings of an analyst's review: as JSON (the API's review object), and as a short mark for a row or a line. */
public final class ReviewFormats {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewFormats() {
    }

    /** The review as the API serves it: id, target, verdict, corrections by field label, who, when, why. */
    public static ObjectNode json(Review review) {
        ObjectNode node = JSON.createObjectNode().put("id", review.id()).put("targetKind", review.kind().label())
                .put("targetId", review.targetId()).put("verdict", review.verdict().label());
        ObjectNode corrections = node.putObject("corrections");
        review.corrections().values().forEach((field, value) -> corrections.put(field.label(), value));
        node.put("reviewer", review.reviewer()).put("at", review.at().toString()).put("reason", review.reason());
        review.reports().forEach(node.putArray("reports")::add);
        return node;
    }

    /** The review of a reviewed row as JSON, or JSON null: every row has the field, so clients need not guess. */
    static JsonNode mark(Optional<Review> review) {
        return review.<JsonNode>map(ReviewFormats::json).orElse(JSON.getNodeFactory().nullNode());
    }

    /** One line: "corrected by Ana on 2025-01-02T10:00:00Z". */
    public static String line(Review review) {
        String done = switch (review.verdict()) {
            case ACCEPT -> "accepted";
            case REJECT -> "rejected";
            case CORRECT -> "corrected";
        };
        return done + " by " + review.reviewer() + " on " + review.at();
    }
}
