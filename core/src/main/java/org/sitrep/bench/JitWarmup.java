package org.sitrep.bench;

/**
 * How many warm-up passes over a corpus a row needs so that it measures compiled code rather than the compiler: on
 * this 2-core machine the C2 compiler took 2–5 CPU-s per 30-article pass for the first ~100 articles (on the core
 * the second worker needs) and under 0.7 s per pass after 120.
 */
final class JitWarmup {
    /** Articles extracted before the compiler has settled (measured: C2's CPU per pass over 30 AllSides articles). */
    static final int SETTLED_AFTER_ARTICLES = 120;
    static final int MAX_PASSES = 5;

    private JitWarmup() {
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
