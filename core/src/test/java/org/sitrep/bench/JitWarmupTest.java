package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JitWarmupTest {
    @Test
    void thirtyArticlesAreWarmedFourTimesToReachAHundredAndTwenty() {
        assertEquals(4, JitWarmup.passes(30));
    }

    @Test
    void aCorpusLargerThanTheSettlingPointIsWarmedOnce() {
        assertEquals(1, JitWarmup.passes(300));
    }

    @Test
    void aTinyCorpusIsWarmedAtMostFiveTimes() {
        assertEquals(5, JitWarmup.passes(2));
        assertEquals(1, JitWarmup.passes(0));
    }
}
