package org.sitrep.coding.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;

/**
 * A strike on a place the same sentence says a side holds is a strike on that side: "warplanes bombed
 * opposition-held Idlib province" targets the opposition. A taking of a place ("seized", "retook", "an offensive to
 * capture") is made against the side the article has said holds it, in the taking's sentence or before it ("the
 * rebel-held town … Government troops retook the town"). Only events with no target of their own get one, and never
 * the holder where it is the actor itself.
 */
public final class HolderTargets {

    /** The events, each untargeted strike on or taking of a held place given the holder as its target. */
    public List<CodedEvent> fill(List<CodedEvent> events, List<ControlChange> described) {
        return events.stream().map(coded -> holder(coded, described)
                .map(claim -> coded.withEvent(coded.event().withTarget(Optional.of(claim.controller()),
                        claim.controllerSide())))
                .orElse(coded)).toList();
    }

    private static Optional<ControlChange> holder(CodedEvent coded, List<ControlChange> described) {
        Event event = coded.event();
        if (!event.type().physical() || event.target().isPresent() || event.place().isEmpty()) {
            return Optional.empty();
        }
        String key = event.placeRef().orElse(event.place().get());
        int start = event.evidence().start();
        // a strike's sentence must say who holds the place; a taking may rely on what the article said before
        return described.stream()
                .filter(c -> c.status() == ControlStatus.HELD && c.holderStated()
                        && (coded.territorial() ? c.evidence().start() <= start : c.evidence().start() == start)
                        && c.placeRef().orElse(c.place()).equals(key)
                        && !c.controllerSide().or(() -> Optional.of(c.controller()))
                        .equals(event.actorSide().or(() -> event.actor()))
                        && !Optional.of(c.controller()).equals(event.actor()))
                .max(java.util.Comparator.comparingInt(c -> c.evidence().start()));
    }
}
