package org.sitrep.knowledge;

import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/** A mention with where it sits in the parse (sentence, token range) and what it was linked to. */
public record LinkedMention(int sentence, int firstToken, int lastToken, Mention mention, Optional<Actor> actor,
                            Optional<Place> place) {

    public boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }

    /** The name facts use for this mention: the actor's or place's canonical name. */
    public String canonical() {
        return mention.canonical();
    }
}
