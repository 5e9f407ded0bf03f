package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Parsed;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract FILE}: prints every fact of one article with its evidence, without storing it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts entities, times, quotes, events, control and stances from one article and prints "
                + "them with their evidence (nothing is stored).")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date that relative dates resolve against (default: the article's own).")
    Optional<LocalDate> published;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Parameters(paramLabel = "FILE", description = "One article file (.txt, .html, .json).")
    String file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Parsed parsed = new InputReader(pipeline.maxBytes).read(file);
        if (parsed.documents().isEmpty()) {
            throw parsed.problems().isEmpty() ? new BadInputException(file, "no article found")
                    : parsed.problems().get(0);
        }
        Article article = Models.shared().articleBuilder().build(parsed.documents().get(0)).article();
        if (published.isPresent()) {
            article = article.withPublished(published.get());
        }
        Facts facts = pipeline.extractor().apply(article);
        out.print(format.render(article, facts, List.of()));
        out.flush();
        return 0;
    }
}
