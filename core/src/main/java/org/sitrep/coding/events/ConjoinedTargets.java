package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.coding.actors.Referent;

/**
 * The targets a physical deed is coded against one event each: "fighting the Islamic State and the rebels", "to oust
 * ISIS and the regime from the province" are a deed against each of two known actors, as ACLED and PLOVER code one
 * dyad per event. A target naming no known actor, or the same one again ("a rebel commander and two aides"), is the
 * first target's company, not another dyad.
 */
final class ConjoinedTargets {
    private ConjoinedTargets() {
    }

    /** The first target and each later one that names a known actor none before it names, in the order found. */
    static List<Referent> apart(List<Referent> targets) {
        List<Referent> kept = new ArrayList<>();
        List<Optional<String>> known = new ArrayList<>();
        for (Referent target : targets) {
            if (kept.isEmpty() || target.actorId().isPresent() && !known.contains(target.actorId())) {
                kept.add(target);
                known.add(target.actorId());
            }
        }
        return kept;
    }
}
