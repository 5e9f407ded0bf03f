package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sitrep.coding.events.ArgumentModel;
import org.sitrep.coding.events.ContextArguments.Role;
import org.sitrep.coding.events.EventTrust;
import org.sitrep.eval.ArgumentTraining;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.TrustTraining;
import org.sitrep.pipeline.Models;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep train}: learns the chain's learned stages from the annotated dev articles. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Learns a stage's weights from the annotated gold set (dev split only).",
        subcommands = {TrainCommand.Arguments.class, TrainCommand.Trust.class})
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to train: arguments, trust");
    }

    /** {@code train arguments}. */
    @Command(name = "arguments", mixinStandardHelpOptions = true,
            description = "The context-argument model (actors and targets an event's context names): cross-validated "
                    + "by article, then fitted on every dev article and written to the English pack.")
    static final class Arguments implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", defaultValue = "core/src/main/resources/org/sitrep/lang/en/"
                + ArgumentModel.FILE, paramLabel = "FILE", description = "Where to write the weights (default: "
                + "${DEFAULT-VALUE}); '-' prints the cross-validation only.")
        String out;

        @Option(names = "--sigma", defaultValue = "1.0", description = "Gaussian prior's sigma: smaller is smoother "
                + "(default: ${DEFAULT-VALUE}).")
        double sigma;

        @Mixin
        DevGoldOptions dev;

        @Override
        public Integer call() throws IOException {
            List<GoldArticle> articles = dev.articles(spec);
            Models models = Models.shared();
            ArgumentTraining training = new ArgumentTraining(
                    dev.builder(models, articles), models.extractor(),
                    models.knowledge());
            List<ArgumentTraining.Decision> decisions = training.decisions(articles);
            var console = spec.commandLine().getOut();
            ArgumentModel model = ArgumentTraining.train(decisions, sigma);
            ArgumentTraining.print(console, "fitted, same articles", ArgumentTraining.score(model, decisions));
            Map<Role, int[]> held = ArgumentTraining.crossValidate(decisions, dev.folds, sigma);
            ArgumentTraining.print(console, dev.folds + "-fold by article", held);
            // which roles to fill is chosen on held-out dev articles, by the evaluation's own measure (events fully
            // right): the decisions' accuracy alone misses that a right target completes an event
            Map<Set<Role>, ArgumentTraining.HeldOut> heldOut = training.heldOut(articles, decisions, dev.folds, sigma,
                    models.knowledge());
            heldOut.forEach((roles, c) -> console.printf(Locale.ROOT, "held-out events, filling %-23s fully right %3d "
                    + "of %3d emitted asserted  actor right %3d  target right %3d  place right %3d  of %3d matched%n",
                    new TreeSet<>(roles), c.fullyRight(), c.emittedAsserted(), c.actorRight(), c.targetRight(),
                    c.placeRight(), c.matched()));
            Set<Role> kept = ArgumentTraining.choose(heldOut);
            console.println("kept: " + new TreeSet<>(kept));
            model = model.restrictedTo(kept);
            writeWeights(out, List.of(
                    "# sitrep English context-argument model: per role, the log-odds each feature adds that a "
                            + "mention the context names",
                    "# (the event's sentence or the two before it) fills an event's empty actor, target or place "
                            + "(org.sitrep.coding.events.ContextArguments).",
                    "# Source: trained by `sitrep train arguments --split dev` (CoreNLP logistic regression, sigma "
                            + sigma + ") on the " + articles.size() + " dev articles of gold/events, "
                            + decisions.size() + " decisions.",
                    "# Roles filled: " + new TreeSet<>(kept) + ", chosen on " + dev.folds + "-fold held-out dev "
                            + "articles by events fully right, then arguments right (a role left out keeps the "
                            + "syntax's answer).",
                    "# Licence: GPL-3.0-or-later. Regenerate after changing the gold, the chain or the features.",
                    "# role\tfeature\tweight"), model.rows(), console);
            return 0;
        }
    }

    /** {@code train trust}. */
    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "The event-confidence model (the chance that a coded event is right in every field): "
                    + "cross-validated by article, then fitted on every dev article and written to the English pack.")
    static final class Trust implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", defaultValue = "core/src/main/resources/org/sitrep/lang/en/"
                + EventTrust.FILE, paramLabel = "FILE", description = "Where to write the weights (default: "
                + "${DEFAULT-VALUE}); '-' prints the cross-validation only.")
        String out;

        @Option(names = "--sigma", defaultValue = "0.3", description = "Gaussian prior's sigma: smaller is smoother "
                + "(default: ${DEFAULT-VALUE}, the best held-out Brier score of 0.2, 0.3, 0.5 and 1.0 on dev).")
        double sigma;

        @Mixin
        DevGoldOptions dev;

        @Override
        public Integer call() throws IOException {
            List<GoldArticle> articles = dev.articles(spec);
            Models models = Models.shared();
            TrustTraining training = new TrustTraining(
                    dev.builder(models, articles), models.extractor(),
                    models.knowledge());
            List<TrustTraining.Example> examples = training.examples(articles);
            var console = spec.commandLine().getOut();
            EventTrust model = TrustTraining.train(examples, sigma);
            TrustTraining.print(console, "coders' own confidence", TrustTraining.coded(examples));
            TrustTraining.print(console, "fitted, same articles", TrustTraining.score(model, examples));
            TrustTraining.print(console, dev.folds + "-fold by article",
                    TrustTraining.crossValidate(examples, dev.folds, sigma));
            writeWeights(out, List.of(
                    "# sitrep English event-trust model: the log-odds each feature of a coded event adds that it "
                            + "is right in every field (org.sitrep.coding.events.EventTrust).",
                    "# Source: trained by `sitrep train trust --split dev` (CoreNLP logistic regression, sigma "
                            + sigma + ") on the " + articles.size() + " dev articles of gold/events, "
                            + examples.size() + " events.",
                    "# Licence: GPL-3.0-or-later. Regenerate after changing the gold, the chain or the features.",
                    "# feature\tweight"), model.rows(), console);
            return 0;
        }
    }

    /** Writes a learned stage's weights under their header lines, unless {@code out} is "-" (cross-validation only). */
    private static void writeWeights(String out, List<String> header, List<String> rows, PrintWriter console)
            throws IOException {
        if (out.equals("-")) {
            return;
        }
        List<String> lines = new ArrayList<>(header);
        lines.addAll(rows);
        Files.write(Path.of(out), lines, StandardCharsets.UTF_8);
        console.println("wrote " + out);
    }
}
