package org.sitrep.testing;

import org.sitrep.coding.Extractor;

/** One extractor per test JVM (the process-wide models): its models take seconds to load. */
public final class SharedModels {
    private SharedModels() {
    }

    public static Extractor extractor() {
        return Holder.EXTRACTOR;
    }

    private static final class Holder {
        private static final Extractor EXTRACTOR = org.sitrep.pipeline.Models.shared().extractor();
    }
}
