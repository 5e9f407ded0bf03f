package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LearnedBoilerplate;
import org.sitrep.ingest.SegmentKey;
import org.sitrep.model.Span;
import org.sitrep.store.Store;

class BoilerplateLearningIT {
    private static final String PROMO = "Get the Ledger's best stories sent to your inbox each week.";

    @TempDir
    Path tempDir;

    static java.util.stream.Stream<String> backends() {
        return org.sitrep.testing.Databases.backends();
    }

    private Path batch(String name, String... stories) throws IOException {
        Path folder = Files.createDirectories(tempDir.resolve(name));
        for (int i = 0; i < stories.length; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), stories[i] + "\n" + PROMO + "\n");
        }
        return folder;
    }

    private static List<String> marked(LearnedBoilerplate learned, String text) {
        return learned.detect("file", text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void countsOfOneBatchPersistSoThatTheNextBatchOfTheSourceCrossesTheThreshold(String backend) throws IOException {
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_BYTES);
        String location = org.sitrep.testing.Databases.fresh(backend, tempDir);
        String next = "Aid convoys reached the besieged suburbs of Damascus on Friday.\n" + PROMO + "\n";
        try (Store store = Store.open(location)) {
            BoilerplateLearning.Batch first = BoilerplateLearning.count(reader, List.of(batch("one",
                    "Rebels entered Hama on Thursday after a week of shelling.",
                    "A car bomb killed twelve people at a market in Azaz on Monday.").toString()), store, 2);
            assertThat(marked(first.learned(), next)).isEmpty();
            first.save(store);
        }
        try (Store reopened = Store.open(location)) {
            BoilerplateLearning.Batch second = BoilerplateLearning.count(reader, List.of(batch("two",
                    "Turkish officials met opposition leaders in Ankara to discuss the truce.").toString()), reopened, 2);
            assertThat(marked(second.learned(), next)).containsExactly(PROMO);
            assertThat(reopened.recurringSegments(3)).isEmpty(); // the second batch's counts are not saved yet
            second.save(reopened);
            assertThat(reopened.recurringSegments(3)).isEqualTo(Map.of("file", Set.of(SegmentKey.hash(PROMO))));
            assertThat(reopened.segmentCounts("file", Set.of(SegmentKey.hash(PROMO), 42L)))
                    .isEqualTo(Map.of(SegmentKey.hash(PROMO), 3));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aBatchReadOnFourThreadsCountsAsOnOneAndARetoldStoryOnce(String backend) throws IOException {
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_BYTES);
        String story = "Engineers repaired the water station outside the northern town on Sunday after weeks of "
                + "cuts, and the council said pumps would run again for most districts by the end of the month, "
                + "although fuel for the generators remained short and prices in the market kept rising.";
        String input = batch("three", story,
                "Two ministers met in a border town to talk about trade routes and the reopening of a crossing.",
                story.replace("Sunday", "Monday"),
                "Farmers in the valley said the late rains had saved part of the wheat harvest this year.")
                .toString();
        try (Store store = Store.open(org.sitrep.testing.Databases.fresh(backend, tempDir))) {
            BoilerplateLearning.Batch oneThread = BoilerplateLearning.count(reader, List.of(input), store, 1);
            BoilerplateLearning.Batch fourThreads = BoilerplateLearning.count(reader, List.of(input), store, 4);
            assertThat(fourThreads.counts()).isEqualTo(oneThread.counts());
            assertThat(oneThread.counts().get("file").get(SegmentKey.hash(PROMO))).isEqualTo(3);
        }
    }
}
