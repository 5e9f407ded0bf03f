package org.sitrep.model;

import java.util.Locale;

/** How an event is asserted by its sentence. */
public enum Modality {
    ASSERTED, EXPECTED, HOPED, REPORTED, NEGATED, HYPOTHETICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
