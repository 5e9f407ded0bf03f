package org.sitrep.store;

import java.time.LocalDate;
import java.util.Optional;

/** One line of the article listing: identity, date, source, title and fact counts. */
public record ArticleSummary(String id, Optional<LocalDate> published, String source, String title,
                             String language, int entities, int times, int quotes, int events, int control,
                             int stances, int aliases) {
}
