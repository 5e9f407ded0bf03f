package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs of issue 12 at the parsing stage, each under the size limit: one clear error per bad item,
 * the good items kept, and no input that makes reading slow or unbounded. Inputs are generated, never stored.
 */
class HostileInputTest {
    private static final Duration NO_BACKTRACKING = Duration.ofSeconds(5);

    // ------------------------------------------------------------------ plain text header

    @Test
    void headerLineBuiltToBacktrackParsesInUnderFiveSeconds() {
        // Spaces then a line separator: the old header pattern (\s*(.*?)\s*$) tried every split of the spaces,
        // cubic in their number (40 s for this 6 KB line, minutes for others).
        String text = "title:" + " ".repeat(6_000) + "\u2028Hama\nsource: " + "\t ".repeat(3_000) + "\u2029Wire\n\n"
                + "Rebels entered Hama.\n";
        ParsedDocument doc = assertTimeoutPreemptively(NO_BACKTRACKING,
                () -> new TextFormat().parse("hostile.txt", text).documents().get(0));
        assertThat(doc.title()).contains("Hama");
        assertThat(doc.source()).contains("Wire");
        assertThat(doc.bodyText()).isEqualTo("Rebels entered Hama.\n");
        assertThat(doc.body().start()).isEqualTo(text.indexOf("Rebels"));
    }

    @Test
    void headerNamesAreReadInAnyCaseAndOnlyAtTheStartOfALine() {
        String text = "PUBLISHED: 2024-12-07\nSource:   Wire  \n url: not-a-header\n\nRebels entered Hama.\n";
        ParsedDocument doc = new TextFormat().parse("a.txt", text).documents().get(0);
        assertThat(doc.published()).contains(LocalDate.of(2024, 12, 7));
        assertThat(doc.source()).contains("Wire");
        assertThat(doc.url()).isEmpty();
        assertThat(doc.title()).contains("url: not-a-header");
        assertThat(doc.body().start()).isEqualTo(text.indexOf("Rebels"));
    }

    @Test
    void fourMegabyteHeaderValueIsReadInLinearTime() {
        String text = "source: " + "x".repeat(4_000_000) + "\n\nRebels entered Hama.\n";
        ParsedDocument doc = assertTimeoutPreemptively(NO_BACKTRACKING,
                () -> new TextFormat().parse("long.txt", text).documents().get(0));
        assertThat(doc.source().orElseThrow()).hasSize(4_000_000);
        assertThat(doc.bodyText()).isEqualTo("Rebels entered Hama.\n");
    }

    // ------------------------------------------------------------------ HTML

    @Test
    void fiftyThousandNestedQuotesReadInLinearTime() {
        // Each block used to check all its ancestors: quadratic in the nesting depth.
        String html = "<!DOCTYPE html><html><body><article>" + "<blockquote>Rebels advanced. ".repeat(50_000)
                + "</article></body></html>";
        ParsedDocument doc = assertTimeoutPreemptively(NO_BACKTRACKING,
                () -> new HtmlFormat().parse("nested.html", html).documents().get(0));
        assertThat(doc.bodyText().equals("Rebels advanced. ".repeat(50_000).strip() + "\n"))
                .as("the outermost quote, once, as one line").isTrue();
    }

    @Test
    void singleLinePageOfFourMegabytesReadsFast() {
        String html = "<!DOCTYPE html><html><head><title>Front</title></head><body><article><p>"
                + "fighters <b>took</b> the town ".repeat(130_000) + "</p></article></body></html>";
        ParsedDocument doc = assertTimeoutPreemptively(NO_BACKTRACKING,
                () -> new HtmlFormat().parse("line.html", html).documents().get(0));
        assertThat(doc.bodyText().equals("fighters took the town ".repeat(130_000).strip() + "\n"))
                .as("the paragraph as one line").isTrue();
    }

    @Test
    void paragraphsInsideAListItemAreReadWithTheirItem() {
        String html = "<html><body><article><ul><li><p>One.</p><p>Two.</p></li></ul><p>Three.</p></article>"
                + "</body></html>";
        assertThat(new HtmlFormat().parse("l.html", html).documents().get(0).bodyText()).isEqualTo("One. Two.\nThree.\n");
    }

    // ------------------------------------------------------------------ boilerplate

    @Test
    void longTailOfWeakBoilerplateCuesIsFoundInLinearTime() {
        // Each paragraph used to rescan the whole tail after it: quadratic in the number of paragraphs.
        String weak = "Read more\n";
        String text = "Rebels entered Hama.\n" + weak.repeat(60_000) + "Subscribe to our newsletter\n";
        List<org.sitrep.model.Span> spans = assertTimeoutPreemptively(NO_BACKTRACKING,
                () -> BoilerplateDetector.standard().detect(text, new org.sitrep.model.Span(0, text.length())));
        assertThat(spans).hasSize(60_001);
        assertThat(spans.get(0)).isEqualTo(new org.sitrep.model.Span(21, 30));
    }

    @Test
    void longParagraphBeforeBoilerplateIsNotScannedByTheCuePatterns() {
        // The cue "sign up .* (free|email|…)" backtracks over a long paragraph: only short ones are scored.
        String text = "sign up ".repeat(300_000) + "\nSubscribe to our newsletter\n";
        List<org.sitrep.model.Span> spans = assertTimeoutPreemptively(NO_BACKTRACKING,
                () -> BoilerplateDetector.standard().detect(text, new org.sitrep.model.Span(0, text.length())));
        assertThat(spans).containsExactly(new org.sitrep.model.Span(2_400_001, 2_400_028));
    }
}
