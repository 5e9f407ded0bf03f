package org.sitrep.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;

/**
 * Renames a side an article about one country only describes by the side that holds places there
 * ({@code regional-actors.tsv}, scope "unnamed"): "Kurdish forces" in an article about Iraq that never names the
 * YPG are the Peshmerga. Immutable and thread-safe.
 */
final class RegionalDescriptions {
    /** "actor id\tcountry" to the actor that the first's descriptions mean in that country. */
    private static final Map<String, String> UNNAMED = DataFiles.rows("/org/sitrep/knowledge/regional-actors.tsv")
            .stream().filter(r -> r.length > 3 && r[3].equals("unnamed"))
            .collect(Collectors.toUnmodifiableMap(r -> r[0] + "\t" + r[1], r -> r[2]));

    private final KnowledgeBase knowledge;
    /** The ISO code of the country each state actor governs. */
    private final Map<String, String> countryOfState;

    RegionalDescriptions(KnowledgeBase knowledge, Map<String, String> countryOfState) {
        this.knowledge = knowledge;
        this.countryOfState = Map.copyOf(countryOfState);
    }

    /**
     * The mentions, each description of a side that the country its sentence tells of gives to another side taken as
     * that side's: the one country the sentence's places lie in ("Kurdish forces near Mosul" are the Peshmerga in any
     * article), else the article's. A side the article calls by one of its names anywhere keeps every mention,
     * described ones included, and so does a description whose own words put it in another country ("Syrian Kurds").
     */
    List<LinkedMention> apply(List<LinkedMention> mentions, Optional<String> country) {
        Set<String> named = new HashSet<>();
        Map<Integer, Set<String>> placed = new HashMap<>();
        for (LinkedMention mention : mentions) {
            mention.actor().filter(actor -> isName(mention, actor)).ifPresent(actor -> named.add(actor.id()));
            mention.place().ifPresent(place -> placed.computeIfAbsent(mention.sentence(), s -> new HashSet<>())
                            .add(place.countryCode()));
        }
        return mentions.stream().map(mention -> {
            Optional<String> where = countryOf(placed.getOrDefault(mention.sentence(), Set.of()), country);
            return mention.actor().filter(actor -> where.isPresent() && !named.contains(actor.id())
                            && !namesAnotherCountry(mention, where.get()))
                    .flatMap(actor -> Optional.ofNullable(UNNAMED.get(actor.id() + "\t" + where.get())))
                    .flatMap(knowledge::byId)
                    .map(side -> as(mention, side)).orElse(mention);
        }).toList();
    }

    /**
     * The country a sentence's descriptions tell of: the one all its places lie in ("Kurdish forces near Mosul" in an
     * article about Syria are in Iraq), else the article's, unless its places all lie elsewhere.
     */
    private static Optional<String> countryOf(Set<String> placesHere, Optional<String> article) {
        if (placesHere.size() == 1) {
            return placesHere.stream().findFirst();
        }
        return placesHere.isEmpty() || article.filter(placesHere::contains).isPresent() ? article : Optional.empty();
    }

    /** Whether the mention's words are one of its actor's names ("YPG"), not a description ("Kurdish forces"). */
    private boolean isName(LinkedMention mention, Actor actor) {
        return knowledge.byAlias(mention.mention().text()).filter(a -> a.id().equals(actor.id())).isPresent();
    }

    /** "Syrian Kurds": a word of the description names a state (or its nationality) outside the country. */
    private boolean namesAnotherCountry(LinkedMention description, String country) {
        for (String word : description.mention().text().split("\\s+")) {
            Optional<String> code = knowledge.byAdjective(word).or(() -> knowledge.byAlias(word))
                    .map(actor -> countryOfState.get(actor.id()));
            if (code.isPresent() && !code.get().equals(country)) {
                return true;
            }
        }
        return false;
    }

    private static LinkedMention as(LinkedMention described, Actor side) {
        Mention words = described.mention();
        Mention mention = new Mention(words.text(), words.start(), words.end(), EntityLinker.typeOf(side, false),
                side.name(), Optional.of(side.id()), Optional.empty(), Optional.empty(), words.confidence());
        return new LinkedMention(described.sentence(), described.firstToken(), described.lastToken(), mention,
                Optional.of(side), Optional.empty());
    }
}
