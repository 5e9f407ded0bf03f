package org.sitrep.situation;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.model.Evidence;

/** Where a fact was reported: the article, its source, publisher URL and publication date, and the evidence. */
public record Report(String articleId, String source, Optional<String> url, Optional<LocalDate> published,
                     Evidence evidence, double confidence) {
}
