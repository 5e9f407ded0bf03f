package org.sitrep.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.data.DataFiles;
import org.sitrep.model.AcledType;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;

/**
 * Derives who holds each place as of the article, from its territorial events and its descriptions of control:
 * held by the side that took or holds it, contested where only part of it is claimed or where the article names
 * more than one side.
 */
final class ControlDeriver {
    private static final Set<Modality> FACTUAL = Set.of(Modality.ASSERTED, Modality.REPORTED);
    private static final Set<AcledType> CONTESTING = DataFiles.rows("/org/sitrep/coding/contest-events.tsv").stream()
            .map(row -> AcledType.parse(row[0]).orElseThrow(() -> new IllegalStateException(
                    "contest-events.tsv: unknown ACLED type " + row[0]))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * One claim per place: from the territorial events, then from the descriptions of control the article states
     * ({@link ControlPhrases}); a place claimed for more than one side is contested.
     */
    List<ControlChange> derive(List<CodedEvent> events, List<ControlChange> described, Optional<LocalDate> published) {
        Map<String, List<ControlChange>> byPlace = new LinkedHashMap<>();
        for (CodedEvent coded : events) {
            Event event = coded.event();
            boolean contesting = CONTESTING.contains(event.acled());
            if (!(coded.territorial() || contesting) || !FACTUAL.contains(event.modality()) || event.place().isEmpty()
                    || event.actor().isEmpty()) {
                continue;
            }
            ControlStatus status = coded.partial() || contesting ? ControlStatus.CONTESTED : ControlStatus.HELD;
            Optional<CalendarDate> asOf = published.map(CalendarDate::day).or(event::date);
            ControlChange claim = new ControlChange(event.place().get(), event.placeRef(), event.actor().get(),
                    event.actorSide(), status, coded.explicitDate() ? event.date() : Optional.empty(), asOf,
                    event.confidence() * (status == ControlStatus.HELD ? 1.0 : 0.8), event.evidence());
            byPlace.computeIfAbsent(event.placeRef().orElse(event.place().get()), key -> new ArrayList<>()).add(claim);
        }
        for (ControlChange claim : described) {
            byPlace.computeIfAbsent(claim.placeRef().orElse(claim.place()), key -> new ArrayList<>()).add(claim);
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
