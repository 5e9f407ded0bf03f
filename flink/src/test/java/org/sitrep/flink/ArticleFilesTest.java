package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ParsedItem;

class ArticleFilesTest {
    private static final String LINES = """
            {"title": "Rebels take Hama", "text": "Rebels took control of Hama on Thursday.", "published": "2024-12-05"}
            {"title": "broken", "text": 
            {"title": "Army retakes Hama", "text": "The army retook Hama on Friday.", "published": "2024-12-06"}
            """;

    @TempDir
    Path dir;

    private static FileSourceSplit split(Path file) throws IOException {
        return new FileSourceSplit("1", new org.apache.flink.core.fs.Path(file.toUri()), 0, Files.size(file), 0,
                Files.size(file));
    }

    private static List<RecordAndPosition<ParsedItem>> readAll(BulkFormat.Reader<ParsedItem> reader)
            throws IOException {
        List<RecordAndPosition<ParsedItem>> read = new ArrayList<>();
        for (BulkFormat.RecordIterator<ParsedItem> batch = reader.readBatch(); batch != null;
             batch = reader.readBatch()) {
            for (RecordAndPosition<ParsedItem> record = batch.next(); record != null; record = batch.next()) {
                read.add(new RecordAndPosition<>(record.getRecord(), record.getOffset(), record.getRecordSkipCount()));
            }
        }
        reader.close();
        return read;
    }

    @Test
    void readsEachLineAsCoreDoesWithItsPositionAndNamesTheBadOne() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), LINES);

        List<RecordAndPosition<ParsedItem>> read = readAll(new ArticleFiles(1_000_000).createReader(
                new Configuration(), split(file)));

        assertThat(read).extracting(RecordAndPosition::getRecordSkipCount).containsExactly(1L, 2L, 3L);
        assertThat(read.get(0).getRecord()).isInstanceOfSatisfying(ParsedItem.Document.class, document -> {
            assertThat(document.document().title()).contains("Rebels take Hama");
            assertThat(document.document().origin()).isEqualTo(file + ":1");
        });
        assertThat(read.get(1).getRecord()).isInstanceOfSatisfying(ParsedItem.Problem.class,
                problem -> assertThat(problem.problem().getMessage()).startsWith(file + ":2"));
        assertThat(read.get(2).getRecord()).isInstanceOf(ParsedItem.Document.class);
    }

    @Test
    void aRestoredReaderGoesOnAfterTheCheckpointedItem() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), LINES);
        FileSourceSplit restored = split(file).updateWithCheckpointedPosition(
                new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2));

        List<RecordAndPosition<ParsedItem>> read = readAll(new ArticleFiles(1_000_000).restoreReader(
                new Configuration(), restored));

        assertThat(read).singleElement().satisfies(record -> {
            assertThat(record.getRecordSkipCount()).isEqualTo(3L);
            assertThat(((ParsedItem.Document) record.getRecord()).document().title()).contains("Army retakes Hama");
        });
    }

    @Test
    void anUnreadableFileIsOneProblemNotAFailedJob() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        List<RecordAndPosition<ParsedItem>> read = readAll(new ArticleFiles(1_000_000).createReader(
                new Configuration(), split(file)));

        assertThat(read).singleElement().satisfies(record -> assertThat(record.getRecord())
                .isInstanceOfSatisfying(ParsedItem.Problem.class, problem -> assertThat(problem.problem().getMessage())
                        .isEqualTo(file + ": empty file")));
    }
}
