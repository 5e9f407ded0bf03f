package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.ingest.TextFormat;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Facts;
import org.sitrep.report.Html;
import org.sitrep.situation.Situation;
import org.sitrep.testing.Hostile;

/** A digest built from articles that carry script payloads in every field mails no markup and no unsafe link. */
class DigestSecurityTest {
    private static DigestIssue issue;
    private static DigestIssue arabic;

    @BeforeAll
    static void build() {
        Gazetteer gazetteer = Gazetteer.load();
        ArticleBuilder builder = new ArticleBuilder(BoilerplateDetector.standard(), LanguageIdentifier.load());
        List<Facts> facts = List.of(Hostile.DAY, Hostile.DAY.plusDays(3)).stream()
                .map(day -> builder.build(new TextFormat().parse("hostile-" + day, Hostile.article(day))
                        .documents().get(0)).article())
                .map(Hostile.extractor(gazetteer)).toList();
        DigestBuilder digests = new DigestBuilder(gazetteer, KnowledgeBase.load());
        issue = digests.build(Situation.of(facts), facts, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), "en",
                "https://sitrep.test");
        arabic = digests.build(Situation.of(facts), facts, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), "ar",
                "https://sitrep.test");
    }

    @Test
    void arabicEditionShowsPayloadsInItsIsolatesAsEscapedText() {
        assertThat(arabic.html()).contains("<bdi dir=\"ltr\">The Sultan&lt;img src=x onerror=");
        Document page = Jsoup.parse(arabic.html());
        assertThat(page.text()).contains(Hostile.CONTROLLER, Hostile.QUOTE);
        assertThat(page.select("img, script, iframe, object, embed")).isEmpty();
        assertThat(page.select("svg")).hasSize(1);
        assertThat(page.select("a[href]").eachAttr("href")).allSatisfy(href ->
                assertThat(href).startsWith("https://sitrep.test/article/"));
    }

    @Test
    void showsEveryPayloadAsEscapedText() {
        assertThat(issue.html()).contains("The Sultan&lt;img src=x onerror=", "Jarablus&lt;script&gt;",
                "We hold the town&lt;svg onload=", "&quot; onmouseover=");
        Document page = Jsoup.parse(issue.html());
        assertThat(page.text()).contains(Hostile.CONTROLLER, Hostile.QUOTE, Hostile.TARGET);
        assertThat(page.select("img, script, iframe, object, embed")).isEmpty();
        assertThat(page.select("svg")).hasSize(1); // the inline map, and no svg from a payload
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWith("on");
            }
        }
    }

    @Test
    void linksOnlyToWebUrls() {
        Document page = Jsoup.parse(issue.html());
        List<String> hrefs = page.select("a[href]").eachAttr("href");
        assertThat(hrefs).hasSizeGreaterThanOrEqualTo(4) // sources of the control change and the event, the quote, …
                .allSatisfy(href -> assertThat(href).startsWith("https://sitrep.test/article/"));
        assertThat(issue.html()).doesNotContain("javascript:");
        assertThat(issue.text()).doesNotContain("javascript:").contains(Hostile.CONTROLLER);
    }

    @Test
    void safeHrefKeepsOnlyAbsoluteWebUrls() {
        assertThat(Html.safeHref("https://example.org/a?b=c#d")).contains("https://example.org/a?b=c#d");
        assertThat(Html.safeHref("HTTP://example.org/")).contains("HTTP://example.org/");
        for (String unsafe : List.of(Hostile.JAVASCRIPT_URL, "JavaScript:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
                "//evil.example/x", "/relative", "https:", "http://exa mple.org/", "https://example.org/\u0000",
                "file:///etc/passwd", "")) {
            assertThat(Html.safeHref(unsafe)).as(unsafe).isEmpty();
        }
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }
}
