package org.sitrep.ingest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/** Turns a parsed document into an article: identity, language, boilerplate spans, a title and a source. */
public final class ArticleBuilder {
    private static final int DERIVED_TITLE = 120;
    private final BoilerplateDetector boilerplate;
    private final LanguageIdentifier languages;

    public ArticleBuilder(BoilerplateDetector boilerplate, LanguageIdentifier languages) {
        this.boilerplate = boilerplate;
        this.languages = languages;
    }

    /** An article and its fingerprint from one parsed document. */
    public Built build(ParsedDocument document) {
        String body = document.bodyText();
        Fingerprint fingerprint = Fingerprint.of(body);
        List<Span> boiler = boilerplate.detect(document.text(), document.body());
        String title = document.title().orElseGet(() -> derivedTitle(body));
        String source = document.source().or(() -> document.url().flatMap(ArticleBuilder::host)).orElse("file");
        Article article = new Article(fingerprint.contentHash(), source, document.url(), title, document.published(),
                languages.identify(body), document.text(), document.body(), boiler, document.origin());
        return new Built(article, fingerprint);
    }

    private static String derivedTitle(String body) {
        String firstLine = body.strip().lines().findFirst().orElse("");
        return firstLine.length() <= DERIVED_TITLE ? firstLine : firstLine.substring(0, DERIVED_TITLE - 1) + "…";
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An article with the fingerprint that finds its duplicates. */
    public record Built(Article article, Fingerprint fingerprint) {
    }
}
