package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.model.Facts;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Ingester;
import org.sitrep.pipeline.Models;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import org.sitrep.testing.Databases;
import org.sitrep.testing.TestData;

/**
 * The job's throughput at parallelism 1 and 2 on the same real articles (AllSides, {@code ../shared/bench/}), beside
 * core's ingest on two threads and the time of each stage alone, all into the real embedded PostgreSQL, models warm.
 * A measurement, not a check: it runs only when asked ({@code -Dsitrep.bench=true}, optionally
 * {@code -Dsitrep.bench.articles=N}, default 200) and prints its table; {@code docs/benchmarks.md} holds the figures.
 */
class FlinkThroughputIT {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    private static final List<String> TABLES = List.of("article", "article_band", "article_alias", "boilerplate",
            "entity", "time_expression", "quote", "event", "control_claim", "stance");

    @TempDir
    Path dir;

    @Test
    void measuresTheJobAtParallelismOneAndTwo() throws Exception {
        assumeTrue(Boolean.getBoolean("sitrep.bench"), "skipped: a measurement, run with -Dsitrep.bench=true");
        int n = Integer.getInteger("sitrep.bench.articles", 200);
        Path corpus = TestData.bench("allsides-syria-en/articles.jsonl");
        Path input = Files.createDirectories(dir.resolve("input")).resolve("articles.jsonl");
        try (Stream<String> lines = Files.lines(corpus)) {
            Files.write(input, lines.limit(n).toList()); // a temporary copy, never in the repository
        }
        List<String> parts = List.of(System.getProperty("sitrep.bench.parts", "stages,ingest,job").split(","));
        List<String> report = new ArrayList<>();
        long loadStart = System.nanoTime();
        Models models = Models.shared();
        models.extractor();
        report.add(row("models loaded (knowledge base, gazetteer, CoreNLP)", seconds(loadStart), ""));
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        report.add(String.format(Locale.ROOT, "| heap held by the models after GC | %d MB | |", heap >> 20));

        if (parts.contains("stages")) {
            stages(input, n, report);
        }
        if (parts.contains("ingest")) {
            report.add(throughput("core ingest, 2 threads", n, () -> ingest(input, 2)));
        }
        if (parts.contains("job")) {
            for (int parallelism : new int[] {1, 2}) {
                report.add(throughput("Flink job, parallelism " + parallelism, n, () -> job(input, parallelism)));
            }
        }
        System.out.println("\n| measure | seconds (or value) | per article |\n|---|---|---|");
        report.forEach(System.out::println);
    }

