package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.store.Store;
import org.sitrep.testing.Hostile;

/**
 * The attacks of issue 12 against a real server on loopback (H2 store, headless Chromium where a browser matters),
 * each asserted to fail: stored XSS through every field an article or its extraction fills, and unsafe links.
 */
class SecurityIT {
    static final String TOKEN = "security-token";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

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
        server = WebServer.start(service, gazetteer, knowledge, Optional.of(TOKEN), 100_000, "127.0.0.1", 0);
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

    // ------------------------------------------------------------------ stored XSS: API and pages

    @Test
    void apiServesPayloadsAsJsonDataNotAsAPage() throws Exception {
        HttpResponse<String> article = get("/api/articles/" + articleId);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode node = JSON.readTree(article.body());
        assertThat(node.path("article").path("title").asText()).isEqualTo(Hostile.TITLE);
        assertThat(node.path("article").path("url").asText()).isEqualTo(Hostile.JAVASCRIPT_URL);
        HttpResponse<String> control = get("/api/control?at=" + Hostile.DAY);
        assertThat(control.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSON.readTree(control.body()).findValuesAsText("controller"))
                .containsExactlyInAnyOrder(Hostile.CONTROLLER, Hostile.TARGET);
    }

    // ------------------------------------------------------------------ the UI in headless Chromium

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static ChromeDriver browser;
    static WebDriverWait wait;

    /** The browser, started on first use; a test that needs it is skipped where chromium is not installed. */
    static ChromeDriver browser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        if (browser == null) {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build(), options);
            // Record every Content-Security-Policy violation, from before the page's first script.
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                            + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
            wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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
        StringBuilder tooltips = new StringBuilder();
        for (WebElement marker : browser.findElements(By.cssSelector("path.place"))) {
            actions.moveToElement(marker).perform(); // the tooltip of the attack opens on hover
            WebElement tooltip = wait.until(d -> d.findElements(By.cssSelector(".leaflet-tooltip")).stream()
                    .filter(t -> t.getText().contains(" by ")).findFirst().orElse(null));
            tooltips.append(tooltip.getText()).append('\n');
            assertThat(tooltip.findElements(By.cssSelector("img, svg, script"))).isEmpty();
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
        assertNoAlert();
    }

    @Test
    void aWebLinkInAnArticleBecomesTheSourceLink() throws Exception {
        try (Store own = Store.open(dir.resolve("store-links").toString());
             WebServer linked = WebServer.start(new SituationService(own, new ArticleBuilder(
                     BoilerplateDetector.standard(), LanguageIdentifier.load()), Hostile.extractor(gazetteer)),
                     gazetteer, knowledge, Optional.of(TOKEN), 100_000, "127.0.0.1", 0)) {
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
