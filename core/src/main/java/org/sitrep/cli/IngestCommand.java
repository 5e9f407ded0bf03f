package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.IngestReport;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest}: reads files, folders and feeds into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests articles (.txt, .html, .json, .jsonl, RSS/Atom files or http feed URLs; folders are "
                + "walked) into the store, with the facts extracted from each.",
                "Exact duplicates are skipped, re-publications linked; bad inputs are reported and skipped; "
                        + "the exit code is 1 if any input failed."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, folders or http(s) feed URLs.")
    List<String> inputs;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on a terminal (one line per input otherwise).")
    boolean progress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        pipeline.loadInBackground();
        try (Store opened = store.open()) {
            IngestReport report = run(listener -> pipeline.ingest(opened, inputs, listener), out, err);
            out.println(report.summary());
            out.flush();
            return report.hasFailures() ? SitrepCommand.EXIT_BAD_INPUT : 0;
        }
    }

    private IngestReport run(Function<Consumer<IngestOutcome>, IngestReport> ingester, PrintWriter out,
                             PrintWriter err) {
        Consumer<IngestOutcome> log = outcome -> {
            PrintWriter target = outcome.kind() == IngestOutcome.Kind.FAILED ? err : out;
            target.println(outcome.describe());
            target.flush();
        };
        if (!progress || System.console() == null) {
            return ingester.apply(log);
        }
        long[] errors = {0};
        long startNanos = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(-1).build()) {
            return ingester.apply(outcome -> {
                if (outcome.kind() == IngestOutcome.Kind.FAILED) {
                    errors[0]++;
                    err.println(outcome.describe());
                    err.flush();
                }
                bar.step();
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %.1f articles/s, %d errors",
                        bar.getCurrent() / Math.max(seconds, 1e-3), errors[0]));
            });
        }
    }
}
