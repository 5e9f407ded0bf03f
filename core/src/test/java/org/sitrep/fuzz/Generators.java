package org.sitrep.fuzz;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Input generators for the parsers we own: each builds inputs from the format's grammar (so that reading gets
 * deep) and then mutates them (truncation, deletion, duplication, hostile snippets), so that reading also
 * meets what no grammar allows.
 */
public final class Generators {
    /** Snippets that have broken parsers before: markup, escapes, line terminators, surrogates, long runs. */
    private static final List<String> HOSTILE = List.of("\u0000", "\uFFFF", "\uD800", "\uDC00", "\uFEFF", "<", ">",
            "&", "&amp;", "&#x10FFFF;", "&#0;", "&nbsp;", "]]>", "<![CDATA[", "<!--", "-->",
            "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\"", "'", "\\", "\\u", "[", "]", "{", "}", ":", ",", "\r", "\n",
            "\r\n", "\u2028", "\u2029", "\u0085", "\t", " ", "\u00A0", "published:", "title:", "TITLE:", "source:",
            "url: ", "date:\t", "</html>", "</body>", "<html>", "<p>", "</p>", "<li>", "<blockquote>", "<script>",
            "<article>", "<meta property=\"og:title\" content=\"", "<time datetime=\"", "9999-99-99",
            "2024-02-30", "-0001-01-01", "+999999999-12-31", "31/12/2024", "Thu, 05 Dec 2024 18:00:00 GMT", "é",
            "\u0627\u0644\u0634\u0627\u0645", "\uD83D\uDE00", "1e99999", "-0", "null", "true", "NaN",
            "\"".repeat(300), "7".repeat(300), " ".repeat(300), "[".repeat(120), "{\"a\":".repeat(120),
            "<div>".repeat(300), "\u2028".repeat(50));

    private Generators() {
    }

