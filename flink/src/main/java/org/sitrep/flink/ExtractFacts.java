package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;

/**
 * Extract: core's extract stage (a look in the store first, so that a stored article, a replayed one included, is
 * not extracted again and a near copy is linked), then the facts. The NLP models are loaded in {@link #open} and held
 * once per TaskManager JVM by {@link Models#shared()}, whatever the number of slots: every subtask shares them
 * read-only. Extraction runs on an {@link IsolatedWorker}, out of reach of the interrupt with which Flink cancels a
 * task: an article cut short by a failover is dropped (and replayed), never stored with the fewer facts an interrupted
 * CoreNLP returns. An article that ends here leaves as its outcome on {@link SitrepJob#ENDED}.
 */
final class ExtractFacts extends KeyedProcessFunction<Integer, ArticleBuilder.Built, ArticlePipeline.Extracted> {
    private static final long serialVersionUID = 1L;
    private final String db;
    private transient Store store;
    private transient ArticlePipeline pipeline;
    private transient IsolatedWorker worker;

    ExtractFacts(String db) {
        this.db = db;
    }

    @Override
    public void open(OpenContext context) {
        Models models = Models.shared();
        store = Store.open(db);
        pipeline = new ArticlePipeline(models.articleBuilder(), models.extractor(), store, (article, facts) -> { });
        worker = new IsolatedWorker("sitrep-extract-" + getRuntimeContext().getTaskInfo().getIndexOfThisSubtask());
    }

    @Override
    public void processElement(ArticleBuilder.Built built, Context context,
                               Collector<ArticlePipeline.Extracted> out) throws Exception {
        ArticlePipeline.Step<ArticlePipeline.Extracted> step = worker.call(() -> pipeline.extract(built));
        if (step instanceof ArticlePipeline.Step.Next<ArticlePipeline.Extracted> next) {
            out.collect(next.value());
        } else {
            context.output(SitrepJob.ENDED, ((ArticlePipeline.Step.Done<ArticlePipeline.Extracted>) step).processed()
                    .outcome());
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
