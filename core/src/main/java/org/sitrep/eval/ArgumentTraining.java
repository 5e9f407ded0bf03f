package org.sitrep.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.Extractor;
import org.sitrep.coding.events.ArgumentModel;
import org.sitrep.coding.events.ContextArguments.Role;
import org.sitrep.coding.events.ContextArguments;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.nlp.Annotated;

/**
 * Learns {@link ArgumentModel} from annotated articles: runs the chain without context arguments, pairs its events
 * with the gold as the evaluation does, and labels each candidate the context offers for an empty role by whether it
 * is the gold participant. A logistic regression ({@link LogOdds}) weighs the features.
 */
public final class ArgumentTraining {
    private final ArticleBuilder builder;
    private final Extractor extractor;
    private final ContextArguments context;
    private final GoldMatcher matcher;

    /** One empty role of a system event paired with a gold event: its labelled candidates. */
    public record Decision(String article, Role role, List<Labelled> candidates, boolean goldNamesOne) {
    }

    /** A candidate's features and whether it is the gold participant. */
    public record Labelled(Set<String> features, boolean right) {
    }

    public ArgumentTraining(ArticleBuilder builder, Extractor extractor, KnowledgeBase knowledge) {
        this.builder = builder;
        this.extractor = extractor.withArgumentModel(ArgumentModel.NONE);
        this.context = new ContextArguments(knowledge, ArgumentModel.NONE);
        this.matcher = new GoldMatcher(knowledge);
    }

    /** Every decision the stage would face on the articles, labelled from their gold. */
    public List<Decision> decisions(List<GoldArticle> articles) {
        List<Decision> decisions = new ArrayList<>();
        for (GoldArticle gold : articles) {
            Article article = builder.build(gold.document()).article();
            Annotated annotated = extractor.annotate(article);
            Linked linked = extractor.link(annotated);
            Facts facts = extractor.extract(annotated);
            for (GoldMatcher.Pair pair : matcher.pairs(gold, facts.events())) {
                for (Role role : Role.values()) {
                    GoldArticle.GoldEvent answer = pair.gold();
                    List<Labelled> labelled = context.candidates(pair.system(), role, linked, facts.events()).stream()
                            .map(c -> new Labelled(c.features(), switch (role) {
                                case ACTOR -> matcher.sameName(answer.actor(), Optional.of(c.name()));
                                case TARGET -> matcher.sameName(answer.target(), Optional.of(c.name()));
                                case PLACE -> GoldMatcher.samePlace(answer.place(), answer.placeGeonames(),
                                        Optional.of(c.name()), c.ref());
                            })).toList();
                    String truth = role == Role.ACTOR ? answer.actor() : role == Role.TARGET ? answer.target()
                            : answer.place();
                    if (!labelled.isEmpty()) {
                        decisions.add(new Decision(gold.id(), role, labelled, truth != null));
                    }
                }
            }
        }
        return decisions;
    }

