package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep articles}: lists stored articles with their fact counts. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Lists stored articles: id, date, source, title and counts of facts "
                + "(E entities, T times, Q quotes, V events, C control claims, S stances, R re-publications).")
public final class ArticlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store opened = store.open()) {
            List<ArticleSummary> articles = opened.articles();
            out.printf("%-16s  %-10s  %-18s  %4s %4s %4s %4s %4s %4s %3s  %s%n", "ID", "DATE", "SOURCE", "E", "T", "Q",
                    "V", "C", "S", "R", "TITLE");
            for (ArticleSummary a : articles) {
                out.printf("%-16s  %-10s  %-18.18s  %4d %4d %4d %4d %4d %4d %3d  %s%n", a.id(),
                        a.published().map(Object::toString).orElse("-"), a.source(), a.entities(), a.times(),
                        a.quotes(), a.events(), a.control(), a.stances(), a.aliases(), a.title());
            }
            out.printf("%d articles%n", articles.size());
            out.flush();
            return 0;
        }
    }
}
