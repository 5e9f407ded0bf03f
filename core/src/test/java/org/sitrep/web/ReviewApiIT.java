package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Facts;
import org.sitrep.store.Store;
import org.sitrep.testing.Samples;

/**
 * {@code /api/reviews} over real HTTP on loopback, on a real H2 store: a review changes the served situation at
 * once and after a restart; bad reviews are 400s that store nothing; writes need the token and our own site.
 */
class ReviewApiIT {
    static final String TOKEN = "review-token";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static Gazetteer gazetteer;
    static KnowledgeBase knowledge;
    static Server server;

    @TempDir
    static Path dir;

    /** A store with one article of every kind of fact, served; closing it closes both. */
    record Server(Store store, WebServer web) implements AutoCloseable {
        static Server start(Path location, Optional<String> token) {
            Store store = Store.open(location.toString());
            SituationService service = new SituationService(store, new ArticleBuilder(BoilerplateDetector.standard(),
                    LanguageIdentifier.load()), Facts::none);
            return new Server(store, WebServer.start(service, gazetteer, knowledge, token, 100_000, "127.0.0.1", 0));
        }

        String base() {
            return "http://127.0.0.1:" + web.port();
        }

        @Override
        public void close() {
            web.close();
            store.close();
        }
    }

    @BeforeAll
    static void start() {
        gazetteer = Gazetteer.load();
        knowledge = KnowledgeBase.load();
        server = Server.start(storeWithOneArticle("shared"), Optional.of(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Path storeWithOneArticle(String name) {
        Path location = dir.resolve(name);
        try (Store store = Store.open(location.toString())) {
            store.save(Samples.articleOfEveryKind(), Samples.factsOfEveryKind(), Fingerprint.of(Samples.TEXT));
        }
        return location;
    }

    static JsonNode get(Server on, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(on.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> post(Server on, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.base() + "/api/reviews"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postWithToken(Server on, String body) throws Exception {
        return post(on, body, "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
    }

    static String claimId(Server on) throws Exception {
        return get(on, "/api/control?at=2024-12-05").get(0).path("evidence").get(0).path("claimId").asText();
    }

    static String review(String kind, String id, String verdict, String corrections, String reason) {
        return "{\"targetKind\":\"" + kind + "\",\"targetId\":\"" + id + "\",\"verdict\":\"" + verdict + "\","
                + (corrections == null ? "" : "\"corrections\":" + corrections + ",")
                + "\"reviewer\":\"Ana Analyst\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @Test
    void aCorrectedControlClaimIsStoredWithWhoWhenWhyAndServedAtOnce() throws Exception {
        String claimId = claimId(server);
        long version = get(server, "/api/meta").path("version").asLong();
        HttpResponse<String> posted = postWithToken(server, review("control", claimId, "correct",
                "{\"status\":\"contested\",\"controller\":\"Syrian government\",\"side\":\"government\"}",
                "the army still holds the citadel"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode stored = JSON.readTree(posted.body());
        assertThat(stored.path("id").asLong()).isPositive();
        assertThat(stored.path("targetKind").asText()).isEqualTo("control");
        assertThat(stored.path("targetId").asText()).isEqualTo(claimId);
        assertThat(stored.path("verdict").asText()).isEqualTo("correct");
        assertThat(stored.path("corrections").path("status").asText()).isEqualTo("contested");
        assertThat(stored.path("reviewer").asText()).isEqualTo("Ana Analyst");
        assertThat(stored.path("reason").asText()).isEqualTo("the army still holds the citadel");
        assertThat(java.time.Instant.parse(stored.path("at").asText())).isBeforeOrEqualTo(java.time.Instant.now());

        assertThat(get(server, "/api/meta").path("version").asLong()).isGreaterThan(version);
        JsonNode interval = get(server, "/api/control?at=2024-12-05").get(0);
        assertThat(interval.path("status").asText()).isEqualTo("contested");
        assertThat(interval.path("controller").asText()).isEqualTo("Syrian government");
        assertThat(interval.path("reviewed").path("id").asLong()).isEqualTo(stored.path("id").asLong());
        assertThat(interval.path("evidence").get(0).path("reviewed").path("verdict").asText()).isEqualTo("correct");
        assertThat(get(server, "/api/reviews?target=" + claimId)).singleElement().isEqualTo(stored);
    }

    @Test
    void aRejectedEventLeavesTheEventsAndALaterAcceptBringsItBackWithTheHistoryKept() throws Exception {
        String eventId = get(server, "/api/events").path("items").get(0).path("id").asText();
        assertThat(postWithToken(server, review("event", eventId, "reject", null, "a rumour")).statusCode())
                .isEqualTo(201);
        assertThat(get(server, "/api/events").path("total").asInt()).isZero();
        assertThat(postWithToken(server, review("event", eventId, "accept", null, null)).statusCode()).isEqualTo(201);
        JsonNode event = get(server, "/api/events").path("items").get(0);
        assertThat(event.path("id").asText()).isEqualTo(eventId);
        assertThat(event.path("confidence").asDouble()).isEqualTo(1.0);
        assertThat(event.path("reviewed").path("verdict").asText()).isEqualTo("accept");
        JsonNode history = get(server, "/api/reviews?target=" + eventId);
        assertThat(history).extracting(r -> r.path("verdict").asText()).containsExactly("reject", "accept");
        assertThat(history.get(0).path("reports").get(0).asText())
                .isEqualTo(Samples.articleOfEveryKind().id() + "/e1");
    }

    @Test
    void aBadReviewIsA400NamingTheProblemAndStoresNothing() throws Exception {
        String claimId = claimId(server);
        int stored = get(server, "/api/reviews").size();
        assertRefused(400, "no control with id c0000000000000000 in the situation",
                review("control", "c0000000000000000", "accept", null, null));
        assertRefused(400, "verdict must be accept, reject or correct", review("control", claimId, "approve", null, "x"));
        assertRefused(400, "a reject needs a reason", review("control", claimId, "reject", null, null));
        assertRefused(400, "a correct needs at least one corrected field",
                review("control", claimId, "correct", "{}", "why"));
        assertRefused(400, "cannot correct \\\"place\\\" of a control",
                review("control", claimId, "correct", "{\"place\":\"Homs\"}", "why"));
        assertRefused(400, "correction status must be held or contested",
                review("control", claimId, "correct", "{\"status\":\"won\"}", "why"));
        assertRefused(400, "targetKind must be event or control", review("place", claimId, "accept", null, null));
        assertRefused(400, "not an event id", review("event", claimId, "accept", null, null));
        assertRefused(400, "field reviewer is required", "{\"targetKind\":\"control\",\"targetId\":\"" + claimId
                + "\",\"verdict\":\"accept\"}");
        assertRefused(400, "unknown field verdikt", "{\"verdikt\":\"accept\"}");
        assertRefused(400, "the request body is not JSON", "{\"targetKind\":");
        HttpResponse<String> text = post(server, review("control", claimId, "accept", null, null),
                "Authorization", "Bearer " + TOKEN, "Content-Type", "text/plain");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(get(server, "/api/reviews").size()).isEqualTo(stored);
    }

    @Test
    void writingAReviewNeedsTheTokenAndOurOwnSite() throws Exception {
        String body = review("control", claimId(server), "accept", null, null);
        int stored = get(server, "/api/reviews").size();
        assertThat(post(server, body, "Content-Type", "application/json").statusCode()).isEqualTo(401);
        assertThat(post(server, body, "Authorization", "Bearer wrong", "Content-Type", "application/json")
                .statusCode()).isEqualTo(401);
        HttpResponse<String> crossSite = post(server, body, "Authorization", "Bearer " + TOKEN,
                "Content-Type", "application/json", "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(post(server, body, "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json",
                "Origin", "https://attacker.example").statusCode()).isEqualTo(403);
        try (Server tokenless = Server.start(storeWithOneArticle("tokenless"), Optional.empty())) {
            HttpResponse<String> refused = post(tokenless, body, "Authorization", "Bearer " + TOKEN,
                    "Content-Type", "application/json");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("writes are disabled");
        }
        assertThat(get(server, "/api/reviews").size()).isEqualTo(stored);
    }

    @Test
    void aReviewSurvivesARestartOfServerAndStore() throws Exception {
        Path location = storeWithOneArticle("restart");
        String claimId;
        try (Server first = Server.start(location, Optional.of(TOKEN))) {
            claimId = claimId(first);
            assertThat(postWithToken(first, review("control", claimId, "reject", null, "wrong place")).statusCode())
                    .isEqualTo(201);
            assertThat(get(first, "/api/control?at=2024-12-05")).isEmpty();
        }
        try (Server second = Server.start(location, Optional.of(TOKEN))) {
            assertThat(get(second, "/api/control?at=2024-12-05")).isEmpty();
            assertThat(get(second, "/api/reviews?target=" + claimId)).singleElement()
                    .satisfies(r -> assertThat(r.path("reason").asText()).isEqualTo("wrong place"));
            assertThat(second.store().facts(Samples.factsOfEveryKind().article().id()))
                    .contains(Samples.factsOfEveryKind()); // the machine's claim is kept under the reject
        }
    }

    private static void assertRefused(int status, String message, String body) throws Exception {
        HttpResponse<String> response = postWithToken(server, body);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.body()).contains(message);
    }
}
