package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Span;

/** What a format reader found in one input: the text, where its body lies, and the metadata it declared. */
public record ParsedDocument(String origin, String text, Span body, Optional<String> title,
                             Optional<LocalDate> published, Optional<String> source, Optional<String> url) {
    public ParsedDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        if (body.end() > text.length()) {
            throw new IllegalArgumentException("body " + body + " beyond text of length " + text.length());
        }
    }

    public String bodyText() {
        return body.of(text);
    }
}
