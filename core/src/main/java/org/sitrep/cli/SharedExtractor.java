package org.sitrep.cli;

import org.sitrep.coding.Extractor;

/** The process-wide extractor: models load on first use, once, and are shared by every command and thread. */
final class SharedExtractor {
    private SharedExtractor() {
    }

    static Extractor get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final Extractor INSTANCE = Extractor.load();
    }
}
