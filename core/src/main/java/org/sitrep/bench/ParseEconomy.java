package org.sitrep.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.coding.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.nlp.Annotated;

/**
 * What parsing only the cued sentences costs in facts: each article extracted twice, with every sentence parsed and
 * with the cued ones only, and every fact (entity, quote, event, control claim, stance) that one finds and the other
 * does not listed with its sentence. Equal records are the same fact; a changed field counts as one lost, one new.
 */
final class ParseEconomy {
    private ParseEconomy() {
    }

    /** The comparison over a corpus, printed; returns the number of facts the full parse finds that are lost. */
    static int compare(List<Article> corpus, Extractor extractor, PrintWriter out) {
        int sentences = 0;
        int parsed = 0;
        int kept = 0;
        long economicalNanos = 0;
        long fullNanos = 0;
        List<String> lost = new ArrayList<>();
        List<String> gained = new ArrayList<>();
        for (Article article : corpus) {
            // the two ways alternate article by article, so a load that comes and goes slows both alike
            long start = System.nanoTime();
            Annotated cued = extractor.annotate(article);
            Set<Object> economical = facts(extractor.extract(cued));
            long middle = System.nanoTime();
            Set<Object> full = facts(extractor.applyAnnotatingAll(article));
            fullNanos += System.nanoTime() - middle;
            economicalNanos += middle - start;
            sentences += cued.sentences().size();
            parsed += cued.parsedSentenceCount();
            for (Object fact : full) {
                if (economical.contains(fact)) {
                    kept++;
                } else {
                    lost.add(article.id() + " " + fact);
                }
            }
            economical.stream().filter(f -> !full.contains(f)).forEach(f -> gained.add(article.id() + " " + f));
        }
        out.printf(Locale.ROOT, "parse economy: %d of %d sentences parsed (%.1f %%); facts of the full parse kept %d, "
                + "lost %d, found only without the full parse %d%n", parsed, sentences, 100.0 * parsed
                / Math.max(1, sentences), kept, lost.size(), gained.size());
        out.printf(Locale.ROOT, "parse economy, one thread, the two alternating: %.2f articles/s parsing cued "
                + "sentences, %.2f parsing all (ratio %.2f)%n", corpus.size() / (economicalNanos / 1e9),
                corpus.size() / (fullNanos / 1e9), (double) fullNanos / economicalNanos);
        lost.forEach(f -> out.println("  lost: " + f));
        gained.forEach(f -> out.println("  new:  " + f));
        out.flush();
        return lost.size();
    }

    private static Set<Object> facts(Facts facts) {
        Set<Object> all = new LinkedHashSet<>();
        for (List<?> kind : List.<List<?>>of(facts.entities(), facts.quotes(), facts.events(), facts.control(),
                facts.stances())) {
            all.addAll(kind);
        }
        return all;
    }
}
