package org.sitrep.model;

import java.util.Objects;

/** Where a fact comes from: the article, the character range of its evidence, and the sentence around it. */
public record Evidence(String articleId, int start, int end, String sentence) {
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentence, "sentence");
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
