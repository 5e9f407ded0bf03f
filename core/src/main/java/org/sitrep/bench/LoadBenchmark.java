package org.sitrep.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.Ingester;
import org.sitrep.pipeline.Models;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import org.sitrep.web.Limits;
import org.sitrep.web.SituationService;
import org.sitrep.web.WebServer;

/**
 * A bounded loopback load on a real server with the real extractor: writer clients post every article twice at
 * the same moment while reader clients query control, events and search; then the picture the server built is
 * compared with a quiet ingest of the same articles. Reports p50/p99 per endpoint and every 5xx (there must be none).
 */
public final class LoadBenchmark {
    private static final String TOKEN = "load-token";
    private final List<String> lines;
    private final int readers;
    private final PrintWriter out;

    /** {@code lines}: JSON Lines articles, one per line (the AllSides or FA-KES shape). */
    public LoadBenchmark(List<String> lines, int readers, PrintWriter out) {
        this.lines = List.copyOf(lines);
        this.readers = readers;
        this.out = out;
    }

    /** Runs the load; true when there was no 5xx and the picture equals the quiet run's. */
    public boolean run() throws Exception {
        Path dir = Files.createTempDirectory("sitrep-load");
        Models models = Models.shared();
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        List<String> quiet;
        try (Store store = Store.open(dir.resolve("quiet").toString())) {
            new Ingester(new InputReader(InputReader.DEFAULT_MAX_BYTES), new ArticlePipeline(models.articleBuilder(),
                    models.extractor(), store, (article, facts) -> { }), 2)
                    .ingest(List.of(input.toString()), outcome -> { });
            quiet = picture(Situation.of(store.allFacts()));
        }
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> loaded;
        long started = System.nanoTime();
        try (Store store = Store.open(dir.resolve("loaded").toString())) {
            SituationService service = new SituationService(store, models.articleBuilder(), models.extractor());
            Limits limits = Limits.defaults(InputReader.DEFAULT_MAX_BYTES)
                    .withTokenRequests(new Limits.Rate(1_000_000, Duration.ofMinutes(1)));
            try (WebServer server = WebServer.start(service, models.gazetteer(), models.knowledge(),
                    Optional.of(TOKEN), limits, "127.0.0.1", 0, Optional.empty())) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newHttpClient();
                AtomicBoolean writing = new AtomicBoolean(true);
                ExecutorService pool = Executors.newFixedThreadPool(readers + 2);
                List<Future<?>> work = new ArrayList<>();
                for (int r = 0; r < readers; r++) {
                    Random random = new Random(r);
                    work.add(pool.submit(() -> {
                        while (writing.get()) {
                            read(http, base, random, latencies, statuses);
                        }
                        return null;
                    }));
                }
                for (String line : lines) { // the same article twice at the same moment
                    Future<?> first = pool.submit(() -> post(http, base, line, latencies, statuses));
                    Future<?> second = pool.submit(() -> post(http, base, line, latencies, statuses));
                    first.get();
                    second.get();
                }
                writing.set(false);
                for (Future<?> future : work) {
                    future.get();
                }
                pool.shutdown();
            }
            loaded = picture(service.situation());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "load: %d articles posted twice at once, %d reader clients, %.1f s%n", lines.size(),
                readers, seconds);
        new TreeMap<>(latencies).forEach((name, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            out.printf(Locale.ROOT, "  %-28s %6d requests  p50 %8.2f ms  p99 %8.2f ms%n", name, sorted.length,
                    sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
        });
        out.println("  statuses: " + new TreeMap<>(statuses));
        int errors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(e -> e.getValue().get())
                .sum();
        boolean same = quiet.equals(loaded);
        out.printf(Locale.ROOT, "  5xx: %d; picture (%d merged events and control intervals) equals a quiet "
                + "ingest's: %s%n", errors, quiet.size(), same ? "yes" : "NO");
        if (!same) {
            TreeSet<String> onlyQuiet = new TreeSet<>(quiet);
            onlyQuiet.removeAll(loaded);
            TreeSet<String> onlyLoaded = new TreeSet<>(loaded);
            onlyLoaded.removeAll(quiet);
            out.println("  only in the quiet run: " + onlyQuiet + "\n  only under load: " + onlyLoaded);
        }
        out.flush();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return errors == 0 && same;
    }

    private static void read(HttpClient http, String base, Random random, Map<String, List<Long>> latencies,
                             Map<Integer, AtomicInteger> statuses) throws Exception {
        LocalDate day = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(5200));
        String[][] choices = {
            {"GET /api/control?at=D", "/api/control?at=" + day},
            {"GET /api/events?from&to", "/api/events?from=" + day + "&to=" + day.plusDays(60) + "&limit=50"},
            {"GET /api/search?q=…", "/api/search?q=" + List.of("Aleppo", "rebels", "ceasefire", "Raqqa")
                    .get(random.nextInt(4))}};
        String[] choice = choices[random.nextInt(choices.length)];
        timed(latencies, statuses, choice[0], () -> http.send(HttpRequest.newBuilder(URI.create(base + choice[1]))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private static Void post(HttpClient http, String base, String line, Map<String, List<Long>> latencies,
                             Map<Integer, AtomicInteger> statuses) throws Exception {
        timed(latencies, statuses, "POST /api/articles", () -> http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/articles")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(line)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        return null;
    }

    private interface Call {
        int status() throws Exception;
    }

    private static void timed(Map<String, List<Long>> latencies, Map<Integer, AtomicInteger> statuses, String name,
                              Call call) throws Exception {
        long start = System.nanoTime();
        int status = call.status();
        latencies.computeIfAbsent(name, n -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime() - start);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    /** The picture as comparable lines: each merged event and each control interval, sorted. */
    private static List<String> picture(Situation situation) {
        List<String> lines = new ArrayList<>();
        for (MergedEvent e : situation.events()) {
            lines.add("event " + e.type() + " " + e.place().orElse("-") + " " + e.actorSide().or(e::actor).orElse("-")
                    + " " + e.date().map(Object::toString).orElse("undated") + " sources " + e.sources());
        }
        for (String place : situation.places()) {
            for (ControlInterval interval : situation.timeline(place)) {
                lines.add("control " + place + " " + Arrays.asList(interval.from(), interval.to(), interval.status(),
                        interval.side().orElse(interval.controller())));
            }
        }
        lines.sort(null);
        return lines;
    }
}
