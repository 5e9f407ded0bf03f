package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep show ID}: one stored article with every fact and its evidence. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one stored article (an id or a unique id prefix) with every fact and its evidence.")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "Article id (or a unique prefix of one).")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store opened = store.open()) {
            var matches = opened.articles().stream().filter(a -> a.id().startsWith(id)).toList();
            if (matches.size() != 1) {
                spec.commandLine().getErr().println(matches.isEmpty() ? "no article with id " + id
                        : "id prefix " + id + " matches " + matches.size() + " articles");
                return SitrepCommand.EXIT_BAD_INPUT;
            }
            String found = matches.get(0).id();
            out.print(format.render(opened.article(found).orElseThrow(), opened.facts(found).orElseThrow(),
                    opened.aliases(found)));
            out.flush();
            return 0;
        }
    }
}
