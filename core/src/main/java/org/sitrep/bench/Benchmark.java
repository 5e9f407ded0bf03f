package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.sitrep.coding.Extractor;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.IngestReport;
import org.sitrep.pipeline.Ingester;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Parsed;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.nlp.FullPipeline;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;

/**
 * Measures the stages on one corpus in one process, after warm-up: ingest without NLP, the NLP annotators alone,
 * the full extraction, ingest with extraction, the full extraction of Arabic articles (the parser-free chain, on a
 * second corpus, skipped with a note where it is absent) and (optionally) CoreNLP's full pipeline with quote
 * attribution; on request also the ingest of the whole corpus with extraction, with its peak heap and resident set.
 */
public final class Benchmark {
    /** Corpus dumps (a JSONL of a thousand articles) are larger than any one article may be. */
    private static final long CORPUS_MAX_BYTES = 512L * 1024 * 1024;
    private final List<String> inputs;
    private final int limit;
    private final int repeat;
    private final int threads;
    private final boolean baseline;
    private final boolean ingestOnly;
    private final boolean wholeCorpus;
    private final ArabicCorpus arabic;
    private final PrintWriter out;

    /** The Arabic articles measured beside the English ones: a corpus file and how many of its articles. */
    public record ArabicCorpus(Path path, int limit) {
        public ArabicCorpus {
            java.util.Objects.requireNonNull(path, "path");
        }
    }

    public Benchmark(List<String> inputs, int limit, int repeat, int threads, boolean baseline, boolean ingestOnly,
                     boolean wholeCorpus, ArabicCorpus arabic, PrintWriter out) {
        this.inputs = List.copyOf(inputs);
        this.arabic = java.util.Objects.requireNonNull(arabic, "arabic");
        this.limit = limit;
        this.repeat = repeat;
        this.threads = threads;
        this.baseline = baseline;
        this.ingestOnly = ingestOnly;
        this.wholeCorpus = wholeCorpus;
        this.out = out;
    }

