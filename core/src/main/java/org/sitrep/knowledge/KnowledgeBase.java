package org.sitrep.knowledge;

import org.sitrep.data.DataFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Actor;

/**
 * The actor knowledge base ({@code actors.tsv}): canonical actors with camps, aliases, capital metonyms and
 * nationality adjectives, indexed for lookup. Immutable and thread-safe.
 */
public final class KnowledgeBase {
    private final Map<String, Actor> byId;
    private final Map<String, Actor> exactAliases;
    private final Map<String, Actor> descriptorAliases;
    private final Map<String, Actor> metonyms;
    private final Map<String, Actor> adjectives;
    private final Map<String, Actor> upperAliases;
    private final int longestAlias;

    private KnowledgeBase(Map<String, Actor> byId, Map<String, Actor> exactAliases,
                          Map<String, Actor> descriptorAliases, Map<String, Actor> metonyms,
                          Map<String, Actor> adjectives) {
        this.byId = Map.copyOf(byId);
        this.exactAliases = Map.copyOf(exactAliases);
        this.descriptorAliases = Map.copyOf(descriptorAliases);
        this.metonyms = Map.copyOf(metonyms);
        this.adjectives = Map.copyOf(adjectives);
        Map<String, Actor> upper = new HashMap<>();
        exactAliases.forEach((alias, actor) -> upper.putIfAbsent(alias.toUpperCase(java.util.Locale.ROOT), actor));
        this.upperAliases = Map.copyOf(upper);
        this.longestAlias = exactAliases.keySet().stream().mapToInt(KnowledgeBase::words)
                .max().orElse(1);
    }

    /** Loads the bundled actor file. */
    public static KnowledgeBase load() {
        Map<String, Actor> byId = new HashMap<>();
        Map<String, Actor> exact = new HashMap<>();
        Map<String, Actor> descriptors = new HashMap<>();
        Map<String, Actor> metonyms = new HashMap<>();
        Map<String, Actor> adjectives = new HashMap<>();
        for (String[] f : DataFiles.rows("/org/sitrep/knowledge/actors.tsv")) {
            if (f.length != 9) {
                throw new IllegalStateException("actors.tsv: expected 9 columns for " + f[0] + ", found " + f.length);
            }
            List<String> english = new ArrayList<>();
            List<String> described = new ArrayList<>();
            for (String alias : DataFiles.list(f[4])) {
                (alias.startsWith("~") ? described : english).add(alias.startsWith("~") ? alias.substring(1) : alias);
            }
            Actor actor = new Actor(f[0], f[1], Actor.ActorKind.valueOf(f[2]),
                    f[3].equals("-") ? Optional.empty() : Optional.of(f[3]), english, DataFiles.list(f[5]),
                    f[6].equals("-") ? Optional.empty() : Optional.of(f[6]));
            if (byId.put(actor.id(), actor) != null) {
                throw new IllegalStateException("actors.tsv: duplicate id " + actor.id());
            }
            put(exact, actor.name(), actor, false);
            english.forEach(alias -> put(exact, alias, actor, false));
            described.forEach(alias -> put(descriptors, Names.fold(alias), actor, true));
            actor.arabicAliases().forEach(alias -> put(exact, alias, actor, false));
            DataFiles.list(f[7]).forEach(capital -> metonyms.put(capital, actor));
            DataFiles.list(f[8]).forEach(adjective -> adjectives.put(adjective, actor));
        }
        return new KnowledgeBase(byId, exact, descriptors, metonyms, adjectives);
    }

    private static void put(Map<String, Actor> index, String alias, Actor actor, boolean folded) {
        Actor previous = index.putIfAbsent(alias, actor);
        if (previous != null && !previous.id().equals(actor.id())) {
            throw new IllegalStateException("actors.tsv: alias \"" + alias + "\" names both " + previous.id() + " and "
                    + actor.id() + (folded ? " (case-insensitive)" : ""));
        }
    }

    private static int words(String alias) {
        return alias.split("[\\s]+").length;
    }

    /** The actor a proper name (exact case; a name set in capitals, "DAESH", also as usually written) denotes. */
    public Optional<Actor> byAlias(String name) {
        Actor exact = exactAliases.get(name);
        // the capitals' index first: the linker asks about every phrase it scans, and most are in no index
        Actor upper = exact == null && name.length() > 3 ? upperAliases.get(name) : null;
        if (upper != null && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            exact = upper;
        }
        return Optional.ofNullable(exact);
    }

    /** The actor a descriptor phrase ("regime forces", "opposition factions") denotes, case-insensitively. */
    public Optional<Actor> byDescriptor(String phrase) {
        return Optional.ofNullable(descriptorAliases.get(Names.fold(phrase)));
    }

    /** The state a capital city stands for when used as an actor ("Ankara said"). */
    public Optional<Actor> byMetonym(String capital) {
        return Optional.ofNullable(metonyms.get(capital));
    }

    /** Every capital that may stand for its state ("Damascus said"). */
    public java.util.Set<String> metonymCapitals() {
        return metonyms.keySet();
    }

    /** The state a nationality adjective refers to ("Turkish" → Turkey). */
    public Optional<Actor> byAdjective(String adjective) {
        return Optional.ofNullable(adjectives.get(adjective));
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The camp of an actor, or of the actor it belongs to (a person's state, a faction's coalition). */
    public Optional<String> side(Actor actor) {
        Actor current = actor;
        for (int depth = 0; depth < 4; depth++) {
            if (current.side().isPresent()) {
                return current.side();
            }
            Optional<Actor> parent = current.memberOf().flatMap(this::byId);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        return Optional.empty();
    }

    /** The longest alias, in words: how far a phrase scan must look ahead. */
    public int longestAlias() {
        return Math.max(longestAlias, 6);
    }

    public List<Actor> actors() {
        return List.copyOf(byId.values());
    }
}
