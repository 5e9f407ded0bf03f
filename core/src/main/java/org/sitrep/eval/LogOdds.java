package org.sitrep.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A binary logistic regression (CoreNLP's {@link LinearClassifierFactory} with a Gaussian prior): each feature's
 * log-odds for the positive outcome, the weights the learned stages keep as data.
 */
final class LogOdds {
    private static final String YES = "yes";
    private static final String NO = "no";

    /** One example: its features and whether the outcome is positive. */
    record Datum(Collection<String> features, boolean positive) {
    }

    private LogOdds() {
    }

    /** Each feature's weight; none where the examples hold only one outcome (nothing tells them apart). */
    static Optional<Map<String, Double>> fit(List<Datum> examples, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        examples.forEach(e -> data.add(new BasicDatum<>(e.features(), e.positive() ? YES : NO)));
        if (data.labelIndex().size() < 2) {
            return Optional.empty();
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Map<String, Double> weights = new HashMap<>();
        for (String feature : data.featureIndex()) {
            weights.put(feature, byLabel.get(YES).getCount(feature) - byLabel.get(NO).getCount(feature));
        }
        return Optional.of(weights);
    }
}
