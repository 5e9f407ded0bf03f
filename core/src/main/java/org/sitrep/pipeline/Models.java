package org.sitrep.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.coding.Extractor;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BoilerplateDetector;
import org.sitrep.ingest.LanguageIdentifier;
import org.sitrep.ingest.LearnedBoilerplate;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;

/**
 * The heavy read-only parts of sitrep, loaded once per JVM and shared by the pipeline, the server, the digest and
 * every command: knowledge base, gazetteer, language identifier, boilerplate cues and (on first use, as it costs
 * seconds) the NLP models behind the extractor. Immutable once loaded; thread-safe.
 */
public final class Models {
    private static volatile Throwable preloadFailure;

    private final KnowledgeBase knowledge;
    private final Gazetteer gazetteer;
    private final LanguageIdentifier languages;
    private final BoilerplateDetector boilerplate;
    private volatile Extractor extractor;

    private Models(KnowledgeBase knowledge, Gazetteer gazetteer, LanguageIdentifier languages,
                   BoilerplateDetector boilerplate) {
        this.knowledge = knowledge;
        this.gazetteer = gazetteer;
        this.languages = languages;
        this.boilerplate = boilerplate;
    }

    /** The process-wide instance, loaded on first use. */
    public static Models shared() {
        try {
            return Holder.INSTANCE;
        } catch (NoClassDefFoundError e) {
            // the models failed to load on the preloading thread: say why, not that a class is missing
            Throwable cause = preloadFailure;
            if (cause == null) {
                throw e;
            }
            throw new IllegalStateException("the models could not be loaded: " + cause, cause);
        }
    }

    /**
     * Starts loading the shared models, the NLP ones too, on a daemon thread, so that a command opens its store and
     * reads its inputs meanwhile (loading is seconds of mostly single-threaded work); whoever asks for them next waits
     * for the load, and hears its failure.
     */
    public static void loadInBackground() {
        Thread loader = new Thread(() -> {
            try {
                shared().extractor();
            } catch (RuntimeException | Error e) {
                preloadFailure = e; // extractor() loads again on the asking thread and throws there
            }
        }, "model-preload");
        loader.setDaemon(true);
        loader.start();
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Turns parsed documents into articles with their language, boilerplate and fingerprint. */
    public ArticleBuilder articleBuilder() {
        return new ArticleBuilder(boilerplate, languages);
    }

    /** As {@link #articleBuilder()}, also marking the segments {@code learned} knows to recur in a source. */
    public ArticleBuilder articleBuilder(LearnedBoilerplate learned) {
        return new ArticleBuilder(boilerplate, learned, languages);
    }

    /** The extraction chain over the shared models; the NLP models load on the first call only. */
    public Extractor extractor() {
        Extractor loaded = extractor;
        if (loaded == null) {
            synchronized (this) {
                loaded = extractor;
                if (loaded == null) {
                    loaded = Extractor.load(knowledge, gazetteer);
                    extractor = loaded;
                }
            }
        }
        return loaded;
    }

    private static final class Holder {
        private static final Models INSTANCE = load();

        /** The gazetteer and the language identifier load beside the knowledge base: a second each, mostly I/O. */
        private static Models load() {
            CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::load);
            CompletableFuture<LanguageIdentifier> languages = CompletableFuture.supplyAsync(LanguageIdentifier::load);
            KnowledgeBase knowledge = KnowledgeBase.load();
            try {
                return new Models(knowledge, gazetteer.join(), languages.join(), BoilerplateDetector.standard());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
