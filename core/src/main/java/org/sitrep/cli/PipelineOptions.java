package org.sitrep.cli;

import java.util.function.Function;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.Ingester;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
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
        ArticleBuilder builder = new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load());
        return new Ingester(store, new InputReader(maxBytes), builder, extractor(), threads);
    }

    /** The extraction chain, loaded once per process; {@code --no-extract} stores articles only. */
    Function<Article, Facts> extractor() {
        return noExtract ? Facts::none : SharedExtractor.get();
    }
}
