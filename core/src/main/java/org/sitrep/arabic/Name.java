package org.sitrep.arabic;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/** A known name found in a sentence: tokens {@code [first, last]}, the mention, and the actor or place it names. */
public record Name(int first, int last, Mention mention, Optional<Actor> actor, Optional<Place> place) {
    public Name {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(place, "place");
    }

    public boolean isPlace() {
        return place.isPresent();
    }
}
