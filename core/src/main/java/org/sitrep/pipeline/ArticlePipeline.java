package org.sitrep.pipeline;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.store.Duplicate;
import org.sitrep.store.Store;

/**
 * The one path every article takes from a parsed document to the store and the situation: build (identity,
 * language, boilerplate, fingerprint) → duplicate check → extract → store (the store decides duplicates again,
 * atomically) → listeners. The CLI's ingest, the server's POST, the demo and the Flink job all run this chain.
 * Thread-safe when its extractor and listener are.
 */
public final class ArticlePipeline {
    private final ArticleBuilder builder;
    private final Function<Article, Facts> extractor;
    private final Store store;
    private final BiConsumer<Article, Facts> onStored;

    public ArticlePipeline(ArticleBuilder builder, Function<Article, Facts> extractor, Store store,
                           BiConsumer<Article, Facts> onStored) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.store = Objects.requireNonNull(store, "store");
        this.onStored = Objects.requireNonNull(onStored, "onStored");
    }

    /**
     * What became of one document, with its facts when it was stored, and the internal error when one stage
     * failed on it (reported to an operator as a line, to a web client as a 500 without its text).
     */
    public record Processed(IngestOutcome outcome, Optional<Facts> stored, Optional<Throwable> internalError) {
    }

    /** Runs one document through the chain; failures of this document are reported, never thrown. */
    public Processed process(ParsedDocument document) {
        ArticleBuilder.Built built;
        try {
            built = builder.build(document);
        } catch (RuntimeException e) {
            return failed(new BadInputException(document.origin(), "cannot build an article: " + e, e), e);
        }
        Article article = built.article();
        // A cheap look first, so that a known article is not extracted again; the store decides for good below.
        Optional<Duplicate> known = store.findDuplicate(built.fingerprint());
        if (known.isPresent()) {
            if (!known.get().exact()) {
                store.linkNearDuplicate(article, built.fingerprint(), known.get());
            }
            return duplicate(document, known.get());
        }
        Facts facts;
        try {
            facts = extractor.apply(article);
        } catch (RuntimeException e) {
            return failed(new BadInputException(document.origin(), "extraction failed: " + e, e), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // One pathological article must not end a run of thousands: its memory is garbage once we return.
            return failed(new BadInputException(document.origin(), "too large or deep to extract (" + e + ")"), e);
        }
        Optional<Duplicate> duplicate = store.save(article, facts, built.fingerprint());
        if (duplicate.isPresent()) {
            return duplicate(document, duplicate.get());
        }
        onStored.accept(article, facts);
        return new Processed(IngestOutcome.stored(document.origin(), article.id(), article.title(), factCount(facts)),
                Optional.of(facts), Optional.empty());
    }

    private static Processed duplicate(ParsedDocument document, Duplicate found) {
        IngestOutcome outcome = found.exact() ? IngestOutcome.duplicate(document.origin(), found.articleId())
                : IngestOutcome.nearDuplicate(document.origin(), found.articleId(), found.similarity());
        return new Processed(outcome, Optional.empty(), Optional.empty());
    }

    private static Processed failed(BadInputException problem, Throwable internal) {
        return new Processed(IngestOutcome.failed(problem), Optional.empty(), Optional.of(internal));
    }

    private static int factCount(Facts facts) {
        return facts.entities().size() + facts.times().size() + facts.quotes().size() + facts.events().size()
                + facts.control().size() + facts.stances().size();
    }
}
