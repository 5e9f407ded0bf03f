package org.sitrep.ingest;

import java.util.Optional;

/** What happened to one document (or one unusable input) during ingest. */
public record IngestOutcome(Kind kind, String origin, Optional<String> articleId, Optional<String> detail,
                            int facts) {

    /** The ways an input can end. */
    public enum Kind { STORED, DUPLICATE, NEAR_DUPLICATE, FAILED }

    public static IngestOutcome stored(String origin, String id, String title, int facts) {
        return new IngestOutcome(Kind.STORED, origin, Optional.of(id), Optional.of(title), facts);
    }

    public static IngestOutcome duplicate(String origin, String id) {
        return new IngestOutcome(Kind.DUPLICATE, origin, Optional.of(id), Optional.empty(), 0);
    }

    public static IngestOutcome nearDuplicate(String origin, String canonicalId, double similarity) {
        return new IngestOutcome(Kind.NEAR_DUPLICATE, origin, Optional.of(canonicalId),
                Optional.of(String.format(java.util.Locale.ROOT, "%.2f", similarity)), 0);
    }

    public static IngestOutcome failed(BadInputException problem) {
        return new IngestOutcome(Kind.FAILED, problem.origin(), Optional.empty(), Optional.of(problem.problem()), 0);
    }

    /** One line for the terminal or a log. */
    public String describe() {
        return switch (kind) {
            case STORED -> "stored " + articleId.orElseThrow() + " " + origin + " (" + facts + " facts): "
                    + detail.orElse("");
            case DUPLICATE -> "duplicate " + origin + ": same content as stored article " + articleId.orElseThrow();
            case NEAR_DUPLICATE -> "near-duplicate " + origin + ": re-publication of " + articleId.orElseThrow()
                    + " (similarity " + detail.orElseThrow() + "), linked";
            case FAILED -> "error " + origin + ": " + detail.orElseThrow();
        };
    }
}
