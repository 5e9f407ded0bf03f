package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.model.Span;
import org.sitrep.testing.TestData;

class DuplicateKeyTest {
    private static final ArticleBuilder BUILDER = new ArticleBuilder(BoilerplateDetector.standard(),
            LanguageIdentifier.load());
    private static final DuplicateKey KEY = new DuplicateKey();

    private static int key(String text) {
        return KEY.getKey(BUILDER.build(new ParsedDocument("test.txt", text, new Span(0, text.length()),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty())));
    }

    @Test
    void exactCopiesMeetWhateverTheirWhitespace() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        assertThat(key(seed.replace("\n\n", "\n \n"))).isEqualTo(key(seed));
    }

    @Test
    void aRepublicationWithSmallEditsMeetsItsOriginal() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        String edited = seed.replace("Turkish President", "President").replace("recently ", "");
        assertThat(key(edited)).isEqualTo(key(seed));
    }

    @Test
    void differentArticlesSpreadOverTheSubtasks() {
        InputReader reader = new InputReader(InputReader.DEFAULT_MAX_BYTES);
        Map<Integer, Long> perSubtask = reader.expand(java.util.List.of(TestData.projectRoot().resolve("samples")
                        .toString())).stream()
                .flatMap(file -> reader.read(file).documents().stream())
                .map(document -> KEY.getKey(BUILDER.build(document)))
                .collect(Collectors.groupingBy(key -> KeyGroupRangeAssignment.assignKeyToParallelOperator(key, 128, 2),
                        Collectors.counting()));
        assertThat(perSubtask).containsOnlyKeys(0, 1);
        assertThat(perSubtask.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
    }
}
