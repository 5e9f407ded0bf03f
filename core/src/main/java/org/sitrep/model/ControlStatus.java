package org.sitrep.model;

import java.util.Locale;

/** Whether a place is held by one side or fought over. */
public enum ControlStatus {
    HELD, CONTESTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
