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
        JsonNode fights = JSON.readTree(get("/api/events?type=FIGHT&side=opposition&minConfidence=0.8&limit=2").body());
        assertThat(fights.path("items").size()).isBetween(1, 2);
        fights.path("items").forEach(e -> {
            assertThat(e.path("type").asText()).isEqualTo("FIGHT");
            assertThat(e.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.8);
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
}
