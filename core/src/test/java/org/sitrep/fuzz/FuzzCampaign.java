package org.sitrep.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.knowledge.TimeNormalizer;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.AnalysisLimitsProbe;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The long fuzz run: every target of {@link ParsersFuzzTest} (and the CoreNLP adapter with the time normalizer
 * over its real output) for an equal share of the minutes given, counting inputs and saving any that breaks a
 * promise or runs past {@link ParsersFuzzTest#BOUND} under {@code target/fuzz-failures/}. Skipped unless
 * {@code sitrep.fuzz.minutes} is set: {@code mvn -o -Pfuzz test -Dfuzz.minutes=5} (add
 * {@code -Dfuzz.targets=txt,json} to choose targets).
 */
class FuzzCampaign {
    @TempDir
    Path dir;

    @Test
    void everyTargetKeepsItsPromisesForTheGivenMinutes() throws Exception {
        String minutes = System.getProperty("sitrep.fuzz.minutes", "");
        assumeTrue(!minutes.isBlank(), "skipped: the long fuzz run is `mvn -o -Pfuzz test -Dfuzz.minutes=N`");
        Map<String, Target<?>> targets = targets();
        String chosen = System.getProperty("sitrep.fuzz.targets", "");
        if (!chosen.isBlank()) {
            targets.keySet().retainAll(List.of(chosen.split(",")));
        }
        long slice = (long) (Double.parseDouble(minutes) * 60_000 / targets.size());
        Path failures = Files.createDirectories(Path.of("target", "fuzz-failures"));
        List<String> report = new ArrayList<>();
        int failed = 0;
        for (Map.Entry<String, Target<?>> target : targets.entrySet()) {
            Result result = target.getValue().run(target.getKey(), slice, failures);
            failed += result.failures().size();
            report.add(String.format("%-9s %,9d inputs  %d failures %s", target.getKey(), result.inputs(),
                    result.failures().size(), result.failures()));
        }
        System.out.println("fuzz campaign, " + minutes + " min:\n  " + String.join("\n  ", report));
        assertThat(failed).as("failures, inputs saved in %s", failures.toAbsolutePath()).isZero();
    }

    private Map<String, Target<?>> targets() {
        Map<String, Target<?>> targets = new LinkedHashMap<>();
        targets.put("txt", new Target<>(Generators.textFiles(), Targets::text, s -> s));
        targets.put("html", new Target<>(Generators.htmlPages(), Targets::html, s -> s));
        targets.put("json", new Target<>(Generators.jsonDocuments(), Targets::json, s -> s));
        targets.put("jsonl", new Target<>(Generators.jsonLines(), Targets::jsonLines, lines -> String.join("\n", lines)));
        targets.put("feed", new Target<>(Generators.feeds(), Targets::feed, s -> s));
        targets.put("dates", new Target<>(Generators.dates(), Targets::date, s -> s));
        targets.put("times", new Target<>(net.jqwik.api.Arbitraries.longs(), Targets::times, String::valueOf));
        List<String> extensions = List.of(".txt", ".html", ".json", ".jsonl", ".rss", ".xml", ".dat");
        targets.put("files", new Target<>(Generators.files(), bytes -> Targets.file(bytes,
                extensions.get(Math.floorMod(java.util.Arrays.hashCode(bytes), extensions.size())), dir),
                bytes -> new String(bytes, StandardCharsets.ISO_8859_1)));
        targets.put("limits", new Target<>(Generators.analysedTexts(), AnalysisLimitsProbe::check, s -> s));
        targets.put("nlp", new Target<>(net.jqwik.api.Arbitraries.oneOf(Generators.analysedTexts(),
                Generators.textFiles()).map(s -> s.length() > 4_000 ? s.substring(0, 4_000) : s),
                FuzzCampaign::annotate, s -> s));
        return targets;
    }

    /**
     * CoreNLP through our adapter, then the time normalizer over its real output: sentences and tokens inside
     * the text, every time expression a span of it.
     */
    private static void annotate(String text) {
        if (text.isBlank()) {
            return;
        }
        Article article = new Article("id", "s", Optional.empty(), "t", Optional.of(java.time.LocalDate.of(2024, 12, 7)),
                "en", text, new Span(0, text.length()), List.of(), "o");
        Annotated annotated = Models.ANNOTATOR.annotate(article);
        for (Sentence sentence : annotated.sentences()) {
            assertThat(sentence.begin()).isBetween(0, text.length());
            assertThat(sentence.end()).isBetween(sentence.begin(), text.length());
            for (Token token : sentence.tokens()) {
                assertThat(token.begin()).isBetween(sentence.begin(), sentence.end());
                assertThat(token.end()).isBetween(token.begin(), sentence.end());
            }
        }
        for (TimeExpression time : new TimeNormalizer(org.sitrep.language.LanguagePack.load("en")).normalize(annotated)) {
            assertThat(time.text()).isEqualTo(text.substring(time.start(), time.end()));
        }
    }

    private static final class Models {
        private static final Annotator ANNOTATOR = Annotator.load();
    }

    private record Result(long inputs, List<String> failures) {
    }

    /** One fuzz target: its inputs, its check, and how an input is saved when it fails. */
    private record Target<T>(Arbitrary<T> inputs, Consumer<T> check, java.util.function.Function<T, String> render) {
        Result run(String name, long millis, Path failures) throws IOException {
            Iterator<T> samples = inputs.sampleStream().iterator();
            ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
            long end = System.currentTimeMillis() + millis;
            long count = 0;
            List<String> failed = new ArrayList<>();
            try {
                while (System.currentTimeMillis() < end && failed.size() < 20) {
                    T input = samples.next();
                    count++;
                    Future<?> run = worker.submit(() -> check.accept(input));
                    Optional<String> problem;
                    try {
                        run.get(ParsersFuzzTest.BOUND.toMillis(), TimeUnit.MILLISECONDS);
                        problem = Optional.empty();
                    } catch (TimeoutException e) {
                        run.cancel(true);
                        worker.shutdownNow();
                        worker = Executors.newSingleThreadExecutor(daemon());
                        problem = Optional.of("ran past " + ParsersFuzzTest.BOUND);
                    } catch (java.util.concurrent.ExecutionException e) {
                        problem = Optional.of(String.valueOf(e.getCause()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    if (problem.isPresent()) {
                        // Saved as a Java string literal: exact even for lone surrogates and control characters.
                        Path saved = failures.resolve(name + "-" + new Random().nextInt(1_000_000) + ".input");
                        Files.writeString(saved, javaLiteral(render.apply(input)) + "\n\n" + problem.get(),
                                StandardCharsets.UTF_8);
                        failed.add(saved.getFileName() + ": " + problem.get().lines().findFirst().orElse(""));
                    }
                }
            } finally {
                worker.shutdownNow();
            }
            return new Result(count, failed);
        }

        private static String javaLiteral(String text) {
            StringBuilder literal = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    literal.append('\\').append(c);
                } else if (c >= ' ' && c <= '~') {
                    literal.append(c);
                } else {
                    literal.append(String.format("\\u%04x", (int) c));
                }
            }
            return literal.append('"').toString();
        }

        private static java.util.concurrent.ThreadFactory daemon() {
            return runnable -> {
                Thread thread = new Thread(runnable, "fuzz-target");
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
