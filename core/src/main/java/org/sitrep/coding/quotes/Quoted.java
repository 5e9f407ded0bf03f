package org.sitrep.coding.quotes;

import java.util.List;
import org.sitrep.model.Span;
import org.sitrep.nlp.Token;

/** An article's quoted spans, worked out once: all of them, and those that read as speech. */
record Quoted(List<Span> all, List<Span> speech) {
    /** Whether the token lies inside the quote or inside any other quoted words that read as speech. */
    boolean insideSpeech(Token token, Span quote) {
        return QuoteMarks.inside(token, quote) || speech.stream().anyMatch(q -> QuoteMarks.inside(token, q));
    }
}
