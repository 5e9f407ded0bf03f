package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Ingester;
import org.sitrep.pipeline.Models;
import org.sitrep.store.Store;
import org.sitrep.testing.Databases;
import org.sitrep.testing.TestData;

/**
 * The job on a MiniCluster at parallelism 2 against a real PostgreSQL, from files and from an in-process Kafka, each
 * run failing once after a checkpoint and restarting from it: the picture it writes (articles, facts, re-publications,
 * merged events, control timelines, stances) is the one core's ingest writes for the same real articles, and every
 * table holds as many rows as ingest's: nothing duplicated, nothing lost.
 */
class FlinkJobIT {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).setConfiguration(clusterConfiguration()).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("article", "article_band", "article_alias", "boilerplate",
            "entity", "time_expression", "quote", "event", "control_claim", "stance");

    @TempDir
    static Path dir;
    /** The bundled samples (42 real CC BY articles) and a file of copies: the seed, the seed again, an edited seed. */
    static Path samples;
    /** The lines of that file of copies. */
    static List<String> reposts;

    private static Configuration clusterConfiguration() {
        Configuration config = new Configuration();
        // As on a real cluster with slow operators: network buffers sized to about a second of data in flight.
        config.set(TaskManagerOptions.BUFFER_DEBLOAT_ENABLED, true);
        return config;
    }

    @BeforeAll
    static void prepareInputs() throws Exception {
        samples = Files.createDirectories(dir.resolve("samples"));
        for (String name : List.of("fakes-syria-cc-by.jsonl", "fakes-syria-replay-cc-by.jsonl")) {
            Files.copy(TestData.projectRoot().resolve("samples").resolve(name), samples.resolve(name));
        }
        ParsedDocument seed = new InputReader(InputReader.DEFAULT_MAX_BYTES).read(TestData.seedArticle().toString())
                .documents().get(0);
        String original = asJson(seed, seed.bodyText());
        String edited = asJson(seed, seed.bodyText().replace("Turkish President", "President").replace("recently ",
                ""));
        reposts = List.of(original, original, edited);
        Files.write(samples.resolve("reposts.jsonl"), reposts, StandardCharsets.UTF_8);
        Models.shared().extractor(); // the models load once per JVM: not inside a measured or timed-out run
    }

    private static String asJson(ParsedDocument document, String text) {
        ObjectNode node = JSON.createObjectNode().put("text", text);
        document.title().ifPresent(title -> node.put("title", title));
        document.published().ifPresent(date -> node.put("published", date.toString()));
        document.source().ifPresent(source -> node.put("source", source));
        document.url().ifPresent(url -> node.put("url", url));
        return node.toString();
    }

    @Test
    void filesGiveIngestsPictureDespiteAFailureAndARestartFromACheckpoint() throws Exception {
        String reference = ingest(samples);
        String db = freshStore();
        JobOptions options = JobOptions.of(new ArticleSource.Folder(samples, Duration.ZERO), db, 2)
                .withCheckpointInterval(Duration.ofMillis(200));

        runFailingOnce(options, "files", 12);

        assertThat(FailOnce.tally("files").failed()).as("the job failed once and restarted").isTrue();
        assertThat(FailOnce.tally("files").seenTwice()).as("documents replayed after the restart").isNotEmpty();
        assertSamePicture(db, reference, true);
        assertThat(rowCounts(db)).isEqualTo(rowCounts(reference));
        assertThat(rowCounts(db)).containsEntry("article", 43).containsEntry("article_alias", 1);
    }

    @Test
    void aKafkaTopicGivesIngestsPictureDespiteAFailureAndARestartFromACheckpoint() throws Exception {
        List<String> records = new ArrayList<>(reposts);
        records.addAll(Files.readAllLines(samples.resolve("fakes-syria-cc-by.jsonl")));
        // the topic holds every record twice (the second copies are duplicates): with fast extraction a dozen records
        // could all pass the paced failing operator before the first checkpoint completed, and the job never failed
        records.addAll(List.copyOf(records));
        Path file = Files.write(Files.createDirectories(dir.resolve("kafka")).resolve("records.jsonl"), records);
        String reference = ingest(file);
        String db = freshStore();
        try (KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1").build()) {
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            publish(kafka, "articles", records);
            JobOptions options = JobOptions.of(new ArticleSource.KafkaTopic(kafka.bootstrapServers(), "articles",
                    "sitrep-test", true), db, 2).withCheckpointInterval(Duration.ofMillis(200));

            runFailingOnce(options, "kafka", 4);
        }

        assertThat(FailOnce.tally("kafka").failed()).as("the job failed once and restarted").isTrue();
        assertThat(FailOnce.tally("kafka").seenTwice()).as("records replayed after the restart").isNotEmpty();
        assertSamePicture(db, reference, false);
        assertThat(rowCounts(db)).isEqualTo(rowCounts(reference)).containsEntry("article", 9);
    }

    @Test
    void theCommandLineRunsTheJobAndSaysWhatItStored() {
        String db = freshStore();
        CommandLine cli = new CommandLine();

        int code = cli.run("run", "--parallelism", "2", "--input", TestData.seedArticle().toString(), "--db", db);

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).matches("(?s)1 stored \\(the store holds 1\\) in [0-9.]+ s at parallelism 2: "
                + "[0-9.]+ articles/s\\s*");
    }

    /** The command line in-process, with what it printed. */
    private static final class CommandLine {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();

        int run(String... args) {
            picocli.CommandLine commandLine = FlinkCommand.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            return commandLine.execute(args);
        }
    }

    private static String freshStore() {
        String db = Databases.fresh("postgresql", dir);
        Store.open(db).close(); // the schema, before the subtasks open it
        return db;
    }

    /** Core's ingest, one thread (so that copies arrive in file order), into a fresh PostgreSQL database. */
    private static String ingest(Path input) {
        String db = freshStore();
        try (Store store = Store.open(db)) {
            Models models = Models.shared();
            new Ingester(new InputReader(InputReader.DEFAULT_MAX_BYTES), new ArticlePipeline(models.articleBuilder(),
                    models.extractor(), store, (article, facts) -> { }), 1).ingest(List.of(input.toString()), o -> { });
        }
        return db;
    }

    private static void runFailingOnce(JobOptions options, String name, int after) throws Exception {
        StreamExecutionEnvironment env = SitrepJob.environment(options);
        SitrepJob.pipeline(env, options).map(new FailOnce(name, after)).name("fail once")
                .sinkTo(new DiscardingSink<>());
        env.execute(name);
    }

    private static void publish(KafkaClusterTestKit kafka, String topic, List<String> records) throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties properties = kafka.clientProperties();
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            for (String record : records) {
                producer.send(new ProducerRecord<>(topic, record.getBytes(StandardCharsets.UTF_8))).get();
            }
        }
    }

    private static void assertSamePicture(String db, String reference, boolean withOrigins) {
        Picture written;
        Picture expected;
        try (Store job = Store.open(db); Store ingest = Store.open(reference)) {
            written = Picture.of(job, withOrigins);
            expected = Picture.of(ingest, withOrigins);
        }
        assertThat(written.counts()).isEqualTo(expected.counts());
        assertThat(written.articles()).isEqualTo(expected.articles());
        assertThat(written.facts()).isEqualTo(expected.facts());
        assertThat(written.aliases()).isEqualTo(expected.aliases());
        assertThat(written.events()).isEqualTo(expected.events());
        assertThat(written.control()).isEqualTo(expected.control());
        assertThat(written.stances()).isEqualTo(expected.stances());
        assertThat(expected.events()).hasSizeGreaterThan(20);
        assertThat(expected.control()).isNotEmpty();
        assertThat(expected.stances()).isNotEmpty();
    }

    private static Map<String, Integer> rowCounts(String db) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(db); Statement statement =
                connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
        }
        return counts;
    }
}
