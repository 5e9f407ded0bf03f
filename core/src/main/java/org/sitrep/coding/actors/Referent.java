package org.sitrep.coding.actors;

import java.util.Optional;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.model.Span;

/**
 * Who or what a phrase in a fact refers to: the linked mention (null where the actor is read from words the recogniser
 * did not link, as "rebel" in "rebel-held"), its canonical name, its camp, and the words at the place of reference that
 * point to it (the mention itself, or a pronoun or description that stands for it).
 */
public record Referent(LinkedMention mention, String name, Optional<String> actorId, Optional<String> side,
                       boolean viaPronoun, Span words) {

    /** A referent named at its own mention. */
    public Referent(LinkedMention mention, String name, Optional<String> actorId, Optional<String> side,
                    boolean viaPronoun) {
        this(mention, name, actorId, side, viaPronoun, mention.mention().span());
    }

    /** The same referent, pointed to by other words ("he", "the group") than its mention. */
    public Referent at(Span pointer) {
        return new Referent(mention, name, actorId, side, viaPronoun, pointer);
    }
}
