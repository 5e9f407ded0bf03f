package org.sitrep.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.BoilerplateLearner;
import org.sitrep.ingest.Fingerprint;
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
     * file twice counts it once. Unreadable inputs are skipped here: the second pass reports them.
     */
    public static Batch count(InputReader reader, List<String> inputs, Store store) {
        BoilerplateLearner learner = new BoilerplateLearner();
        List<String> files;
        try {
            files = reader.expand(inputs).stream().filter(input -> !InputReader.isUrl(input)).toList();
        } catch (BadInputException e) {
            files = List.of();
        }
        for (String file : files) {
            try (ParsedStream items = reader.open(file)) {
                while (items.hasNext()) {
                    if (items.next() instanceof ParsedItem.Document item) {
                        count(learner, item.document(), store);
                    }
                }
            } catch (RuntimeException e) {
                // reported by the ingest pass that follows
            }
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

    private static void count(BoilerplateLearner learner, ParsedDocument document, Store store) {
        if (store.findDuplicate(Fingerprint.of(document.bodyText())).isEmpty()) {
            learner.add(ArticleBuilder.source(document), document.text(), document.body());
        }
    }
}
