package org.sitrep.digest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Facts;
import org.sitrep.report.Html;

/**
 * Where the digest links an article: the publisher's page when the article's URL is a web link, else the article's
 * page on this server ({@code {base}/article/{id}}). Never a link of another scheme. Immutable.
 */
final class ArticleLinks {
    private final String baseUrl;
    private final Map<String, String> publisherUrls = new HashMap<>();

    ArticleLinks(String baseUrl, List<Facts> articles) {
        this.baseUrl = baseUrl;
        for (Facts facts : articles) {
            facts.article().url().flatMap(Html::safeHref)
                    .ifPresent(url -> publisherUrls.put(facts.article().id(), url));
        }
    }

    /** The link to an article; empty only when neither its URL nor the base URL makes a web link. */
    Optional<String> of(String articleId) {
        String url = publisherUrls.get(articleId);
        if (url != null) {
            return Optional.of(url);
        }
        // URLEncoder writes a space as '+', which a path reads as a plus sign.
        String segment = URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
        return Html.safeHref(baseUrl + "/article/" + segment);
    }
}
