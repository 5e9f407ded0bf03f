package org.sitrep.arabic;

import java.util.Objects;

/** A word of the original text with its offsets ({@code [start, end)}), its normalized form and its index. */
public record Token(String text, String normal, int start, int end, int index) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normal, "normal");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }
}
