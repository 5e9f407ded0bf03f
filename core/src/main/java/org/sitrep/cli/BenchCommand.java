package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep bench}: throughput and peak memory of each stage on a real corpus, in one process. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, after warm-up and in one process: (a) ingest without NLP, (b) the NLP annotators "
                + "alone, (c) the full extraction, (d) ingest with extraction, (c-ar) the full extraction of Arabic "
                + "articles (parser-free), and with --baseline (e) CoreNLP's full pipeline with coreference and quote "
                + "attribution; prints articles/s, tokens/s, peak heap and ratios."})
public final class BenchCommand implements Callable<Integer> {
    private static final Path DEFAULT_CORPUS = Path.of("..", "shared", "bench", "allsides-syria-en", "articles.jsonl");
    private static final String ARABIC_CORPUS = "../shared/bench/saudinewsnet-syria-ar/articles.jsonl";

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "PATH", description = "Articles to measure on (default: "
            + "../shared/bench/allsides-syria-en/articles.jsonl if present, else the bundled samples).")
    Path articles;

    @Option(names = "--arabic", paramLabel = "PATH", defaultValue = ARABIC_CORPUS, description = "Arabic articles "
            + "whose full extraction is measured beside the English (default: ${DEFAULT-VALUE}; skipped with a note "
            + "where absent).")
    Path arabic;

    @Option(names = "--arabic-limit", defaultValue = "300", description = "Arabic articles measured (default: "
            + "${DEFAULT-VALUE}: the parser-free chain is fast, so more articles steady the figure).")
    int arabicLimit;

    @Option(names = "--limit", defaultValue = "40", description = "Articles measured (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--repeat", defaultValue = "1", description = "Passes over the articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--threads", description = "Parallel articles (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--baseline", description = "Also run CoreNLP's full pipeline with quote attribution (slow).")
    boolean baseline;

    @Option(names = "--ingest-only", description = "Measure only (a), ingest without NLP (no models loaded).")
    boolean ingestOnly;

    @Option(names = "--whole-corpus", description = "Also ingest every article of the corpus (not only --limit) "
            + "with extraction into a fresh H2 store: articles/s, peak heap and peak resident set.")
    boolean wholeCorpus;

    @Option(names = "--control-events", paramLabel = "N", description = "Instead: the control-at-date benchmark on "
            + "N synthetic control claims (e.g. 1000000), generated in memory and never stored.")
    int controlEvents;

    @Option(names = "--jmh", description = "Instead: the JMH microbenchmarks of sitrep's own stages.")
    boolean jmh;

    @Option(names = "--web-events", paramLabel = "N", description = "Instead: p50/p99 latency of /api/control and "
            + "/api/events over loopback HTTP on a store of N synthetic events (e.g. 100000).")
    int webEvents;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent HTTP clients for --web-events "
            + "(default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--places", defaultValue = "5000", description = "Places the synthetic claims spread over "
            + "(default: ${DEFAULT-VALUE}).")
    int places;

    @Option(names = "--server-heap", description = "Instead: the heap the server's state retains after loading the "
            + "store given by --db.")
    boolean serverHeap;

    @picocli.CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--load", paramLabel = "N", description = "Instead: a bounded loopback load on a real server: N "
            + "articles (from --articles, JSON Lines) each posted twice at once while --clients readers query "
            + "control, events and search; p50/p99, 5xx count, and whether the picture equals a quiet ingest's.")
    int load;

    @Override
    public Integer call() throws Exception {
        if (serverHeap) {
            try (org.sitrep.store.Store opened = store.open()) {
                new org.sitrep.bench.ServerHeap(opened, spec.commandLine().getOut()).run();
            }
            return 0;
        }
        if (load > 0) {
            Path corpus = articles != null ? articles : Files.exists(DEFAULT_CORPUS) ? DEFAULT_CORPUS
                    : Path.of(System.getProperty("sitrep.home", "."), "samples", "fakes-syria-cc-by.jsonl");
            List<String> lines;
            try (var all = Files.lines(corpus)) {
                lines = all.filter(l -> !l.isBlank()).limit(load).toList();
            }
            return new org.sitrep.bench.LoadBenchmark(lines, clients, spec.commandLine().getOut()).run()
                    ? 0 : SitrepCommand.EXIT_BAD_INPUT;
        }
        if (webEvents > 0) {
            new org.sitrep.bench.WebBenchmark(webEvents, clients, spec.commandLine().getOut()).run();
            return 0;
        }
        if (jmh) {
            try {
                new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                        .include(org.sitrep.bench.StageBenchmarks.class.getSimpleName())
                        .jvmArgsAppend("-Dsitrep.home=" + System.getProperty("sitrep.home", ".")).build()).run();
            } catch (org.openjdk.jmh.runner.RunnerException e) {
                throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
            }
            return 0;
        }
        if (controlEvents > 0) {
            new org.sitrep.bench.ControlBenchmark(controlEvents, places, spec.commandLine().getOut()).run();
            return 0;
        }
        Path corpus = articles != null ? articles : Files.exists(DEFAULT_CORPUS) ? DEFAULT_CORPUS
                : Path.of(System.getProperty("sitrep.home", "."), "samples");
        new Benchmark(List.of(corpus.toString()), limit, repeat, threads, baseline, ingestOnly, wholeCorpus,
                new org.sitrep.bench.Benchmark.ArabicCorpus(arabic, arabicLimit), spec.commandLine().getOut()).run();
        return 0;
    }
}
