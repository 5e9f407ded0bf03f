package org.sitrep.review;

import java.util.Locale;
import java.util.Optional;

/** An analyst's judgement of a machine claim: right as it stands, wrong, or right once corrected. */
public enum Verdict {
    ACCEPT, REJECT, CORRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the verdict must say why (a rejection or correction overrides the machine, so it needs a reason). */
    public boolean needsReason() {
        return this != ACCEPT;
    }

    /** The verdict a label names, case-insensitively ("accept", "REJECT"). */
    public static Optional<Verdict> parse(String label) {
        for (Verdict verdict : values()) {
            if (verdict.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
