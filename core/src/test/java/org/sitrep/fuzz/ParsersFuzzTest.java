package org.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes every parser we own with generated and mutated inputs (see {@link Generators}): only
 * {@link org.sitrep.ingest.BadInputException} may escape, offsets stay within the text, good JSON lines always
 * come through, and no input takes long. A few hundred inputs per parser here; {@link FuzzCampaign} runs the same
 * checks for minutes ({@code mvn -Pfuzz test}).
 */
class ParsersFuzzTest {
    /** Generous: a parser that backtracks or loops blows through it; a loaded shared machine does not. */
    static final Duration BOUND = Duration.ofSeconds(10);
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("sitrep-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void textHeadersNeverFailButAsBadInput(@ForAll("textFiles") String input) {
        assertTimeoutPreemptively(BOUND, () -> Targets.text(input));
    }

    @Property(tries = 200)
    void htmlNeverFailsButAsBadInput(@ForAll("htmlPages") String input) {
        assertTimeoutPreemptively(BOUND, () -> Targets.html(input));
    }

    @Property(tries = 300)
    void jsonNeverFailsButAsBadInput(@ForAll("jsonDocuments") String input) {
        assertTimeoutPreemptively(BOUND, () -> Targets.json(input));
    }

    @Property(tries = 200)
    void jsonLinesKeepEveryGoodLine(@ForAll("jsonLines") List<String> lines) {
        assertTimeoutPreemptively(BOUND, () -> Targets.jsonLines(lines));
    }

    @Property(tries = 200)
    void feedsNeverFailButAsBadInput(@ForAll("feeds") String input) {
        assertTimeoutPreemptively(BOUND, () -> Targets.feed(input));
    }

    @Property(tries = 500)
    void datesNeverFail(@ForAll("dates") String input) {
        assertTimeoutPreemptively(BOUND, () -> Targets.date(input));
    }

    @Property(tries = 500)
    void timeNormalizerKeepsEveryExpressionInsideTheText(@ForAll long seed) {
        Targets.times(seed);
    }

    @Property(tries = 200)
    void anyFileIsReadOrRejectedAsBadInput(@ForAll("files") byte[] bytes, @ForAll("extensions") String extension) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Targets.file(bytes, extension, dir);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    @Provide
    Arbitrary<String> textFiles() {
        return Generators.textFiles();
    }

    @Provide
    Arbitrary<String> htmlPages() {
        return Generators.htmlPages();
    }

    @Provide
    Arbitrary<String> jsonDocuments() {
        return Generators.jsonDocuments();
    }

    @Provide
    Arbitrary<List<String>> jsonLines() {
        return Generators.jsonLines();
    }

    @Provide
    Arbitrary<String> feeds() {
        return Generators.feeds();
    }

    @Provide
    Arbitrary<String> dates() {
        return Generators.dates();
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Generators.files();
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".txt", ".html", ".json", ".jsonl", ".rss", ".xml", ".atom", ".dat");
    }
}
