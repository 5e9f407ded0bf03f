package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.testing.HeadlessChromium;

/**
 * The analyst's workbench in Debian's headless chromium, on the demo's samples: filters drive map and list, the
 * slider moves the list, a permalink restores the view, a place page shows every side's evidence, the CSV export
 * downloads in ACLED's columns, the keyboard walks the list, a review changes the map and survives a restart, and
 * the layout holds on a 390 px phone.
 */
class WorkbenchBrowserIT {
    @TempDir
    static Path dir;
    static ServerFixture server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        server = new ServerFixture(dir);
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the list is redrawn between a lookup and a read
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    private static void open(String path) {
        browser.get(server.base() + path);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private static List<String> rows() {
        return browser.findElements(By.cssSelector("#timeline li.event")).stream().map(WebElement::getText).toList();
    }

    private static String state() {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-state");
    }

    @Test
    void aTypeFilterNarrowsBothTheListAndTheMapAndGoesIntoTheUrl() throws Exception {
        open("/?date=2016-12-20&window=365");
        int before = rows().size();
        assertThat(rows()).anyMatch(r -> !r.contains(" FIGHT "));
        new Select(browser.findElement(By.name("type"))).selectByVisibleText("FIGHT");
        wait.until(d -> state().contains("type=FIGHT"));
        wait.until(d -> rows().stream().allMatch(r -> r.contains(" FIGHT ")));
        assertThat(rows()).isNotEmpty().hasSizeLessThan(before);
        // every event drawn on the map is a fight, singly or inside a cluster
        wait.until(d -> !d.findElements(By.cssSelector(".event-icon, .event-cluster")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".event-icon")).stream()
                .map(e -> e.getDomAttribute("class")).filter(c -> !c.contains("event-fight")).toList()).isEmpty();
        assertThat(browser.findElement(By.id("export-events-csv")).getDomAttribute("href")).contains("type=FIGHT");
        screenshot("workbench-filter-fight.png");
    }

    @Test
    void theSliderMovesTheListToItsWindow() {
        open("/?window=30");
        script("window.sitrep.moveTo('2016-08-15')");
        wait.until(d -> "2016-08-15".equals(d.findElement(By.tagName("body")).getDomAttribute("data-control-date")));
        wait.until(d -> !rows().isEmpty() && inWindow("2016-07-16", "2016-08-15"));
        assertThat(browser.findElement(By.id("events-count")).getText()).contains("2016-07-16 – 2016-08-15");
        script("const s = document.getElementById('slider'); s.value = String(window.sitrep.dayOf('2024-12-07'));"
                + "s.dispatchEvent(new Event('input'));");
        wait.until(d -> state().contains("date=2024-12-07"));
        wait.until(d -> !rows().isEmpty() && inWindow("2024-11-07", "2024-12-07"));
    }

    /** Whether every listed event overlaps the window (a month or a year known only as such may start before). */
    private static boolean inWindow(String from, String to) {
        return browser.findElements(By.cssSelector("#timeline li.event")).stream().allMatch(row ->
                row.getDomAttribute("data-from").compareTo(to) <= 0 && row.getDomAttribute("data-to").compareTo(from) >= 0);
    }

