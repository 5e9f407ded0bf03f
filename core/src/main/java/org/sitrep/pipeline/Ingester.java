package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ParsedItem;
import org.sitrep.ingest.ParsedStream;
import org.sitrep.store.StoreException;

/**
 * Reads files, folders and feeds and runs their documents through the {@link ArticlePipeline}, in parallel over
 * articles. Each stored article is committed with all its facts before its outcome is reported, so what was
 * reported survives a kill.
 */
public final class Ingester {
    private final InputReader reader;
    private final ArticlePipeline pipeline;
    private final int threads;

    public Ingester(InputReader reader, ArticlePipeline pipeline, int threads) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
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
                try (ParsedStream items = reader.open(input)) {
                    while (items.hasNext()) {
                        ParsedItem item = items.next();
                        if (item instanceof ParsedItem.Problem problem) {
                            record.accept(IngestOutcome.failed(problem.problem()));
                        } else if (item instanceof ParsedItem.Document document) {
                            inFlight.acquire();
                            work.add(pool.submit(() -> {
                                try {
                                    record.accept(pipeline.process(document.document()).outcome());
                                } finally {
                                    inFlight.release();
                                }
                            }));
                            if (work.size() % 1000 == 0) {
                                work.removeIf(Future::isDone); // a million-line dump keeps no million futures
                            }
                        }
                    }
                } catch (BadInputException e) {
                    record.accept(IngestOutcome.failed(e));
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    record.accept(IngestOutcome.failed(new BadInputException(input, "unreadable: " + e, e)));
                }
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw store; // the store cannot take more (disk full, read-only): one clear line, nothing lost
            }
            throw new IllegalStateException("ingest failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(outcomes, System.nanoTime() - start);
    }
}
