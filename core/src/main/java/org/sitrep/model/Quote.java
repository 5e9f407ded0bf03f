package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Direct speech: the quoted words, the speaker they are attributed to, and the words that name the speaker where the
 * quote is attributed ("Jane Doe", "he", "a senior official"), absent where the coder did not record them.
 */
public record Quote(String text, int start, int end, String speaker, Optional<String> speakerRef,
                    Optional<Span> speakerWords, double confidence, Evidence evidence) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerRef, "speakerRef");
        Objects.requireNonNull(speakerWords, "speakerWords");
        Objects.requireNonNull(evidence, "evidence");
        new Span(start, end);
    }
}
