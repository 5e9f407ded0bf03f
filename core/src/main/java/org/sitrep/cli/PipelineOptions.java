package org.sitrep.cli;

import java.util.function.Function;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Ingester;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** Options that shape the ingest pipeline: size limit, parallelism, and whether to extract facts. */
public final class PipelineOptions {
    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + InputReader.DEFAULT_MAX_BYTES,
            description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Articles processed in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-extract", description = "Store articles only, without extracting facts.")
    boolean noExtract;

    Ingester ingester(Store store) {
        ArticlePipeline pipeline = new ArticlePipeline(Models.shared().articleBuilder(), extractor(), store,
                (article, facts) -> { });
        return new Ingester(new InputReader(maxBytes), pipeline, threads);
    }

    /** The extraction chain, loaded once per process; {@code --no-extract} stores articles only. */
    Function<Article, Facts> extractor() {
        return noExtract ? Facts::none : Models.shared().extractor();
    }
}
