package org.sitrep.arabic;

import java.util.Objects;
import org.sitrep.model.Mention;

/**
 * A person the knowledge base lacks, found by a cue: tokens {@code [first, last]} of the name, {@code cue} the token
 * where what introduces it begins (its title, "عن", or the speech verb it follows), and its mention.
 */
public record Person(int cue, int first, int last, Mention mention) {
    public Person {
        Objects.requireNonNull(mention, "mention");
        if (cue > first || first > last) {
            throw new IllegalArgumentException("bad person tokens: cue " + cue + ", name [" + first + ", " + last + "]");
        }
    }

    /** The name as written. */
    public String name() {
        return mention.text();
    }
}
