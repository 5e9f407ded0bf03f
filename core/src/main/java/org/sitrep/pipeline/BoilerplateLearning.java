package org.sitrep.pipeline;

import java.util.List;
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
 * The first pass of a batch ingest: counts the segments of every new article of the batch per source, adds the counts
 * to the store's, and returns what the store now knows to recur, so that the batch's own captions and promos are
 * already marked when its articles are extracted, and a later batch of the same source starts from them.
 */
public final class BoilerplateLearning {
    private BoilerplateLearning() {
    }

    /**
     * Learns from the local files and folders among {@code inputs}; feeds are not fetched twice, they only use what
     * the store knew. Articles the store holds already (or near copies of them) are not counted again, so ingesting a
     * file twice counts it once. Unreadable inputs are skipped here: the second pass reports them.
     */
    public static LearnedBoilerplate learn(InputReader reader, List<String> inputs, Store store) {
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
        store.addSegmentCounts(learner.counts());
        return LearnedBoilerplate.of(store.recurringSegments(LearnedBoilerplate.MIN_ARTICLES));
    }

    private static void count(BoilerplateLearner learner, ParsedDocument document, Store store) {
        if (store.findDuplicate(Fingerprint.of(document.bodyText())).isEmpty()) {
            learner.add(ArticleBuilder.source(document), document.text(), document.body());
        }
    }
}
