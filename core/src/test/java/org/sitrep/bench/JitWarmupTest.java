package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JitWarmupTest {
    @Test
    void thirtyArticlesAreWarmedSevenTimesToReachTwoHundredAndTen() {
        assertEquals(7, JitWarmup.passes(30));
    }

    @Test
    void aCorpusLargerThanTheSettlingPointIsWarmedOnce() {
        assertEquals(1, JitWarmup.passes(300));
    }

    @Test
    void warmUpGoesOnToSevenHundredAndTwentyArticlesAtMostWhileTheCompilerIsBusy() {
        assertEquals(24, JitWarmup.maxPasses(30));
        assertEquals(1, JitWarmup.maxPasses(1000));
        assertEquals(360, JitWarmup.maxPasses(2));
    }

    @Test
    void aTinyCorpusIsWarmedAtMostEightTimes() {
        assertEquals(8, JitWarmup.passes(2));
        assertEquals(1, JitWarmup.passes(0));
    }
}
