package org.sitrep.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.coding.Extractor;
import org.sitrep.coding.events.EventTrust;
import org.sitrep.eval.Calibration.Scored;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Event;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.nlp.Annotated;

/**
 * Learns {@link EventTrust} from annotated articles: runs the chain with the coders' own confidences, labels each
 * emitted event by whether the evaluation would count it fully right (paired with a gold event, type, actor,
 * target, place, date and modality right), and fits a logistic regression ({@link LogOdds}) over the event's
 * features.
 */
public final class TrustTraining {
    private final ArticleBuilder builder;
    private final Extractor extractor;
    private final GoldMatcher matcher;

    /**
     * One emitted event: its article, its features, whether it is fully right, whether it is asserted, and the
     * confidence the coders gave it.
     */
    public record Example(String article, Set<String> features, boolean right, boolean asserted, double coded) {
    }

    public TrustTraining(ArticleBuilder builder, Extractor extractor, KnowledgeBase knowledge) {
        this.builder = builder;
        this.extractor = extractor.withEventTrust(EventTrust.NONE);
        this.matcher = new GoldMatcher(knowledge);
    }

    /** Every emitted event of the articles, labelled from their gold. */
    public List<Example> examples(List<GoldArticle> articles) {
        List<Example> examples = new ArrayList<>();
        for (GoldArticle gold : articles) {
            Annotated annotated = extractor.annotate(builder.build(gold.document()).article());
            Facts facts = extractor.extract(annotated);
            Map<Event, GoldArticle.GoldEvent> paired = new HashMap<>();
            matcher.pairs(gold, facts.events()).forEach(p -> paired.put(p.system(), p.gold()));
            for (Event event : facts.events()) {
                GoldArticle.GoldEvent answer = paired.get(event);
                boolean right = answer != null && matcher.fullyRight(answer, event, gold);
                examples.add(new Example(gold.id(), EventTrust.features(event, facts.events(), annotated,
                        facts.quotes()), right, event.modality() == Modality.ASSERTED, event.confidence()));
            }
        }
        return examples;
    }

    /** Fits the model; a feature's weight is its log-odds for "fully right", {@link EventTrust#BIAS} the intercept. */
    public static EventTrust train(List<Example> examples, double sigma) {
        // all right or all wrong: nothing tells them apart
        return LogOdds.fit(examples.stream().map(e -> new LogOdds.Datum(withBias(e.features()), e.right())).toList(),
                sigma).map(EventTrust::new).orElse(EventTrust.NONE);
    }

    private static List<String> withBias(Set<String> features) {
        List<String> all = new ArrayList<>(features);
        all.add(EventTrust.BIAS);
        return all;
    }

    /** Each event scored by a model trained on the other folds of articles: how the model does on unseen text. */
    public static List<Scored> crossValidate(List<Example> examples, int folds, double sigma) {
        List<String> articles = examples.stream().map(Example::article).distinct().sorted().toList();
        List<Scored> scored = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            final int held = fold;
            EventTrust model = train(examples.stream().filter(e -> articles.indexOf(e.article()) % folds != held)
                    .toList(), sigma);
            examples.stream().filter(e -> articles.indexOf(e.article()) % folds == held)
                    .forEach(e -> scored.add(new Scored(model.probability(e.features()), e.right(), e.asserted())));
        }
        return scored;
    }

    /** Every example with the confidence the coders gave it: what the model is compared with. */
    public static List<Scored> coded(List<Example> examples) {
        return examples.stream().map(e -> new Scored(e.coded(), e.right(), e.asserted())).toList();
    }

    /** Scores every example with one model (the fitted one, on its own training articles). */
    public static List<Scored> score(EventTrust model, List<Example> examples) {
        return examples.stream().map(e -> new Scored(model.probability(e.features()), e.right(), e.asserted()))
                .toList();
    }

    /**
     * How well the scores rank and are calibrated, over the asserted events (the ones the situation shows): per
     * confidence threshold, how many remain and what share of them is fully right; and their Brier score.
     */
    public static void print(PrintWriter out, String label, List<Scored> scored) {
        Calibration calibration = new Calibration(scored);
        Calibration.Kept all = calibration.all();
        out.printf(Locale.ROOT, "%-24s asserted %4d, fully right %4d (%5.1f %%), Brier score %s%n", label,
                all.count(), all.right(), percent(all.right(), all.count()), brier(calibration));
        for (double threshold : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
            Calibration.Kept kept = calibration.floor(threshold);
            out.printf(Locale.ROOT, "%-24s   confidence >= %.1f: %4d kept, fully right %4d (%5.1f %%, predicted "
                    + "%5.1f %%), %5.1f %% of the right ones kept%n", label, threshold, kept.count(), kept.right(),
                    percent(kept.right(), kept.count()), 100 * kept.meanProbability(), percent(kept.right(),
                            all.right()));
        }
    }

    /** A Brier score as printed: four decimals, or "n/a" where there is nothing to score. */
    static String brier(Calibration calibration) {
        return calibration.brier().isPresent() ? String.format(Locale.ROOT, "%.4f", calibration.brier().getAsDouble())
                : "n/a";
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
