package org.sitrep.eval;

import java.util.List;
import org.sitrep.ingest.BoilerplateLearner;
import org.sitrep.ingest.LearnedBoilerplate;
import org.sitrep.model.Span;

/**
 * What a batch ingest of the corpora the gold articles come from would learn as boilerplate, per outlet: the
 * evaluation then extracts the gold articles as the shipped ingest would.
 */
public final class CorpusBoilerplate {
    private CorpusBoilerplate() {
    }

    /** Counts every article of every corpus the gold articles come from (each corpus read once, in id order). */
    public static LearnedBoilerplate learn(Corpora corpora, List<GoldArticle> gold) {
        BoilerplateLearner learner = new BoilerplateLearner();
        for (String corpus : gold.stream().map(GoldArticle::corpus).distinct().sorted().toList()) {
            for (Corpora.CorpusArticle article : corpora.articles(corpus)) {
                learner.add(article.outlet(), article.text(), new Span(0, article.text().length()));
            }
        }
        return learner.learned();
    }
}
