package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.cli.ServeCommand;
import org.sitrep.digest.MailSettings;
import org.sitrep.digest.Newsletter;
import org.sitrep.digest.Tokens;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.store.Store;
import org.sitrep.store.Subscriber;
import org.sitrep.testing.HeadlessChromium;
import org.sitrep.testing.Hostile;
import picocli.CommandLine;

/**
 * The attacks of issue 12 against a real server on loopback (H2 store, GreenMail for SMTP, headless Chromium where a
 * browser matters), each asserted to fail: stored XSS through every field an article or its extraction fills, unsafe
 * links, missing security headers, CSRF on the newsletter's forms, newsletter abuse (changing a confirmed address,
 * mail floods, forged and expired tokens, header injection), oversized and malformed bodies, query syntax and
 * injection-looking values in every parameter, and 500s that would leak internals.
 */
class SecurityIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);
    static final String TOKEN = "security-token";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern TOKEN_LINK = Pattern.compile("http://sitrep\\.test(/(?:confirm|preferences|unsubscribe)\\?token=[A-Za-z0-9%_.\\-]+)");
    /** Generous enough that the tests sharing this server never meet them; the rate tests start their own. */
    static final Limits LIMITS = Limits.defaults(100_000).withSubscribes(new Limits.Rate(1000, Duration.ofHours(1)),
            new Limits.Rate(1000, Duration.ofHours(1)));

    @TempDir
    static Path dir;
    static Store store;
    static Gazetteer gazetteer;
    static KnowledgeBase knowledge;
    static SituationService service;
    static WebServer server;
    static String base;
    static String articleId;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store").toString());
        gazetteer = Gazetteer.load();
        knowledge = KnowledgeBase.load();
        service = new SituationService(store, new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load()),
                Hostile.extractor(gazetteer));
        server = startServer(LIMITS, ServerSetupTest.SMTP.getPort());
        base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> posted = postArticle(base, "text/plain", Hostile.article(), TOKEN);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        articleId = JSON.readTree(posted.body()).path("id").asText();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static WebServer startServer(Limits limits, int smtpPort) {
        return WebServer.start(service, gazetteer, knowledge, Optional.of(TOKEN), limits, "127.0.0.1", 0,
                Optional.of(newsletter(smtpPort)));
    }

    static Newsletter newsletter(int smtpPort) {
        return new Newsletter(store, new MailSettings("127.0.0.1", smtpPort, Optional.empty(), Optional.empty(), false,
                "sitrep <digest@sitrep.test>", "http://sitrep.test", 1000), Clock.systemUTC(), Duration.ofMillis(10));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postArticle(String server, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/api/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** A form POST; {@code headers} are name, value pairs (Origin, Sec-Fetch-Site, …). */
    static HttpResponse<String> form(String server, String path, Map<String, String> fields, String... headers)
            throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** The path and query of the first sitrep link in a mail, to follow on the test server. */
    static String link(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = TOKEN_LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    static String tokenOf(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    /** A confirmed subscriber, as after the double opt-in. */
    static void confirmed(String email, String lang, List<String> topics) {
        store.subscribe(email, lang, topics);
        store.setStatus(email, Subscriber.Status.CONFIRMED);
    }

    static String managementToken(String email) {
        return tokenOf(newsletter(ServerSetupTest.SMTP.getPort()).unsubscribeUrl(email));
    }

    static void assertNoMarkupOrHandlers(String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("img, svg, iframe, object, embed")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWith("on").isNotEqualTo("style");
            }
            if (element.tagName().equals("script")) {
                assertThat(element.attr("src")).as("inline script").isNotEmpty();
                assertThat(element.data()).as("inline script").isBlank();
            }
        }
    }

    // ------------------------------------------------------------------ stored XSS: API and pages

    @Test
    void apiServesPayloadsAsJsonDataNotAsAPage() throws Exception {
        HttpResponse<String> article = get("/api/articles/" + articleId);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(article.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        JsonNode node = JSON.readTree(article.body());
        assertThat(node.path("article").path("title").asText()).isEqualTo(Hostile.TITLE);
        assertThat(node.path("article").path("url").asText()).isEqualTo(Hostile.JAVASCRIPT_URL);
        HttpResponse<String> control = get("/api/control?at=" + Hostile.DAY);
        assertThat(control.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSON.readTree(control.body()).findValuesAsText("controller"))
                .containsExactlyInAnyOrder(Hostile.CONTROLLER, Hostile.TARGET);
    }

    @Test
    void pagesHoldNoInlineScriptNorStyleAttributes() throws Exception {
        for (String path : List.of("/", "/index.html", "/api.html", "/subscribe")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertNoMarkupOrHandlers(page.body());
        }
    }

    @Test
    void newsletterPagesEscapeStoredValues() throws Exception {
        String email = "prefs-xss@example.org";
        confirmed(email, "en", List.of(Hostile.IMG, Hostile.ATTRIBUTE));
        HttpResponse<String> page = get("/preferences?token=" + encode(managementToken(email)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;img src=x onerror=&quot;window.__xss=&#39;img&#39;&quot;&gt;",
                "&quot; onmouseover=&quot;window.__xss=&#39;attr&#39;&quot;");
        assertNoMarkupOrHandlers(page.body());
        assertThat(Jsoup.parse(page.body()).select("input[name=topics]").attr("value"))
                .isEqualTo(Hostile.IMG + ", " + Hostile.ATTRIBUTE);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    // ------------------------------------------------------------------ headers

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (String path : List.of("/", "/app.js", "/vendor/leaflet/leaflet.css", "/api.html", "/api/meta",
                "/api/events?limit=1", "/api/nothing", "/no-such-page", "/api/search", "/subscribe", "/confirm?token=x")) {
            responses.add(get(path));
        }
        responses.add(postArticle(base, "text/plain", "published: 2025-03-03\n\n" + Hostile.EXPLODE + " here.\n", TOKEN));
        responses.add(postArticle(base, "text/plain", "x".repeat(100_001), TOKEN));
        responses.add(postArticle(base, "text/plain", "Rebels advanced.", null));
        assertThat(responses).extracting(HttpResponse::statusCode)
                .containsExactly(200, 200, 200, 200, 200, 200, 404, 404, 400, 200, 400, 500, 413, 401);
        for (HttpResponse<String> response : responses) {
            String where = response.request().method() + " " + response.uri() + " → " + response.statusCode();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(where).contains(CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(where).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(where).contains("no-referrer");
        }
        assertThat(CSP).doesNotContain("unsafe-inline", "unsafe-eval").contains("frame-ancestors 'none'");
    }

    // ------------------------------------------------------------------ errors never echo internals

    @Test
    void aFailureAnswersAGenericMessageWithAnIdAndNoExceptionText() throws Exception {
        HttpResponse<String> failed = postArticle(base, "text/plain",
                "published: 2025-03-04\n\nThe " + Hostile.EXPLODE + " report.\n", TOKEN);
        assertThat(failed.statusCode()).isEqualTo(500);
        JsonNode body = JSON.readTree(failed.body());
        assertThat(body.path("message").asText())
                .isEqualTo("internal error: the server's log has the details under this id");
        assertThat(body.path("id").asText()).matches("[0-9a-f]{8}");
        assertThat(failed.body()).doesNotContain("jdbc", "VARCHAR", "IllegalStateException", "/srv/secret", "at org.");
    }

    @Test
    void mailServerDownAnswers503WithoutInternalsAndChangesNothing() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        String email = "smtp-down@example.org";
        try (WebServer down = startServer(LIMITS.withSubscribes(new Limits.Rate(2, Duration.ofHours(1)),
                new Limits.Rate(2, Duration.ofHours(1))), deadPort)) {
            String downBase = "http://127.0.0.1:" + down.port();
            for (int i = 0; i < 4; i++) { // more than the limits: a failed send is not counted against anyone
                HttpResponse<String> refused = form(downBase, "/api/subscribe", Map.of("email", email));
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(JSON.readTree(refused.body()).path("message").asText())
                        .isEqualTo("the mail server is not available: nothing was changed, try again later");
                assertThat(refused.body()).doesNotContain(Integer.toString(deadPort), "127.0.0.1", "Connect",
                        "Exception", email);
            }
            assertThat(store.subscriber(email)).isEmpty();
        }
        HttpResponse<String> retried = form(base, "/api/subscribe", Map.of("email", email));
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(store.subscriber(email).orElseThrow().status()).isEqualTo(Subscriber.Status.PENDING);
    }

    // ------------------------------------------------------------------ bodies

    @Test
    void oversizedAndMalformedBodiesAreRefusedWithTheirStatus() throws Exception {
        assertThat(postArticle(base, "text/plain", "x".repeat(100_001), TOKEN).statusCode()).isEqualTo(413);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[300_000]))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> deep = postArticle(base, "application/json",
                "[".repeat(5_000) + "]".repeat(5_000), TOKEN);
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(deep.body()).path("message").asText()).isEqualTo("JSON nested deeper than 64 levels");
        HttpResponse<String> deepObject = postArticle(base, "application/json",
                "{\"text\": \"x\", \"a\":".repeat(3_000) + "1" + "}".repeat(3_000), TOKEN);
        assertThat(deepObject.statusCode()).isEqualTo(400);
        for (String malformed : List.of("{\"text\": ", "{\"text\": \"\\u12\"}", "[1,2", "\"just a string\"", "null",
                "{\"text\": [\"a\", {\"b\": 1}]}", "\u0000\u0001\u0002")) {
            HttpResponse<String> response = postArticle(base, "application/json", malformed, TOKEN);
            assertThat(response.statusCode()).as(malformed + " → " + response.body()).isEqualTo(400);
        }
        assertThat(postArticle(base, "text/plain", "", TOKEN).statusCode()).isEqualTo(400);
        assertThat(postArticle(base, "image/png", "x", TOKEN).statusCode()).isEqualTo(415);
        HttpResponse<String> bigForm = form(base, "/api/subscribe", Map.of("email", "big@example.org",
                "topics", "x".repeat(20_000)));
        assertThat(bigForm.statusCode()).isEqualTo(413);
        assertThat(mailsTo("big@example.org")).isEmpty();
    }

    @Test
    void writesNeedTheToken() throws Exception {
        assertThat(postArticle(base, "text/plain", "Rebels advanced.", null).statusCode()).isEqualTo(401);
        assertThat(postArticle(base, "text/plain", "Rebels advanced.", TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Authorization", "Basic "
                + TOKEN).POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode()).isEqualTo(401);
        assertThat(get("/api/subscribers").statusCode()).isEqualTo(401);
        try (WebServer readOnly = WebServer.start(service, gazetteer, knowledge, Optional.empty(), LIMITS, "127.0.0.1",
                0, Optional.empty())) {
            HttpResponse<String> refused = postArticle("http://127.0.0.1:" + readOnly.port(), "text/plain",
                    "Rebels advanced.", "anything");
            assertThat(refused.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void bindsToLoopbackUnlessToldOtherwise() throws Exception {
        assertThat(new CommandLine(new ServeCommand()).getCommandSpec().findOption("--host").defaultValue())
                .isEqualTo("127.0.0.1");
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(external.isPresent(), "skipped: this machine has no non-loopback address to try");
        try (Socket socket = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new InetSocketAddress(external.get(), server.port()), 2000)).isInstanceOf(ConnectException.class);
        }
    }

    // ------------------------------------------------------------------ query parameters

    @Test
    void searchTakesQuerySyntaxAsPlainWords() throws Exception {
        for (String q : List.of("OR", "AND", "NOT", "a AND", "OR OR", "\"", "(", ")", "*", "?", "~", "title:x", "\\",
                "[a TO b]", "/regex/", "Manbij OR", "+-&&||!(){}[]^\"~*?:\\/")) {
            HttpResponse<String> response = get("/api/search?q=" + encode(q));
            assertThat(response.statusCode()).as(q + " → " + response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).isArray()).isTrue();
        }
        assertThat(JSON.readTree(get("/api/search?q=" + encode("Manbij OR")).body()).size()).isPositive();
        HttpResponse<String> tooLong = get("/api/search?q=" + encode("word ".repeat(200)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).path("message").asText())
                .isEqualTo("parameter q has at most 500 characters, had 1000");
    }

    @Test
    void injectionInEveryQueryParameterIsNeverA500() throws Exception {
        List<String> payloads = new ArrayList<>(List.of("' OR '1'='1", "1; DROP TABLE article; --", "\" OR \"\"=\"",
                "<script>alert(1)</script>", Hostile.IMG, "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../etc/passwd",
                "%00", "\u0000", "\r\nSet-Cookie: x=1", "OR", "NOT", "*", "-1", "99999999999999999999", "NaN",
                "1e309", "2024-13-45", "\u202e", "", " ", "x".repeat(3_000)));
        Map<String, List<String>> parameters = Map.of(
                "/api/articles", List.of("offset", "limit"),
                "/api/events", List.of("from", "to", "place", "actor", "type", "side", "minConfidence", "offset",
                        "limit", "modality", "q", "format"),
                "/api/events/counts", List.of("q", "modality"),
                "/api/control", List.of("at", "format"),
                "/api/stances", List.of("from", "to"),
                "/api/quotes", List.of("speaker"),
                "/api/search", List.of("q"),
                "/confirm", List.of("token"),
                "/unsubscribe", List.of("token"),
                "/preferences", List.of("token"));
        int tried = 0;
        for (Map.Entry<String, List<String>> endpoint : parameters.entrySet()) {
            for (String parameter : endpoint.getValue()) {
                for (String payload : payloads) {
                    String extra = endpoint.getKey().equals("/api/control") && !parameter.equals("at") ? "at=2025-03-02&"
                            : endpoint.getKey().equals("/api/stances") && !parameter.equals("from") ? "from=x&" : "";
                    HttpResponse<String> response = get(endpoint.getKey() + "?" + extra + parameter + "="
                            + encode(payload));
                    String where = endpoint.getKey() + "?" + parameter + "=" + payload;
                    assertThat(response.statusCode()).as(where + " → " + response.body()).isIn(200, 400, 404);
                    assertThat(response.headers().allValues("Set-Cookie")).as(where).isEmpty();
                    if (endpoint.getKey().startsWith("/api/")) {
                        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(where)
                                .startsWith("application/");
                        JSON.readTree(response.body()); // well-formed JSON, whatever the value
                    } else {
                        assertThat(response.body()).as(where).doesNotContain("<script>alert", "<img src=x");
                    }
                    tried++;
                }
            }
        }
        for (String path : List.of("/api/articles/", "/api/events/", "/api/places/", "/api/actors/")) {
            for (String payload : payloads.subList(0, 12)) {
                HttpResponse<String> response = get(path + encode(payload).replace("+", "%20"));
                // a payload may be a name the knowledge base knows ("OR" is an alias): never a 500
                assertThat(response.statusCode()).as(path + payload).isIn(path.equals("/api/actors/") ? 200 : 400,
                        400, 404);
                tried++;
            }
        }
        assertThat(tried).isEqualTo(25 * payloads.size() + 4 * 12);
    }

    // ------------------------------------------------------------------ newsletter: CSRF

    @Test
    void crossSiteFormPostsAreRefused() throws Exception {
        String email = "csrf@example.org";
        assertThat(form(base, "/api/subscribe", Map.of("email", email), "Origin", "https://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(form(base, "/api/subscribe", Map.of("email", email), "Sec-Fetch-Site", "cross-site").statusCode())
                .isEqualTo(403);
        assertThat(form(base, "/api/subscribe", Map.of("email", email), "Sec-Fetch-Site", "same-site").statusCode())
                .isEqualTo(403);
        assertThat(form(base, "/api/subscribe", Map.of("email", email), "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(mailsTo(email)).isEmpty();
        assertThat(store.subscriber(email)).isEmpty();
        assertThat(form(base, "/api/subscribe", Map.of("email", email), "Origin", base, "Sec-Fetch-Site",
                "same-origin").statusCode()).isEqualTo(202);
        assertThat(mailsTo(email)).hasSize(1);
        // behind a reverse proxy the origin is the public base URL, not the Host the server sees
        assertThat(form(base, "/api/subscribe", Map.of("email", "csrf-proxy@example.org"), "Origin",
                "http://sitrep.test").statusCode()).isEqualTo(202);

        String owner = "csrf-owner@example.org";
        confirmed(owner, "en", List.of("Aleppo"));
        String token = managementToken(owner);
        HttpResponse<String> preferences = form(base, "/preferences", Map.of("token", token, "lang", "ar",
                "topics", "Idlib"), "Origin", "https://evil.example");
        assertThat(preferences.statusCode()).isEqualTo(403);
        HttpResponse<String> unsubscribe = form(base, "/unsubscribe", Map.of("token", token),
                "Sec-Fetch-Site", "cross-site");
        assertThat(unsubscribe.statusCode()).isEqualTo(403);
        assertThat(store.subscriber(owner).orElseThrow()).isEqualTo(new Subscriber(owner, "en", List.of("Aleppo"),
                Subscriber.Status.CONFIRMED));
        assertThat(form(base, "/preferences", Map.of("token", token, "lang", "ar", "topics", "Idlib, Hama"),
                "Origin", base).statusCode()).isEqualTo(200);
        assertThat(store.subscriber(owner).orElseThrow().topics()).containsExactly("Idlib", "Hama");
    }

    @Test
    void oneClickUnsubscribeFromAMailClientStillWorks() throws Exception {
        String email = "one-click@example.org";
        confirmed(email, "en", List.of());
        String url = "/unsubscribe?token=" + encode(managementToken(email));
        // RFC 8058: a POST of List-Unsubscribe=One-Click to the List-Unsubscribe URL, no cookies, from anywhere
        HttpResponse<String> oneClick = form(base, url, Map.of("List-Unsubscribe", "One-Click"),
                "Origin", "https://mail.example");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(store.subscriber(email).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);

        String other = "one-click-multipart@example.org";
        confirmed(other, "en", List.of());
        String boundary = "sitrep-boundary";
        HttpResponse<String> multipart = send(HttpRequest.newBuilder(URI.create(base + "/unsubscribe?token="
                        + encode(managementToken(other))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
                        + "name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--" + boundary + "--\r\n")));
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
        assertThat(store.subscriber(other).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
    }

    // ------------------------------------------------------------------ newsletter: abuse without credentials

    @Test
    void subscribingAConfirmedAddressChangesNothingAndTellsItsOwner() throws Exception {
        String email = "confirmed-owner@example.org";
        confirmed(email, "en", List.of("Aleppo"));
        HttpResponse<String> attempt = form(base, "/api/subscribe", Map.of("email", email, "lang", "ar",
                "topics", "Idlib"));
        assertThat(attempt.statusCode()).isEqualTo(202);
        assertThat(store.subscriber(email).orElseThrow()).isEqualTo(new Subscriber(email, "en", List.of("Aleppo"),
                Subscriber.Status.CONFIRMED));
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your sitrep digest subscription");
        String preferences = link(mails.get(0));
        assertThat(preferences).startsWith("/preferences?token=");
        HttpResponse<String> page = get(preferences);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(email, "value=\"Aleppo\"");
    }

    @Test
    void anAddressWithABarConfirms() throws Exception {
        String email = "first|second@example.org";
        assertThat(form(base, "/api/subscribe", Map.of("email", email)).statusCode()).isEqualTo(202);
        HttpResponse<String> confirmation = get(link(mailsTo(email).get(0)));
        assertThat(confirmation.statusCode()).as(confirmation.body()).isEqualTo(200);
        assertThat(store.subscriber(email).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
    }

    @Test
    void forgedExpiredAndMisusedTokensAreRefused() throws Exception {
        String email = "tokens@example.org";
        store.subscribe(email, "en", List.of());
        Tokens genuine = new Tokens(store.secret("digest-token-key"));
        String valid = genuine.issue("confirm", email, Instant.now().plusSeconds(600));
        String payload = valid.substring(0, valid.indexOf('.'));
        String signature = valid.substring(valid.indexOf('.') + 1);
        String otherAddress = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                        .replace(java.util.Base64.getUrlEncoder().withoutPadding()
                                .encodeToString(email.getBytes(StandardCharsets.UTF_8)),
                                java.util.Base64.getUrlEncoder().withoutPadding()
                                        .encodeToString("victim@example.org".getBytes(StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.UTF_8));
        List<String> refused = List.of("forged", "", ".", "a.b", payload + ".", "." + signature,
                otherAddress + "." + signature, // another address under the genuine signature
                new Tokens("another secret").issue("confirm", email, Instant.now().plusSeconds(600)),
                genuine.issue("confirm", email, Instant.now().minusSeconds(1)), // expired
                genuine.issue("unsubscribe", email, Instant.now().plusSeconds(600)), // another purpose
                valid + "x", valid.replace('.', '!'), "x".repeat(5_000) + "." + signature);
        for (String token : refused) {
            HttpResponse<String> response = get("/confirm?token=" + encode(token));
            assertThat(response.statusCode()).as(token).isEqualTo(400);
        }
        for (String token : List.of("forged", genuine.issue("confirm", email, Instant.now().plusSeconds(600)))) {
            assertThat(get("/preferences?token=" + encode(token)).statusCode()).as(token).isEqualTo(400);
            assertThat(form(base, "/unsubscribe", Map.of("token", token)).statusCode()).as(token).isEqualTo(400);
            assertThat(form(base, "/preferences", Map.of("token", token, "lang", "ar")).statusCode()).isEqualTo(400);
        }
        assertThat(store.subscriber(email).orElseThrow().status()).isEqualTo(Subscriber.Status.PENDING);
        assertThat(store.subscriber("victim@example.org")).isEmpty();
        assertThat(get("/confirm?token=" + encode(valid)).statusCode()).isEqualTo(200);
    }

    @Test
    void headerInjectionInAddressesIsRefused() throws Exception {
        for (String email : List.of("a@example.org\r\nBcc: victim@example.org", "a@example.org\nBcc: victim@example.org",
                "a@example.org\rSubject: pwned", "\"a\r\nBcc: victim@example.org\"@example.org",
                "a@example.org, victim@example.org", "a@example.org;victim@example.org",
                "Someone <a@example.org>", "a@example.org\u0000", "victim@example.org%0d%0aBcc:x@example.org",
                "a" + "b".repeat(300) + "@example.org", "no-domain@", "@example.org", "a@localhost")) {
            HttpResponse<String> response = form(base, "/api/subscribe", Map.of("email", email));
            assertThat(response.statusCode()).as(email).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").asText()).as(email)
                    .startsWith("invalid e-mail address");
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void topicsAndLanguageAreBounded() throws Exception {
        HttpResponse<String> longTopic = form(base, "/api/subscribe", Map.of("email", "topics@example.org",
                "topics", "x".repeat(2_500)));
        assertThat(longTopic.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(longTopic.body()).path("message").asText())
                .isEqualTo("a topic has at most 80 characters, one had 2500");
        List<String> thirty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            thirty.add("topic" + i);
        }
        HttpResponse<String> tooMany = form(base, "/api/subscribe", Map.of("email", "topics@example.org",
                "topics", String.join(",", thirty)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).path("message").asText()).isEqualTo("at most 20 topics, were 30");
        assertThat(form(base, "/api/subscribe", Map.of("email", "topics@example.org", "lang", "<b>"))
                .statusCode()).isEqualTo(400);
        String owner = "topics-owner@example.org";
        confirmed(owner, "en", List.of());
        assertThat(form(base, "/preferences", Map.of("token", managementToken(owner), "topics", "y".repeat(3_000)))
                .statusCode()).isEqualTo(400);
        assertThat(store.subscriber(owner).orElseThrow().topics()).isEmpty();
    }

    // ------------------------------------------------------------------ rate limits

    @Test
    void subscriptionsAreRateLimitedPerAddressAndPerClient() throws Exception {
        try (WebServer limited = startServer(LIMITS.withSubscribes(new Limits.Rate(3, Duration.ofHours(1)),
                new Limits.Rate(6, Duration.ofHours(1))), ServerSetupTest.SMTP.getPort())) {
            String limitedBase = "http://127.0.0.1:" + limited.port();
            String email = "flood@example.org";
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = form(limitedBase, "/api/subscribe", Map.of("email", email));
                statuses.add(last.statusCode());
            }
            assertThat(statuses).containsExactly(202, 202, 202, 429, 429);
            long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 3600L);
            assertThat(mailsTo(email)).hasSize(3);
            // the client has used 5 of its 6: one more address, then it is refused whatever the address
            assertThat(form(limitedBase, "/api/subscribe", Map.of("email", "flood-2@example.org")).statusCode())
                    .isEqualTo(202);
            HttpResponse<String> refused = form(limitedBase, "/api/subscribe", Map.of("email", "flood-3@example.org"));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(mailsTo("flood-3@example.org")).isEmpty();
        }
    }

    @Test
    void requestsThatNeedTheTokenAreRateLimitedPerClient() throws Exception {
        try (WebServer limited = startServer(LIMITS.withTokenRequests(new Limits.Rate(3, Duration.ofHours(1))),
                ServerSetupTest.SMTP.getPort())) {
            String limitedBase = "http://127.0.0.1:" + limited.port();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) { // token guesses count too
                statuses.add(postArticle(limitedBase, "text/plain", "Rebels advanced " + i + ".", "guess" + i)
                        .statusCode());
            }
            assertThat(statuses).containsExactly(401, 401, 401, 429, 429);
            HttpResponse<String> refused = postArticle(limitedBase, "text/plain", "Rebels advanced.", TOKEN);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        }
    }

    // ------------------------------------------------------------------ the UI in headless Chromium

    static ChromeDriver browser;
    static WebDriverWait wait;

    /** The browser, started on first use; a test that needs it is skipped where chromium is not installed. */
    static ChromeDriver browser() {
        HeadlessChromium.assumeInstalled();
        if (browser == null) {
            browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
            // Record every Content-Security-Policy violation, from before the page's first script.
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                            + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
            // a page that navigates between the lookup and the read leaves a stale element: look again
            wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        }
        return browser;
    }

    static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void hoveringAndClickingPayloadsInTheUiRunsNoScript() {
        browser().get(base + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        wait.until(d -> d.findElements(By.cssSelector("path.place")).size() == 2);
        Actions actions = new Actions(browser);
        Set<Object> tooltips = new LinkedHashSet<>();
        List<WebElement> markers = browser.findElements(By.cssSelector("path.place"));
        for (int i = 0; i < markers.size(); i++) {
            actions.moveToElement(markers.get(i)).perform(); // the tooltip of the issue's attack opens on hover
            int seen = i + 1; // the previous marker's tooltip may still be fading out: wait for this one's
            wait.until(d -> {
                tooltips.addAll((List<?>) script("return Array.from(document.querySelectorAll('.leaflet-tooltip'))"
                        + ".map(t => t.textContent).filter(t => t.includes(' by '))"));
                return tooltips.size() >= seen;
            });
            assertThat(script("return document.querySelectorAll('.leaflet-tooltip img, .leaflet-tooltip svg, "
                    + ".leaflet-tooltip script').length")).isEqualTo(0L);
        }
        assertThat(tooltips.toString()).contains(Hostile.CONTROLLER, Hostile.PLACE, Hostile.TARGET);

        browser.findElements(By.cssSelector("path.place")).get(0).click();
        wait.until(d -> d.findElement(By.id("evidence")).isDisplayed());
        wait.until(d -> !d.findElement(By.id("evidence-text")).getText().isEmpty());
        assertThat(browser.findElement(By.id("evidence-text")).getText()).contains(Hostile.CONTROLLER);
        assertThat(browser.findElement(By.id("evidence-meta")).getText()).startsWith(Hostile.SOURCE);
        assertThat(browser.findElements(By.cssSelector("#evidence-meta a"))).isEmpty(); // javascript: is no link

        browser.findElement(By.cssSelector("#timeline li.event")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#actor li")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#actor h3")).getText()).isEqualTo(Hostile.CONTROLLER);
        assertThat(browser.findElement(By.cssSelector("#actor li")).getText()).contains(Hostile.QUOTE);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(Hostile.CONTROLLER, Hostile.TARGET);
        actions.moveToElement(browser.findElement(By.cssSelector("#actor circle"))).perform();

        assertThat(script("return document.querySelectorAll('main img, main script, main iframe, "
                + "main [onerror], main [onload], main [onmouseover]').length")).isEqualTo(0L);
        assertThat(script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(script("return window.__csp")).as("the policy blocks nothing the UI needs").isEqualTo(List.of());
        assertNoAlert();
    }

    @Test
    void aWebLinkInAnArticleBecomesTheSourceLink() throws Exception {
        try (Store own = Store.open(dir.resolve("store-links").toString());
             WebServer linked = WebServer.start(new SituationService(own, new ArticleBuilder(
                     BoilerplateDetector.standard(), LanguageIdentifier.load()), Hostile.extractor(gazetteer)),
                     gazetteer, knowledge, Optional.of(TOKEN), LIMITS, "127.0.0.1", 0, Optional.empty())) {
            String linkedBase = "http://127.0.0.1:" + linked.port();
            String article = Hostile.article().replace(Hostile.JAVASCRIPT_URL, "https://news.example/manbij?a=1&b=2");
            assertThat(postArticle(linkedBase, "text/plain", article, TOKEN).statusCode()).isEqualTo(201);
            browser().get(linkedBase + "/");
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            browser.findElement(By.cssSelector("#timeline li.event")).click();
            WebElement link = wait.until(d -> d.findElements(By.cssSelector("#evidence-meta a")).stream().findFirst()
                    .orElse(null));
            assertThat(link.getDomAttribute("href")).isEqualTo("https://news.example/manbij?a=1&b=2");
            assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
            assertThat(script("return window.__xss === undefined")).isEqualTo(true);
        }
    }

    @Test
    void apiPageRunsOnlyItsOwnScript() {
        browser().get(base + "/api.html");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#paths h2")).size()).isGreaterThan(5);
        assertThat(script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(script("return window.__csp")).isEqualTo(List.of());
    }

    @Test
    void aFormOnAnotherSiteCannotSubscribeButOursCan() throws Exception {
        String victim = "browser-csrf@example.org";
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + base
                + "/api/subscribe\"><input name=\"email\" value=\"" + victim + "\"><input name=\"lang\" value=\"ar\">"
                + "</form><script>document.getElementById('f').submit()</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        evil.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evil.start();
        try {
            browser().get("http://localhost:" + evil.getAddress().getPort() + "/");
            wait.until(d -> d.getCurrentUrl().startsWith(base + "/api/subscribe"));
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("cross-site"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not done");
        } finally {
            evil.stop(0);
        }
        assertThat(mailsTo(victim)).isEmpty();
        assertThat(store.subscriber(victim)).isEmpty();

        String reader = "browser-form@example.org";
        browser.get(base + "/subscribe");
        assertThat(script("return window.__csp")).isEqualTo(List.of());
        browser.findElement(By.name("email")).sendKeys(reader);
        browser.findElement(By.name("topics")).sendKeys("Manbij");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Check your inbox"));
        assertThat(mailsTo(reader)).hasSize(1);
        assertThat(store.subscriber(reader).orElseThrow().topics()).containsExactly("Manbij");
    }

    private static void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a script opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: nothing ran
        }
    }
}
