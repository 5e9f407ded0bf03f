package org.sitrep.review;

import java.util.Locale;
import java.util.Optional;

/** What a review judges: a merged event or one article's control claim; each kind has its own id prefix. */
public enum TargetKind {
    EVENT("m"), CONTROL("c");

    private final String idPrefix;

    TargetKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** How ids of this kind begin ("m" for merged events, "c" for control claims). */
    public String idPrefix() {
        return idPrefix;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a label names, case-insensitively ("event", "control"). */
    public static Optional<TargetKind> parse(String label) {
        for (TargetKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
