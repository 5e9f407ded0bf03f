package org.sitrep.digest;

import java.util.Objects;

/**
 * A name, date or quotation set into the digest's running text, with the direction it runs in itself. HTML sets it
 * in a {@code <bdi dir>}; the plain-text part isolates it with Unicode isolates where the edition runs right to
 * left, so that an English name, a date or a quote keeps its order inside Arabic text. Its whitespace is one space.
 */
public record Phrase(String text, Direction direction, Direction context) {
    public Phrase {
        text = text.strip().replaceAll("\\s+", " "); // one line in the text part, whatever the article's layout
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(context, "context");
    }

    /** The phrase for the plain-text part: in right-to-left text, anything not itself right to left is isolated. */
    public String plain() {
        if (context != Direction.RTL || direction == Direction.RTL) {
            return text;
        }
        return direction.isolate() + text + Direction.POP_ISOLATE;
    }
}
