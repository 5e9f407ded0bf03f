package org.sitrep.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ControlStatus;

/**
 * Who held a place from one day until (not including) another, or contested it; with the reports that show it.
 * An open interval ({@code to} empty) lasts until a later report says otherwise.
 */
public record ControlInterval(String place, Optional<String> placeRef, String controller, Optional<String> side,
                              ControlStatus status, LocalDate from, Optional<LocalDate> to, List<Report> evidence) {
    public ControlInterval {
        evidence = List.copyOf(evidence);
    }

    /** The newest report confirming the interval (its start when no report is dated). */
    public LocalDate lastReported() {
        return evidence.stream().flatMap(r -> r.published().stream()).filter(d -> !d.isBefore(from))
                .max(LocalDate::compareTo).orElse(from);
    }

    /** Independent sources corroborate: one minus the chance that every source's best report is wrong. */
    public double confidence() {
        return Corroboration.of(evidence).confidence();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && to.map(day::isBefore).orElse(true);
    }
}
