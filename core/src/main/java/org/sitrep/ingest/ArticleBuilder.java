package org.sitrep.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/** Turns a parsed document into an article: identity, language, boilerplate spans, a title and a source. */
public final class ArticleBuilder {
    private static final int DERIVED_TITLE = 120;
    private final BoilerplateDetector boilerplate;
    private final LearnedBoilerplate learned;
    private final LanguageIdentifier languages;

    /** A builder that marks boilerplate by the hand cues only. */
    public ArticleBuilder(BoilerplateDetector boilerplate, LanguageIdentifier languages) {
        this(boilerplate, LearnedBoilerplate.none(), languages);
    }

    /** A builder that marks boilerplate by the hand cues and by what recurs across a source's articles. */
    public ArticleBuilder(BoilerplateDetector boilerplate, LearnedBoilerplate learned, LanguageIdentifier languages) {
        this.boilerplate = boilerplate;
        this.learned = learned;
        this.languages = languages;
    }

    /** An article and its fingerprint from one parsed document. */
    public Built build(ParsedDocument document) {
        String body = document.bodyText();
        Fingerprint fingerprint = Fingerprint.of(body);
        String source = source(document);
        List<Span> boiler = union(boilerplate.detect(document.text(), document.body()),
                learned.detect(source, document.text(), document.body()));
        String title = document.title().orElseGet(() -> derivedTitle(body));
        Article article = new Article(fingerprint.contentHash(), source, document.url(), title, document.published(),
                languages.identify(body), document.text(), document.body(), boiler, document.origin());
        return new Built(article, fingerprint);
    }

    /** The source an article is filed under: the one its input declared, else its URL's host, else "file". */
    public static String source(ParsedDocument document) {
        return document.source().or(() -> document.url().flatMap(ArticleBuilder::host)).orElse("file");
    }

    /** Cue spans (whole lines) and learned spans (lines or sentences) in text order, none inside another. */
    private static List<Span> union(List<Span> cued, List<Span> learned) {
        if (learned.isEmpty()) {
            return cued;
        }
        List<Span> all = new ArrayList<>(cued);
        for (Span span : learned) {
            if (cued.stream().noneMatch(c -> c.start() <= span.start() && span.end() <= c.end())) {
                all.add(span);
            }
        }
        all.sort(Comparator.comparingInt(Span::start));
        return all;
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
