package org.sitrep.cli;

import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import picocli.CommandLine.Mixin;

/**
 * Opens the store and builds the situation from every stored article and review (the same result as incremental
 * updates).
 */
public final class SituationOptions {
    @Mixin
    StoreOptions store;

    Situation load() {
        try (Store opened = store.open()) {
            return Situation.of(opened.allFacts(), opened.reviews());
        }
    }
}
