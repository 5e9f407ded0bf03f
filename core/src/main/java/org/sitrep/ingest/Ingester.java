package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.store.Duplicate;
import org.sitrep.store.DuplicateArticleException;
import org.sitrep.store.Store;

/**
 * Runs inputs through read → build → deduplicate → extract → store, in parallel over articles. Each stored
 * article is committed with all its facts before its outcome is reported, so what was reported survives a kill.
 */
public final class Ingester {
    private final Store store;
    private final InputReader reader;
    private final ArticleBuilder builder;
    private final Function<Article, Facts> extractor;
    private final int threads;

    public Ingester(Store store, InputReader reader, ArticleBuilder builder, Function<Article, Facts> extractor,
                    int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Ingests the given files, folders and URLs; {@code listener} hears each outcome as it happens. */
    public IngestReport ingest(List<String> inputs, Consumer<IngestOutcome> listener) {
        long start = System.nanoTime();
        List<IngestOutcome> outcomes = new ArrayList<>();
        Consumer<IngestOutcome> record = outcome -> {
            synchronized (outcomes) {
                outcomes.add(outcome);
                listener.accept(outcome);
            }
        };
        List<String> expanded;
        try {
            expanded = reader.expand(inputs);
        } catch (BadInputException e) {
            record.accept(IngestOutcome.failed(e));
            return new IngestReport(outcomes, System.nanoTime() - start);
        }
        // Inputs are read in order on this thread (cheap); their documents are extracted and stored in parallel,
        // at most two per worker in flight so that a large JSONL dump does not fill the heap.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (String input : expanded) {
                Parsed parsed;
                try {
                    parsed = reader.read(input);
                } catch (BadInputException e) {
                    record.accept(IngestOutcome.failed(e));
                    continue;
                } catch (RuntimeException e) {
                    record.accept(IngestOutcome.failed(new BadInputException(input, "unreadable: " + e, e)));
                    continue;
                }
                parsed.problems().forEach(problem -> record.accept(IngestOutcome.failed(problem)));
                for (ParsedDocument document : parsed.documents()) {
                    inFlight.acquire();
                    work.add(pool.submit(() -> {
                        try {
                            record.accept(ingestDocument(document));
                        } finally {
                            inFlight.release();
                        }
                    }));
                }
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(outcomes, System.nanoTime() - start);
    }

    private IngestOutcome ingestDocument(ParsedDocument document) {
        ArticleBuilder.Built built = builder.build(document);
        Article article = built.article();
        // Serialised per store so that two copies of one story in the same run cannot both be stored.
        synchronized (store) {
            Optional<Duplicate> duplicate = store.findDuplicate(built.fingerprint());
            if (duplicate.isPresent()) {
                return recordDuplicate(document, built, duplicate.get());
            }
        }
        Facts facts;
        try {
            facts = extractor.apply(article);
        } catch (RuntimeException e) {
            return IngestOutcome.failed(new BadInputException(document.origin(), "extraction failed: " + e, e));
        }
        synchronized (store) {
            Optional<Duplicate> duplicate = store.findDuplicate(built.fingerprint());
            if (duplicate.isPresent()) {
                return recordDuplicate(document, built, duplicate.get());
            }
            try {
                store.save(facts, built.fingerprint());
            } catch (DuplicateArticleException e) {
                return IngestOutcome.duplicate(document.origin(), article.id());
            }
        }
        return IngestOutcome.stored(document.origin(), article.id(), article.title(), factCount(facts));
    }

    private IngestOutcome recordDuplicate(ParsedDocument document, ArticleBuilder.Built built, Duplicate duplicate) {
        if (duplicate.exact()) {
            return IngestOutcome.duplicate(document.origin(), duplicate.articleId());
        }
        store.linkNearDuplicate(built.article(), built.fingerprint(), duplicate);
        return IngestOutcome.nearDuplicate(document.origin(), duplicate.articleId(), duplicate.similarity());
    }

    private static int factCount(Facts facts) {
        return facts.entities().size() + facts.times().size() + facts.quotes().size() + facts.events().size()
                + facts.control().size() + facts.stances().size();
    }
}
