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
     * ({@link ControlPhrases}). A place claimed for more than one side is contested; so is a place the article
     * describes as contested (besieged, under attack) while naming who holds it: the holder stays the controller.
     */
    List<ControlChange> derive(List<CodedEvent> events, ControlPhrases.Described described,
                               Optional<LocalDate> published) {
        Map<String, List<ControlChange>> byPlace = new LinkedHashMap<>();
        java.util.Set<String> captured = new java.util.HashSet<>();
        java.util.Set<String> describedContested = new java.util.HashSet<>();
        for (CodedEvent coded : events) {
            Event event = coded.event();
            boolean contesting = CONTESTING.contains(event.acled());
            if (coded.attempted() && event.place().isPresent()) {
                // an attempt to take a place contests it: named by its holder where the text says, else by the
                // side that attempts it (the timeline joins the contest to the holder before it)
                String key = event.placeRef().orElse(event.place().get());
                describedContested.add(key);
                boolean holderNamed = event.target().isPresent();
                Optional<String> party = holderNamed ? event.target() : event.actor();
                Optional<String> partySide = holderNamed ? event.targetSide() : event.actorSide();
                if (party.isPresent() && partySide.isPresent()) {
                    byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(new ControlChange(event.place().get(),
                            event.placeRef(), party.get(), partySide, ControlStatus.CONTESTED, Optional.empty(),
                            published.map(CalendarDate::day), event.confidence() * 0.8, event.evidence()));
                }
                continue;
            }
            // control is claimed for a known side: "convoys entered the town" names no one who could hold it
            if (!(coded.territorial() || contesting) || !FACTUAL.contains(event.modality()) || event.place().isEmpty()
                    || event.actor().isEmpty() || event.actorSide().isEmpty()) {
                continue;
            }
            ControlStatus status = coded.partial() || contesting ? ControlStatus.CONTESTED : ControlStatus.HELD;
            Optional<CalendarDate> asOf = published.map(CalendarDate::day).or(event::date);
            ControlChange claim = new ControlChange(event.place().get(), event.placeRef(), event.actor().get(),
                    event.actorSide(), status, coded.explicitDate() ? event.date() : Optional.empty(), asOf,
                    event.confidence() * (status == ControlStatus.HELD ? 1.0 : 0.8), event.evidence());
            String key = event.placeRef().orElse(event.place().get());
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            if (status == ControlStatus.HELD) {
                captured.add(key);
            }
        }
        for (ControlChange claim : described.claims()) {
            String key = claim.placeRef().orElse(claim.place());
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            if (claim.status() == ControlStatus.CONTESTED) {
                describedContested.add(key);
            }
        }
        for (var place : described.contestedPlaces()) {
            describedContested.add(place.mention().ref().orElse(place.mention().canonical()));
        }
        List<ControlChange> control = new ArrayList<>();
        for (Map.Entry<String, List<ControlChange>> entry : byPlace.entrySet()) {
            List<ControlChange> claims = entry.getValue();
            long controllers = claims.stream().map(c -> c.controllerSide().orElse(c.controller())).distinct().count();
            ControlChange best = claims.stream().filter(c -> c.status() == ControlStatus.HELD).findFirst()
                    .orElse(claims.get(0));
            // a capture the article reports ends a contest; a siege it describes does not end a holding
            if (controllers > 1 || (describedContested.contains(entry.getKey()) && !captured.contains(entry.getKey()))) {
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