    @Test
    void aPermalinkRestoresDateFilterAndSelectionAfterAReload() {
        open("/?date=2016-12-20&window=90&side=opposition");
        browser.findElements(By.cssSelector("#timeline li.event")).get(0).click();
        wait.until(d -> state().contains("select=event"));
        String title = wait.until(d -> {
            String t = d.findElement(By.id("evidence-title")).getText();
            return t.isEmpty() ? null : t;
        });
        String url = browser.getCurrentUrl();
        assertThat(url).contains("date=2016-12-20", "window=90", "side=opposition", "select=event");

        browser.navigate().refresh();
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.findElement(By.id("date-label")).getText()).isEqualTo("2016-12-20");
        assertThat(new Select(browser.findElement(By.name("side"))).getFirstSelectedOption().getText())
                .isEqualTo("opposition");
        assertThat(new Select(browser.findElement(By.name("window"))).getFirstSelectedOption().getText())
                .isEqualTo("90 days");
        wait.until(d -> d.findElement(By.id("evidence")).isDisplayed()
                && title.equals(d.findElement(By.id("evidence-title")).getText()));
        assertThat(browser.findElement(By.cssSelector("#timeline li.selected")).getText()).isNotBlank();
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
    }

    @Test
    void aContestedPlacePageShowsEverySidesEvidence() throws Exception {
        open("/place/Aleppo");
        List<WebElement> intervals = browser.findElements(By.cssSelector("section.interval"));
        Set<String> controllers = intervals.stream().map(i -> i.getDomAttribute("data-controller"))
                .collect(Collectors.toSet());
        assertThat(controllers).contains("Syrian government", "Syrian opposition");
        WebElement contested = intervals.stream().filter(i -> "contested".equals(i.getDomAttribute("data-status")))
                .findFirst().orElseThrow();
        assertThat(contested.findElements(By.cssSelector(".reports li"))).isNotEmpty();
        for (WebElement interval : intervals) {
            assertThat(interval.findElements(By.cssSelector(".reports li q"))).as(interval.getText()).isNotEmpty();
        }
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains("Aleppo", "حلب");
        screenshot("place-aleppo.png");

        // a report's link opens the article with its sentence highlighted
        String sentence = contested.findElement(By.cssSelector(".reports li q")).getText();
        contested.findElement(By.cssSelector(".report-links a")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#article-text mark")).isEmpty());
        assertThat(sentence).contains(browser.findElement(By.cssSelector("#article-text mark")).getText().strip());
    }

    @Test
    void aQuotesLinkMarksItsWordsAndTheWordsThatNameItsSpeaker() {
        open("/");
        @SuppressWarnings("unchecked")
        Map<String, Object> quote = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/api/quotes').then(r => r.json())"
                        + ".then(qs => done(qs.find(q => Number.isInteger(q.speakerStart)) || null));");
        assertThat(quote).as("a stored quote with the words that name its speaker").isNotNull();
        open("/actor/" + java.net.URLEncoder.encode((String) quote.get("speaker"), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        WebElement item = browser.findElements(By.cssSelector("ul.quotes li")).stream()
                .filter(li -> li.findElement(By.tagName("q")).getText().equals(quote.get("text"))).findFirst()
                .orElseThrow();
        item.findElement(By.cssSelector(".report-links a")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#article-text mark.speaker")).isEmpty());
        String text = (String) script("return document.getElementById('article-text').textContent;");
        int speakerStart = ((Number) quote.get("speakerStart")).intValue();
        int speakerEnd = ((Number) quote.get("speakerEnd")).intValue();
        assertThat(browser.findElement(By.cssSelector("#article-text mark.speaker")).getText())
                .isEqualTo(text.substring(speakerStart, speakerEnd).strip()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#article-text mark.evidence")).getText())
                .isEqualTo(((String) quote.get("text")).strip());
    }

    @Test
    void theEventsCsvDownloadsWithAcledsColumnsAndCoordinates() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
        open("/?window=0");
        browser.findElement(By.id("export-events-csv")).click();
        Path csv = downloads.resolve("sitrep-events.csv");
        wait.until(d -> Files.exists(csv) && csvComplete(downloads));
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "skipped: python3 is not installed (.ci/run installs it)");
        String check = String.join("\n", "import csv, sys",
                "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))",
                "need = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type',",
                "        'sub_event_type', 'actor1', 'inter1', 'actor2', 'interaction', 'iso', 'region', 'country',",
                "        'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes',",
                "        'fatalities', 'tags', 'timestamp']",
                "missing = [c for c in need if c not in rows[0]]",
                "placed = [r for r in rows if r['latitude'] and r['longitude']]",
                "print(len(rows), len(placed), ','.join(missing), placed[0]['location'], placed[0]['latitude'])");
        Process run = new ProcessBuilder(python.toString(), "-c", check, csv.toString()).redirectErrorStream(true)
                .start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(run.waitFor()).as(out).isZero();
        String[] fields = out.split(" ", 4);
        assertThat(Integer.parseInt(fields[0])).as(out).isGreaterThan(50);
        assertThat(Integer.parseInt(fields[1])).as(out).isGreaterThan(10);
        assertThat(fields[2]).as("missing ACLED columns").isEmpty();
    }

    private static boolean csvComplete(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.noneMatch(f -> f.toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void theKeyboardWalksTheListAndOpensAnEvent() {
        open("/?date=2016-12-20&window=90");
        List<WebElement> rows = browser.findElements(By.cssSelector("#timeline li.event"));
        rows.get(0).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> rows.get(1).equals(d.switchTo().activeElement()));
        rows.get(1).sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("evidence")).isDisplayed());
        wait.until(d -> rows.get(1).getDomAttribute("class").contains("selected"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.id("evidence")).isDisplayed());
        assertThat(state()).doesNotContain("select=");
    }

    @Test
    void aReviewRecoloursThePlaceAndSurvivesARestart() throws Exception {
        open("/?date=2024-12-07");
        wait.until(d -> !d.findElements(By.cssSelector("path.place-aleppo")).isEmpty());
        WebElement aleppo = browser.findElement(By.cssSelector("path.place-aleppo"));
        assertThat(aleppo.getDomAttribute("fill")).isEqualTo("#2e7d32"); // held by the opposition, says the seed
        aleppo.click();
        wait.until(d -> d.findElement(By.id("evidence")).isDisplayed());
        // the review buttons come after the evidence's article has loaded
        wait.until(d -> d.findElement(By.cssSelector("#review button[data-verdict=correct]"))).click();
        WebElement form = wait.until(d -> d.findElement(By.cssSelector("#review form[data-verdict=correct]")));
        form.findElement(By.name("token")).sendKeys(ServerFixture.TOKEN);
        form.findElement(By.name("reviewer")).sendKeys("Ana Analyst");
        WebElement controller = form.findElement(By.name("controller"));
        controller.clear();
        controller.sendKeys("Syrian government");
        WebElement side = form.findElement(By.name("side"));
        side.clear();
        side.sendKeys("government");
        form.findElement(By.name("reason")).sendKeys("a test of the review flow");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> "#c62828".equals(d.findElement(By.cssSelector("path.place-aleppo")).getDomAttribute("fill")));
        wait.until(d -> d.findElement(By.cssSelector("#review .reviewed")).getText().contains("Ana Analyst"));
        screenshot("review-aleppo.png");

        server.restart();
        open("/?date=2024-12-07");
        wait.until(d -> !d.findElements(By.cssSelector("path.place-aleppo")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("path.place-aleppo")).getDomAttribute("fill"))
                .isEqualTo("#c62828");
        open("/place/Aleppo");
        assertThat(browser.findElement(By.cssSelector("section.interval")).getText())
                .contains("held by Syrian government", "corrected by Ana Analyst on " + LocalDate.now().getYear());
    }

    @Test
    void onA390PixelPhoneTheMapListAndEvidenceStayUsable() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/?date=2016-12-20&window=90");
        WebElement map = browser.findElement(By.id("map"));
        assertThat(map.getSize().getHeight()).isGreaterThan(300);
        assertThat(map.getSize().getWidth()).isGreaterThan(350);
        Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
        screenshot("workbench-390.png");
        WebElement row = browser.findElements(By.cssSelector("#timeline li.event")).get(0);
        script("arguments[0].scrollIntoView()", row);
        row.click();
        wait.until(d -> d.findElement(By.id("evidence")).isDisplayed());
        WebElement close = browser.findElement(By.id("close-evidence"));
        assertThat(close.isDisplayed()).isTrue();
        assertThat(close.getLocation().getY()).isGreaterThanOrEqualTo(0);
        screenshot("workbench-390-evidence.png");
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
