package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every API endpoint over real HTTP on loopback, good and bad input. */
class ServeApiIT {
    @TempDir
    static Path dir;
    static ServerFixture server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new ServerFixture(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String contentType, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/api/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsArticlesAndServesOneWithItsFacts() throws Exception {
        JsonNode page = JSON.readTree(get("/api/articles?limit=5").body());
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(9); // the bundled samples, and any posted
        assertThat(page.path("items")).hasSize(5);
        String seed = null;
        for (JsonNode item : JSON.readTree(get("/api/articles?limit=500").body()).path("items")) {
            if (item.path("source").asText().equals("Sunna Files")) {
                seed = item.path("id").asText();
            }
        }
        JsonNode article = JSON.readTree(get("/api/articles/" + seed).body());
        assertThat(article.path("article").path("text").asText()).contains("Military Operations Command");
        assertThat(article.path("control").size()).isPositive();
        assertThat(get("/api/articles/0000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void filtersAndPagesEvents() throws Exception {
        JsonNode all = JSON.readTree(get("/api/events?from=2024-12-01&to=2024-12-31").body());
        assertThat(all.path("total").asInt()).isPositive();
        JsonNode fights = JSON.readTree(get("/api/events?type=FIGHT&side=opposition&minConfidence=0.3&limit=2").body());
        assertThat(fights.path("items").size()).isBetween(1, 2);
        fights.path("items").forEach(e -> {
            assertThat(e.path("type").asText()).isEqualTo("FIGHT");
            assertThat(e.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.3);
            assertThat(e.path("importance").path("kind").asDouble()).isGreaterThanOrEqualTo(4.0);
        });
        assertThat(get("/api/events?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?limit=-3").statusCode()).isEqualTo(400);
    }

    @Test
    void answersControlAtADateAsJsonAndGeoJson() throws Exception {
        JsonNode control = JSON.readTree(get("/api/control?at=2024-12-07").body());
        assertThat(control.findValuesAsText("place")).contains("Aleppo", "Hama", "Daraa");
        JsonNode geo = JSON.readTree(get("/api/control?at=2024-12-07&format=geojson").body());
        assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(get("/api/control").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get("/api/control?at=2024-13-45").body()).path("message").asText())
                .contains("must be a date");
    }

    @Test
    void servesStancesQuotesSearchAndOpenApi() throws Exception {
        assertThat(JSON.readTree(get("/api/stances?from=Turkey").body()).findValuesAsText("to")).contains("Syrian government");
        assertThat(get("/api/stances").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get("/api/quotes?speaker=Erdo%C4%9Fan").body())).hasSize(2);
        JsonNode hits = JSON.readTree(get("/api/search?q=" + URLEncoder.encode("chance to defect", StandardCharsets.UTF_8)).body());
        assertThat(hits.findValuesAsText("kind")).contains("quote");
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get("/openapi.json").body()).path("paths").has("/api/control")).isTrue();
        assertThat(get("/api.html").body()).contains("sitrep REST API");
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void ingestsAPostedArticleOnlyWithTheToken() throws Exception {
        String article = "published: 2025-02-03\nsource: Test Wire\n\nArmy retakes Saraqib\n\n"
                + "Government forces recaptured the town of Saraqib on Sunday after heavy fighting, the army said.\n";
        assertThat(post("text/plain", article, null).statusCode()).isEqualTo(401);
        assertThat(post("text/plain", article, "wrong").statusCode()).isEqualTo(401);
        long before = JSON.readTree(get("/api/meta").body()).path("version").asLong();
        HttpResponse<String> created = post("text/plain; charset=utf-8", article, ServerFixture.TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.path("facts").path("control").findValuesAsText("place")).contains("Saraqib");
        assertThat(JSON.readTree(get("/api/meta").body()).path("version").asLong()).isGreaterThan(before);
        assertThat(JSON.readTree(get("/api/control?at=2025-02-03").body()).findValuesAsText("place")).contains("Saraqib");
        assertThat(post("text/plain", article, ServerFixture.TOKEN).statusCode()).isEqualTo(200);
        assertThat(post("application/json", "{\"text\": ", ServerFixture.TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("text/plain", "", ServerFixture.TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("image/png", "x", ServerFixture.TOKEN).statusCode()).isEqualTo(415);
        assertThat(post("text/plain", "Rebels advanced. ".repeat(10_000), ServerFixture.TOKEN).statusCode())
                .isEqualTo(413);
        String html = "<html><body><article><p>Opposition fighters entered the city of Hama on Thursday, "
                + "residents said.</p></article></body></html>";
        assertThat(post("text/html", html, ServerFixture.TOKEN).statusCode()).isEqualTo(201);
    }

    @Test
    void identicalPostsAtTheSameMomentStoreOneArticleAndNeverFail() throws Exception {
        String body = "published: 2016-12-13\nsource: Race Test\n\nSyrian government forces seized the Bustan "
                + "al-Qasr district of Aleppo on Tuesday after weeks of fighting, a monitor said.\n";
        int writers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> responses = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return post("text/plain", body, ServerFixture.TOKEN);
            }));
        }
        start.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var response : responses) {
            statuses.add(response.get().statusCode());
            ids.add(JSON.readTree(response.get().body()).path("id").asText());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200);
        assertThat(ids).singleElement().satisfies(id -> assertThat(id).hasSize(16));
        long stored = 0;
        for (JsonNode item : JSON.readTree(get("/api/articles?limit=500").body()).path("items")) {
            if (item.path("source").asText().equals("Race Test")) {
                stored++;
            }
        }
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void aPlaceAnswersWithItsWholeControlHistoryEverySidesEvidenceAndItsEvents() throws Exception {
        JsonNode aleppo = JSON.readTree(get("/api/places/Aleppo").body());
        assertThat(aleppo.path("nameAr").asText()).isEqualTo("حلب");
        assertThat(aleppo.path("admin1").asText()).isEqualTo("Aleppo");
        assertThat(aleppo.path("timeline").findValuesAsText("controller"))
                .contains("Syrian government", "Syrian opposition");
        assertThat(aleppo.path("timeline").findValuesAsText("status")).contains("held", "contested");
        for (JsonNode interval : aleppo.path("timeline")) {
            assertThat(interval.path("evidence").get(0).path("claimId").asText()).startsWith("c");
        }
        assertThat(aleppo.path("events").findValuesAsText("place")).isNotEmpty().allMatch("Aleppo"::equals);
        assertThat(get("/api/places/Atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void anEventAnswersWithEveryReportItsTitleAndAnActorWithItsEventsAndQuotes() throws Exception {
        JsonNode page = JSON.readTree(get("/api/events?limit=500&actor=" + URLEncoder.encode("Syrian opposition",
                StandardCharsets.UTF_8)).body());
        JsonNode first = page.path("items").get(0);
        JsonNode event = JSON.readTree(get("/api/events/" + first.path("id").asText()).body());
        assertThat(event.path("reports")).hasSize(first.path("evidence").size());
        assertThat(event.path("reports").get(0).path("title").asText()).isNotBlank();
        assertThat(event.path("reports").get(0).path("text").asText())
                .isEqualTo(first.path("evidence").get(0).path("text").asText());
        JsonNode actor = JSON.readTree(get("/api/actors/" + URLEncoder.encode("Syrian opposition",
                StandardCharsets.UTF_8).replace("+", "%20")).body());
        assertThat(actor.path("side").asText()).isEqualTo("opposition");
        assertThat(actor.path("asActor").size() + actor.path("asTarget").size()).isGreaterThanOrEqualTo(
                page.path("total").asInt());
        assertThat(get("/api/events/m0000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void eventsFilterByModalityAndFreeTextAndCountByMonth() throws Exception {
        JsonNode reported = JSON.readTree(get("/api/events?limit=500&modality=reported").body());
        assertThat(reported.path("items").size()).isPositive();
        reported.path("items").forEach(e -> assertThat(e.path("modality").asText()).isEqualTo("reported"));
        JsonNode aleppo = JSON.readTree(get("/api/events?limit=500&q=Aleppo").body());
        assertThat(aleppo.path("total").asInt()).isPositive();
        for (JsonNode event : aleppo.path("items")) {
            assertThat(event.toString()).containsIgnoringCase("aleppo");
        }
        assertThat(get("/api/events?modality=certain").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?format=xml").statusCode()).isEqualTo(400);
        JsonNode months = JSON.readTree(get("/api/events/counts?type=FIGHT").body());
        int total = 0;
        for (JsonNode month : months) {
            assertThat(month.path("types").fieldNames()).toIterable().containsExactly("FIGHT");
            total += month.path("types").path("FIGHT").asInt();
        }
        assertThat(total).isEqualTo(JSON.readTree(get("/api/events?limit=0&type=FIGHT").body()).path("total").asInt());
    }

    @Test
    void eventsExportAsAcledCsvAndGeoJsonPoints() throws Exception {
        HttpResponse<String> csv = get("/api/events?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("event_id_cnty,event_date,year,")
                .endsWith(",reviewed,review_verdict,reviewer");
        JsonNode geo = JSON.readTree(get("/api/events?format=geojson").body());
        assertThat(geo.path("features").size()).isPositive();
        for (JsonNode feature : geo.path("features")) {
            assertThat(feature.path("geometry").path("coordinates").size()).isEqualTo(2);
            assertThat(feature.path("properties").path("event_type").asText()).isNotBlank();
        }
    }

    @Test
    void theCliReadsTheStoreWhileTheServerHoldsIt() throws Exception {
        Process articles = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SitrepCommand.class.getName(), "articles", "--db",
                server.db()).redirectErrorStream(true).start();
        String out = new String(articles.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(articles.waitFor()).as(out).isZero();
        int total = JSON.readTree(get("/api/articles?limit=0").body()).path("total").asInt();
        assertThat(out).contains("Sunna Files").contains(total + " articles");
    }
}