    public List<Measurement> run() {
        List<Article> corpus = read(inputs, "en", limit);
        out.printf("corpus: %d English articles from %s; %d threads; %d cores; max heap %d MB%n", corpus.size(),
                inputs, threads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        JitWarmup.compilesHugeMethods().ifPresent(compiled -> out.println(compiled
                ? "JIT: huge methods compiled (-XX:-DontCompileHugeMethods, as ./sitrep starts java)"
                : "JIT: huge methods NOT compiled: CoreNLP's NER features and lexers run interpreted (start through "
                        + "./sitrep, or add -XX:-DontCompileHugeMethods)"));
        out.flush();
        List<String> sample = List.of(writeSample(corpus).toString());
        List<Measurement> rows = new ArrayList<>();
        rows.add(ingest("(a) ingest, no NLP (parse, dedupe, store in H2)", sample, Facts::none, 0, repeat));
        if (ingestOnly) {
            return rows;
        }

        long loadStart = System.nanoTime();
        Extractor extractor = Models.shared().extractor();
        out.printf("extractor model load: %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        out.flush();
        ToLongFunction<Article> annotate = article -> extractor.annotate(article).tokenCount();
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        ToLongFunction<Article> extract = article -> {
            var annotated = extractor.annotate(article);
            extractor.extract(annotated);
            sentences.addAndGet(annotated.sentences().size());
            parsed.addAndGet(annotated.parsedSentenceCount());
            return annotated.tokenCount();
        };
        ToLongFunction<Article> extractParsingAll = article -> {
            var annotated = extractor.annotateParsingAll(article);
            extractor.extract(annotated);
            return annotated.tokenCount();
        };
        warm("(c) full extract", corpus, extract);
        rows.add(measure("(b) CoreNLP annotators alone (tagging pass, parse where cued)", corpus, annotate, threads));
        sentences.set(0);
        parsed.set(0);
        rows.add(measure("(c) full extract", corpus, extract, threads));
        out.printf(java.util.Locale.ROOT, "sentences parsed: %d of %d (%.1f %%)%n", parsed.get() / repeat,
                sentences.get() / repeat, 100.0 * parsed.get() / Math.max(1, sentences.get()));
        rows.add(measure("(c0) full extract, every sentence parsed", corpus, extractParsingAll, threads));
        ParseEconomy.compare(corpus, extractor, out);
        rows.add(measure("(c1) full extract, 1 thread", corpus, extract, 1));
        rows.add(ingest("(d) ingest with extraction (store in H2)", sample, extractor, threads, repeat));
        java.util.Optional<Measurement> arabicRow = arabic(extractor);
        arabicRow.ifPresent(rows::add);
        if (baseline) {
            long start = System.nanoTime();
            FullPipeline coreNlp = new FullPipeline();
            out.printf("CoreNLP full pipeline model load: %.1f s%n", (System.nanoTime() - start) / 1e9);
            out.flush();
            // CoreNLP's quote attribution sometimes throws inside its own sieves (a NullPointerException in
            // DeterministicSpeakerSieve): the baseline counts such an article as done without its tokens and says so,
            // rather than losing the whole run
            AtomicLong failures = new AtomicLong();
            java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic
                    .AtomicReference<>();
            ToLongFunction<Article> full = article -> {
                try {
                    return coreNlp.annotate(article.body().of(article.text()), article.published()).tokens();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, article.id() + ": " + e);
                    return 0;
                }
            };
            // two articles only: a pass of this pipeline takes minutes, so the compiler is a small share of its row
            corpus.stream().limit(2).forEach(full::applyAsLong);
            rows.add(measure("(e) CoreNLP full pipeline + coref + quote", corpus, full, threads));
            if (failures.get() > 0) {
                out.printf("(e) CoreNLP failed on %d article passes, timed but without their tokens; first: %s%n",
                        failures.get(), firstFailure.get());
            }
        }
        if (wholeCorpus) {
            // the resident set's high-water mark restarts here where Linux allows it (clear_refs 5)
            boolean residentReset = PeakMemory.resetResident();
            rows.add(ingest("(f) whole corpus: ingest with extraction into H2", inputs, extractor, threads, 1));
            out.printf(java.util.Locale.ROOT, "(f) whole corpus: peak resident set %d MB (%s), max heap %d MB%n",
                    PeakMemory.residentPeakBytes() >> 20, residentReset ? "since the row began" : "of the process",
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        out.println(Measurement.header());
        rows.forEach(row -> out.println(row.row()));
        Measurement b = rows.get(1);
        Measurement c = rows.get(2);
        out.printf(java.util.Locale.ROOT, "ratio (c)/(b) articles/s: %.2f%n", c.articlesPerSecond() / b.articlesPerSecond());
        out.printf(java.util.Locale.ROOT, "ratio (c)/(c0) articles/s: %.2f (parsing cued sentences only vs all)%n",
                c.articlesPerSecond() / rows.get(3).articlesPerSecond());
        arabicRow.ifPresent(ar -> out.printf(java.util.Locale.ROOT, "ratio (c-ar)/(c) articles/s: %.2f (Arabic "
                + "parser-free extract vs English)%n", ar.articlesPerSecond() / c.articlesPerSecond()));
        if (baseline) {
            out.printf(java.util.Locale.ROOT, "ratio (c)/(e) articles/s: %.2f (extract vs CoreNLP full pipeline)%n",
                    c.articlesPerSecond() / rows.get(rows.size() - 1).articlesPerSecond());
        }
        out.flush();
        return rows;
    }

    /** The articles of the inputs in one language, at most {@code limit} of them. */
    private static List<Article> read(List<String> inputs, String language, int limit) {
        InputReader reader = new InputReader(CORPUS_MAX_BYTES);
        ArticleBuilder builder = Models.shared().articleBuilder();
        List<Article> articles = new ArrayList<>();
        for (String input : reader.expand(inputs)) {
            Parsed parsed = reader.read(input);
            parsed.documents().forEach(doc -> articles.add(builder.build(doc).article()));
        }
        return articles.stream().filter(a -> a.language().equals(language)).limit(limit).toList();
    }

    /** The full extraction of the Arabic corpus (tokens: its words), or nothing, with a note, where it is absent. */
    private java.util.Optional<Measurement> arabic(Extractor extractor) {
        if (!Files.isRegularFile(arabic.path())) {
            out.printf("(c-ar) Arabic extract skipped: %s not found (the SaudiNewsNet corpus is internal-only; "
                    + "--arabic names another)%n", arabic.path());
            out.flush();
            return java.util.Optional.empty();
        }
        List<Article> corpus = read(List.of(arabic.path().toString()), "ar", arabic.limit());
        out.printf("Arabic corpus: %d articles from %s%n", corpus.size(), arabic.path());
        out.flush();
        if (corpus.isEmpty()) {
            return java.util.Optional.empty();
        }
        ToLongFunction<Article> extract = article -> {
            extractor.apply(article);
            return article.body().of(article.text()).split("\\s+").length;
        };
        warm("(c-ar) Arabic extract", corpus, extract);
        return java.util.Optional.of(measure("(c-ar) full extract, Arabic (no parser)", corpus, extract, threads));
    }

    /**
     * Passes over the corpus on the row's pool until the JIT compiler has settled: at least {@link JitWarmup#passes},
     * then on while the process still spent more than {@link JitWarmup#SETTLED_SHARE} of the workers' CPU beside
     * them (the compiler and the collector: huge methods compiled late, code first reached late), up to
     * {@link JitWarmup#maxPasses}. CPU time, not the compiler's own clock, which a loaded machine stretches.
     */
    private void warm(String name, List<Article> corpus, ToLongFunction<Article> stage) {
        int passes = JitWarmup.passes(corpus.size());
        long start = System.nanoTime();
        int done = 0;
        double besideShare;
        do {
            long processBefore = processCpuNanos();
            long workerCpu = pass(name, corpus, stage, threads, new AtomicLong());
            besideShare = Math.max(0, processCpuNanos() - processBefore - workerCpu) / (double) Math.max(1, workerCpu);
            done++;
        } while (done < passes || besideShare > JitWarmup.SETTLED_SHARE && done < JitWarmup.maxPasses(corpus.size()));
        out.printf(java.util.Locale.ROOT, "warm-up before %s: passes over the articles %d, %.1f s; CPU beside the "
                + "workers (JIT, GC) in the last pass %.0f %% of theirs%n", name, done,
                (System.nanoTime() - start) / 1e9, 100 * besideShare);
        out.flush();
    }

    private Measurement measure(String name, List<Article> corpus, ToLongFunction<Article> stage, int poolSize) {
        PeakMemory.reset();
        AtomicLong tokens = new AtomicLong();
        long processCpuStart = processCpuNanos();
        long workerCpu = 0;
        long start = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            workerCpu += pass(name, corpus, stage, poolSize, tokens);
        }
        Measurement row = new Measurement(name, corpus.size() * repeat, tokens.get(), System.nanoTime() - start,
                PeakMemory.peakBytes(), poolSize);
        out.println(row.row());
        long processCpu = processCpuNanos() - processCpuStart;
        // what the process spent beside the articles' own threads: the JIT compiler and the garbage collector
        out.printf(java.util.Locale.ROOT, "  CPU: %.2f s in the workers (%.3f s an article), %.2f s elsewhere in "
                + "the process (JIT, GC)%n", workerCpu / 1e9, workerCpu / 1e9 / Math.max(1, row.articles()),
                Math.max(0, processCpu - workerCpu) / 1e9);
        out.flush();
        return row;
    }

    /** The process's CPU time so far, or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /**
     * One pass of a stage over the corpus on a pool, and the CPU time of its workers. Longest article first: in input
     * order a long article late left one of two workers idle for up to a second at the end of a 30-article pass.
     */
    private static long pass(String name, List<Article> corpus, ToLongFunction<Article> stage, int poolSize,
                             AtomicLong tokens) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        AtomicLong workerCpu = new AtomicLong();
        List<Article> longestFirst = corpus.stream()
                .sorted(Comparator.comparingInt((Article article) -> article.text().length()).reversed()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Article article : longestFirst) {
                work.add(pool.submit(() -> {
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    tokens.addAndGet(stage.applyAsLong(article));
                    workerCpu.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            return workerCpu.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(name + " failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The measured articles as one JSONL file, so every ingest row reads exactly the same input. */
    private static Path writeSample(List<Article> corpus) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (Article article : corpus) {
            var node = json.createObjectNode().put("title", article.title())
                    .put("text", article.body().of(article.text())).put("source", article.source())
                    .put("published", article.published().map(Object::toString).orElse(null));
            lines.append(node).append('\n');
        }
        try {
            Path file = Files.createTempFile("sitrep-bench", ".jsonl");
            file.toFile().deleteOnExit();
            return Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Measurement ingest(String name, List<String> sample, java.util.function.Function<Article, Facts> extractor,
                               int poolThreads, int passes) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PeakMemory.reset();
        int stored = 0;
        long nanos = 0;
        try {
            for (int r = 0; r < passes; r++) {
                try (Store store = Store.open(dir.resolve("store-" + r).toString())) {
                    Ingester ingester = new Ingester(new InputReader(CORPUS_MAX_BYTES),
                            new ArticlePipeline(Models.shared().articleBuilder(), extractor, store,
                                    (article, facts) -> { }),
                            Math.max(1, poolThreads == 0 ? threads : poolThreads));
                    IngestReport report = ingester.ingest(sample, outcome -> { });
                    stored += (int) report.count(org.sitrep.ingest.IngestOutcome.Kind.STORED);
                    nanos += report.nanos();
                }
            }
        } finally {
            deleteQuietly(dir);
        }
        Measurement row = new Measurement(name, stored, 0, nanos, PeakMemory.peakBytes(),
                poolThreads == 0 ? threads : poolThreads);
        out.println(row.row());
        out.flush();
        return row;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
