package org.sitrep.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.Parsed;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.situation.Situation;
import org.sitrep.store.Duplicate;
import org.sitrep.store.Store;

/**
 * What the server serves: the store, and the situation kept in memory and updated article by article as they
 * are posted (the same fold `rebuild` computes from scratch). Thread-safe.
 */
public final class SituationService {
    private final Store store;
    private final Situation situation;
    private final ArticleBuilder builder;
    private final Function<Article, Facts> extractor;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    /** Every stored article's facts, read once and extended on each post: requests never reread the store. */
    private final List<Facts> facts;
    private org.sitrep.situation.SearchIndex index;
    private long indexVersion = -1;

    public SituationService(Store store, ArticleBuilder builder, Function<Article, Facts> extractor) {
        this.store = store;
        this.builder = builder;
        this.extractor = extractor;
        this.facts = new java.util.ArrayList<>(store.allFacts());
        this.situation = Situation.of(facts);
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

    /** Stores a posted article with its facts and applies it to the situation. */
    public Posted post(Parsed parsed) {
        if (!parsed.problems().isEmpty()) {
            throw parsed.problems().get(0);
        }
        if (parsed.documents().isEmpty()) {
            throw new BadInputException("request body", "no article in the body");
        }
        ParsedDocument document = parsed.documents().get(0);
        ArticleBuilder.Built built = builder.build(document);
        synchronized (store) {
            Optional<Duplicate> duplicate = store.findDuplicate(built.fingerprint());
            if (duplicate.isPresent()) {
                if (!duplicate.get().exact()) {
                    store.linkNearDuplicate(built.article(), built.fingerprint(), duplicate.get());
                }
                return new Posted(duplicate.get().articleId(), false, store.facts(duplicate.get().articleId()),
                        duplicate.get().exact() ? "duplicate of a stored article" : "re-publication, linked");
            }
        }
        Facts extracted = extractor.apply(built.article());
        synchronized (store) {
            store.save(extracted, built.fingerprint());
            synchronized (facts) {
                facts.add(extracted);
            }
        }
        situation.apply(extracted);
        version.incrementAndGet();
        return new Posted(built.article().id(), true, Optional.of(extracted), "stored");
    }

    public List<Facts> allFacts() {
        synchronized (facts) {
            return List.copyOf(facts);
        }
    }

    /** The full-text index, rebuilt only after new articles. */
    public synchronized org.sitrep.situation.SearchIndex searchIndex() {
        long current = version.get();
        if (index == null || indexVersion != current) {
            index = org.sitrep.situation.SearchIndex.build(allFacts(), situation.events());
            indexVersion = current;
        }
        return index;
    }
}
