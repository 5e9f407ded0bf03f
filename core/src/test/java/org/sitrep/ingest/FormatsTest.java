package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.TestData;

class FormatsTest {

    @Test
    void readsHeaderBlockAndTitleFromText() {
        String text = "published: 2024-12-07\nsource: Example Wire\nurl: https://example.org/a\n\n"
                + "Rebels enter Hama\n\nOpposition fighters entered Hama on Thursday.\n";
        ParsedDocument doc = new TextFormat().parse("a.txt", text).documents().get(0);
        assertThat(doc.published()).contains(LocalDate.of(2024, 12, 7));
        assertThat(doc.source()).contains("Example Wire");
        assertThat(doc.url()).contains("https://example.org/a");
        assertThat(doc.title()).contains("Rebels enter Hama");
        assertThat(doc.bodyText()).isEqualTo("Opposition fighters entered Hama on Thursday.\n");
        assertThat(doc.text()).isEqualTo(text);
    }

    @Test
    void takesNoTitleFromAFirstLineThatIsASentence() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        ParsedDocument doc = new TextFormat().parse("seed.txt", seed).documents().get(0);
        assertThat(doc.title()).isEmpty();
        assertThat(doc.bodyText()).startsWith("Turkish President Recep Tayyip Erdoğan recently announced");
        assertThat(doc.published()).contains(LocalDate.of(2024, 12, 7));
    }

    @Test
    void extractsMainTextFromHtmlAndDropsScriptsAndNavigation() {
        String html = """
                <!DOCTYPE html><html><head><title>Site | Rebels take Aleppo</title>
                <meta property="og:title" content="Rebels take Aleppo">
                <meta property="article:published_time" content="2024-11-30T09:00:00Z">
                <meta property="og:site_name" content="Example News">
                <link rel="canonical" href="https://example.org/aleppo">
                <script>var tracking = "Subscribe now";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Rebels take Aleppo</h1>
                <p>Opposition fighters took control of most of Aleppo on Saturday.</p>
                <p>The army said it had <b>redeployed</b> its troops.</p></article>
                <footer>© Example News</footer></body></html>""";
        ParsedDocument doc = new HtmlFormat().parse("a.html", html).documents().get(0);
        assertThat(doc.title()).contains("Rebels take Aleppo");
        assertThat(doc.published()).contains(LocalDate.of(2024, 11, 30));
        assertThat(doc.source()).contains("Example News");
        assertThat(doc.url()).contains("https://example.org/aleppo");
        assertThat(doc.bodyText()).isEqualTo("Opposition fighters took control of most of Aleppo on Saturday.\n"
                + "The army said it had redeployed its troops.\n");
        assertThat(doc.text()).doesNotContain("tracking", "Home", "©");
    }

    @Test
    void rejectsTruncatedHtml() {
        assertThatThrownBy(() -> new HtmlFormat().parse("cut.html", "<html><body><p>Rebels advanced on"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("cut.html: truncated HTML");
    }

    @Test
    void readsJsonObjectAndArray() {
        Parsed one = JsonFormat.document().parse("a.json",
                "{\"title\":\"T\",\"text\":\"Rebels entered Homs.\",\"published\":\"2024-12-06\",\"source\":\"S\"}");
        assertThat(one.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.title()).contains("T");
            assertThat(doc.bodyText()).isEqualTo("Rebels entered Homs.");
            assertThat(doc.published()).contains(LocalDate.of(2024, 12, 6));
        });
        Parsed many = JsonFormat.document().parse("b.json", "[{\"text\":\"One.\"},{\"text\":\"Two.\"}]");
        assertThat(many.documents()).extracting(ParsedDocument::origin).containsExactly("b.json#1", "b.json#2");
    }

    @Test
    void reportsTheBadLineOfJsonLinesAndKeepsTheOthers() {
        Parsed parsed = JsonFormat.lines().parse("feed.jsonl", "{\"text\":\"One.\"}\n{\"text\": oops}\n{\"text\":\"Three.\"}\n");
        assertThat(parsed.documents()).extracting(ParsedDocument::bodyText).containsExactly("One.", "Three.");
        assertThat(parsed.problems()).singleElement()
                .satisfies(p -> assertThat(p.getMessage()).startsWith("feed.jsonl:2: malformed JSON at line 1"));
    }

    @Test
    void distinguishesTruncatedFromMalformedJson() {
        assertThatThrownBy(() -> JsonFormat.document().parse("t.json", "{\"text\": \"Rebels entered"))
                .hasMessageStartingWith("t.json: truncated JSON");
        assertThatThrownBy(() -> JsonFormat.document().parse("m.json", "{\"text\": \"x\",, }"))
                .hasMessageStartingWith("m.json: malformed JSON at line 1");
        assertThatThrownBy(() -> JsonFormat.document().parse("n.json", "{\"title\": \"no text\"}"))
                .hasMessage("n.json: JSON object without a non-empty \"text\" field");
    }

    @Test
    void readsRssAndAtomEntries() {
        String rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://x</link>
                <description>d</description>
                <item><title>Hama falls</title><link>http://x/1</link><pubDate>Thu, 05 Dec 2024 18:00:00 GMT</pubDate>
                <description>&lt;p&gt;Rebels entered Hama.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>http://x/2</link></item>
                </channel></rss>""";
        Parsed parsed = new FeedFormat().parse("wire.rss", rss);
        assertThat(parsed.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.title()).contains("Hama falls");
            assertThat(doc.bodyText()).isEqualTo("Rebels entered Hama.");
            assertThat(doc.published()).contains(LocalDate.of(2024, 12, 5));
            assertThat(doc.source()).contains("Wire");
        });
        assertThat(parsed.problems()).extracting(BadInputException::getMessage)
                .containsExactly("wire.rss#2: feed entry without text");

        String atom = """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
                <id>urn:a</id><updated>2024-12-08T00:00:00Z</updated>
                <entry><title>Damascus</title><id>urn:1</id><updated>2024-12-08T06:00:00Z</updated>
                <content type="html">&lt;p&gt;Rebels said they entered Damascus.&lt;/p&gt;</content></entry></feed>""";
        assertThat(new FeedFormat().parse("a.atom", atom).documents()).singleElement()
                .satisfies(doc -> assertThat(doc.published()).contains(LocalDate.of(2024, 12, 8)));
    }

    @Test
    void rejectsMalformedFeed() {
        assertThatThrownBy(() -> new FeedFormat().parse("bad.rss", "<rss><channel><item></rss>"))
                .hasMessageStartingWith("bad.rss: malformed RSS/Atom feed");
    }
}
