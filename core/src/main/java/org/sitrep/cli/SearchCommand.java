package org.sitrep.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.situation.SearchIndex;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search TEXT}: full-text search over articles, quotes and merged events. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search (Lucene) over stored articles, quotes and merged events.")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "TEXT", description = "Words to find.")
    String text;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (Store opened = store.open()) {
            var facts = opened.allFacts();
            SearchIndex index = SearchIndex.build(facts, opened::article,
                    Situation.of(facts, opened.reviews()).events());
            var out = spec.commandLine().getOut();
            var hits = index.search(text, limit, id -> opened.article(id).map(SearchIndex::snippetSource));
            for (SearchIndex.Hit hit : hits) {
                out.printf(Locale.ROOT, "%-7s %-24s %s%n    %s%n", hit.kind(), hit.id(), hit.label(), hit.text());
            }
            out.printf("%d hits%n", hits.size());
            out.flush();
            return 0;
        }
    }
}
