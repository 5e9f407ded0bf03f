package org.sitrep.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;

/**
 * Derives, from an article's territorial events, who holds each place as of the article: held by the side that
 * took it, contested where only part of it was taken or where the article names more than one taker.
 */
final class ControlDeriver {
    private static final Set<Modality> FACTUAL = Set.of(Modality.ASSERTED, Modality.REPORTED);

    List<ControlChange> derive(List<CodedEvent> events, Optional<LocalDate> published) {
        Map<String, List<ControlChange>> byPlace = new LinkedHashMap<>();
        for (CodedEvent coded : events) {
            Event event = coded.event();
            if (!coded.territorial() || !FACTUAL.contains(event.modality()) || event.place().isEmpty()
                    || event.actor().isEmpty()) {
                continue;
            }
            ControlStatus status = coded.partial() ? ControlStatus.CONTESTED : ControlStatus.HELD;
            Optional<String> asOf = published.map(LocalDate::toString).or(event::date);
            ControlChange claim = new ControlChange(event.place().get(), event.placeRef(), event.actor().get(),
                    event.actorSide(), status, coded.explicitDate() ? event.date() : Optional.empty(), asOf,
                    event.confidence() * (status == ControlStatus.HELD ? 1.0 : 0.8), event.evidence());
            byPlace.computeIfAbsent(event.placeRef().orElse(event.place().get()), key -> new ArrayList<>()).add(claim);
        }
        List<ControlChange> control = new ArrayList<>();
        for (List<ControlChange> claims : byPlace.values()) {
            long controllers = claims.stream().map(c -> c.controllerSide().orElse(c.controller())).distinct().count();
            ControlChange best = claims.stream().filter(c -> c.status() == ControlStatus.HELD).findFirst()
                    .orElse(claims.get(0));
            if (controllers > 1) {
                best = withStatus(best, ControlStatus.CONTESTED);
            }
            control.add(best);
        }
        return control;
    }

    private static ControlChange withStatus(ControlChange claim, ControlStatus status) {
        return new ControlChange(claim.place(), claim.placeRef(), claim.controller(), claim.controllerSide(), status,
                claim.since(), claim.asOf(), claim.confidence(), claim.evidence());
    }
}
