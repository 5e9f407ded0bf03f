package org.sitrep.eval;

import java.util.Locale;

/** Counts of true positives, false positives and false negatives, with precision, recall and F1 in percent. */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : 100.0 * truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : 100.0 * truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Scores plus(Scores other) {
        return new Scores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public String row() {
        return String.format(Locale.ROOT, "P %6.2f  R %6.2f  F1 %6.2f  (tp %d, fp %d, fn %d)", precision(), recall(),
                f1(), truePositives, falsePositives, falseNegatives);
    }
}
