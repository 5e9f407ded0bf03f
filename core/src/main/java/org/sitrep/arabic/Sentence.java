package org.sitrep.arabic;

import java.util.List;
import org.sitrep.model.Span;

/** A sentence of an Arabic article: its span in the original text and its tokens (indices within the sentence). */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's original text. */
    public String text(String article) {
        return span.of(article);
    }
}
