package org.sitrep.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;

/**
 * One happening as reported by one or more articles: the coded event, every report of it, how many independent
 * sources corroborate it, when it was first reported, and a confidence that grows with sources; its fatalities are
 * the most conservative figure any report gives (ACLED's rule).
 */
public record MergedEvent(String id, EventType type, AcledType acled, String cameo, Optional<String> actor,
                          Optional<String> actorSide, Optional<String> target, Optional<String> targetSide,
                          Optional<String> place, Optional<String> placeRef, Optional<Double> lat,
                          Optional<Double> lon, Optional<DateRange> date, Optional<Integer> fatalities,
                          Modality modality, List<Report> reports,
                          int sources, Optional<LocalDate> firstReported, double confidence, boolean contradicted) {
    public MergedEvent {
        reports = List.copyOf(reports);
    }
}
