package org.sitrep.flink;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.ParsedItem;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Models;

/**
 * Parse + boilerplate: core's build stage (identity, language, boilerplate spans, fingerprint) on each document; a
 * problem the reader met, or a document that cannot be built, leaves as its outcome on {@link SitrepJob#ENDED}.
 */
final class BuildArticle extends ProcessFunction<ParsedItem, ArticleBuilder.Built> {
    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(ParsedItem item, Context context, Collector<ArticleBuilder.Built> out) {
        if (item instanceof ParsedItem.Problem problem) {
            context.output(SitrepJob.ENDED, IngestOutcome.failed(problem.problem()));
            return;
        }
        ArticlePipeline.Step<ArticleBuilder.Built> step = ArticlePipeline.build(Models.shared().articleBuilder(),
                ((ParsedItem.Document) item).document());
        if (step instanceof ArticlePipeline.Step.Next<ArticleBuilder.Built> next) {
            out.collect(next.value());
        } else {
            context.output(SitrepJob.ENDED, ((ArticlePipeline.Step.Done<ArticleBuilder.Built>) step).processed()
                    .outcome());
        }
    }
}
