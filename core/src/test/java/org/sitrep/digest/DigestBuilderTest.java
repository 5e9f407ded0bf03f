package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.digest.DigestSamples.FROM;
import static org.sitrep.digest.DigestSamples.TO;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;

/** The digest's links, its plain-text part and its Arabic edition, built from two hand-written articles. */
class DigestBuilderTest {
    private static final String BASE = "https://sitrep.test";
    private static DigestIssue english;
    private static DigestIssue arabic;

    @BeforeAll
    static void build() {
        DigestBuilder builder = new DigestBuilder(Gazetteer.load(), KnowledgeBase.load());
        english = builder.build(DigestSamples.situation(), DigestSamples.articles(), FROM, TO, "en", BASE);
        arabic = builder.build(DigestSamples.situation(), DigestSamples.articles(), FROM, TO, "ar", BASE);
    }

    private static List<String> links(DigestIssue issue) {
        return Jsoup.parse(issue.html()).select("a[href]").eachAttr("href");
    }

    @Test
    void linksAnArticleWithAPublisherUrlToThatUrlAndOneWithoutToItsPageHere() {
        String wire = DigestSamples.PUBLISHER_URL;
        String post = BASE + "/article/post%207%2Faleppo";
        // the control change, the fighting (both sources each), the Manbij attack (the Wire's), each article's quote
        assertThat(links(english)).containsExactly(post, wire, post, wire, wire, post, wire);
        assertThat(english.html() + english.text()).doesNotContain("/api/articles/");
        assertThat(english.text()).contains("  - The Wire\n    " + DigestSamples.PUBLISHER_URL + "\n",
                "  - The Post\n    " + BASE + "/article/post%207%2Faleppo\n");
    }

    @Test
    void linksAnArticleWhoseUrlIsNoWebLinkToItsPageHere() {
        ArticleLinks links = new ArticleLinks(BASE, List.of(DigestSamples.aleppo("x1", "The Wire",
                java.util.Optional.of("javascript:alert(1)"), false)));
        assertThat(links.of("x1")).contains(BASE + "/article/x1");
    }

    @Test
    void textPartReadsLineByLineWithPluralsRight() {
        assertThat(english.text().lines()).containsSubsequence(
                "sitrep digest — Situation from 2024-12-01 to 2024-12-15",
                "",
                "== Changes of control ==",
                "",
                "* Aleppo (حلب): held by Syrian government, 2024-12-07.",
                "  “Government forces retook Aleppo on Saturday after fighting in its northern districts.”",
                "  - The Post",
                "    " + BASE + "/article/post%207%2Faleppo",
                "  - The Wire",
                "    " + DigestSamples.PUBLISHER_URL,
                "",
                "== Most important events ==",
                "",
                "* 2024-12-07 · Fighting: Syrian government → Syrian opposition, Aleppo (2 sources)",
                "",
                "* 2024-12-08 · Assault: Hawks of the Plain Brigade, Manbij (reportedly) (1 source)",
                "",
                "== Notable quotes ==",
                "",
                "* “The city is secure,” — Syrian government");
        assertThat(english.text()).doesNotContain("SITREP-", "sources)\n* ", "1 sources");
    }

    @Test
    void aReadersCopyEndsWithTheirOwnLinksAndNoPlaceholder() {
        String unsubscribe = BASE + "/unsubscribe?token=abc";
        String preferences = BASE + "/preferences?token=abc";
        DigestIssue mailed = english.addressedTo(unsubscribe, preferences);
        assertThat(mailed.text()).startsWith(english.text())
                .endsWith("\n\n-- \nUnsubscribe:\n" + unsubscribe + "\nChange your preferences:\n" + preferences + "\n");
        Document page = Jsoup.parse(mailed.html());
        assertThat(page.select("a:contains(Unsubscribe)").attr("href")).isEqualTo(unsubscribe);
        assertThat(page.select("a:contains(Change your preferences)").attr("href")).isEqualTo(preferences);
        assertThat(mailed.html() + mailed.text() + english.html() + english.text()).doesNotContain("SITREP-");
        assertThat(english.text()).doesNotContain("Unsubscribe"); // no reader, no reader's links
    }

    @Test
    void arabicEditionNamesEventTypesPlacesAndActorsInArabic() {
        Document page = Jsoup.parse(arabic.html());
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        Element fighting = page.select("strong:contains(قتال)").first();
        assertThat(fighting).isNotNull();
        assertThat(fighting.text()).isEqualTo("2024-12-07 · قتال: الحكومة السورية ← المعارضة السورية، حلب");
        assertThat(fighting.select("bdi").eachAttr("dir")).containsExactly("ltr", "rtl", "rtl", "rtl");
        assertThat(page.text()).contains("(مصدران)", "(مصدر واحد)", "حلب: تحت سيطرة الحكومة السورية، 2024-12-07.")
                .doesNotContain("Fighting", "Assault", "held by");
    }

    @Test
    void arabicEditionKeepsAnUnknownNameEnglishInALeftToRightIsolate() {
        Element attack = Jsoup.parse(arabic.html()).select("strong:contains(هجوم)").first();
        assertThat(attack.select("bdi[dir=ltr]").eachText()).containsExactly("2024-12-08",
                DigestSamples.UNKNOWN_BRIGADE);
        assertThat(attack.select("bdi[dir=rtl]").eachText()).containsExactly("منبج");
        assertThat(arabic.text()).contains("\u2066" + DigestSamples.UNKNOWN_BRIGADE + "\u2069");
    }

    @Test
    void arabicEditionIsolatesDatesAndQuotesSoThatNoneFlips() {
        Document page = Jsoup.parse(arabic.html());
        assertThat(page.select("bdi[dir=ltr]").eachText()).contains("2024-12-01", "2024-12-15", "2024-12-07");
        assertThat(page.select("bdi[dir=ltr]").eachText()).allSatisfy(text -> assertThat(text)
                .matches("\\d{4}-\\d{2}-\\d{2}|" + DigestSamples.UNKNOWN_BRIGADE));
        assertThat(arabic.html()).contains("«<bdi dir=\"auto\">Government forces retook Aleppo on Saturday")
                .doesNotContain("“", "”");
        assertThat(arabic.text().lines()).contains(
                "نشرة sitrep — الوضع من \u20662024-12-01\u2069 إلى \u20662024-12-15\u2069",
                "* حلب: تحت سيطرة الحكومة السورية، \u20662024-12-07\u2069.",
                "  «\u2068Government forces retook Aleppo on Saturday after fighting in its northern districts.\u2069»",
                "    " + DigestSamples.PUBLISHER_URL);
        assertThat(arabic.subject()).isEqualTo("نشرة sitrep: \u20662024-12-01\u2069 – \u20662024-12-15\u2069");
    }
}