    /** Plain text files: header lines (names in any case, odd values), blank lines, a title, body lines. */
    public static Arbitrary<String> textFiles() {
        Arbitrary<String> name = Arbitraries.of("published", "date", "source", "url", "title", "Published", "TITLE",
                "publishedx", "tit le", "x");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("2024-12-07", "12/7/2024", "Wire",
                "https://example.org/a", "Rebels enter Hama", ""), whitespaceHeavy(), printable(60));
        Arbitrary<String> header = Combinators.combine(name, Arbitraries.of(":", ": ", " :", ":\t"), value)
                .as((n, colon, v) -> n + colon + v);
        Arbitrary<String> line = Arbitraries.oneOf(header, printable(120), Arbitraries.of("", " ", "\r"));
        return mutated(line.list().ofMaxSize(12).map(lines -> String.join("\n", lines)));
    }

    /** HTML pages: nested elements from the tags the reader cares about, metadata, text, entities. */
    public static Arbitrary<String> htmlPages() {
        Arbitrary<String> fragment = Arbitraries.recursive(
                () -> Arbitraries.oneOf(printable(80), Arbitraries.of("&amp;", "&lt;", "&nbsp;", "&#8217;", "")),
                inner -> Combinators.combine(Arbitraries.of("p", "div", "article", "main", "blockquote", "li", "ul",
                        "td", "table", "script", "nav", "b", "span", "h1", "header", "aside", "time", "pre"),
                        inner.list().ofMaxSize(4))
                        .as((tag, children) -> "<" + tag + ">" + String.join("", children) + "</" + tag + ">"),
                0, 6);
        Arbitrary<String> meta = Arbitraries.of("<title>Rebels take Aleppo</title>",
                "<meta property=\"og:title\" content=\"Aleppo\">",
                "<meta property=\"article:published_time\" content=\"2024-11-30T09:00:00Z\">",
                "<meta name=\"date\" content=\"31/12/2024\">", "<link rel=\"canonical\" href=\"https://x/a\">",
                "<meta property=\"og:site_name\" content=\"\">", "");
        Arbitrary<String> page = Combinators.combine(Arbitraries.of("", "<!DOCTYPE html>"), meta.list().ofMaxSize(3),
                fragment.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of("</body></html>", "", "</html>"))
                .as((doctype, metas, body, end) -> doctype + "<html><head>" + String.join("", metas)
                        + "</head><body>" + String.join("", body) + end);
        return mutated(page);
    }

    /** JSON values shaped like articles (and not), nested up to beyond the depth limit. */
    public static Arbitrary<String> jsonDocuments() {
        return mutated(Arbitraries.oneOf(article(), jsonValue(), deepJson(), article().list().ofMaxSize(4)
                .map(items -> "[" + String.join(",", items) + "]")));
    }

    /** JSON Lines: good articles, bad lines and blank lines; {@link #GOOD_MARK} marks the good ones. */
    public static Arbitrary<List<String>> jsonLines() {
        Arbitrary<String> good = article().map(a -> a.replace("\"text\":\"", "\"text\":\"" + GOOD_MARK));
        Arbitrary<String> bad = mutated(Arbitraries.oneOf(jsonValue(), deepJson(), article()))
                .map(s -> s.replace("\n", " "));
        return Arbitraries.oneOf(good, bad, Arbitraries.of("", "  ", "\r")).list().ofMaxSize(10);
    }

    /** A marker in the text of every generated good JSON line (it never occurs in a bad one by construction). */
    public static final String GOOD_MARK = "GOODLINE ";

    /** RSS 2.0, RSS 1.0 and Atom feeds with items of every content kind. */
    public static Arbitrary<String> feeds() {
        Arbitrary<String> text = Arbitraries.oneOf(printable(60).map(Generators::xmlEscape),
                Arbitraries.of("&lt;p&gt;Rebels entered Hama.&lt;/p&gt;", "<![CDATA[<p>Fighters advanced.</p>]]>",
                        "&amp;", "&nbsp;", ""));
        Arbitrary<String> rssItem = Combinators.combine(text, text, Arbitraries.of("Thu, 05 Dec 2024 18:00:00 GMT",
                "2024-12-05", "yesterday", "Thu, 32 Dec 2024", ""), Arbitraries.of("http://x/1", ""))
                .as((title, description, date, link) -> "<item><title>" + title + "</title><link>" + link
                        + "</link><pubDate>" + date + "</pubDate><description>" + description
                        + "</description><content:encoded>" + description + "</content:encoded></item>");
        Arbitrary<String> atomEntry = Combinators.combine(text, text, Arbitraries.of("html", "xhtml", "text", ""),
                Arbitraries.of("2024-12-08T06:00:00Z", "2024-13-45T99:00:00Z", ""))
                .as((title, content, type, date) -> "<entry><title>" + title + "</title><published>" + date
                        + "</published><link rel=\"alternate\" href=\"http://x/e\"/><content type=\"" + type + "\">"
                        + (type.equals("xhtml") ? "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + content
                        + "</p></div>" : content) + "</content></entry>");
        Arbitrary<String> rss = rssItem.list().ofMaxSize(4).map(items -> "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Wire</title>"
                + String.join("\n", items) + "</channel></rss>");
        Arbitrary<String> atom = atomEntry.list().ofMaxSize(4).map(entries -> "<?xml version=\"1.0\"?><feed "
                + "xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>" + String.join("\n", entries) + "</feed>");
        Arbitrary<String> rdf = rssItem.list().ofMaxSize(3).map(items -> "<rdf:RDF xmlns:rdf=\"http://www.w3.org/"
                + "1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:content=\"http://purl.org/"
                + "rss/1.0/modules/content/\"><channel><title>R</title></channel>" + String.join("", items)
                + "</rdf:RDF>");
        return mutated(Arbitraries.oneOf(rss, atom, rdf));
    }

    /** Date strings: valid ones in every format we read, near misses, and noise. */
    public static Arbitrary<String> dates() {
        Arbitrary<String> iso = Combinators.combine(Arbitraries.integers().between(-5, 99_999),
                Arbitraries.integers().between(-1, 14), Arbitraries.integers().between(-1, 33),
                Arbitraries.of("", "T09:00:00Z", " 10:00", "T25:61:00+99:00", "x"))
                .as((y, m, d, rest) -> String.format("%04d-%02d-%02d%s", y, m, d, rest));
        Arbitrary<String> us = Combinators.combine(Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 9999))
                .as((m, d, y) -> m + "/" + d + "/" + y);
        return mutated(Arbitraries.oneOf(iso, us, Arbitraries.of("Thu, 05 Dec 2024 18:00:00 GMT",
                "Mon, 31 Feb 2024 00:00:00 +0000", "2024-12-07T09:00:00+03:00", "12/7/2024"), printable(40)));
    }

    /** Raw files for the whole reading path: random bytes, truncated UTF-8, and the text formats above. */
    public static Arbitrary<byte[]> files() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> text = Arbitraries.oneOf(textFiles(), htmlPages(), jsonDocuments(), feeds())
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> cut = Combinators.combine(text, Arbitraries.integers().between(0, 4_000))
                .as((bytes, at) -> java.util.Arrays.copyOf(bytes, Math.min(bytes.length, at)));
        return Arbitraries.oneOf(raw, text, cut);
    }

    /** Text for the NLP limits: words, symbol runs and every kind of whitespace. */
    public static Arbitrary<String> analysedTexts() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars('"', '7', '.', ',', '&', '\'', '#').ofMinLength(1).ofMaxLength(300),
                Arbitraries.of(".", "said.", "\"Yes.\"", "(1)", "Mr."));
        Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "\n", "\t", "\u00A0", "\u2028", "\r\n", "\u001F");
        return Combinators.combine(word, space).as((w, s) -> w + s).list().ofMaxSize(3_000)
                .map(parts -> String.join("", parts));
    }

    // ------------------------------------------------------------------ building blocks

    private static Arbitrary<String> article() {
        Arbitrary<String> field = Arbitraries.oneOf(
                printable(80).map(t -> "\"text\":\"" + jsonEscape(t.isBlank() ? "Rebels entered Hama." : t) + "\""),
                Arbitraries.of("\"title\":\"Hama\"", "\"published\":\"2024-12-06\"", "\"date\":\"12/6/2024\"",
                        "\"source\":\"S\"", "\"url\":\"https://x/a\"", "\"published\":5", "\"title\":null",
                        "\"content\":\"Fighters advanced.\"", "\"text\":\"\"", "\"text\":[\"a\"]"));
        return Combinators.combine(printable(80), field.list().ofMaxSize(5))
                .as((text, fields) -> "{\"text\":\"" + jsonEscape(text.isBlank() ? "Rebels entered Hama." : text)
                        + "\"" + (fields.isEmpty() ? "" : ",") + String.join(",", fields) + "}");
    }

    private static Arbitrary<String> jsonValue() {
        return Arbitraries.recursive(
                () -> Arbitraries.oneOf(Arbitraries.of("1", "-0.5e3", "true", "null", "\"s\"", "\"\\u0000\"",
                        "123456789012345678901234567890"), printable(20).map(s -> "\"" + jsonEscape(s) + "\"")),
                inner -> Arbitraries.oneOf(inner.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]"),
                        inner.list().ofMaxSize(3).map(items -> {
                            StringBuilder object = new StringBuilder("{");
                            for (int i = 0; i < items.size(); i++) {
                                object.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(items.get(i));
                            }
                            return object.append('}').toString();
                        })),
                0, 4);
    }

    /** Arrays and objects nested around the depth limit (a chain: nesting, not breadth). */
    private static Arbitrary<String> deepJson() {
        return Combinators.combine(Arbitraries.integers().between(90, 5_000), Arbitraries.of("[", "{\"a\":"))
                .as((depth, open) -> open.repeat(depth) + "1" + (open.equals("[") ? "]" : "}").repeat(depth));
    }

    private static Arbitrary<String> printable(int max) {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u0600', '\u06ff')
                .withChars('é', '–', '“', '”', '’', '\t').ofMaxLength(max);
    }

    private static Arbitrary<String> whitespaceHeavy() {
        return Arbitraries.strings().withChars(' ', '\t', '\r', '\u2028', '\u2029', '\u0085', '\u000B', 'x')
                .ofMaxLength(400);
    }

    /** The seed with 0 to 4 random edits: truncation, deletion, duplication, or a hostile snippet inserted. */
    static Arbitrary<String> mutated(Arbitrary<String> seeds) {
        return Combinators.combine(seeds, Arbitraries.randoms(), Arbitraries.integers().between(0, 4))
                .as((seed, random, edits) -> mutate(seed, random, edits));
    }

    static String mutate(String seed, Random random, int edits) {
        StringBuilder text = new StringBuilder(seed);
        for (int i = 0; i < edits; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> text.setLength(at);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(200))));
                default -> text.insert(at, HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
        }
        return text.toString();
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String xmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
