package org.sitrep.flink;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.sitrep.ingest.IngestOutcome;

/**
 * A test operator that fails the job once: on the first outcome, from the {@code after}-th on, that arrives once a
 * checkpoint has completed, so the job restarts from that checkpoint with work left to replay. It records the origin
 * of every outcome it passes: a document seen twice was replayed. State is per name and per JVM (the MiniCluster's).
 */
final class FailOnce implements MapFunction<IngestOutcome, IngestOutcome>, CheckpointListener {
    private static final long serialVersionUID = 1L;
    private static final long PACE_UNTIL_CHECKPOINT_MS = 1000;
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private final String name;
    private final int after;

    /** What one named failure saw. */
    record Tally(AtomicInteger outcomes, AtomicBoolean checkpointed, AtomicBoolean failed, Queue<String> origins) {
        /** The origins that passed more than once: documents replayed after the restart. */
        java.util.Set<String> seenTwice() {
            java.util.Set<String> once = new java.util.HashSet<>();
            java.util.Set<String> twice = new java.util.TreeSet<>();
            origins.forEach(origin -> {
                if (!once.add(origin)) {
                    twice.add(origin);
                }
            });
            return twice;
        }
    }

    FailOnce(String name, int after) {
        this.name = name;
        this.after = after;
        TALLIES.put(name, new Tally(new AtomicInteger(), new AtomicBoolean(), new AtomicBoolean(),
                new ConcurrentLinkedQueue<>()));
    }

    static Tally tally(String name) {
        return TALLIES.get(name);
    }

    @Override
    public IngestOutcome map(IngestOutcome outcome) {
        Tally tally = TALLIES.get(name);
        tally.origins().add(outcome.origin());
        if (!tally.checkpointed().get() && !tally.failed().get()) {
            // until a checkpoint completes, outcomes pass slowly: with fast extraction a short input could otherwise
            // run out before the first checkpoint, and the job would never fail (the mailbox handles the checkpoint
            // between two records)
            try {
                Thread.sleep(PACE_UNTIL_CHECKPOINT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (tally.outcomes().incrementAndGet() >= after && tally.checkpointed().get()
                && tally.failed().compareAndSet(false, true)) {
            throw new IllegalStateException("forced failure (a test) after " + tally.outcomes().get() + " outcomes");
        }
        return outcome;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        TALLIES.get(name).checkpointed().set(true);
    }
}
