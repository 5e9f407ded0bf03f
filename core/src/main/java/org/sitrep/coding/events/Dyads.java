package org.sitrep.coding.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.coding.actors.Referent;

/**
 * Who acts on whom: the actor-target pairs one trigger's participants make, one event each.
 */
final class Dyads {

    private Dyads() {
    }

    /** Who acts on whom: one pair per participant for symmetric interactions, else the first actor. */
    static List<Referent[]> of(List<Referent> actors, List<Referent> targets, EventPattern pattern,
                                          boolean mutual) {
        Referent target = targets.isEmpty() ? null : targets.get(0);
        if (mutual && actors.size() > 1 && target == null && !pattern.plover().symmetric()) {
            // "the regime and the rebels have blamed each other": each does it to each of the others
            List<Referent[]> pairs = new ArrayList<>();
            for (Referent doer : actors) {
                actors.stream().filter(other -> other != doer)
                        .forEach(other -> pairs.add(new Referent[] {doer, other}));
            }
            return pairs;
        }
        if (actors.size() > 1 && pattern.plover().symmetric() && target == null) {
            List<Referent[]> pairs = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    pairs.add(new Referent[] {actors.get(i), actors.get(j)});
                }
            }
            return pairs;
        }
        List<Referent[]> single = new ArrayList<>();
        Referent actor = actors.isEmpty() ? null : actors.get(0);
        if ((targets.size() > 1 || actors.size() > 1) && !pattern.plover().physical()) {
            // "thanked Iraq, Turkey and Russia", "Russia and Iran condemned the strike": one act by each toward each,
            // as ACLED and PLOVER code one dyad per event (a deed's partners are told apart before, by their sides)
            List<Referent> doers = actors.isEmpty() ? java.util.Collections.singletonList(null) : actors;
            List<Referent> aims = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            doers.forEach(a -> aims.forEach(t -> single.add(new Referent[] {a, t})));
            return single;
        }
        if (targets.size() > 1) {
            // "fought the Islamic State and the rebels": one deed against each known actor
            ConjoinedTargets.apart(targets).forEach(t -> single.add(new Referent[] {actor, t}));
            return single;
        }
        single.add(new Referent[] {actor, target});
        return single;
    }
}
