package org.sitrep.web;

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
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.situation.SearchIndex;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;

/**
 * What the server serves: the store, and the situation kept in memory and updated article by article as they
 * are posted through the same {@link ArticlePipeline} as the CLI's ingest (the same fold `rebuild` computes from
 * scratch). Thread-safe.
 */
public final class SituationService {
    private final Store store;
    private final Situation situation;
    private final ArticlePipeline pipeline;
    private final AtomicLong version = new AtomicLong();
    /** Every stored article's facts, read once and extended on each post: requests never reread the store. */
    private final List<Facts> facts;
    private SearchIndex index;
    private long indexVersion = -1;

    public SituationService(Store store, ArticleBuilder builder, Function<Article, Facts> extractor) {
        this.store = store;
        this.facts = new ArrayList<>(store.allFacts());
        this.situation = Situation.of(facts);
        this.pipeline = new ArticlePipeline(builder, extractor, store, this::apply);
    }

    public Store store() {
        return store;
    }

    public Situation situation() {
        return situation;
    }

    /** Grows with every stored article: clients poll it to know when to refresh. */
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
            case FAILED -> throw new BadInputException(outcome.origin(), outcome.detail().orElse("failed"));
        };
    }

    private void apply(Facts stored) {
        synchronized (facts) {
            facts.add(stored);
        }
        situation.apply(stored);
        version.incrementAndGet();
    }

    public List<Facts> allFacts() {
        synchronized (facts) {
            return List.copyOf(facts);
        }
    }

    /** The full-text index, rebuilt only after new articles. */
    public synchronized SearchIndex searchIndex() {
        long current = version.get();
        if (index == null || indexVersion != current) {
            index = SearchIndex.build(allFacts(), situation.events());
            indexVersion = current;
        }
        return index;
    }
}
