package org.sitrep.situation;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How independent sources corroborate a fact: each source counts once, by its most confident report, and the
 * confidence is one minus the chance that every source is wrong.
 */
record Corroboration(int sources, double confidence) {

    static Corroboration of(Collection<Report> reports) {
        Map<String, Double> bestPerSource = new TreeMap<>();
        reports.forEach(r -> bestPerSource.merge(r.source(), r.confidence(), Math::max));
        double disbelief = 1;
        for (double c : bestPerSource.values()) {
            disbelief *= 1 - c;
        }
        return new Corroboration(bestPerSource.size(), 1 - disbelief);
    }
}
