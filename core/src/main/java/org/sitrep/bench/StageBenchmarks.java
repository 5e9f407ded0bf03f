package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.coding.Extractor;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Span;
import org.sitrep.nlp.Annotated;
import org.sitrep.situation.Situation;

/**
 * JMH microbenchmarks of the stages sitrep writes itself: gazetteer lookup, the coding chain over an annotated
 * article (linking, times, quotes, event patterns, control, stances), and the control-at-date query.
 * Run with {@code ./sitrep bench --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class StageBenchmarks {
    private static final String[] NAMES = {"Hama", "Aleppo", "Daraa", "Idlib", "Damascus", "Homs", "Manbij", "Raqqa",
        "Springfield", "Tripoli", "Paris", "Nowhere Town"};

    private Gazetteer gazetteer;
    private Extractor extractor;
    private Annotated seed;
    private Situation situation;
    private final Random random = new Random(1);

    @Setup
    public void load() throws Exception {
        gazetteer = org.sitrep.pipeline.Models.shared().gazetteer();
        extractor = org.sitrep.pipeline.Models.shared().extractor();
        Path seedFile = Path.of(System.getProperty("sitrep.home", "."), "samples", "seed-sunna-files-2024-12-07.txt");
        Article article = new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load())
                .build(new InputReader(InputReader.DEFAULT_MAX_BYTES).read(seedFile.toString()).documents().get(0))
                .article();
        seed = extractor.annotateParsingAll(article);
        List<Facts> facts = new ArrayList<>();
        Random r = new Random(2);
        for (int a = 0; a < 1000; a++) {
            String id = String.format("%016x", a);
            Article synthetic = new Article(id, "s" + a % 20, Optional.empty(), "t", Optional.of(LocalDate.of(2016, 1, 1)),
                    "en", "text", new Span(0, 4), List.of(), "synthetic");
            List<ControlChange> claims = new ArrayList<>();
            for (int c = 0; c < 100; c++) {
                String side = r.nextBoolean() ? "government" : "opposition";
                claims.add(new ControlChange("P" + r.nextInt(1000), Optional.of("P" + r.nextInt(1000)), side, Optional.of(side),
                        ControlStatus.HELD,
                        Optional.of(CalendarDate.day(LocalDate.of(2012, 1, 1).plusDays(r.nextInt(3000)))),
                        Optional.empty(), 0.8, new Evidence(id, 0, 4, "text")));
            }
            facts.add(new Facts(synthetic.meta(), List.of(), List.of(), List.of(), List.of(), claims, List.of()));
        }
        situation = Situation.of(facts);
        situation.controlAt(LocalDate.of(2015, 1, 1));
        if (!Files.exists(seedFile)) {
            throw new IllegalStateException("seed article not found at " + seedFile);
        }
    }

    @Benchmark
    public Object gazetteerResolve() {
        return gazetteer.resolve(NAMES[random.nextInt(NAMES.length)], Optional.of("SY"));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Facts codingChainOnSeed() {
        return extractor.extract(seed);
    }

    @Benchmark
    public Object controlAtOnePlace() {
        return situation.controlAt(LocalDate.of(2012, 1, 1).plusDays(random.nextInt(3000)), "P" + random.nextInt(1000));
    }
}
