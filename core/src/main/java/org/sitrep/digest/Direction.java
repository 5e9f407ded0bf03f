package org.sitrep.digest;

import java.util.Locale;

/** Which way a piece of text runs: left to right, right to left, or as its first strong letter says. */
public enum Direction {
    LTR('\u2066'), RTL('\u2067'), AUTO('\u2068');

    /** Ends any of the isolates below (POP DIRECTIONAL ISOLATE). */
    static final char POP_ISOLATE = '\u2069';
    private final char isolate;

    Direction(char isolate) {
        this.isolate = isolate;
    }

    /** The value of an HTML {@code dir} attribute. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Unicode character that opens an isolate running this way (LRI, RLI or FSI). */
    char isolate() {
        return isolate;
    }
}
