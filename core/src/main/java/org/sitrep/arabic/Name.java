package org.sitrep.arabic;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/**
 * A known name found in a sentence: tokens {@code [first, last]}, the mention, and the actor or place it names (a
 * country's name may be both: "تركيا" attacks, or something happens in it).
 */
public record Name(int first, int last, Mention mention, Optional<Actor> actor, Optional<Place> place) {
    public Name {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(place, "place");
    }

    /** Whether the name may fill the role: a place, or an actor. */
    public boolean can(boolean asPlace) {
        return asPlace ? place.isPresent() : actor.isPresent();
    }
}
