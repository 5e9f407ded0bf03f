package org.sitrep.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.data.DataFiles;

/**
 * How fresh a control claim is on a given day: its confidence halves every {@code halfLifeDays} without a report
 * confirming it, and after {@code staleAfterDays} it is stale (shown apart). Values from {@code freshness.tsv}.
 */
public record Freshness(int halfLifeDays, int staleAfterDays) {
    public Freshness {
        if (halfLifeDays <= 0 || staleAfterDays <= 0) {
            throw new IllegalArgumentException("freshness periods must be positive");
        }
    }

    public static Freshness standard() {
        Map<String, Integer> values = new HashMap<>();
        for (String[] row : DataFiles.rows("/org/sitrep/situation/freshness.tsv")) {
            values.put(row[0], Integer.parseInt(row[1]));
        }
        return new Freshness(values.get("half-life-days"), values.get("stale-after-days"));
    }

    /** Days from the last report confirming the interval to {@code day} (zero when asked before it). */
    public long age(ControlInterval interval, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(interval.lastReported(), day));
    }

    /** The interval's confidence on {@code day}: its reports' confidence, halved per half-life without news. */
    public double confidence(ControlInterval interval, LocalDate day) {
        double decayed = interval.confidence() * Math.pow(0.5, (double) age(interval, day) / halfLifeDays);
        return Math.round(decayed * 1000) / 1000.0;
    }

    public boolean stale(ControlInterval interval, LocalDate day) {
        return age(interval, day) > staleAfterDays;
    }
}
