package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as ingested: its id is the content hash of its text, and {@code text} is the decoded
 * source text to which every fact's offsets point (header lines included).
 */
public record Article(
        String id,
        String source,
        Optional<String> url,
        String title,
        Optional<LocalDate> published,
        String language,
        String text,
        Span body,
        List<Span> boilerplate,
        String origin) {

    public Article {
        new ArticleMeta(id, source, url, title, published, language, origin); // the same checks, in one place
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        if (body.end() > text.length()) {
            throw new IllegalArgumentException("body " + body + " exceeds text length " + text.length());
        }
        boilerplate = List.copyOf(boilerplate);
    }

    /**
     * For every offset of the text, whether it lies in the body and outside every boilerplate span; built in one
     * pass (asking offset by offset would rescan the boilerplate spans each time).
     */
    public boolean[] contentMask() {
        boolean[] content = new boolean[text.length()];
        java.util.Arrays.fill(content, body.start(), body.end(), true);
        for (Span span : boilerplate) {
            java.util.Arrays.fill(content, Math.min(span.start(), text.length()), Math.min(span.end(), text.length()),
                    false);
        }
        return content;
    }

    /** Everything but the text. */
    public ArticleMeta meta() {
        return new ArticleMeta(id, source, url, title, published, language, origin);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, source, url, title, Optional.of(date), language, text, body, boilerplate, origin);
    }
}
