package org.sitrep.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.ParsedDocument;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Facts;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;

/**
 * Scores the control timeline against place-date checks ({@code gold/control/checks.tsv}): the listed real
 * articles are ingested through the article pipeline into a fresh store, and each check asks who held the place on
 * its day.
 */
public final class ControlChecks {
    private final ArticleBuilder builder;
    private final Function<Article, Facts> extractor;
    private final KnowledgeBase knowledge;
    private final PrintWriter out;

    public ControlChecks(ArticleBuilder builder, Function<Article, Facts> extractor, KnowledgeBase knowledge,
                         PrintWriter out) {
        this.builder = builder;
        this.extractor = extractor;
        this.knowledge = knowledge;
        this.out = out;
    }

    /** One place-date check: who held {@code place} on {@code date} according to the articles. */
    public record Check(String split, String sequence, String place, Optional<String> geonames, LocalDate date,
                        String controller, ControlStatus status, Optional<String> kind) {
    }

    /** One article the checks need, by corpus and id. */
    public record Source(String corpus, String id, LocalDate published, String split) {
    }

    /** How one check came out. */
    public record Outcome(Check check, Optional<ControlInterval> found, boolean right) {
    }

    public static List<Check> readChecks(Path file) {
        List<Check> checks = new ArrayList<>();
        rows(file, 8, f -> checks.add(new Check(f[0], f[1], f[2], f[3].isBlank() ? Optional.empty()
                : Optional.of(f[3]), LocalDate.parse(f[4]), f[5], ControlStatus.valueOf(f[6]),
                f.length > 8 && !f[8].isBlank() ? Optional.of(f[8]) : Optional.empty())));
        return checks;
    }

    public static List<Source> readSources(Path file) {
        List<Source> sources = new ArrayList<>();
        rows(file, 4, f -> sources.add(new Source(f[0], f[1], LocalDate.parse(f[2]), f[3])));
        return sources;
    }

    private static void rows(Path file, int columns, java.util.function.Consumer<String[]> row) {
        List<String> lines = EvalFiles.lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length < columns) {
                    throw new IllegalArgumentException("expected " + columns + " columns, found " + fields.length);
                }
                row.accept(fields);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadInputException(file + ":" + (i + 1), e.getMessage(), e);
            }
        }
    }

    /** Ingests the split's articles into {@code store} and scores the split's checks; prints the scores. */
    public List<Outcome> run(List<Check> checks, List<Source> sources, Corpora corpora, Store store, String split,
                             boolean listErrors) {
        ArticlePipeline pipeline = new ArticlePipeline(builder, extractor, store, (article, facts) -> { });
        int missing = 0;
        for (Source source : sources) {
            if (!inSplit(source.split(), split)) {
                continue;
            }
            Optional<String> text = corpora.text(source.corpus(), source.id());
            if (text.isEmpty()) {
                missing++;
                continue;
            }
            pipeline.process(new ParsedDocument(source.corpus() + "/" + source.id(), text.get(),
                    new Span(0, text.get().length()), Optional.empty(), Optional.of(source.published()),
                    Optional.of(source.corpus()), Optional.empty()));
        }
        Situation situation = Situation.of(store.allFacts());
        List<Outcome> outcomes = new ArrayList<>();
        for (Check check : checks) {
            if (inSplit(check.split(), split)) {
                Optional<ControlInterval> found = check.geonames().flatMap(id -> situation.controlAt(check.date(), id))
                        .or(() -> situation.controlAt(check.date(), check.place()));
                outcomes.add(new Outcome(check, found, found.map(i -> right(check, i)).orElse(false)));
            }
        }
        print(outcomes, missing, listErrors);
        return outcomes;
    }

    private static boolean inSplit(String itemSplit, String split) {
        return split.equals("all") || itemSplit.equals(split);
    }

    /**
     * Right when the status agrees and, for a held place, the holder is the checked actor, a member of it or its
     * side.
     */
    private boolean right(Check check, ControlInterval interval) {
        if (interval.status() != check.status()) {
            return false;
        }
        return check.status() == ControlStatus.CONTESTED || sameHolder(check.controller(), interval);
    }

    private boolean sameHolder(String goldId, ControlInterval interval) {
        Optional<Actor> gold = knowledge.byId(goldId);
        if (gold.isEmpty()) {
            return interval.controller().equalsIgnoreCase(goldId);
        }
        Optional<String> goldSide = gold.flatMap(knowledge::side);
        if (goldSide.isPresent() && interval.side().isPresent()) {
            return goldSide.get().equals(interval.side().get());
        }
        Optional<Actor> found = knowledge.byAlias(interval.controller());
        return found.map(a -> a.id().equals(goldId) || a.memberOf().filter(goldId::equals).isPresent()
                || gold.get().memberOf().filter(a.id()::equals).isPresent()).orElse(false);
    }

    private void print(List<Outcome> outcomes, int missing, boolean listErrors) {
        if (missing > 0) {
            out.printf(Locale.ROOT, "%d articles skipped: their corpus is not in the bench folder%n", missing);
        }
        out.printf(Locale.ROOT, "control checks right: %s%n", share(outcomes));
        Map<String, List<Outcome>> byStatus = group(outcomes, o -> o.check().status().label());
        byStatus.forEach((status, list) -> out.printf(Locale.ROOT, "  %-12s %s%n", status, share(list)));
        long unanswered = outcomes.stream().filter(o -> o.found().isEmpty()).count();
        out.printf(Locale.ROOT, "  no claim at all for the place on the day: %d%n", unanswered);
        out.println("by phrase kind of the deciding sentence (recall):");
        group(outcomes, o -> o.check().kind().orElse("-")).forEach((kind, list) ->
                out.printf(Locale.ROOT, "  %-14s %s%n", kind, share(list)));
        out.println("by sequence:");
        group(outcomes, o -> o.check().sequence()).forEach((sequence, list) ->
                out.printf(Locale.ROOT, "  %-22s %s%n", sequence, share(list)));
        if (listErrors) {
            out.println("errors:");
            for (Outcome o : outcomes) {
                if (!o.right()) {
                    Check c = o.check();
                    out.printf(Locale.ROOT, "  %s %s %s: want %s %s, got %s%n", c.sequence(), c.place(), c.date(),
                            c.status().label(), c.controller(), o.found().map(i -> i.status().label() + " "
                                    + i.controller() + i.side().map(s -> " (" + s + ")").orElse("") + " from "
                                    + i.from()).orElse("nothing"));
                    o.found().ifPresent(i -> i.evidence().forEach(r -> out.printf(Locale.ROOT, "      %s %s: %s%n",
                            r.published().map(Object::toString).orElse("?"), r.articleId(),
                            abbreviate(r.evidence().sentence()))));
                }
            }
        }
        out.flush();
    }

    private static String abbreviate(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    private static Map<String, List<Outcome>> group(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        return groups;
    }

    private static String share(List<Outcome> outcomes) {
        long right = outcomes.stream().filter(Outcome::right).count();
        return String.format(Locale.ROOT, "%5.1f %%  (%d of %d)", outcomes.isEmpty() ? 0.0
                : 100.0 * right / outcomes.size(), right, outcomes.size());
    }
}
