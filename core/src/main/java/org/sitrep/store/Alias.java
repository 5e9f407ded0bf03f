package org.sitrep.store;

import java.time.LocalDate;
import java.util.Optional;

/** A re-publication of a stored article: where it came from, and how similar its text is. */
public record Alias(String contentHash, String articleId, String source, Optional<String> url, String title,
                    Optional<LocalDate> published, String origin, double similarity) {
}
