package org.sitrep.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * How many warm-up passes over a corpus a row needs so that it measures compiled code rather than the compiler: on
 * the 2-core development machine C2 took 2.4–4.8 CPU-s per 30-article pass (as much as the workers, on the core the
 * second worker needs) for the first 150 articles, and under 0.4 s per pass after 180.
 */
final class JitWarmup {
    /** Articles extracted before the compiler has settled (measured: C2's CPU per pass over 30 AllSides articles). */
    static final int SETTLED_AFTER_ARTICLES = 210;
    static final int MAX_PASSES = 8;
    /**
     * The process's CPU beside the workers in a warm-up pass (the compiler and the collector), as a share of theirs,
     * below which the compiler has settled: the collector alone took 3–10 % on the development machine.
     */
    static final double SETTLED_SHARE = 0.15;
    /** Articles after which warm-up stops whether or not the compiler has settled. */
    static final int MAX_WARM_ARTICLES = 720;

    private JitWarmup() {
    }

    /**
     * Whether HotSpot compiles methods over its 8,000-byte bytecode limit ({@code -XX:-DontCompileHugeMethods}, as
     * {@code ./sitrep} starts java): CoreNLP's NER feature extractor, lemmatizer and tokenizer are such methods and
     * otherwise run interpreted, about a sixth of the annotators' time. Empty where the JVM does not say.
     */
    static Optional<Boolean> compilesHugeMethods() {
        try {
            HotSpotDiagnosticMXBean diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Optional.of(!Boolean.parseBoolean(
                    diagnostics.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty(); // not HotSpot
        }
    }

    /** The most warm-up passes over a corpus of this size: {@link #MAX_WARM_ARTICLES}, at least {@link #passes}. */
    static int maxPasses(int corpusSize) {
        return Math.max(passes(corpusSize), MAX_WARM_ARTICLES / Math.max(1, corpusSize));
    }

    /** Whole passes over a corpus of this size that reach {@link #SETTLED_AFTER_ARTICLES}, at least one. */
    static int passes(int corpusSize) {
        if (corpusSize <= 0) {
            return 1;
        }
        int passes = (SETTLED_AFTER_ARTICLES + corpusSize - 1) / corpusSize;
        return Math.max(1, Math.min(MAX_PASSES, passes));
    }
}
