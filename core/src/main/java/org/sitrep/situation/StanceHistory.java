package org.sitrep.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;

/**
 * The stance series between actors, with a person's stance counted for the state or group they belong to
 * (Erdoğan's words are Turkey's), and the shifts: consecutive points whose sign flips or that move by 0.5 or more.
 */
public final class StanceHistory {
    private static final double SHIFT = 0.5;
    private final KnowledgeBase knowledge;

    public StanceHistory(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** A change of stance between two consecutive observations. */
    public record Shift(String from, String to, StancePoint before, StancePoint after) {
        public String describe() {
            return String.format(Locale.ROOT, "%s → %s: %+.2f → %+.2f, %s", from, to, before.value(), after.value(),
                    after.date().map(d -> d.first().toString()).orElse("undated"));
        }
    }

    /** Observations from {@code from} (or its members) toward {@code to} (or anyone), within the day range. */
    public List<StancePoint> series(Situation situation, String from, Optional<String> to,
                                    Optional<DateRange> within) {
        return situation.stances(point -> speaksFor(point.from(), from)
                && to.map(t -> speaksFor(point.to(), t)).orElse(true)
                && within.map(w -> point.date().map(d -> d.near(w, 0)).orElse(false)).orElse(true));
    }

    public List<Shift> shifts(List<StancePoint> series) {
        List<Shift> shifts = new ArrayList<>();
        java.util.Map<String, StancePoint> last = new java.util.HashMap<>();
        for (StancePoint point : series) {
            StancePoint previous = last.put(point.to(), point);
            if (previous != null && (Math.signum(previous.value()) != Math.signum(point.value())
                    || Math.abs(previous.value() - point.value()) >= SHIFT)) {
                shifts.add(new Shift(point.from(), point.to(), previous, point));
            }
        }
        return shifts;
    }

    /** Whether {@code name} is the actor {@code query} or a member of it (a person of a state). */
    private boolean speaksFor(String name, String query) {
        if (name.equalsIgnoreCase(query)) {
            return true;
        }
        Optional<Actor> actor = knowledge.byAlias(name);
        Optional<Actor> target = knowledge.byAlias(query).or(() -> knowledge.byDescriptor(query));
        for (int depth = 0; depth < 3 && actor.isPresent() && target.isPresent(); depth++) {
            if (actor.get().id().equals(target.get().id())) {
                return true;
            }
            actor = actor.get().memberOf().flatMap(knowledge::byId);
        }
        return false;
    }
}
