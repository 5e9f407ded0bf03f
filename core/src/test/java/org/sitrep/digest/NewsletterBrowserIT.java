package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.digest.DigestSamples.FROM;
import static org.sitrep.digest.DigestSamples.TO;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.testing.HeadlessChromium;

/**
 * Both digest editions as a reader's copy in Debian's headless chromium: where dates, names and quote marks land on
 * the screen, and each page and its screenshot in {@code target/screenshots}.
 */
class NewsletterBrowserIT {
    // Where each piece of a line lands: the left and right edge of an element, or of a part of its text.
    private static final String EDGES = """
            const [selector, index, from, to] = arguments;
            const element = document.querySelectorAll(selector)[index];
            let rect = element.getBoundingClientRect();
            if (from >= 0) {
              const range = document.createRange();
              range.setStart(element.firstChild, from);
              range.setEnd(element.firstChild, to);
              rect = range.getBoundingClientRect();
            }
            return [rect.left, rect.right];""";

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static DigestIssue english;
    static DigestIssue arabic;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        DigestBuilder builder = new DigestBuilder(Gazetteer.load(), KnowledgeBase.load());
        english = reader(builder.build(DigestSamples.situation(), DigestSamples.articles(), FROM, TO, "en",
                "https://sitrep.test"));
        arabic = reader(builder.build(DigestSamples.situation(), DigestSamples.articles(), FROM, TO, "ar",
                "https://sitrep.test"));
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        browser.manage().window().setSize(new Dimension(760, 1300));
    }

    private static DigestIssue reader(DigestIssue issue) {
        return issue.addressedTo("https://sitrep.test/unsubscribe?token=t", "https://sitrep.test/preferences?token=t");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void englishEditionReadsLeftToRight() throws Exception {
        open(english, "digest-en.png");
        assertThat(browser.getTitle()).isEqualTo("sitrep digest: 2024-12-01 – 2024-12-15");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("strong")).get(1).getText())
                .isEqualTo("2024-12-07 · Fighting: Syrian government → Syrian opposition, Aleppo");
        // the period's first day left of its last; the date first in the event line, at its left
        assertThat(edges("p bdi", 0).get(1)).isLessThan(edges("p bdi", 1).get(0));
        assertThat(browser.findElement(org.openqa.selenium.By.linkText("Unsubscribe")).getDomAttribute("href"))
                .isEqualTo("https://sitrep.test/unsubscribe?token=t");
    }

    @Test
    void arabicEditionReadsRightToLeftWithDatesAndQuotesTheRightWayRound() throws Exception {
        open(arabic, "digest-ar.png");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("strong")).get(1).getText())
                .isEqualTo("2024-12-07 · قتال: الحكومة السورية ← المعارضة السورية، حلب");
        // The period: "from" day right of the "to" day (Arabic reads right to left) …
        List<Double> periodFrom = edges("p bdi", 0);
        List<Double> periodTo = edges("p bdi", 1);
        assertThat(periodFrom.get(0)).isGreaterThan(periodTo.get(1));
        // … while inside a date the year stays left of the day ("2024-12-07", not "07-12-2024").
        assertThat(edges("p bdi", 0, 0, 4).get(1)).isLessThanOrEqualTo(edges("p bdi", 0, 8, 10).get(0));
        // The event line starts at the right with its date; the actor comes after it, to its left.
        int fighting = (int) (long) (Long) browser.executeScript("return [...document.querySelectorAll('p strong')]"
                + ".findIndex(s => s.textContent.includes('قتال'))");
        assertThat(fighting).isNotNegative();
        List<?> bdis = (List<?>) browser.executeScript("const s = document.querySelectorAll('p strong')[arguments[0]];"
                + "return [...s.querySelectorAll('bdi')].map(b => [b.getBoundingClientRect().left,"
                + " b.getBoundingClientRect().right]);", fighting);
        assertThat(right(bdis, 0)).isGreaterThan(right(bdis, 1)); // date right of the actor
        assertThat(right(bdis, 1)).isGreaterThan(right(bdis, 2)); // actor right of the target
        // The quote's opening mark sits at the right of the English sentence it opens.
        Map<?, ?> quote = (Map<?, ?>) browser.executeScript("""
                const bdi = [...document.querySelectorAll('span bdi[dir=auto]')][0];
                const mark = bdi.previousSibling;
                const range = document.createRange();
                range.setStart(mark, mark.length - 1);
                range.setEnd(mark, mark.length);
                return {mark: range.getBoundingClientRect().left, sentence: bdi.getBoundingClientRect().right,
                        text: mark.textContent.slice(-1)};""");
        assertThat(quote.get("text")).isEqualTo("«");
        assertThat(((Number) quote.get("mark")).doubleValue()).isGreaterThanOrEqualTo(
                ((Number) quote.get("sentence")).doubleValue());
    }

    private static double right(List<?> rects, int index) {
        return ((Number) ((List<?>) rects.get(index)).get(1)).doubleValue();
    }

    private static void open(DigestIssue issue, String screenshot) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Path page = target.resolve(screenshot.replace(".png", ".html")); // kept beside its screenshot
        Files.writeString(page, issue.html());
        browser.get(page.toAbsolutePath().toUri().toString());
        Files.write(target.resolve(screenshot), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static List<Double> edges(String selector, int index) {
        return edges(selector, index, -1, -1);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> edges(String selector, int index, int from, int to) {
        return ((List<Number>) browser.executeScript(EDGES, selector, index, from, to)).stream()
                .map(Number::doubleValue).toList();
    }
}
