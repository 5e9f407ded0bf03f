package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What facts need to know of their article — identity, source and date — without its text, so that facts stay small
 * wherever they travel (the situation, the server's memory, a stream between workers). The text is in the store.
 */
public record ArticleMeta(String id, String source, Optional<String> url, String title, Optional<LocalDate> published,
                          String language, String origin) {
    public ArticleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(origin, "origin");
    }
}
