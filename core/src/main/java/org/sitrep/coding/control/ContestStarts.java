package org.sitrep.coding.control;

import java.util.List;
import java.util.Optional;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;

/**
 * When a contest began, as far as its sentence tells: a gain inside a place or an entry into it on a day ("fought
 * their way into the eastern side on Monday", in a siege weeks old) shows the place fought over then, not that the
 * fight began then; a siege or an attempt launched on a day does start one.
 */
final class ContestStarts {
    private ContestStarts() {
    }

    /** The claims, each contest keeping its since-date only where its sentence tells the contest's start. */
    static List<ControlChange> told(List<ControlChange> claims, List<CodedEvent> events,
                                    List<ControlChange> described) {
        return claims.stream().map(c -> c.status() != ControlStatus.CONTESTED || c.since().isEmpty()
                || started(c, events, described) ? c : c.withSince(Optional.empty())).toList();
    }

    /**
     * Whether the claim's since-date may stand: not where its sentence tells only a gain inside the place or an
     * entry into it, which happens within a contest already under way.
     */
    private static boolean started(ControlChange claim, List<CodedEvent> events, List<ControlChange> described) {
        String key = claim.placeRef().orElse(claim.place());
        int sentence = claim.evidence().start();
        List<CodedEvent> here = events.stream().filter(c -> c.event().evidence().start() == sentence
                && c.event().place().isPresent() && c.event().placeRef().orElse(c.event().place().get()).equals(key))
                .toList();
        boolean within = here.stream().anyMatch(c -> c.partial() || c.territorial() && c.entry());
        return !within || here.stream().anyMatch(CodedEvent::attempted)
                || described.stream().anyMatch(d -> d.since().isPresent() && d.evidence().start() == sentence
                && d.placeRef().orElse(d.place()).equals(key));
    }
}
