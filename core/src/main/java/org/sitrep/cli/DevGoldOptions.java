package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.eval.Corpora;
import org.sitrep.eval.CorpusBoilerplate;
import org.sitrep.eval.GoldArticle;
import org.sitrep.ingest.ArticleBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What every {@code train} command reads: the gold folder's dev split and how many folds of articles to hold out. */
final class DevGoldOptions {
    @Option(names = "--gold", defaultValue = "gold/events", paramLabel = "DIR",
            description = "Folder of gold files (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--folds", defaultValue = "8", description = "Folds of articles for cross-validation "
            + "(default: ${DEFAULT-VALUE}).")
    int folds;

    @Mixin
    GoldSplitOptions split;

    /** The dev articles, with the corpora they point into; the test split is refused (it is for reporting). */
    List<GoldArticle> articles(CommandSpec spec) {
        if (!split.split.equals("dev")) {
            throw new ParameterException(spec.commandLine(),
                    "train on the dev split only: the test split is for reporting");
        }
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be 2 or more (one fold is held out while "
                    + "the others train), got " + folds);
        }
        split.check(spec);
        return GoldArticle.read(gold, split.split, corpora());
    }

    /** Builds articles as ingest does, with the boilerplate learned from the articles' corpora. */
    ArticleBuilder builder(org.sitrep.pipeline.Models models, List<GoldArticle> articles) {
        return models.articleBuilder(CorpusBoilerplate.learn(corpora(), articles));
    }

    private Corpora corpora() {
        return new Corpora(split.bench);
    }
}
