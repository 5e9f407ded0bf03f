package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep rebuild}: recomputes the whole situation from the stored facts and summarizes it. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Rebuilds the situation (merged events, control timelines, stances) from every stored fact "
                + "and prints its size.")
public final class RebuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (Store opened = store.open()) {
            Situation situation = Situation.of(opened.allFacts(), opened.reviews());
            int events = situation.events().size();
            int intervals = situation.places().stream().mapToInt(p -> situation.timeline(p).size()).sum();
            spec.commandLine().getOut().printf("%d articles → %d merged events, %d places with %d control intervals "
                            + "(%.1f s)%n", situation.articleCount(), events, situation.places().size(), intervals,
                    (System.nanoTime() - start) / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
