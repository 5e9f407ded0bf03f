package org.sitrep.coding.actors;

import java.util.Optional;
import org.sitrep.knowledge.LinkedMention;

/** Who or what a phrase in a fact refers to: the linked mention, its canonical name, and its camp. */
public record Referent(LinkedMention mention, String name, Optional<String> actorId, Optional<String> side,
                       boolean viaPronoun) {
}
