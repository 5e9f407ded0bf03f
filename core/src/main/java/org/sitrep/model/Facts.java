package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article, the unit stored in one transaction; it names its article by
 * {@link ArticleMeta} and carries no text (the store keeps that once).
 */
public record Facts(ArticleMeta article, List<Mention> entities, List<TimeExpression> times, List<Quote> quotes,
                    List<Event> events, List<ControlChange> control, List<Stance> stances) {
    public Facts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        control = List.copyOf(control);
        stances = List.copyOf(stances);
    }

    /** An article with no facts yet (ingest without extraction). */
    public static Facts none(Article article) {
        return new Facts(article.meta(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
