package org.sitrep.flink;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Facts;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Situation;
import org.sitrep.situation.StancePoint;
import org.sitrep.store.Alias;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;

/**
 * Everything a store tells a reader, as values: the articles, every article's facts and re-publications, and the
 * situation built from them (merged events, each place's control timeline, stances). Two stores that give equal
 * pictures answer every command and API call alike. Origins (which file and line, or which Kafka record) can be left
 * out, for stores fed the same articles from different places.
 */
record Picture(List<ArticleSummary> articles, List<Facts> facts, Map<String, List<Alias>> aliases,
               List<MergedEvent> events, Map<String, List<ControlInterval>> control, List<StancePoint> stances) {

    static Picture of(Store store, boolean withOrigins) {
        List<ArticleSummary> articles = store.articles().stream().sorted(Comparator.comparing(ArticleSummary::id))
                .toList();
        List<Facts> facts = store.allFacts().stream().map(f -> withOrigins ? f : withoutOrigin(f)).toList();
        Map<String, List<Alias>> aliases = new TreeMap<>();
        for (ArticleSummary article : articles) {
            List<Alias> linked = store.aliases(article.id()).stream().map(a -> withOrigins ? a : new Alias(
                    a.contentHash(), a.articleId(), a.source(), a.url(), a.title(), a.published(), "", a.similarity()))
                    .toList();
            if (!linked.isEmpty()) {
                aliases.put(article.id(), linked);
            }
        }
        Situation situation = Situation.of(store.allFacts(), store.reviews());
        Map<String, List<ControlInterval>> control = new TreeMap<>();
        situation.places().forEach(place -> control.put(place, situation.timeline(place)));
        List<StancePoint> stances = situation.stances(point -> true).stream()
                .sorted(Comparator.comparing(StancePoint::toString)).toList();
        return new Picture(articles, facts, aliases, situation.events(), control, stances);
    }

    private static Facts withoutOrigin(Facts facts) {
        ArticleMeta m = facts.article();
        return new Facts(new ArticleMeta(m.id(), m.source(), m.url(), m.title(), m.published(), m.language(), ""),
                facts.entities(), facts.times(), facts.quotes(), facts.events(), facts.control(), facts.stances());
    }

    /** How many facts of each kind, for a failure message that says where two pictures part. */
    String counts() {
        return articles.size() + " articles, " + facts.stream().mapToInt(f -> f.events().size()).sum()
                + " events reported, " + events.size() + " merged events, " + control.size() + " places, "
                + stances.size() + " stances, " + aliases.size() + " re-published";
    }
}
