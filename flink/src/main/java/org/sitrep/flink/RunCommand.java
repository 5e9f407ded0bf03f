package org.sitrep.flink;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep flink run}: runs the job, on a local MiniCluster or on the cluster that {@code flink run} names. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the ingest pipeline as a Flink job: read (a folder of article files, or a Kafka topic of "
                + "JSON articles) → parse + boilerplate → keyBy content fingerprint → extract → store.",
                "Locally it runs on an embedded MiniCluster; submitted with Flink's own `flink run`, on that cluster."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** One source: a folder or a topic. */
    static final class Source {
        @Option(names = "--input", paramLabel = "PATH", required = true,
                description = "A file or a folder of article files (.txt, .html, .json, .jsonl, feeds), walked.")
        Path input;

        @ArgGroup(exclusive = false)
        Kafka kafka;
    }

    /** A Kafka topic and how to read it. */
    static final class Kafka {
        @Option(names = "--kafka", paramLabel = "BOOTSTRAP", required = true,
                description = "Kafka bootstrap servers (host:port,…); records are JSON articles.")
        String bootstrap;

        @Option(names = "--topic", paramLabel = "TOPIC", required = true, description = "The topic to read.")
        String topic;

        @Option(names = "--group-id", defaultValue = "sitrep", description = "Consumer group; its committed offsets "
                + "say where a new run resumes (default: ${DEFAULT-VALUE}).")
        String groupId;

        @Option(names = "--bounded", description = "Stop at the last offsets there were at the start (otherwise "
                + "read on until stopped).")
        boolean bounded;
    }

    @Option(names = "--db", paramLabel = "JDBC-URL", defaultValue = "${env:SITREP_DB}",
            description = "The store: jdbc:postgresql://host/db?user=u&password=p (an H2 path works for a local run "
                    + "only) (default: $SITREP_DB).")
    String db;

    @Option(names = "--parallelism", paramLabel = "N", description = "Parallel subtasks (default: cores).")
    int parallelism = Runtime.getRuntime().availableProcessors();

    @Option(names = "--watch", paramLabel = "SECONDS", defaultValue = "0",
            description = "Look at the folder again every SECONDS for new files, and never end (default: read once).")
    long watchSeconds;

    @Option(names = "--checkpoint-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointSeconds;

    @Option(names = "--restarts", paramLabel = "N", defaultValue = "3",
            description = "Restarts from the last checkpoint before the job fails (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + InputReader.DEFAULT_MAX_BYTES,
            description = "Largest input (file or record) accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() {
        JobOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        SitrepJob.run(options).ifPresentOrElse(summary -> out.println(summary.describe()),
                () -> out.println("submitted; the job runs on the cluster"));
        out.flush();
        return 0;
    }

    JobOptions options() {
        if (db == null || db.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--db is required (or set $SITREP_DB)");
        }
        ArticleSource articles;
        if (source.input != null) {
            if (!Files.exists(source.input)) {
                throw new ParameterException(spec.commandLine(), "--input " + source.input + ": no such file or folder");
            }
            articles = new ArticleSource.Folder(source.input, Duration.ofSeconds(watchSeconds));
        } else {
            articles = new ArticleSource.KafkaTopic(source.kafka.bootstrap, source.kafka.topic, source.kafka.groupId,
                    source.kafka.bounded);
        }
        return new JobOptions(articles, db, parallelism, Duration.ofSeconds(checkpointSeconds), restarts, maxBytes);
    }
}
