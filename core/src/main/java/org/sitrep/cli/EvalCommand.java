package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.eval.Evaluations;
import org.sitrep.eval.TimexOffsetsGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: scores on public test sets, sitrep beside the NLP library's own component. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores sitrep on public test sets, beside the NLP library's own component run in the same "
                + "process.", subcommands = {EvalCommand.Ner.class, EvalCommand.Timex.class, EvalCommand.Quotes.class,
                EvalCommand.Events.class, EvalCommand.Control.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code eval ner}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "NER on CoNLL-2003: entity-level exact-span and token-level P/R/F1 per type.")
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file (eng.testb).")
        Path file;

        @Option(names = "--documents", defaultValue = "1000", description = "Most documents scored (default: all).")
        int documents;

        @Override
        public Integer call() {
            new Evaluations(Models.shared().extractor(), spec.commandLine().getOut()).ner(file, documents);
            return 0;
        }
    }

    /** {@code eval timex}. */
    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = "Time expressions on TempEval-3 TimeML files (or MEANTIME articles, or an offsets gold over "
                    + "a JSONL corpus): strict/relaxed span F1, value F1, type accuracy.")
    static final class Timex implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--timeml", paramLabel = "DIR", description = "Folder of .tml files.")
        Path directory;

        @Option(names = "--meantime", paramLabel = "DIR", description = "Folder of MEANTIME .xml articles "
                + "(../shared/bench/meantime-en/intra-doc_annotation); their annotated first sentences are scored.")
        Path meantime;

        @Option(names = "--offsets", paramLabel = "FILE", description = "A TSV of article id, start, end, type and "
                + "value (gold/timex/allsides-dev.tsv), read against --articles.")
        Path offsets;

        @Option(names = "--articles", paramLabel = "JSONL", description = "The corpus --offsets points into "
                + "(../shared/bench/allsides-syria-en/articles.jsonl; rows with id, text and date).")
        Path articles;

        @Option(names = "--no-baseline", description = "Skip SUTime (faster development runs).")
        boolean noBaseline;

        @Option(names = "--errors", description = "List sitrep's errors per document (development sets only).")
        boolean errors;

        @Override
        public Integer call() {
            if ((directory != null ? 1 : 0) + (meantime != null ? 1 : 0) + (offsets != null ? 1 : 0) != 1
                    || (offsets == null) != (articles == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give one of --timeml, --meantime and --offsets (with --articles)");
            }
            Evaluations evaluations = new Evaluations(Models.shared().extractor(), spec.commandLine().getOut());
            if (directory != null) {
                evaluations.timex(directory.getFileName().toString(), Evaluations.timeMlDocuments(directory),
                        !noBaseline, errors);
            } else if (meantime != null) {
                evaluations.timex("MEANTIME " + meantime.getFileName(), Evaluations.meantimeDocuments(meantime),
                        !noBaseline, errors);
            } else {
                evaluations.timex(offsets.getFileName().toString(), TimexOffsetsGold.read(offsets, articles),
                        !noBaseline, errors);
            }
            return 0;
        }
    }

    /** {@code eval quotes}. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Direct quotes on the PolNeAR test split: detection P/R/F1 and speaker accuracy.")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR test folder "
                + "(with text/ and attributions/).")
        Path directory;

        @Option(names = "--with-corenlp", description = "Also score CoreNLP's quote annotator with attribution "
                + "(loads coreference; minutes).")
        boolean withCoreNlp;

        @Override
        public Integer call() {
            new Evaluations(Models.shared().extractor(), spec.commandLine().getOut()).quotes(directory, withCoreNlp);
            return 0;
        }
    }

    /** {@code eval events}. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "The whole chain on the annotated gold set (gold/events): events (detection, fields, per "
                    + "type, fully right), control claims and quote speakers.")
    static final class Events implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--gold", split = ",", paramLabel = "DIR[,DIR…]",
                defaultValue = "gold/events",
                description = "Folders of gold files (default: ${DEFAULT-VALUE}, the English set; the Arabic one, "
                        + "CC BY-NC-SA like its corpus, is ../shared/bench/saudinewsnet-syria-ar/gold; a missing "
                        + "folder is skipped with a note).")
        List<Path> gold;

        @Mixin
        GoldSplitOptions options;

        @Override
        public Integer call() {
            options.check(spec);
            var corpora = new org.sitrep.eval.Corpora(options.bench);
            List<org.sitrep.eval.GoldArticle> articles = new java.util.ArrayList<>();
            for (Path folder : gold) {
                if (java.nio.file.Files.isDirectory(folder)) {
                    articles.addAll(org.sitrep.eval.GoldArticle.read(folder, options.split, corpora));
                } else {
                    spec.commandLine().getErr().println("note: gold folder " + folder + " not found, skipped");
                }
            }
            Models models = Models.shared();
            var learned = org.sitrep.eval.CorpusBoilerplate.learn(corpora, articles);
            new org.sitrep.eval.EventEvaluation(models.articleBuilder(learned), options.chain(models.extractor()),
                    models.knowledge(), spec.commandLine().getOut()).run(articles, options.errors);
            return 0;
        }
    }

    /** {@code eval control}. */
    @Command(name = "control", mixinStandardHelpOptions = true,
            description = "The control timeline against place-date checks: ingests the listed real articles into a "
                    + "fresh store, then asks who held each place on each day.")
    static final class Control implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--checks", defaultValue = "gold/control/checks.tsv", paramLabel = "FILE",
                description = "Place-date checks (default: ${DEFAULT-VALUE}).")
        Path checks;

        @Option(names = "--articles", defaultValue = "gold/control/articles.tsv", paramLabel = "FILE",
                description = "The articles the checks need (default: ${DEFAULT-VALUE}).")
        Path articles;

        @Mixin
        GoldSplitOptions options;

        @Override
        public Integer call() throws java.io.IOException {
            options.check(spec);
            var checkList = org.sitrep.eval.ControlChecks.readChecks(checks);
            var sources = org.sitrep.eval.ControlChecks.readSources(articles);
            Path dir = java.nio.file.Files.createTempDirectory("sitrep-eval-control");
            Models models = Models.shared();
            try (org.sitrep.store.Store store = org.sitrep.store.Store.open(dir.resolve("store").toString())) {
                new org.sitrep.eval.ControlChecks(models.articleBuilder(), options.chain(models.extractor()),
                        models.knowledge(), spec.commandLine().getOut()).run(checkList, sources,
                        new org.sitrep.eval.Corpora(options.bench), store, options.split, options.errors);
            } finally {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }
}
