package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.testing.HeadlessChromium;

/** The web UI in Debian's headless chromium: the map, the date slider, a click on Aleppo, the evidence. */
class ServeBrowserIT {
    @TempDir
    static Path dir;
    static ServerFixture server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        server = new ServerFixture(dir);
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
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

    @Test
    void movingTheSliderShowsAleppoHeldByTheOppositionWithItsEvidence() throws Exception {
        browser.get(server.base() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('slider');"
                + "s.value = String(window.sitrep.dayOf('2024-12-07')); s.dispatchEvent(new Event('input'));");
        wait.until(d -> "2024-12-07".equals(d.findElement(By.tagName("body")).getDomAttribute("data-control-date"))
                && !d.findElements(By.cssSelector("path.place-aleppo")).isEmpty());
        assertThat(browser.findElement(By.id("date-label")).getText()).isEqualTo("2024-12-07");
        WebElement aleppo = browser.findElement(By.cssSelector("path.place-aleppo"));
        assertThat(aleppo.getDomAttribute("fill")).isEqualTo("#2e7d32"); // the opposition's colour
        screenshot("map-2024-12-07.png");

        aleppo.click();
        // the panel opens before the article's text arrives: wait for the highlighted evidence itself
        wait.until(d -> d.findElement(By.id("evidence")).isDisplayed()
                && !d.findElements(By.cssSelector("#evidence-text mark")).isEmpty());
        WebElement mark = browser.findElement(By.cssSelector("#evidence-text mark"));
        assertThat(mark.getText()).startsWith("They have taken control of Aleppo, Idlib, and Hama");
        assertThat(browser.findElement(By.id("evidence-title")).getText()).contains("Aleppo", "held by Syrian opposition");
        screenshot("evidence-aleppo.png");

        browser.findElement(By.cssSelector("#timeline li.event")).click();
        wait.until(d -> !d.findElement(By.id("evidence-text")).getText().isEmpty());
        assertThat(browser.findElements(By.cssSelector("#timeline li.event"))).hasSizeGreaterThan(5);
    }

    @Test
    void showsANewlyIngestedArticleWithoutAReload() throws Exception {
        browser.get(server.base() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        // the timeline is redrawn when the new article's facts arrive: an item read mid-redraw is stale, not wrong
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        String before = browser.findElement(By.id("status")).getText();
        String article = "published: 2025-03-02\nsource: Live Wire\n\nFighters enter Homs\n\n"
                + "Opposition fighters took control of Homs on Sunday after government forces withdrew, residents said.\n";
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.base() + "/api/articles"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(article)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        wait.until(d -> !d.findElement(By.id("status")).getText().equals(before));
        wait.until(d -> d.findElements(By.cssSelector("#timeline li.event")).stream()
                .anyMatch(e -> e.getText().contains("2025-03-02")));
        screenshot("live-update.png");
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
