package org.sitrep.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ParsedItem;

/** Where the job reads articles: a folder of article files, or a Kafka topic of JSON articles. */
public sealed interface ArticleSource permits ArticleSource.Folder, ArticleSource.KafkaTopic {

    /** The items (documents and problems) this source yields, as the job's first operator. */
    DataStream<ParsedItem> read(StreamExecutionEnvironment env, long maxBytes);

    /**
     * A file or a folder walked for the files ingest reads (.txt, .html, .json, .jsonl, feeds), each file read by
     * core's readers; with a positive {@code watch}, the folder is looked at again at that interval for new files and
     * the job never ends. On a cluster the path must be the same shared folder on every TaskManager.
     */
    record Folder(Path path, Duration watch) implements ArticleSource {
        public Folder {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(watch, "watch");
            if (watch.isNegative()) {
                throw new IllegalArgumentException("watch must not be negative, was " + watch);
            }
        }

        @Override
        public DataStream<ParsedItem> read(StreamExecutionEnvironment env, long maxBytes) {
            FileSource.FileSourceBuilder<ParsedItem> files = FileSource
                    .forBulkFileFormat(new ArticleFiles(maxBytes), new org.apache.flink.core.fs.Path(
                            path.toAbsolutePath().toUri()))
                    .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(
                            file -> !file.getName().startsWith(".")
                                    && (InputReader.readable(file.getName()) || isFolder(file))));
            if (!watch.isZero()) {
                files.monitorContinuously(watch);
            }
            return env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "read files").uid("read-files");
        }

        /** The enumerator's filter sees folders too: they must pass for their files to be listed. */
        private static boolean isFolder(org.apache.flink.core.fs.Path path) {
            try {
                return path.getFileSystem().getFileStatus(path).isDir();
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }

    /**
     * A Kafka topic whose records are articles, one JSON object each with the fields of a JSON Lines line (title,
     * text, published, url, source). The consumer group's committed offsets (committed at each checkpoint) say where
     * to resume, the earliest offset when there are none; {@code bounded} stops at the offsets that were the last
     * when the job started, otherwise the job reads on for ever.
     */
    record KafkaTopic(String bootstrapServers, String topic, String groupId, boolean bounded) implements ArticleSource {
        public KafkaTopic {
            requireText(bootstrapServers, "bootstrapServers");
            requireText(topic, "topic");
            requireText(groupId, "groupId");
        }

        @Override
        public DataStream<ParsedItem> read(StreamExecutionEnvironment env, long maxBytes) {
            var builder = KafkaSource.<ParsedItem>builder()
                    .setBootstrapServers(bootstrapServers)
                    .setTopics(topic)
                    .setGroupId(groupId)
                    .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                    .setDeserializer(new KafkaArticles(maxBytes));
            if (bounded) {
                builder.setBounded(OffsetsInitializer.latest());
            }
            return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "read Kafka").uid("read-kafka");
        }

        private static void requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
        }
    }
}
