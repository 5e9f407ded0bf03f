package org.sitrep.model;

import java.util.Locale;

/** How an event is asserted by its sentence. */
public enum Modality {
    ASSERTED, EXPECTED, HOPED, REPORTED, NEGATED, HYPOTHETICAL;

    /** Whether the text says the event happened: asserted, or reported by a source it names. */
    public boolean factual() {
        return this == ASSERTED || this == REPORTED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