    /** Each stage alone, one thread, one article after another: where the time goes. */
    private void stages(Path input, int n, List<String> report) throws Exception {
        Models models = Models.shared();
        List<ParsedDocument> documents = new InputReader(InputReader.DEFAULT_MAX_BYTES).read(input.toString())
                .documents();
        assertThat(documents).hasSize(n);
        String staged = freshStore();
        long build = 0;
        long extract = 0;
        long store = 0;
        int stored = 0;
        try (Store target = Store.open(staged)) {
            ArticlePipeline pipeline = new ArticlePipeline(models.articleBuilder(), models.extractor(), target,
                    (article, facts) -> { });
            for (ParsedDocument document : documents) {
                long t0 = System.nanoTime();
                var built = ArticlePipeline.build(models.articleBuilder(), document);
                long t1 = System.nanoTime();
                build += t1 - t0;
                if (!(built instanceof ArticlePipeline.Step.Next<ArticleBuilder.Built> next)) {
                    continue;
                }
                var extracted = pipeline.extract(next.value());
                long t2 = System.nanoTime();
                extract += t2 - t1;
                if (extracted instanceof ArticlePipeline.Step.Next<ArticlePipeline.Extracted> facts) {
                    pipeline.store(facts.value());
                    store += System.nanoTime() - t2;
                    stored++;
                }
            }
            long t0 = System.nanoTime();
            List<Facts> all = target.allFacts();
            long read = System.nanoTime() - t0;
            t0 = System.nanoTime();
            Situation situation = Situation.of(all, target.reviews());
            int merged = situation.events().size();
            situation.places().forEach(situation::timeline);
            long fold = System.nanoTime() - t0;
            report.add(row("stage: parse + boilerplate + fingerprint (1 thread)", build / 1e9, perArticle(build, n)));
            report.add(row("stage: extract (1 thread)", extract / 1e9, perArticle(extract, n)));
            report.add(row("stage: store in PostgreSQL, one transaction per article", store / 1e9,
                    perArticle(store, stored)));
            report.add(row("situation: read every stored fact back", read / 1e9, ""));
            report.add(row("situation: fold " + stored + " articles (" + merged + " merged events, all timelines)",
                    fold / 1e9, perArticle(fold, stored)));
        }
        long rows = rowCount(staged);
        report.add(String.format(Locale.ROOT, "| rows written per stored article (all fact tables) | %.0f | |",
                rows / (double) stored));
        long grown = databaseBytes(staged) - databaseBytes(freshStore());
        report.add(String.format(Locale.ROOT, "| PostgreSQL database growth for them (indexes included) | %.1f MB "
                + "| %.1f kB |", grown / 1e6, grown / 1e3 / stored));

    }

    private static String row(String what, double seconds, String perArticle) {
        return String.format(Locale.ROOT, "| %s | %.2f s | %s |", what, seconds, perArticle);
    }

    private static String perArticle(long nanos, int articles) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6 / Math.max(articles, 1));
    }

    /** A timed run with the CPU time this JVM spent on it and the machine's load (other processes) at its end. */
    private static String throughput(String what, int articles, java.util.concurrent.Callable<Duration> run)
            throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        var heapPools = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).toList();
        heapPools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long cpu = os.getProcessCpuTime();
        Duration took = run.call();
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "| %s: %d articles (CPU %.0f s, %.2f CPU s per article; peak heap %d MB; "
                + "load average %.1f) | %.1f s | %.2f articles/s |", what, articles, cpuSeconds, cpuSeconds / articles,
                peak >> 20, os.getSystemLoadAverage(), took.toMillis() / 1000.0, articles / (took.toMillis() / 1000.0));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private String freshStore() {
        String db = Databases.fresh("postgresql", dir);
        Store.open(db).close();
        return db;
    }

    private Duration ingest(Path input, int threads) {
        String db = freshStore();
        try (Store store = Store.open(db)) {
            Models models = Models.shared();
            long start = System.nanoTime();
            new Ingester(new InputReader(InputReader.DEFAULT_MAX_BYTES), new ArticlePipeline(models.articleBuilder(),
                    models.extractor(), store, (article, facts) -> { }), threads).ingest(List.of(input.toString()),
                    outcome -> { });
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** The job's wall time, submission to end, on the test's MiniCluster (the models already loaded). */
    private Duration job(Path input, int parallelism) throws Exception {
        String db = freshStore();
        JobOptions options = JobOptions.of(new ArticleSource.Folder(input.getParent(), Duration.ZERO), db,
                parallelism);
        StreamExecutionEnvironment env = SitrepJob.environment(options);
        SitrepJob.pipeline(env, options).sinkTo(new DiscardingSink<>());
        long start = System.nanoTime();
        env.execute("bench p" + parallelism);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isPositive();
        }
        return took;
    }

    private static long databaseBytes(String db) throws Exception {
        try (Connection connection = DriverManager.getConnection(db); Statement statement =
                connection.createStatement(); ResultSet result = statement.executeQuery(
                        "SELECT pg_database_size(current_database())")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long rowCount(String db) throws Exception {
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(db); Statement statement =
                connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    result.next();
                    rows += result.getLong(1);
                }
            }
        }
        return rows;
    }
}
