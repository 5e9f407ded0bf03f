package org.sitrep.flink;

import java.time.Duration;
import java.util.Optional;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.ParsedItem;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.store.Store;

/**
 * sitrep's ingest as an Apache Flink job: the same stages as {@code sitrep ingest} ({@link ArticlePipeline}), spread
 * over a cluster, writing to the store (PostgreSQL) that the server, the CLI and the digest read.
 *
 * <p>read (files or Kafka) → parse + boilerplate → keyBy {@link DuplicateKey} → extract → store → report.
 *
 * <p>The situation (merged events, control timelines, stances) is not computed here: the server and every command
 * recompute it from the stored facts ({@code SituationService} folds each new article in as it appears in the store).
 * Why not a keyed merge in Flink: (1) it is cheap where extraction is dear: folding the facts of 200 real articles
 * into a situation takes milliseconds against minutes of extraction ({@code docs/benchmarks.md}); (2) its groups are
 * not partition keys: an event merges with reports of the same kind and place within a day at each report's own
 * precision (a week, a month), so neighbouring keys would have to meet; (3) analysts' reviews, filed in the server,
 * change it, and a second implementation of the fold in Flink state would drift from the one every view uses; (4)
 * what the job stores is all a replay needs to be right: there is no derived state to snapshot consistently.
 *
 * <p>Exactly-once in effect: sources are replayed from the last checkpoint after a failure, and the store stage is
 * idempotent (an article is keyed by its content hash and written with all its facts in one transaction that decides
 * duplicates), so a replayed article is answered "duplicate" and changes nothing.
 */
public final class SitrepJob {
    /** Documents that end before the store (a reader's problem, a duplicate, a failure) with their outcome. */
    static final OutputTag<IngestOutcome> ENDED = new OutputTag<>("ended") { };

    private SitrepJob() {
    }

    /**
     * Runs the job with command-line arguments ({@code run --input DIR --db URL …}): the entry point of the jar that
     * {@code flink run} submits. It never calls {@code System.exit} (in Flink's application mode this main runs inside
     * the JobManager): a failure is thrown, after its reason was printed.
     */
    public static void main(String[] args) {
        int code = FlinkCommand.execute(args);
        if (code != 0) {
            throw new IllegalStateException("sitrep flink ended with exit code " + code + " (the reason is above)");
        }
    }

    /** The recipe: every operator named, what became of each document at the end. */
    public static DataStream<IngestOutcome> pipeline(StreamExecutionEnvironment env, JobOptions options) {
        DataStream<ParsedItem> items = options.source().read(env, options.maxBytes());
        SingleOutputStreamOperator<ArticleBuilder.Built> built = items
                .process(new BuildArticle()).name("parse + boilerplate").uid("parse");
        SingleOutputStreamOperator<ArticlePipeline.Extracted> extracted = built
                .keyBy(new DuplicateKey())
                .process(new ExtractFacts(options.db())).name("extract").uid("extract");
        SingleOutputStreamOperator<IngestOutcome> stored = extracted
                .map(new StoreFacts(options.db())).name("store").uid("store");
        return stored.union(built.getSideOutput(ENDED), extracted.getSideOutput(ENDED));
    }

    /**
     * The environment: the cluster's when submitted with {@code flink run}, otherwise a local MiniCluster; with the
     * options' parallelism, checkpoints and restarts. Records are immutable, so operators may hand them on without
     * copies (object reuse). Extraction is slow (about a second per article and core), so articles queued in network
     * buffers would hold an aligned checkpoint back for as long as they take: a checkpoint whose barrier waits more
     * than two seconds goes on unaligned (the queued articles saved with it), and the local MiniCluster sizes its
     * buffers to about a second of data (buffer debloating; on a cluster, set it in the TaskManagers' configuration).
     */
    public static StreamExecutionEnvironment environment(JobOptions options) {
        Configuration config = new Configuration();
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, options.restarts());
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        config.set(PipelineOptions.OBJECT_REUSE, true);
        config.set(CheckpointingOptions.ENABLE_UNALIGNED, true);
        config.set(CheckpointingOptions.ALIGNED_CHECKPOINT_TIMEOUT, Duration.ofSeconds(2));
        config.set(TaskManagerOptions.BUFFER_DEBLOAT_ENABLED, true);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(options.parallelism());
        env.enableCheckpointing(options.checkpointInterval().toMillis());
        return env;
    }

    /**
     * Runs the job to its end (a bounded source) and says what it stored; empty when the job was submitted detached
     * to a cluster ({@code flink run -d}) and runs on there.
     *
     * @throws JobFailedException when the job failed for good (after its restarts)
     */
    public static Optional<Summary> run(JobOptions options) {
        int before = storedArticles(options.db()); // also creates or migrates the schema once, before any subtask
        StreamExecutionEnvironment env = environment(options);
        pipeline(env, options).sinkTo(new OutcomeLog()).name("report").uid("report");
        JobExecutionResult result;
        try {
            result = env.execute("sitrep ingest");
        } catch (Exception e) {
            throw new JobFailedException(e);
        }
        if (!result.isJobExecutionResult()) {
            return Optional.empty();
        }
        return Optional.of(new Summary(before, storedArticles(options.db()), Duration.ofMillis(result.getNetRuntime()),
                options.parallelism()));
    }

    private static int storedArticles(String db) {
        try (Store store = Store.open(db)) {
            return store.articleCount();
        }
    }

    /** What one run stored, how long it took, and at which parallelism. */
    public record Summary(int storedBefore, int storedAfter, Duration runtime, int parallelism) {
        public int stored() {
            return storedAfter - storedBefore;
        }

        public double articlesPerSecond() {
            return stored() / Math.max(runtime.toMillis() / 1000.0, 1e-3);
        }

        /** One line for the terminal. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%d stored (the store holds %d) in %.1f s at parallelism %d: "
                    + "%.2f articles/s", stored(), storedAfter, runtime.toMillis() / 1000.0,
                    parallelism, articlesPerSecond());
        }
    }
}
