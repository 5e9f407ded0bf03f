package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path dir;

    /** Parses a {@code run} command line without running the job. */
    private static JobOptions parse(String... args) {
        CommandLine commandLine = FlinkCommand.commandLine();
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        return ((RunCommand) parsed.subcommand().commandSpec().userObject()).options();
    }

    private static String refused(String... args) {
        CommandLine commandLine = FlinkCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute(args)).isEqualTo(2);
        return err.toString();
    }

    @Test
    void aFolderRunHasTheGivenParallelismAndStore() {
        JobOptions options = parse("run", "--parallelism", "2", "--input", dir.toString(), "--db",
                "jdbc:postgresql://localhost/sitrep", "--watch", "30");
        assertThat(options).isEqualTo(new JobOptions(new ArticleSource.Folder(dir, Duration.ofSeconds(30)),
                "jdbc:postgresql://localhost/sitrep", 2, Duration.ofSeconds(10), 3, 5L * 1024 * 1024));
    }

    @Test
    void aKafkaRunNamesItsTopic() {
        JobOptions options = parse("run", "--kafka", "broker:9092", "--topic", "news", "--bounded", "--db", "x");
        assertThat(options.source()).isEqualTo(new ArticleSource.KafkaTopic("broker:9092", "news", "sitrep", true));
    }

    @Test
    void refusesTwoSourcesNoSourceAKafkaWithoutTopicAndAMissingFolder() {
        assertThat(refused("run", "--input", dir.toString(), "--kafka", "b:9092", "--topic", "t", "--db", "x"))
                .contains("mutually exclusive");
        assertThat(refused("run", "--db", "x")).contains("Missing required argument");
        assertThat(refused("run", "--kafka", "b:9092", "--db", "x")).contains("--topic");
        assertThat(refused("run", "--input", dir.resolve("absent").toString(), "--db", "x"))
                .contains("no such file or folder");
    }

    @Test
    void aJobThatCannotBeSetUpIsAnInputError() {
        assertThat(refused("run", "--input", dir.toString(), "--db", "x", "--parallelism", "0"))
                .contains("parallelism must be at least 1, was 0");
    }
}
