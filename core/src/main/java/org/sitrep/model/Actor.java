package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A knowledge-base actor: a state, armed group, coalition, organisation or person, with its camp. */
public record Actor(String id, String name, ActorKind kind, Optional<String> side, List<String> aliases,
                    List<String> arabicAliases, Optional<String> memberOf) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        aliases = List.copyOf(aliases);
        arabicAliases = List.copyOf(arabicAliases);
        Objects.requireNonNull(memberOf, "memberOf");
    }

    /** The kinds of actor the knowledge base knows. */
    public enum ActorKind { STATE, ARMED_GROUP, COALITION, ORGANISATION, PERSON }
}
