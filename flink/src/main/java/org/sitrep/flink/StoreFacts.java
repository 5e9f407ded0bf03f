package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.model.Facts;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;

/**
 * Store: core's store stage, the article and all its facts in one transaction keyed by the article's content hash
 * (facts by article and, for events, their id). The store decides duplicates inside that transaction, so an article
 * written again after a restart from a checkpoint is answered "duplicate" and writes nothing: at-least-once delivery
 * with an idempotent write is exactly-once in effect, without XA or locks held until a checkpoint.
 */
final class StoreFacts extends RichMapFunction<ArticlePipeline.Extracted, IngestOutcome> {
    private static final long serialVersionUID = 1L;
    private final String db;
    private transient Store store;
    private transient ArticlePipeline pipeline;

    StoreFacts(String db) {
        this.db = db;
    }

    @Override
    public void open(OpenContext context) {
        store = Store.open(db);
        // Only the store stage runs here: no extractor needed (the models stay unloaded if this runs apart).
        pipeline = new ArticlePipeline(Models.shared().articleBuilder(), Facts::none, store, (article, facts) -> { });
    }

    @Override
    public IngestOutcome map(ArticlePipeline.Extracted extracted) {
        return pipeline.store(extracted).outcome();
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
