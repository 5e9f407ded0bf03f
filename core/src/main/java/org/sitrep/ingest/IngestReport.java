package org.sitrep.ingest;

import java.util.List;

/** The outcomes of one ingest run and how long it took. */
public record IngestReport(List<IngestOutcome> outcomes, long nanos) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(IngestOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    public boolean hasFailures() {
        return count(IngestOutcome.Kind.FAILED) > 0;
    }

    /** Stored articles per second of wall time. */
    public double articlesPerSecond() {
        return nanos == 0 ? 0 : count(IngestOutcome.Kind.STORED) / (nanos / 1e9);
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d stored, %d duplicates, %d near-duplicates linked, %d errors in %.1f s (%.1f articles/s)",
                count(IngestOutcome.Kind.STORED), count(IngestOutcome.Kind.DUPLICATE),
                count(IngestOutcome.Kind.NEAR_DUPLICATE), count(IngestOutcome.Kind.FAILED), nanos / 1e9,
                articlesPerSecond());
    }
}
