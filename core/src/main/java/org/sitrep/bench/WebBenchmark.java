package org.sitrep.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;
import org.sitrep.store.Store;
import org.sitrep.web.SituationService;
import org.sitrep.web.WebServer;

/**
 * Latency of the control-at-date and events endpoints over HTTP on loopback, under a bounded load (a fixed number
 * of concurrent clients), on a store of N synthetic events (generated, stored in a temporary H2 file, deleted).
 */
public final class WebBenchmark {
    private static final String[] PLACES = {"170063", "170017", "169577", "170905", "169389", "172955", "170794"};
    private static final String[] SIDES = {"government", "opposition", "kurdish", "jihadist"};
    private final int events;
    private final int clients;
    private final PrintWriter out;

    public WebBenchmark(int events, int clients, PrintWriter out) {
        this.events = events;
        this.clients = clients;
        this.out = out;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("sitrep-web-bench");
        Gazetteer gazetteer = Gazetteer.load();
        try (Store store = Store.open(dir.resolve("store").toString())) {
            long start = System.nanoTime();
            populate(store);
            out.printf(Locale.ROOT, "stored %d synthetic events (and as many control claims) in %.1f s%n", events,
                    (System.nanoTime() - start) / 1e9);
            SituationService service = new SituationService(store,
                    new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load()), Facts::none);
            try (WebServer server = WebServer.start(service, gazetteer, KnowledgeBase.load(), Optional.empty(),
                    1_000_000, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                Random random = new Random(3);
                load(base, "GET /api/control?at=D", 2000,
                        () -> "/api/control?at=" + LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000)));
                load(base, "GET /api/events?from=D&to=D+30&limit=50", 400, () -> {
                    LocalDate from = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000));
                    return "/api/events?from=" + from + "&to=" + from.plusDays(30) + "&limit=50";
                });
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    private void populate(Store store) {
        Random random = new Random(5);
        int perArticle = 100;
        for (int a = 0; a * perArticle < events; a++) {
            String text = "synthetic article " + a + " " + random.nextLong();
            Fingerprint fingerprint = Fingerprint.of(text);
            LocalDate published = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000));
            Article article = new Article(fingerprint.contentHash(), "source" + a % 40, Optional.empty(), "t",
                    Optional.of(published), "en", text, new Span(0, text.length()), List.of(), "synthetic");
            Evidence evidence = new Evidence(article.id(), 0, text.length(), text);
            List<Event> list = new ArrayList<>();
            List<ControlChange> claims = new ArrayList<>();
            for (int e = 0; e < perArticle; e++) {
                CalendarDate day = CalendarDate.day(LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000)));
                String place = PLACES[random.nextInt(PLACES.length)];
                String side = SIDES[random.nextInt(SIDES.length)];
                list.add(new Event("e" + e, EventType.FIGHT, AcledType.ARMED_CLASH, "190",
                        Optional.of(side + " forces"),
                        Optional.of(side), Optional.empty(), Optional.empty(), Optional.of("P" + place),
                        Optional.of(place), Optional.empty(), Optional.empty(), Optional.of(day), Optional.empty(),
                        Modality.ASSERTED,
                        0.7, evidence));
                claims.add(new ControlChange("P" + place, Optional.of(place), side + " forces", Optional.of(side),
                        ControlStatus.HELD, Optional.of(day), Optional.of(CalendarDate.day(published)), 0.7, evidence));
            }
            store.save(article, new Facts(article.meta(), List.of(), List.of(), List.of(), list, claims, List.of()),
                    fingerprint);
        }
    }

    private void load(String base, String name, int requests, java.util.function.Supplier<String> paths)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            targets.add(paths.get());
        }
        for (int i = 0; i < 20; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + targets.get(i))).build(), HttpResponse.BodyHandlers.discarding());
        }
        long[] nanos = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            work.add(pool.submit(() -> {
                long t = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + targets.get(index)))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(targets.get(index) + " → " + response.statusCode());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                nanos[index] = System.nanoTime() - t;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-42s %d requests, %d clients: p50 %.2f ms, p99 %.2f ms, %.0f requests/s%n", name,
                requests, clients, sorted[requests / 2] / 1e6, sorted[(int) Math.ceil(requests * 0.99) - 1] / 1e6,
                requests / seconds);
    }
}
