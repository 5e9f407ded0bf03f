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
        Step<ArticleBuilder.Built> built = build(builder, document);
        if (built instanceof Step.Done<ArticleBuilder.Built> done) {
            return done.processed();
        }
        Step<Extracted> extracted = extract(((Step.Next<ArticleBuilder.Built>) built).value());
        if (extracted instanceof Step.Done<Extracted> done) {
            return done.processed();
        }
        return store(((Step.Next<Extracted>) extracted).value());
    }

    /**
     * How a document left one stage of the chain: on to the next stage with a value, or done with its outcome. The
     * stages are public so that a distributed runner (the Flink job) can place a shuffle between them and still run
     * exactly this chain.
     */
    public sealed interface Step<T> permits Step.Next, Step.Done {
        /** On to the next stage with this value. */
        record Next<T>(T value) implements Step<T> {
            public Next {
                Objects.requireNonNull(value, "value");
            }
        }

        /** Ended at this stage (a duplicate, a failure). */
        record Done<T>(Processed processed) implements Step<T> {
            public Done {
                Objects.requireNonNull(processed, "processed");
            }
        }
    }

    /** An article with its fingerprint and the facts extracted from it, ready to store. */
    public record Extracted(ArticleBuilder.Built built, Facts facts) {
        public Extracted {
            Objects.requireNonNull(built, "built");
            Objects.requireNonNull(facts, "facts");
        }
    }

    /** Stage 1: identity, language, boilerplate and fingerprint; a document that cannot be built is reported. */
    public static Step<ArticleBuilder.Built> build(ArticleBuilder builder, ParsedDocument document) {
        try {
            return new Step.Next<>(builder.build(document));
        } catch (RuntimeException e) {
            return new Step.Done<>(failed(new BadInputException(document.origin(), "cannot build an article: " + e,
                    e), e));
        }
    }

    /**
     * Stage 2: a cheap look for a stored copy first, so that a known article is not extracted again (a near copy is
     * linked to it), then extraction; the store decides duplicates for good in {@link #store}.
     */
    public Step<Extracted> extract(ArticleBuilder.Built built) {
        Article article = built.article();
        String origin = article.origin();
        Optional<Duplicate> known = store.findDuplicate(built.fingerprint());
        if (known.isPresent()) {
            if (!known.get().exact()) {
                store.linkNearDuplicate(article, built.fingerprint(), known.get());
            }
            return new Step.Done<>(duplicate(origin, known.get()));
        }
        try {
            return new Step.Next<>(new Extracted(built, extractor.apply(article)));
        } catch (RuntimeException e) {
            return new Step.Done<>(failed(new BadInputException(origin, "extraction failed: " + e, e), e));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // One pathological article must not end a run of thousands: its memory is garbage once we return.
            return new Step.Done<>(failed(new BadInputException(origin, "too large or deep to extract (" + e + ")"),
                    e));
        }
    }

    /**
     * Stage 3: the article and all its facts in one transaction, unless the store holds it already (then nothing is
     * written: storing an article again, as a replay does, is harmless); the listener hears only what was stored.
     */
    public Processed store(Extracted extracted) {
        Article article = extracted.built().article();
        Optional<Duplicate> duplicate = store.save(article, extracted.facts(), extracted.built().fingerprint());
        if (duplicate.isPresent()) {
            return duplicate(article.origin(), duplicate.get());
        }
        onStored.accept(article, extracted.facts());
        return new Processed(IngestOutcome.stored(article.origin(), article.id(), article.title(),
                factCount(extracted.facts())), Optional.of(extracted.facts()), Optional.empty());
    }

    private static Processed duplicate(String origin, Duplicate found) {
        IngestOutcome outcome = found.exact() ? IngestOutcome.duplicate(origin, found.articleId())
                : IngestOutcome.nearDuplicate(origin, found.articleId(), found.similarity());
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
