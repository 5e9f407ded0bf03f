package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.Subscriber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep subscribers}: lists digest subscribers with their language, topics and status. */
@Command(name = "subscribers", mixinStandardHelpOptions = true, description = "Lists digest subscribers.")
public final class SubscribersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Store opened = store.open()) {
            for (Subscriber s : opened.subscribers()) {
                spec.commandLine().getOut().printf("%-40s %-3s %-13s %s%n", s.email(), s.lang(), s.status(),
                        s.topics().isEmpty() ? "(all)" : String.join(",", s.topics()));
            }
            spec.commandLine().getOut().printf("%d subscribers%n", opened.subscribers().size());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
