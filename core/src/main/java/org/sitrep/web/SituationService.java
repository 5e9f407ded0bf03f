package org.sitrep.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Parsed;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.ReviewDesk;
import org.sitrep.review.Review;
import org.sitrep.situation.SearchIndex;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;

/**
 * What the server serves: the store, and the situation kept in memory and updated article by article as they
 * are posted through the same {@link ArticlePipeline} as the CLI's ingest (the same fold `rebuild` computes from
 * scratch), and review by review as analysts file them. Memory grows with facts, not with article texts: the
 * situation keeps reports, quotes are kept with their article's id and date, and texts live only in the store and
 * the search index. Thread-safe.
 */
public final class SituationService {
    private final Store store;
    private final Situation situation;
    private final ArticlePipeline pipeline;
    private final AtomicLong version = new AtomicLong();
    /** Every stored quote with its article, read once and extended on each post. */
    private final List<QuoteEntry> quotes = new ArrayList<>();
    private final SearchIndex index = SearchIndex.empty();
    /** The ids of the articles applied, whoever stored them: each is applied once. */
    private final java.util.Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private long indexedEventsVersion = -1;

    public SituationService(Store store, ArticleBuilder builder, Function<Article, Facts> extractor) {
        this.store = store;
        this.situation = Situation.of(List.of());
        store.forEachStored(this::remember);
        store.reviews().forEach(situation::review);
        this.pipeline = new ArticlePipeline(builder, extractor, store, this::apply);
    }

    /** A direct quote with the article it comes from. */
    public record QuoteEntry(String articleId, String source, Optional<String> url, Optional<LocalDate> published,
                             Quote quote) {
    }

    public Store store() {
        return store;
    }

    public Situation situation() {
        return situation;
    }

    /** Grows with every stored article and review: clients poll it to know when to refresh. */
    public long version() {
        return version.get();
    }

    /** The outcome of posting one article. */
    public record Posted(String id, boolean created, Optional<Facts> facts, String message) {
    }

    /**
     * Stores a posted article with its facts and applies it to the situation; a duplicate answers with the stored
     * article's id and facts.
     */
    public Posted post(Parsed parsed) {
        if (!parsed.problems().isEmpty()) {
            throw parsed.problems().get(0);
        }
        if (parsed.documents().isEmpty()) {
            throw new BadInputException("request body", "no article in the body");
        }
        ArticlePipeline.Processed processed = pipeline.process(parsed.documents().get(0));
        IngestOutcome outcome = processed.outcome();
        return switch (outcome.kind()) {
            case STORED -> new Posted(outcome.articleId().orElseThrow(), true, processed.stored(), "stored");
            case DUPLICATE, NEAR_DUPLICATE -> {
                String id = outcome.articleId().orElseThrow();
                yield new Posted(id, false, store.facts(id), outcome.kind() == IngestOutcome.Kind.DUPLICATE
                        ? "duplicate of a stored article" : "re-publication, linked");
            }
            case FAILED -> throw processed.internalError()
                    .<RuntimeException>map(e -> new IllegalStateException("cannot process a posted article", e))
                    .orElseGet(() -> new BadInputException(outcome.origin(), outcome.detail().orElse("failed")));
        };
    }

    /**
     * Files an analyst's review through the {@link ReviewDesk}: stored, applied to the situation at once, and the
     * version bumped so that clients refresh.
     */
    public Review review(Review draft, Function<String, Optional<Place>> places) {
        Review stored = new ReviewDesk(store, situation, places).file(draft);
        version.incrementAndGet();
        return stored;
    }

    private void apply(Article article, Facts stored) {
        remember(article, stored);
        version.incrementAndGet();
    }

    /**
     * Applies the articles that other writers (an ingest, another server, a Flink job) stored since this service
     * last looked, and bumps the version when there were any, so that clients refresh.
     *
     * @return how many articles were new to this service
     */
    public int catchUp() {
        if (store.articleCount() == known.size()) {
            return 0; // one COUNT when nothing changed: cheap enough to poll
        }
        List<String> unseen = store.articleIds().stream().filter(id -> !known.contains(id)).toList();
        store.forEachStored(unseen, this::remember);
        if (!unseen.isEmpty()) {
            version.incrementAndGet();
        }
        return unseen.size();
    }

    private void remember(Article article, Facts facts) {
        if (!known.add(facts.article().id())) {
            return; // posted here and found by catchUp() too
        }
        situation.apply(facts);
        index.add(article, facts);
        synchronized (quotes) {
            for (Quote quote : facts.quotes()) {
                quotes.add(new QuoteEntry(facts.article().id(), facts.article().source(), facts.article().url(),
                        facts.article().published(), quote));
            }
        }
    }

    /** Every stored quote, in the order stored. */
    public List<QuoteEntry> quotes() {
        synchronized (quotes) {
            return List.copyOf(quotes);
        }
    }

    /** Search hits, with article snippets cut from the stored texts of the hits only. */
    public List<SearchIndex.Hit> search(String query, int limit) {
        return searchIndex().search(query, limit, id -> store.article(id).map(SearchIndex::snippetSource));
    }

    /** The full-text index; its merged events are refreshed only after new articles. */
    public synchronized SearchIndex searchIndex() {
        long current = version.get();
        if (indexedEventsVersion != current) {
            index.replaceEvents(situation.events());
            indexedEventsVersion = current;
        }
        return index;
    }
}
