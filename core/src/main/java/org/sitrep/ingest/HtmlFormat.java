package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sitrep.model.Span;

/**
 * HTML pages: the main text (the {@code <article>} or {@code <main>} element when there is one) as one line per
 * block, with scripts, styles, navigation, headers, footers, forms and asides dropped. Linear in the page however
 * deeply it nests (jsoup builds the tree without recursion; blocks are found in one walk). Thread-safe.
 */
public final class HtmlFormat implements DocumentFormat {
    private static final String DROPPED = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "svg, button, template, [role=navigation], [aria-hidden=true]";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "dt", "dd", "figcaption");

    @Override
    public Parsed parse(String origin, String html) {
        rejectTruncated(origin, html);
        Document page = Jsoup.parse(html);
        Optional<String> title = firstNonBlank(meta(page, "og:title"), Optional.of(page.title()),
                page.select("h1").stream().map(Element::text).findFirst());
        Optional<LocalDate> published = firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
                meta(page, "pubdate"), page.select("time[datetime]").stream().map(t -> t.attr("datetime")).findFirst())
                .flatMap(Dates::parse);
        Optional<String> source = meta(page, "og:site_name");
        Optional<String> url = firstNonBlank(page.select("link[rel=canonical]").stream().map(l -> l.attr("href"))
                .findFirst(), meta(page, "og:url"));

        page.select(DROPPED).remove();
        Element main = Optional.ofNullable(page.selectFirst("article"))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElse(page.body());
        StringBuilder text = new StringBuilder();
        title.ifPresent(t -> text.append(t).append("\n\n"));
        int bodyStart = text.length();
        for (Element block : outermostBlocks(main)) {
            String line = block.text().strip();
            if (!line.isEmpty() && !(title.isPresent() && line.equals(title.get()) && text.length() == bodyStart)) {
                text.append(line).append('\n');
            }
        }
        if (text.length() == bodyStart) {
            String loose = main.text().strip();
            text.append(loose);
        }
        if (text.substring(bodyStart).isBlank()) {
            throw new BadInputException(origin, "HTML without any article text");
        }
        String body = text.toString();
        return Parsed.of(new ParsedDocument(origin, body, new Span(bodyStart, body.length()), title, published,
                source, url));
    }

    /**
     * The blocks of {@code main} that no other block holds (a paragraph inside a list item or quote is read with
     * its container), in document order; none when {@code main} itself sits inside a block. One walk over the
     * tree: linear however deep the nesting (checking each block's ancestors was quadratic).
     */
    private static List<Element> outermostBlocks(Element main) {
        List<Element> blocks = new ArrayList<>();
        for (Element parent = main.parent(); parent != null; parent = parent.parent()) {
            if (BLOCK_TAGS.contains(parent.normalName())) {
                return blocks;
            }
        }
        NodeTraversor.traverse(new NodeVisitor() {
            private int open;

            @Override
            public void head(Node node, int depth) {
                if (node != main && node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                    if (open == 0) {
                        blocks.add(element);
                    }
                    open++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != main && node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                    open--;
                }
            }
        }, main);
        return blocks;
    }

    /** An HTML document that opens {@code <html>} but never closes it nor its body was cut off. */
    private static void rejectTruncated(String origin, String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        if (lower.contains("<html") && !lower.contains("</html>") && !lower.contains("</body>")) {
            throw new BadInputException(origin, "truncated HTML: no closing </body> or </html>");
        }
    }

    private static Optional<String> meta(Document page, String name) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return tag == null ? Optional.empty() : Optional.of(tag.attr("content"));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return Optional.of(candidate.get().strip());
            }
        }
        return Optional.empty();
    }
}
