package org.sitrep.coding.events;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.language.LanguagePack;

/**
 * A learned linear model over a candidate participant's features, one weight vector per role; a score above zero
 * means the context names the missing participant. Weights are data ({@code context-arguments.tsv} in the language
 * pack), written by {@code sitrep train arguments} from the annotated dev articles.
 */
public final class ArgumentModel {
    /** The pack's file of weights. */
    public static final String FILE = "context-arguments.tsv";
    /** The model that never fills a role: what training runs the chain with, so that it sees the roles left empty. */
    public static final ArgumentModel NONE = new ArgumentModel(Map.of());
    private final Map<ContextArguments.Role, Map<String, Double>> weights;

    public ArgumentModel(Map<ContextArguments.Role, Map<String, Double>> weights) {
        Map<ContextArguments.Role, Map<String, Double>> copy = new EnumMap<>(ContextArguments.Role.class);
        weights.forEach((role, vector) -> copy.put(role, Map.copyOf(vector)));
        this.weights = copy;
    }

    /** The pack's weights; a pack without any row fills nothing. */
    public static ArgumentModel load(LanguagePack pack) {
        Map<ContextArguments.Role, Map<String, Double>> weights = new EnumMap<>(ContextArguments.Role.class);
        for (String[] row : pack.rows(FILE)) {
            if (row.length != 3) {
                throw new IllegalStateException(pack.code() + "/" + FILE + ": want role, feature, weight, got "
                        + String.join(" | ", row));
            }
            ContextArguments.Role role = ContextArguments.Role.valueOf(row[0]);
            weights.computeIfAbsent(role, r -> new HashMap<>()).put(row[1], Double.parseDouble(row[2]));
        }
        return new ArgumentModel(weights);
    }

    /** Whether the model has weights for a role (a role without them is never filled, so never worth scoring). */
    boolean fills(ContextArguments.Role role) {
        return !weights.getOrDefault(role, Map.of()).isEmpty();
    }

    /** The summed weights of a candidate's features for a role; zero where the role has no weights. */
    public double score(ContextArguments.Role role, Collection<String> features) {
        Map<String, Double> vector = weights.getOrDefault(role, Map.of());
        if (vector.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        return features.stream().mapToDouble(f -> vector.getOrDefault(f, 0.0)).sum();
    }

    /** The same weights for the given roles only: a role the model does not fill well is left to the syntax. */
    public ArgumentModel restrictedTo(java.util.Set<ContextArguments.Role> roles) {
        Map<ContextArguments.Role, Map<String, Double>> kept = new EnumMap<>(ContextArguments.Role.class);
        weights.forEach((role, vector) -> {
            if (roles.contains(role)) {
                kept.put(role, vector);
            }
        });
        return new ArgumentModel(kept);
    }

    /**
     * Which of a role's candidates (their features, in order) fills it: the first of the best-scoring, where its score
     * is above zero; none otherwise. The stage and its training's scores decide alike through this one rule.
     */
    public java.util.OptionalInt choose(ContextArguments.Role role, List<? extends Collection<String>> candidates) {
        int best = -1;
        double top = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double score = score(role, candidates.get(i));
            if (score > top) {
                best = i;
                top = score;
            }
        }
        return best < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(best);
    }

    /** The weights as the pack file's rows (role, feature, weight), sorted for stable diffs. */
    public List<String> rows() {
        return weights.entrySet().stream()
                .flatMap(e -> e.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(w -> e.getKey() + "\t" + w.getKey() + "\t" + String.format(Locale.ROOT, "%.4f",
                                w.getValue())))
                .toList();
    }
}
