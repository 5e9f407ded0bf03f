package org.sitrep.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.IngestReport;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.BoilerplateLearning;
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

    /**
     * Ingests a batch of inputs: their segments are counted first (see {@link BoilerplateLearning}), so that
     * boilerplate recurring across a source's articles is kept out of extraction; the counts join the store's after.
     */
    IngestReport ingest(Store store, List<String> inputs, Consumer<IngestOutcome> listener) {
        InputReader reader = new InputReader(maxBytes);
        BoilerplateLearning.Batch batch = BoilerplateLearning.count(reader, inputs, store, threads);
        ArticlePipeline pipeline = new ArticlePipeline(Models.shared().articleBuilder(batch.learned()), extractor(),
                store, (article, facts) -> { });
        IngestReport report = new Ingester(reader, pipeline, threads).ingest(inputs, listener);
        batch.save(store);
        return report;
    }

    /** Starts loading the extraction models while the caller opens its store and counts boilerplate. */
    void loadInBackground() {
        if (!noExtract) {
            Models.loadInBackground();
        }
    }

    /** The extraction chain, loaded once per process; {@code --no-extract} stores articles only. */
    Function<Article, Facts> extractor() {
        return noExtract ? Facts::none : Models.shared().extractor();
    }
}