    /** Fits one logistic regression per role; a feature's weight is its log-odds for "is the participant". */
    public static ArgumentModel train(List<Decision> decisions, double sigma) {
        Map<Role, Map<String, Double>> weights = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            // a role without a positive (or a negative) example has nothing to learn
            LogOdds.fit(decisions.stream().filter(d -> d.role() == role).flatMap(d -> d.candidates().stream())
                    .map(c -> new LogOdds.Datum(c.features(), c.right())).toList(), sigma)
                    .ifPresent(vector -> weights.put(role, vector));
        }
        return new ArgumentModel(weights);
    }

    /** Decisions right per role: left empty, and filled where the model scores a candidate above zero. */
    public static Map<Role, int[]> score(ArgumentModel model, List<Decision> decisions) {
        Map<Role, int[]> right = new EnumMap<>(Role.class);
        for (Decision decision : decisions) {
            int[] counts = right.computeIfAbsent(decision.role(), r -> new int[4]);
            counts[0]++;
            counts[1] += decision.goldNamesOne() ? 0 : 1;
            counts[2] += decision.candidates().stream().anyMatch(Labelled::right) ? 1 : 0;
            java.util.OptionalInt best = model.choose(decision.role(), decision.candidates().stream()
                    .map(Labelled::features).toList());
            boolean decidedRight = best.isPresent() ? decision.candidates().get(best.getAsInt()).right()
                    : !decision.goldNamesOne();
            counts[3] += decidedRight ? 1 : 0;
        }
        return right;
    }

    /**
     * Trains on all but one fold of articles and scores the held-out fold, for each fold: how the model does on
     * articles it did not learn from.
     */
    public static Map<Role, int[]> crossValidate(List<Decision> decisions, int folds, double sigma) {
        List<String> articles = decisions.stream().map(Decision::article).distinct().sorted().toList();
        Map<Role, int[]> total = new EnumMap<>(Role.class);
        for (int fold = 0; fold < folds; fold++) {
            final int held = fold;
            List<Decision> train = decisions.stream().filter(d -> articles.indexOf(d.article()) % folds != held)
                    .toList();
            List<Decision> test = decisions.stream().filter(d -> articles.indexOf(d.article()) % folds == held)
                    .toList();
            score(train(train, sigma), test).forEach((role, counts) -> {
                int[] sum = total.computeIfAbsent(role, r -> new int[4]);
                for (int i = 0; i < counts.length; i++) {
                    sum[i] += counts[i];
                }
            });
        }
        return total;
    }

    /** Held-out evaluation totals for one set of filled roles, summed over the folds. */
    public record HeldOut(int fullyRight, int emittedAsserted, int actorRight, int targetRight, int placeRight,
                          int matched) {
        HeldOut plus(EventEvaluation.Tally tally) {
            return new HeldOut(fullyRight + tally.fullyRight, emittedAsserted + tally.emittedAsserted,
                    actorRight + right(tally, "actor"), targetRight + right(tally, "target"),
                    placeRight + right(tally, "place"), matched + tally.matched);
        }

        private static int right(EventEvaluation.Tally tally, String field) {
            return tally.fields.getOrDefault(field, new int[2])[0];
        }
    }

    /**
     * The whole evaluation on held-out articles, per set of roles the model fills: for each fold of articles, a model
     * trained on the other folds' decisions codes the fold, and the fold's events are scored as {@code eval events}
     * scores them. The dev-only measure of whether filling a role helps on text the model has not seen.
     */
    public Map<Set<Role>, HeldOut> heldOut(List<GoldArticle> articles, List<Decision> decisions, int folds,
                                          double sigma, KnowledgeBase knowledge) {
        List<String> ids = articles.stream().map(GoldArticle::id).sorted().toList();
        Map<Set<Role>, HeldOut> totals = new java.util.LinkedHashMap<>();
        subsets(Role.values()).forEach(roles -> totals.put(roles, new HeldOut(0, 0, 0, 0, 0, 0)));
        PrintWriter silent = new PrintWriter(java.io.OutputStream.nullOutputStream());
        for (int fold = 0; fold < folds; fold++) {
            final int held = fold;
            ArgumentModel model = train(decisions.stream().filter(d -> ids.indexOf(d.article()) % folds != held)
                    .toList(), sigma);
            List<GoldArticle> test = articles.stream().filter(a -> ids.indexOf(a.id()) % folds == held).toList();
            for (Set<Role> roles : totals.keySet()) {
                EventEvaluation.Tally tally = new EventEvaluation(builder, extractor.withArgumentModel(
                        model.restrictedTo(roles)), knowledge, silent).run(test, false);
                totals.put(roles, totals.get(roles).plus(tally));
            }
        }
        return totals;
    }

    /**
     * The roles to fill: the set with the most held-out events fully right, then the most arguments right (the
     * stage's own job); among equals the smaller set, since a role filled without gain only adds risk.
     */
    public static Set<Role> choose(Map<Set<Role>, HeldOut> heldOut) {
        return heldOut.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<Set<Role>, HeldOut>>comparingInt(e -> e.getValue().fullyRight())
                        .thenComparingInt(e -> e.getValue().actorRight() + e.getValue().targetRight()
                                + e.getValue().placeRight())
                        .thenComparingInt(e -> -e.getKey().size()))
                .map(Map.Entry::getKey).orElse(Set.of());
    }

    /** Every subset of the roles, the empty one first and smaller ones before larger (so ties keep fewer roles). */
    private static List<Set<Role>> subsets(Role[] roles) {
        List<Set<Role>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            Set<Role> subset = java.util.EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(roles[i]);
                }
            }
            all.add(subset);
        }
        all.sort(java.util.Comparator.comparingInt(Set::size));
        return all;
    }

    /** Prints the per-role table: decisions, where the gold has none, where a candidate is right, and the two rates. */
    public static void print(PrintWriter out, String label, Map<Role, int[]> scores) {
        scores.forEach((role, c) -> out.printf(Locale.ROOT, "%-22s %-6s decisions %4d  gold none %4d  gold among "
                        + "candidates %4d  right: left empty %5.1f %%  model %5.1f %%%n", label, role, c[0], c[1], c[2],
                100.0 * c[1] / c[0], 100.0 * c[3] / c[0]));
    }
}
