package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/** Direct speech: the quoted words, and the speaker they are attributed to. */
public record Quote(String text, int start, int end, String speaker, Optional<String> speakerRef,
                    double confidence, Evidence evidence) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerRef, "speakerRef");
        Objects.requireNonNull(evidence, "evidence");
        new Span(start, end);
    }
}
