package org.sitrep.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.Dates;
import org.sitrep.ingest.FeedFormat;
import org.sitrep.ingest.HtmlFormat;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.JsonFormat;
import org.sitrep.ingest.Parsed;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.ingest.TextFormat;
import org.sitrep.knowledge.TimeNormalizer;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimexMention;
import org.sitrep.nlp.Token;

/**
 * What every parser we own promises whatever its input: it returns documents whose offsets lie within their
 * text, or reports {@link BadInputException}s naming the input; nothing else escapes. Each check throws an
 * {@link AssertionError} (or the unexpected exception) when the promise is broken.
 */
public final class Targets {
    private Targets() {
    }

    /** Runs {@code parse}, letting only a {@link BadInputException} naming {@code origin} through as "rejected". */
    private static Optional<Parsed> parsed(String origin, java.util.function.Supplier<Parsed> parse) {
        try {
            return Optional.of(parse.get());
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith(origin);
            assertOneLine(e);
            return Optional.empty();
        }
    }

    /** A problem is printed as one line: nothing quoted from the input may break it. */
    private static void assertOneLine(BadInputException problem) {
        assertThat(problem.problem()).isNotBlank().doesNotContain("internal error");
        assertThat(problem.getMessage()).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
    }

    private static void checkDocuments(String origin, Parsed parsed) {
        for (ParsedDocument doc : parsed.documents()) {
            assertThat(doc.origin()).startsWith(origin);
            assertThat(doc.body().end()).isLessThanOrEqualTo(doc.text().length());
            assertThat(doc.bodyText()).isNotBlank();
        }
        for (BadInputException problem : parsed.problems()) {
            assertThat(problem.getMessage()).startsWith(origin);
            assertOneLine(problem);
        }
    }

    public static void text(String input) {
        parsed("f.txt", () -> new TextFormat().parse("f.txt", input)).ifPresent(parsed -> {
            checkDocuments("f.txt", parsed);
            ParsedDocument doc = parsed.documents().get(0);
            assertThat(doc.text()).isSameAs(input);
            doc.title().ifPresent(title -> assertThat(title).isNotBlank());
        });
    }

    public static void html(String input) {
        parsed("f.html", () -> new HtmlFormat().parse("f.html", input)).ifPresent(parsed -> {
            checkDocuments("f.html", parsed);
            assertThat(parsed.documents()).hasSize(1);
        });
    }

    public static void json(String input) {
        parsed("f.json", () -> JsonFormat.document().parse("f.json", input)).ifPresent(parsed -> {
            checkDocuments("f.json", parsed);
            assertThat(parsed.documents().size() + parsed.problems().size()).isPositive();
        });
    }

    /** JSON Lines: besides the common promise, every good line comes through as a document of its own line. */
    public static void jsonLines(List<String> lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        parsed("f.jsonl", () -> JsonFormat.lines().stream("f.jsonl", new ByteArrayInputStream(bytes)).collect())
                .ifPresentOrElse(parsed -> {
                    checkDocuments("f.jsonl", parsed);
                    List<String> origins = parsed.documents().stream().map(ParsedDocument::origin).toList();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains(Generators.GOOD_MARK)) {
                            assertThat(origins).contains("f.jsonl:" + (i + 1));
                        }
                    }
                    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.getMessage()).matches("(?s)f\\.jsonl:\\d+: .*"));
                }, () -> assertThat(lines).noneMatch(line -> line.contains(Generators.GOOD_MARK)));
    }

    public static void feed(String input) {
        parsed("f.rss", () -> new FeedFormat().parse("f.rss", input)).ifPresent(parsed -> {
            checkDocuments("f.rss", parsed);
            List<String> origins = parsed.documents().stream().map(ParsedDocument::origin).toList();
            assertThat(origins).doesNotHaveDuplicates().allMatch(o -> o.matches("f\\.rss#\\d+"));
        });
    }

    /** Dates never throw, and a valid ISO day reads as itself. */
    public static void date(String input) {
        Optional<LocalDate> parsed = Dates.parse(input);
        if (input.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                assertThat(parsed).contains(LocalDate.parse(input));
            } catch (java.time.DateTimeException notADay) {
                assertThat(parsed).isEmpty();
            }
        }
    }

    /** The whole reading path from bytes on disk: sniffing, decoding, the format the extension picks. */
    public static void file(byte[] bytes, String extension, Path dir) {
        Path file = dir.resolve("f" + extension);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parsed(file.toString(), () -> new InputReader(1_000_000).read(file.toString()))
                .ifPresent(parsed -> checkDocuments(file.toString(), parsed));
    }

    /**
     * The time normalizer over any structurally valid annotation (tokens inside the text, time mentions over
     * tokens of their sentence, any TIMEX3 value): no exception, every expression a span of the text.
     */
    public static void times(long seed) {
        Random random = new Random(seed);
        String[] words = {"on", "Friday", "following", "the", "Resolution", "2254", "2024", "will", "next", "in",
                "December", "7", "by", "said", "Brigade", "1999", "since", "9999"};
        String[] values = {"2024-12-06", "XXXX-WXX-5", "PRESENT_REF", "2024", "9999", "P1D", "2024-W49", "", "0000",
                "99999", "20XX", "T14:00", "2024-12-06T14:00"};
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        int sentenceCount = random.nextInt(4);
        for (int s = 0; s < sentenceCount; s++) {
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            int tokenCount = 1 + random.nextInt(12);
            for (int t = 0; t < tokenCount; t++) {
                String word = words[random.nextInt(words.length)];
                int start = text.length();
                text.append(word).append(' ');
                tokens.add(new Token(t, word, word.toLowerCase(java.util.Locale.ROOT), "NN", "O", start, start + word.length()));
            }
            List<TimexMention> timexes = new ArrayList<>();
            for (int m = random.nextInt(3); m > 0; m--) {
                int first = random.nextInt(tokenCount);
                int last = first + random.nextInt(tokenCount - first);
                String value = values[random.nextInt(values.length)];
                timexes.add(new TimexMention(tokens.get(first).begin(), tokens.get(last).end(), first, last,
                        text.substring(tokens.get(first).begin(), tokens.get(last).end()),
                        random.nextBoolean() ? "DATE" : "DURATION", value.isEmpty() ? Optional.empty() : Optional.of(value)));
            }
            sentences.add(new Sentence(s, begin, text.length(), text.substring(begin), tokens, List.of(), timexes));
        }
        String body = text.toString();
        Optional<LocalDate> published = random.nextBoolean() ? Optional.of(LocalDate.of(2024, 12, 7)) : Optional.empty();
        Article article = new Article("id", "s", Optional.empty(), "t", published, "en", body,
                new Span(0, body.length()), List.of(), "o");
        for (TimeExpression time : new TimeNormalizer(org.sitrep.language.LanguagePack.load("en")).normalize(new Annotated(article, sentences))) {
            assertThat(time.start()).isBetween(0, body.length());
            assertThat(time.end()).isBetween(time.start(), body.length());
            assertThat(time.text()).isEqualTo(body.substring(time.start(), time.end()));
        }
    }
}
