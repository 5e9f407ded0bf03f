package org.sitrep.flink;

import java.time.Duration;
import java.util.Objects;

/**
 * How one run of the job is set up: its source, the store it writes (a JDBC URL; PostgreSQL wherever more than one
 * JVM writes), its parallelism, how often it checkpoints, how often it may restart, and the per-input size limit.
 */
public record JobOptions(ArticleSource source, String db, int parallelism, Duration checkpointInterval, int restarts,
                         long maxBytes) {
    public JobOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        if (db.isBlank()) {
            throw new IllegalArgumentException("db must name a store, was blank");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        if (checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("checkpointInterval must be at least 10 ms, was " + checkpointInterval);
        }
        if (restarts < 0) {
            throw new IllegalArgumentException("restarts must not be negative, was " + restarts);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** Options with the usual checkpoint interval (10 s), three restarts and ingest's size limit. */
    public static JobOptions of(ArticleSource source, String db, int parallelism) {
        return new JobOptions(source, db, parallelism, Duration.ofSeconds(10), 3,
                org.sitrep.ingest.InputReader.DEFAULT_MAX_BYTES);
    }

    public JobOptions withCheckpointInterval(Duration interval) {
        return new JobOptions(source, db, parallelism, interval, restarts, maxBytes);
    }
}
