package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestReport;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Facts;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep demo}: ingests the bundled sample articles into an embedded store and prints the situation. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample articles (samples/) into an embedded store (data/demo), prints "
                + "the situation found, and serves the web UI on http://localhost:7070/.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", defaultValue = "data/demo",
            description = "Store for the demo (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample folder (default: samples/ beside sitrep).")
    Path samples;

    @Option(names = "--port", defaultValue = "7070", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Print the situation and exit instead of serving the web UI.")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = samples != null ? samples : Path.of(System.getProperty("sitrep.home", "."), "samples");
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("error " + folder + ": sample folder not found (use --samples DIR)");
            return SitrepCommand.EXIT_BAD_INPUT;
        }
        pipeline.loadInBackground();
        try (Store store = Store.open(db)) {
            out.println("Ingesting the sample articles in " + folder + " into " + shown() + " …");
            out.flush();
            List<String> inputs = List.of(folder.toString());
            IngestReport report = pipeline.ingest(store, inputs, outcome -> {
                out.println("  " + outcome.describe());
                out.flush();
            });
            out.println(report.summary());
            printSituation(store, out);
            out.flush();
            if (report.hasFailures()) {
                return SitrepCommand.EXIT_BAD_INPUT;
            }
            if (!noServe) {
                // the CLI reads this store while the demo serves it (`./sitrep articles --db data/demo`)
                try (var shared = org.sitrep.store.StoreSharing.share(db).orElse(null)) {
                    ServeCommand.serve(store, "127.0.0.1", port,
                            java.util.Optional.ofNullable(System.getenv("SITREP_TOKEN")), spec,
                            java.util.Optional.empty(), java.util.Optional.empty());
                }
            }
            return 0;
        }
    }

    private void printSituation(Store store, PrintWriter out) {
        List<ArticleSummary> articles = store.articles();
        out.println();
        out.println("Situation from " + articles.size() + " articles:");
        for (ArticleSummary article : articles) {
            Facts facts = store.facts(article.id()).orElseThrow();
            for (ControlChange control : facts.control()) {
                out.printf("  %s %s: %s by %s%s%n", control.asOf().map(Object::toString).orElse("?"), control.place(),
                        control.status().label(), control.controller(),
                        control.controllerSide().map(s -> " (" + s + ")").orElse(""));
                out.printf("      ▸ %s%n", control.evidence().sentence());
            }
        }
        out.println("List the articles with `./sitrep articles --db " + shown() + "`, one with `./sitrep show ID --db "
                + shown() + "`.");
    }

    /** The store as typed, or a JDBC URL without its password. */
    private String shown() {
        return db.startsWith("jdbc:") ? StoreLocation.parse(db).display() : db;
    }
}
