package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.BoilerplateLearner;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LearnedBoilerplate;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.ingest.ParsedItem;
import org.sitrep.ingest.ParsedStream;
import org.sitrep.store.Store;

/**
 * The first pass of a batch ingest: counts the segments of every new article of the batch per source and adds the
 * store's counts of the same segments, so that the batch's own captions and promos are already marked when its
 * articles are extracted. The batch's counts are written to the store after the ingest (see {@link Batch#save}), so
 * that a later batch of the source starts from them and a store that fills up has stored articles first.
 */
public final class BoilerplateLearning {
    /** Articles read ahead per thread while the counts wait for the oldest. */
    private static final int READS_PER_THREAD = 4;

    private BoilerplateLearning() {
    }

    /** What a batch learned: what to mark while ingesting it, and its own counts to add to the store after. */
    public record Batch(LearnedBoilerplate learned, Map<String, Map<Long, Integer>> counts) {
        public Batch {
            counts = Map.copyOf(counts);
        }

        /** Adds the batch's counts to the store's. */
        public void save(Store store) {
            store.addSegmentCounts(counts);
        }
    }

    /**
     * Learns from the local files and folders among {@code inputs}; feeds are not fetched twice, they only use what
     * the store knew. Articles the store holds already (or near copies of them) are not counted again, so ingesting a
     * file twice counts it once. Unreadable inputs are skipped here: the second pass reports them. Articles are read on
     * {@code threads} threads and counted in input order.
     */
    public static Batch count(InputReader reader, List<String> inputs, Store store, int threads) {
        BoilerplateLearner learner = new BoilerplateLearner();
        List<String> files;
        try {
            files = reader.expand(inputs).stream().filter(input -> !InputReader.isUrl(input)).toList();
        } catch (BadInputException e) {
            files = List.of();
        }
        // each article is read (sketch, segment hashes, the store's duplicate check) on the pool, and counted here in
        // input order, as the learner's "told before" test asks; a window of reads in flight bounds the memory
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Deque<Future<Optional<BoilerplateLearner.Sighting>>> reading = new ArrayDeque<>();
        int window = Math.max(1, threads) * READS_PER_THREAD;
        try {
            for (String file : files) {
                try (ParsedStream items = reader.open(file)) {
                    while (items.hasNext()) {
                        if (items.next() instanceof ParsedItem.Document item) {
                            reading.addLast(pool.submit(() -> sight(item.document(), store)));
                            if (reading.size() >= window) {
                                countNext(learner, reading);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw e;
                    }
                    // an unreadable input is reported by the ingest pass that follows
                }
            }
            while (!reading.isEmpty()) {
                countNext(learner, reading);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Map<Long, Integer>> counts = learner.counts();
        Map<String, Set<Long>> recurring = new HashMap<>();
        store.recurringSegments(LearnedBoilerplate.MIN_ARTICLES).forEach((s, keys) -> recurring.put(s, new HashSet<>(keys)));
        counts.forEach((source, keys) -> {
            Map<Long, Integer> stored = store.segmentCounts(source, keys.keySet());
            keys.forEach((key, articles) -> {
                if (articles + stored.getOrDefault(key, 0) >= LearnedBoilerplate.MIN_ARTICLES) {
                    recurring.computeIfAbsent(source, s -> new HashSet<>()).add(key);
                }
            });
        });
        // template heads are learned from the batch alone: their test compares sources, which the store is not asked
        return new Batch(LearnedBoilerplate.of(recurring).withTemplates(learner.templates()), counts);
    }

    /** An article new to the store, read for counting; empty when the store holds it or a near copy of it. */
    private static Optional<BoilerplateLearner.Sighting> sight(ParsedDocument document, Store store) {
        BoilerplateLearner.Sighting sighting = BoilerplateLearner.Sighting.of(ArticleBuilder.source(document),
                document.text(), document.body());
        return store.findDuplicate(sighting.fingerprint()).isEmpty() ? Optional.of(sighting) : Optional.empty();
    }

    private static void countNext(BoilerplateLearner learner,
                                  Deque<Future<Optional<BoilerplateLearner.Sighting>>> reading) {
        try {
            reading.removeFirst().get().ifPresent(learner::add);
        } catch (ExecutionException e) {
            // an article that cannot be read is reported by the ingest pass that follows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting boilerplate", e);
        }
    }
}
