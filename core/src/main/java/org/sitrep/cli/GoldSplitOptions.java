package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.sitrep.coding.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which split of an annotated set to score, where its corpora are, whether to list errors (dev only) and whether to
 * parse every sentence.
 */
final class GoldSplitOptions {
    @Option(names = "--split", defaultValue = "dev", paramLabel = "dev|test|all",
            description = "Which split to score (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--bench", defaultValue = "../shared/bench", paramLabel = "DIR",
            description = "Folder with the corpora the annotations point into (default: ${DEFAULT-VALUE}).")
    Path bench;

    @Option(names = "--errors", description = "List every error (dev split only: test errors are never read).")
    boolean errors;

    @Option(names = "--parse-all", description = "Parse every sentence, not only those with a cue a coder can use "
            + "(to compare the two-pass annotation with the full parse).")
    boolean parseAll;

    /** The extraction chain to score: the extractor's own, or the same with every sentence parsed. */
    Function<Article, Facts> chain(Extractor extractor) {
        return parseAll ? extractor::applyAnnotatingAll : extractor;
    }

    /** Refuses error listings off the dev split, and a missing corpus folder. */
    void check(CommandSpec spec) {
        if (errors && !split.equals("dev")) {
            throw new ParameterException(spec.commandLine(),
                    "--errors lists dev errors only: the test split is for reporting, never for reading errors");
        }
        if (!Files.isDirectory(bench)) {
            throw new ParameterException(spec.commandLine(),
                    "corpus folder " + bench + " not found (the annotations point into it)");
        }
    }
}
