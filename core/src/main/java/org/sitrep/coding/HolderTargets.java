package org.sitrep.coding;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;

/**
 * A strike on a place the same sentence says a side holds is a strike on that side: "warplanes bombed
 * opposition-held Idlib province" targets the opposition. Only violence with no target of its own gets one, never a
 * territorial event (taking a place is told by its own words) and never the holder itself.
 */
final class HolderTargets {

    /** The events, each untargeted strike on a held place given the holder as its target. */
    List<CodedEvent> fill(List<CodedEvent> events, List<ControlChange> described) {
        return events.stream().map(coded -> holder(coded, described)
                .map(claim -> coded.withEvent(coded.event().withTarget(Optional.of(claim.controller()),
                        claim.controllerSide())))
                .orElse(coded)).toList();
    }

    private static Optional<ControlChange> holder(CodedEvent coded, List<ControlChange> described) {
        Event event = coded.event();
        if (coded.territorial() || !event.type().physical() || event.target().isPresent() || event.place().isEmpty()) {
            return Optional.empty();
        }
        String key = event.placeRef().orElse(event.place().get());
        return described.stream()
                .filter(c -> c.status() == ControlStatus.HELD && c.holderStated()
                        && c.evidence().start() == event.evidence().start()
                        && c.placeRef().orElse(c.place()).equals(key)
                        && !c.controllerSide().or(() -> Optional.of(c.controller()))
                        .equals(event.actorSide().or(() -> event.actor())))
                .findFirst();
    }
}
