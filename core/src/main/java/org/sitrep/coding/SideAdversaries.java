package org.sitrep.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * A fight whose text names no target is against its camp's usual adversary ({@code adversaries.tsv}): "rebels
 * launched an offensive on the town" fights the government, "troops stormed the district" the rebels. Runs last,
 * after the syntax and the context have had their say, only on deeds the text says were done and not at a place of
 * another country, and never gives a side itself as its own target.
 */
final class SideAdversaries {
    /** Camp to its adversary. */
    private static final Map<String, Adversary> ADVERSARIES = DataFiles
            .rows("/org/sitrep/knowledge/adversaries.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> new Adversary(r[1], r[2])));
    /** A camp's usual adversary: its actor id, and the country code of the war where the two face each other. */
    private record Adversary(String actorId, String countryCode) {
    }

    private final KnowledgeBase knowledge;
    private final Gazetteer gazetteer;

    SideAdversaries(KnowledgeBase knowledge, Gazetteer gazetteer) {
        this.knowledge = knowledge;
        this.gazetteer = gazetteer;
    }

    /** The events, each untargeted fight of a camp with an adversary given that adversary as its target. */
    List<Event> fill(List<Event> events) {
        return events.stream().map(event -> adversary(event)
                .map(a -> event.withTarget(Optional.of(a.name()), a.side())).orElse(event)).toList();
    }

    private Optional<Actor> adversary(Event event) {
        // a strike with a toll and no named target is on civilians by ACLED's convention, not on the other side;
        // an aim or a plan ("an offensive to seize X") is left as the text leaves it
        if (event.type() != EventType.FIGHT || event.target().isPresent() || event.actor().isEmpty()
                || event.fatalities().isPresent()
                || !event.modality().factual()) {
            return Optional.empty();
        }
        Optional<Adversary> adversary = event.actorSide().map(ADVERSARIES::get);
        // "government forces shelled Ramadi": a fight at a known place of another country is not that war's
        boolean elsewhere = adversary.isPresent() && event.placeRef().flatMap(gazetteer::byId)
                .filter(p -> !p.countryCode().equals(adversary.get().countryCode())).isPresent();
        return elsewhere ? Optional.empty() : adversary.flatMap(a -> knowledge.byId(a.actorId()))
                .filter(a -> !a.side().equals(event.actorSide()));
    }
}
