package org.sitrep.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.data.DataFiles;

/** The PLOVER event types sitrep codes; their attributes come from the ontology file {@code event-types.tsv}. */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, INVESTIGATE, DEMAND, DISAPPROVE, REJECT, THREATEN,
    STATEMENT, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, FIGHT;

    /** PLOVER's quad classes, written in the ontology file as their labels ("verbal-conflict"). */
    public enum Quad {
        VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

        /** The label the ontology file writes: "verbal-conflict". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Quad ofLabel(String label) {
            return Arrays.stream(values()).filter(q -> q.label().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no PLOVER quad class " + label));
        }
    }

    /** One row of the ontology file. */
    private record Attributes(boolean physical, Quad quad, boolean symmetric, boolean aimed) {
    }

    /** Loaded on first use (enum constants exist before a static initialiser of the enum itself could run). */
    private static final class Ontology {
        static final Map<EventType, Attributes> ATTRIBUTES = DataFiles.byConstant("/org/sitrep/model/event-types.tsv",
                EventType.class, row -> new Attributes(Boolean.parseBoolean(row[1]), Quad.ofLabel(row[2]),
                        Boolean.parseBoolean(row[3]), Boolean.parseBoolean(row[4])));
    }

    /** A physical act on the ground (fighting, violence, arrests, deployments, withdrawals), not words. */
    public boolean physical() {
        return Ontology.ATTRIBUTES.get(this).physical();
    }

    /** PLOVER's quad class: verbal or material, cooperation or conflict. */
    public Quad quad() {
        return Ontology.ATTRIBUTES.get(this).quad();
    }

    /** Done together by both named actors ("X and Y met"): neither is the other's target. */
    public boolean symmetric() {
        return Ontology.ATTRIBUTES.get(this).symmetric();
    }

    /**
     * Aimed at a side where the text names one; a statement is made to the public, so the place it is made in or the
     * side it speaks of is no target.
     */
    public boolean aimed() {
        return Ontology.ATTRIBUTES.get(this).aimed();
    }

    /** The type a name denotes, case-insensitively ("fight" → FIGHT). */
    public static Optional<EventType> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
