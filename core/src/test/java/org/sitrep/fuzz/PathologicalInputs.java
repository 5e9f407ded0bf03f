package org.sitrep.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.sitrep.coding.Extractor;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.ingest.Parsed;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.knowledge.TimeNormalizer;
import org.sitrep.model.Facts;
import org.sitrep.nlp.Annotated;

/**
 * The hostile inputs of issue 12, generated in memory, and a one-shot measurement of each: wall time and peak heap
 * of reading (with {@code annotate}, also of CoreNLP and the time normalizer; with {@code extract}, of the whole
 * extraction chain). Run one input per JVM:
 * {@code java -Xmx4g -cp … org.sitrep.fuzz.PathologicalInputs NAME parse|annotate|extract [LIMIT_SECONDS]}.
 */
public final class PathologicalInputs {
    private static final String WORDS = "rebels army town forces village shelled near the fighters took control of "
            + "regime troops entered city said on Saturday and were killed in";

    /** The generated inputs by name: file name and content. */
    public static final Map<String, Supplier<Input>> INPUTS = Map.ofEntries(
            Map.entry("header-6k", () -> new Input("header.txt", ("title:" + " ".repeat(6_000) + "\u2028x\n\nRebels entered Hama.\n")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("sentence-2mb", () -> new Input("sentence.txt", ("Rebels advanced\n\n" + words(2_000_000) + "\n")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("html-single-line-3.9mb", () -> new Input("page.html", ("<!DOCTYPE html><html><head><title>Rebels advance"
                    + "</title></head><body><article><p>" + words(3_900_000).replace("town", "<b>town</b>")
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8))),
            Map.entry("quotes-50k", () -> new Input("quotes.txt", ("Rebels advanced\n\n" + "\"".repeat(50_000) + "\n")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("spaced-quotes-50k", () -> new Input("spaced-quotes.txt", ("Rebels advanced\n\n" + "\" ".repeat(50_000)
                    + "\n").getBytes(StandardCharsets.UTF_8))),
            Map.entry("token-4mb-json", () -> new Input("token.json", ("{\"text\":\"" + "a".repeat(4_000_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("digits-4mb-json", () -> new Input("digits.json", ("{\"text\":\"" + "7".repeat(4_000_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("spaced-digits-1mb", () -> new Input("digits.txt", ("Rebels advanced\n\n" + "12 ".repeat(330_000) + "\n")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("number-words-1mb", () -> new Input("numbers.txt", ("Rebels advanced\n\n"
                    + "one hundred twenty three thousand four ".repeat(26_000) + "\n").getBytes(StandardCharsets.UTF_8))),
            Map.entry("dates-1mb", () -> new Input("dates.txt", ("Rebels advanced\n\n"
                    + "on Friday 7 December 2024 at noon ".repeat(30_000) + "\n").getBytes(StandardCharsets.UTF_8))),
            Map.entry("html-nested-blockquote-50k", () -> new Input("nested.html", ("<!DOCTYPE html><html><body><article>"
                    + "<blockquote>Rebels advanced. ".repeat(50_000) + "</article></body></html>")
                    .getBytes(StandardCharsets.UTF_8))),
            Map.entry("nested-5000-jsonl", () -> new Input("nested.jsonl", ("{\"text\":\"Rebels entered Hama.\"}\n"
                    + "[".repeat(5_000) + "]".repeat(5_000) + "\n{\"text\":\"Rebels entered Homs.\"}\n")
                    .getBytes(StandardCharsets.UTF_8))));

    private PathologicalInputs() {
    }

    /** One generated input: the file name (its extension picks the format) and its bytes. */
    public record Input(String name, byte[] bytes) {
    }

    /** Space-separated words from a fixed vocabulary, no punctuation, about {@code chars} characters long. */
    public static String words(int chars) {
        String[] vocabulary = WORDS.split(" ");
        Random random = new Random(12);
        StringBuilder text = new StringBuilder(chars + 16);
        while (text.length() < chars) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return text.toString().strip();
    }

    public static void main(String[] args) throws IOException {
        String name = args[0];
        boolean annotateOnly = args.length > 1 && args[1].equals("annotate");
        boolean extract = args.length > 1 && (args[1].equals("extract") || annotateOnly);
        long limitSeconds = args.length > 2 ? Long.parseLong(args[2]) : 300;
        String file;
        if (name.startsWith("/")) {
            file = name;
        } else {
            Input input = INPUTS.get(name).get();
            Path dir = Files.createTempDirectory("sitrep-pathological");
            Path path = dir.resolve(input.name());
            Files.write(path, input.bytes());
            path.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            file = path.toString();
        }
        Extractor extractor = extract ? org.sitrep.pipeline.Models.shared().extractor() : null;
        ArticleBuilder builder = new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load());
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long baseline = heapPeak();
        long start = System.nanoTime();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limitSeconds * 1000);
                report(name, "STILL RUNNING, stopped at the limit", start, baseline);
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        Thread main = Thread.currentThread();
        Thread sampler = new Thread(() -> sample(main));
        sampler.setDaemon(true);
        sampler.start();
        String outcome;
        try {
            Parsed parsed = new InputReader(InputReader.DEFAULT_MAX_BYTES).read(file);
            int facts = 0;
            int tokens = 0;
            for (ParsedDocument document : parsed.documents()) {
                if (extractor != null && annotateOnly) {
                    Annotated annotated = extractor.annotator().annotate(builder.build(document).article());
                    facts += annotated.tokenCount();
                    facts += new TimeNormalizer(org.sitrep.language.LanguagePack.load("en")).normalize(annotated).size();
                } else if (extractor != null) {
                    Facts extracted = extractor.apply(builder.build(document).article());
                    facts += extracted.entities().size() + extracted.times().size() + extracted.events().size();
                } else {
                    builder.build(document);
                }
                tokens += document.bodyText().length();
            }
            outcome = parsed.documents().size() + " documents (" + tokens + " body chars, " + facts + (annotateOnly ? " tokens + times), " : " facts), ")
                    + parsed.problems().size() + " problems " + parsed.problems().stream()
                    .map(Throwable::getMessage).map(m -> m.length() > 160 ? m.substring(0, 160) + "…" : m).toList();
        } catch (RuntimeException | Error e) {
            String message = String.valueOf(e.getMessage());
            outcome = e.getClass().getSimpleName() + ": " + (message.length() > 200 ? message.substring(0, 200) : message);
        }
        report(name, outcome, start, baseline);
        Runtime.getRuntime().halt(0);
    }

    private static void report(String name, String outcome, long start, long baseline) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %.2f s, peak heap %d MB (%d MB above the loaded models), RSS peak %s -> %s%n", name,
                seconds, heapPeak() >> 20, (heapPeak() - baseline) >> 20, rssPeak(), outcome);
        System.out.println("  " + profile());
        System.out.flush();
    }

    private static final Map<String, Integer> SAMPLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A poor man's profiler: every 100 ms, the deepest CoreNLP/sitrep/jsoup/Jackson frame of the main thread. */
    private static void sample(Thread main) {
        while (true) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            for (StackTraceElement frame : main.getStackTrace()) {
                String cls = frame.getClassName();
                if (cls.startsWith("edu.stanford") || cls.startsWith("org.sitrep") || cls.startsWith("org.jsoup")
                        || cls.startsWith("com.fasterxml") || cls.startsWith("com.rometools")) {
                    SAMPLES.merge(cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName(), 1, Integer::sum);
                    break;
                }
            }
        }
    }

    private static String profile() {
        int total = SAMPLES.values().stream().mapToInt(Integer::intValue).sum();
        return SAMPLES.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
                .map(e -> e.getKey() + " " + (100 * e.getValue() / Math.max(1, total)) + "%")
                .collect(java.util.stream.Collectors.joining(", ", "[profile " + total + " samples: ", "]"));
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String rssPeak() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
