package org.sitrep.eval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How events' confidences bear out against the gold, over the asserted events (the ones the situation shows): what a
 * confidence floor keeps and how much of it is fully right, and the Brier score. {@code eval events} and
 * {@code train trust} report it alike.
 */
public record Calibration(List<Scored> scored) {
    /** An event's confidence, whether it is fully right, and whether it is asserted. */
    public record Scored(double probability, boolean right, boolean asserted) {
    }

    /** What a floor keeps: the asserted events at or above it, their fully right ones and their mean confidence. */
    public record Kept(int count, int right, double meanProbability) {
    }

    public Calibration {
        scored = List.copyOf(scored);
    }

    private List<Scored> asserted() {
        return scored.stream().filter(Scored::asserted).toList();
    }

    /** The asserted events and how many of them are fully right. */
    public Kept all() {
        return floor(Double.NEGATIVE_INFINITY);
    }

    /** The asserted events at confidence {@code floor} or above. */
    public Kept floor(double floor) {
        List<Scored> kept = asserted().stream().filter(s -> s.probability() >= floor).toList();
        return new Kept(kept.size(), (int) kept.stream().filter(Scored::right).count(),
                kept.stream().mapToDouble(Scored::probability).average().orElse(0));
    }

    /** The mean squared distance of the asserted events' confidences from 1 (fully right) or 0; none without events. */
    public OptionalDouble brier() {
        return asserted().stream().mapToDouble(s -> Math.pow(s.probability() - (s.right() ? 1 : 0), 2)).average();
    }
}
