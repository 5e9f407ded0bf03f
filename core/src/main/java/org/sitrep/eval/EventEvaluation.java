package org.sitrep.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.ingest.ArticleBuilder;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Article;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Scores the whole extraction chain against the annotated gold set: events (detection, each field, per type, the
 * share of emitted asserted events that are fully right, physical events apart), control claims and quote speakers.
 * A system event answers a gold event when its evidence sentence holds one of the gold event's triggers; pairs are
 * matched one to one, best agreement first.
 */
public final class EventEvaluation {
    /** Characters shown either side of a missed event's mention in the dev error list. */
    private static final int CONTEXT = 90;
    /** Confidence floors an analyst may set: the share of what remains that is fully right. */
    private static final double[] TRUST_THRESHOLDS = {0.3, 0.5};
    private static final Map<String, String> PLURAL = Map.of("place", "places", "actor", "actors", "target",
            "targets", "date", "dates");
    private final ArticleBuilder builder;
    private final Function<Article, Facts> extractor;
    private final GoldMatcher matcher;
    private final PrintWriter out;

    public EventEvaluation(ArticleBuilder builder, Function<Article, Facts> extractor, KnowledgeBase knowledge,
                           PrintWriter out) {
        this.builder = builder;
        this.extractor = extractor;
        this.matcher = new GoldMatcher(knowledge);
        this.out = out;
    }

    /** The counts behind every figure, summed over articles. */
    static final class Tally {
        int system;
        int gold;
        int matched;
        int emittedAsserted;
        int fullyRight;
        int physicalAsserted;
        int fatalitiesMatched;
        int fatalitiesRight;
        int fatalitiesSpurious;
        int physicalRight;
        int goldAsserted;
        int goldAssertedFound;
        int typeRight;
        int typeAtPlaceRight;
        int assertedMatched;
        int goldWithPlace;
        int goldWithPlaceGiven;
        int goldWithFatalities;
        final Map<String, int[]> fields = new TreeMap<>();
        final Map<String, int[]> types = new TreeMap<>();
        /** Per event argument: right in a matched pair, given by the system, given by the gold. */
        final Map<String, int[]> arguments = new TreeMap<>();
        int quotesSystem;
        int quotesGold;
        int quotesMatched;
        int speakersRight;
        int controlSystem;
        int controlGold;
        int controlMatched;
        int controllersRight;
        int holdersRight;
        final List<String> errors = new ArrayList<>();
        /** Each emitted event's confidence and whether it is fully right: what a confidence floor keeps. */
        final List<Calibration.Scored> rated = new ArrayList<>();

        void field(String name, boolean right) {
            int[] counts = fields.computeIfAbsent(name, n -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
        }

        void argument(String name, boolean system, boolean gold) {
            int[] counts = arguments.computeIfAbsent(name, n -> new int[3]);
            counts[1] += system ? 1 : 0;
            counts[2] += gold ? 1 : 0;
        }

        void argumentRight(String name) {
            arguments.computeIfAbsent(name, n -> new int[3])[0]++;
        }

        int[] type(String name) {
            return types.computeIfAbsent(name, n -> new int[3]);
        }
    }

    /** Runs every gold article through the chain and prints the scores; errors are listed when asked (dev only). */
    public Tally run(List<GoldArticle> articles, boolean listErrors) {
        Tally tally = new Tally();
        for (GoldArticle gold : articles) {
            if (Boolean.getBoolean("sitrep.trace")) {
                System.err.println("trace article " + gold.id()); // the coder's trace lines that follow are its
            }
            Facts facts = extractor.apply(builder.build(gold.document()).article());
            scoreEvents(gold, facts, tally);
            scoreQuotes(gold, facts, tally);
            scoreControl(gold, facts, tally);
        }
        print(articles.size(), tally, listErrors);
        return tally;
    }

    private void scoreEvents(GoldArticle article, Facts facts, Tally tally) {
        List<GoldMatcher.Pair> pairs = matcher.pairs(article, facts.events());
        Set<GoldArticle.GoldEvent> goldUsed = new HashSet<>();
        Set<Event> systemUsed = new HashSet<>();
        pairs.forEach(pair -> {
            goldUsed.add(pair.gold());
            systemUsed.add(pair.system());
        });
        tally.system += facts.events().size();
        tally.gold += article.events().size();
        tally.matched += pairs.size();
        Set<Event> fullyRight = new HashSet<>();
        for (GoldArticle.GoldEvent gold : article.events()) {
            tally.argument("actor", false, gold.actor() != null);
            tally.argument("target", false, gold.target() != null);
            tally.argument("place", false, gold.place() != null);
            tally.argument("date", false, gold.date() != null);
            tally.type(gold.type())[2]++;
            if (gold.asserted()) {
                tally.goldAsserted++;
            }
            if (gold.fatalities() != null) {
                tally.goldWithFatalities++;
            }
        }
        for (Event system : facts.events()) {
            tally.argument("actor", system.actor().isPresent(), false);
            tally.argument("target", system.target().isPresent(), false);
            tally.argument("place", system.place().isPresent(), false);
            tally.argument("date", system.date().isPresent(), false);
            tally.type(system.type().name())[1]++;
            if (system.modality() == Modality.ASSERTED) {
                tally.emittedAsserted++;
                if (system.type().physical()) {
                    tally.physicalAsserted++;
                }
            }
            if (!systemUsed.contains(system)) {
                tally.errors.add(article.id() + " spurious " + describe(system));
            }
        }
        for (GoldMatcher.Pair pair : pairs) {
            GoldArticle.GoldEvent gold = pair.gold();
            Event system = pair.system();
            boolean type = gold.type().equals(system.type().name());
            boolean actor = matcher.actorRight(gold, system);
            boolean target = matcher.targetRight(gold, system);
            boolean place = matcher.placeRight(gold, system);
            boolean date = matcher.dateRight(gold, system, article);
            boolean modality = matcher.modalityRight(gold, system);
            tally.field("type", type);
            tally.field("actor", actor);
            tally.field("target", target);
            tally.field("place", place);
            tally.field("date", date);
            tally.field("modality", modality);
            // an argument counts as found only where both sides give one and they agree
            if (actor && gold.actor() != null) {
                tally.argumentRight("actor");
            }
            if (target && gold.target() != null) {
                tally.argumentRight("target");
            }
            if (place && gold.place() != null) {
                tally.argumentRight("place");
            }
            if (date && gold.date() != null && system.date().isPresent()) {
                tally.argumentRight("date");
            } else if (date && system.date().isPresent()) {
                tally.arguments.get("date")[1]--; // the report's day where the text gives none: accepted, not extra
            }
            if (gold.fatalities() != null) {
                tally.fatalitiesMatched++;
                if (system.fatalities().filter(gold.fatalities()::equals).isPresent()) {
                    tally.fatalitiesRight++;
                }
            } else if (system.fatalities().isPresent()) {
                tally.fatalitiesSpurious++;
            }
            if (type) {
                tally.typeRight++;
                tally.type(gold.type())[0]++;
            }
            boolean full = matcher.fullyRight(gold, system, article); // what a confidence means to be right about
            if (system.modality() == Modality.ASSERTED) {
                tally.assertedMatched++;
                if (type && place) {
                    tally.typeAtPlaceRight++;
                }
                if (full) {
                    fullyRight.add(system);
                    tally.fullyRight++;
                    if (system.type().physical()) {
                        tally.physicalRight++;
                    }
                }
            }
            if (gold.asserted() && type) {
                tally.goldAssertedFound++;
            }
            if (gold.place() != null) {
                tally.goldWithPlace++;
                if (system.place().isPresent()) {
                    tally.goldWithPlaceGiven++;
                }
            }
            boolean deaths = java.util.Objects.equals(gold.fatalities(), system.fatalities().orElse(null));
            if (!full || !deaths) {
                tally.errors.add(article.id() + " " + (type ? "" : "type≠" + gold.type() + " ")
                        + (deaths ? "" : "fatalities≠" + gold.fatalities() + " ")
                        + (actor ? "" : "actor≠" + gold.actor() + " ") + (target ? "" : "target≠" + gold.target() + " ")
                        + (place ? "" : "place≠" + gold.place() + " ") + (date ? "" : "date≠" + gold.date() + " ")
                        + (modality ? "" : "modality≠" + gold.modality() + " ") + describe(system));
            }
        }
        facts.events().forEach(e -> tally.rated.add(new Calibration.Scored(e.confidence(), fullyRight.contains(e),
                e.modality() == Modality.ASSERTED)));
        for (GoldArticle.GoldEvent gold : article.events()) {
            if (!goldUsed.contains(gold)) {
                Span first = gold.mentions().get(0);
                tally.errors.add(article.id() + " missed " + gold.type() + " '" + first.of(article.text()) + "' @"
                        + first.start() + " actor=" + gold.actor() + " place=" + gold.place() + " "
                        + gold.modality() + " [" + lostWhere(gold, facts.events(), pairs) + "] | "
                        + context(article.text(), first));
            }
        }
    }

    /**
     * Where the chain lost a missed gold event, so that a dev error points at a stage: no event in any sentence of its
     * mentions (the coder read no deed there, or a folder or filter dropped it), or the events there answer other gold
     * events (the matching, or a deed folded into a neighbour, or one event for two deeds).
     */
    static String lostWhere(GoldArticle.GoldEvent gold, List<Event> events, List<GoldMatcher.Pair> pairs) {
        List<String> taken = new java.util.ArrayList<>();
        for (GoldMatcher.Pair pair : pairs) {
            if (gold.mentions().stream().anyMatch(m -> pair.system().evidence().span().contains(m.start()))) {
                taken.add(pair.system().type() + " answers " + pair.gold().type() + " @"
                        + pair.gold().mentions().get(0).start());
            }
        }
        return taken.isEmpty() ? "no event in its sentences" : "taken: " + String.join("; ", taken);
    }

    /** The words around a missed mention, on one line, so that a dev error can be read without the corpus. */
    private static String context(String text, Span mention) {
        int from = Math.max(0, mention.start() - CONTEXT);
        int to = Math.min(text.length(), mention.end() + CONTEXT);
        return text.substring(from, to).replaceAll("\\s+", " ");
    }

    private void scoreQuotes(GoldArticle article, Facts facts, Tally tally) {
        tally.quotesSystem += facts.quotes().size();
        tally.quotesGold += article.quotes().size();
        Set<Quote> used = new HashSet<>();
        for (GoldArticle.GoldQuote gold : article.quotes()) {
            Optional<Quote> found = facts.quotes().stream().filter(q -> !used.contains(q))
                    .filter(q -> q.start() < gold.span().end() && gold.span().start() < q.end()).findFirst();
            if (found.isPresent()) {
                used.add(found.get());
                tally.quotesMatched++;
                if (matcher.sameName(gold.speakerRef() != null ? gold.speakerRef() : gold.speaker(),
                        Optional.of(found.get().speaker()))
                        || gold.speakerRef() != null && found.get().speakerRef().filter(gold.speakerRef()::equals)
                        .isPresent()
                        || namedAsWritten(gold.speakerSpan().of(article.text()), found.get().speaker())
                        || sameDescription(gold.speaker(), found.get().speaker())) {
                    tally.speakersRight++;
                } else {
                    tally.errors.add(article.id() + " quote speaker≠" + gold.speaker() + " ours="
                            + found.get().speaker() + " @" + gold.span().start() + " | "
                            + found.get().evidence().sentence().replaceAll("\\s+", " ").strip());
                }
            } else {
                tally.errors.add(article.id() + " quote missed @" + gold.span().start() + " speaker="
                        + gold.speaker());
            }
        }
        facts.quotes().stream().filter(q -> !used.contains(q)).forEach(q -> tally.errors.add(article.id()
                + " quote spurious @" + q.start() + " speaker=" + q.speaker()));
    }

    private void scoreControl(GoldArticle article, Facts facts, Tally tally) {
        tally.controlSystem += facts.control().size();
        tally.controlGold += article.control().size();
        Set<ControlChange> used = new HashSet<>();
        for (GoldArticle.GoldControl gold : article.control()) {
            Optional<ControlChange> found = facts.control().stream().filter(c -> !used.contains(c))
                    .filter(c -> GoldMatcher.samePlace(gold.place(), gold.placeGeonames(), Optional.of(c.place()), c.placeRef()))
                    .filter(c -> c.evidence().start() < gold.evidence().end()
                            && gold.evidence().start() < c.evidence().end())
                    .findFirst();
            if (found.isPresent()) {
                used.add(found.get());
                tally.controlMatched++;
                ControlChange claim = found.get();
                boolean holder = matcher.sameName(gold.controller(), Optional.of(claim.controller()));
                if (holder) {
                    tally.holdersRight++;
                }
                // a contest names every side the text gives, holder and challengers: the gold names the attacker
                // of a siege or offensive, the checks and the timeline its holder, and either is the contest's side
                if (holder || claim.status() == ControlStatus.CONTESTED && claim.sides().stream()
                        .anyMatch(side -> matcher.sameName(gold.controller(), Optional.of(side)))) {
                    tally.controllersRight++;
                } else {
                    tally.errors.add(article.id() + " control controller≠" + gold.controller() + " "
                            + describe(found.get()));
                }
            } else {
                tally.errors.add(article.id() + " control missed " + gold.status() + " " + gold.place() + " by "
                        + gold.controller() + " (" + gold.phraseKind() + ") @" + gold.evidence().start() + " | "
                        + gold.evidence().of(article.text()).replaceAll("\\s+", " ").strip());
            }
        }
        facts.control().stream().filter(c -> !used.contains(c))
                .forEach(c -> tally.errors.add(article.id() + " control spurious " + describe(c)));
    }

    /**
     * Whether two descriptions of a speaker name one source, the words of one (past articles and other words of
     * three letters or less) all in the other: "the report" is the "White House progress report", "another
     * administration official" the "another US administration official"; "another traveler" is not "one traveler
     * with children".
     */
    static boolean sameDescription(String gold, String system) {
        Set<String> a = contentWords(gold);
        Set<String> b = contentWords(system);
        return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }

    private static Set<String> contentWords(String description) {
        return java.util.Arrays.stream(GoldMatcher.normal(description).split(" +")).filter(w -> w.length() > 3)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Whether a speaker named as the text writes it (a person the knowledge base lacks, in the article's script) is
     * the one the gold marks: one name holds the other's words in a row ("السالم" in "أحمد السالم").
     */
    static boolean namedAsWritten(String goldText, String system) {
        List<String> gold = List.of(GoldMatcher.normal(goldText).split(" +"));
        List<String> ours = List.of(GoldMatcher.normal(system).split(" +"));
        if (gold.get(0).isEmpty() || ours.get(0).isEmpty()) {
            return false;
        }
        List<String> shorter = gold.size() <= ours.size() ? gold : ours;
        List<String> longer = shorter == gold ? ours : gold;
        return shorter.stream().anyMatch(w -> w.length() > 2) && java.util.Collections.indexOfSubList(longer, shorter) >= 0;
    }


    private static String describe(Event e) {
        return e.type() + " " + e.modality().label() + e.fatalities().map(n -> " killed=" + n).orElse("")
                + " actor=" + e.actor().orElse("-") + " target="
                + e.target().orElse("-") + " place=" + e.place().orElse("-") + " date="
                + e.date().map(Object::toString).orElse("-")
                + " | " + e.evidence().sentence().replaceAll("\\s+", " ").strip();
    }

    private static String describe(ControlChange c) {
        List<String> against = c.sides().stream().filter(side -> !side.equals(c.controller())).toList();
        return c.status() + " " + c.place() + " by " + c.controller()
                + (against.isEmpty() ? "" : " against " + String.join(", ", against)) + " | "
                + c.evidence().sentence().replaceAll("\\s+", " ").strip();
    }

    private void print(int articles, Tally t, boolean listErrors) {
        out.printf(Locale.ROOT, "events on %d annotated articles: %d gold (%d asserted), %d emitted (%d asserted)%n",
                articles, t.gold, t.goldAsserted, t.system, t.emittedAsserted);
        out.println("detection (any type)      " + new Scores(t.matched, t.system - t.matched, t.gold - t.matched).row());
        out.println("detection (type right)    " + new Scores(t.typeRight, t.system - t.typeRight, t.gold - t.typeRight).row());
        out.printf(Locale.ROOT, "fully right, of emitted asserted    %6.1f %%  (%d of %d)%n",
                percent(t.fullyRight, t.emittedAsserted), t.fullyRight, t.emittedAsserted);
        Calibration calibration = new Calibration(t.rated);
        for (double threshold : TRUST_THRESHOLDS) {
            Calibration.Kept kept = calibration.floor(threshold);
            out.printf(Locale.ROOT, "  at confidence >= %.1f              %6.1f %%  (%d of %d)%n", threshold,
                    percent(kept.right(), kept.count()), kept.right(), kept.count());
        }
        out.printf(Locale.ROOT, "  Brier score of their confidence    %s  (0 = each confidence is 1 or 0 and right)%n",
                TrustTraining.brier(calibration));
        out.printf(Locale.ROOT, "physical fully right, of emitted    %6.1f %%  (%d of %d)%n",
                percent(t.physicalRight, t.physicalAsserted), t.physicalRight, t.physicalAsserted);
        out.printf(Locale.ROOT, "recall of asserted gold events      %6.1f %%  (%d of %d, type right)%n",
                percent(t.goldAssertedFound, t.goldAsserted), t.goldAssertedFound, t.goldAsserted);
        out.printf(Locale.ROOT, "type at place right, of matched     %6.1f %%  (%d of %d asserted)%n",
                percent(t.typeAtPlaceRight, t.assertedMatched), t.typeAtPlaceRight, t.assertedMatched);
        out.printf(Locale.ROOT, "with a place where the text has one %6.1f %%  (%d of %d)%n",
                percent(t.goldWithPlaceGiven, t.goldWithPlace), t.goldWithPlaceGiven, t.goldWithPlace);
        out.printf(Locale.ROOT, "fatalities exact, of matched        %6.1f %%  (%d of %d matched gold events with "
                        + "deaths; "
                        + "%d in all gold; %d matched events given deaths the gold lacks)%n",
                percent(t.fatalitiesRight, t.fatalitiesMatched), t.fatalitiesRight, t.fatalitiesMatched,
                t.goldWithFatalities, t.fatalitiesSpurious);
        out.println("field accuracy on matched events:");
        t.fields.forEach((field, c) -> out.printf(Locale.ROOT, "  %-9s %6.1f %%  (%d of %d)%n", field,
                percent(c[0], c[1]), c[0], c[1]));
        out.println("per type (type right):");
        t.types.forEach((type, c) -> out.printf(Locale.ROOT, "  %-12s %s%n", type,
                new Scores(c[0], c[1] - c[0], c[2] - c[0]).row()));
        out.println("quotes    " + new Scores(t.quotesMatched, t.quotesSystem - t.quotesMatched,
                t.quotesGold - t.quotesMatched).row());
        out.printf(Locale.ROOT, "quote speakers right, of matched    %6.1f %%  (%d of %d)%n",
                percent(t.speakersRight, t.quotesMatched), t.speakersRight, t.quotesMatched);
        out.println("control   " + new Scores(t.controlMatched, t.controlSystem - t.controlMatched,
                t.controlGold - t.controlMatched).row());
        out.printf(Locale.ROOT, "controllers right, of matched       %6.1f %%  (%d of %d; a contest's is right when"
                + " the gold's is any side it names, holder or challenger)%n",
                percent(t.controllersRight, t.controlMatched), t.controllersRight, t.controlMatched);
        out.printf(Locale.ROOT, "  … the claim's holder alone         %6.1f %%  (%d of %d)%n",
                percent(t.holdersRight, t.controlMatched), t.holdersRight, t.controlMatched);
        out.println("precision and recall per field (an argument is found where a matched event gives it rightly):");
        out.println("  events               " + new Scores(t.matched, t.system - t.matched, t.gold - t.matched).row());
        for (String field : List.of("place", "actor", "target", "date")) {
            int[] c = t.arguments.getOrDefault(field, new int[3]);
            out.printf(Locale.ROOT, "  %-20s %s%n", PLURAL.get(field), new Scores(c[0], c[1] - c[0], c[2] - c[0]).row());
        }
        out.println("  quotes with speakers " + new Scores(t.speakersRight, t.quotesSystem - t.speakersRight,
                t.quotesGold - t.speakersRight).row());
        out.println("  control              " + new Scores(t.controlMatched, t.controlSystem - t.controlMatched,
                t.controlGold - t.controlMatched).row());
        out.println("  control, controller  " + new Scores(t.controllersRight, t.controlSystem - t.controllersRight,
                t.controlGold - t.controllersRight).row());
        if (listErrors) {
            out.println("errors:");
            t.errors.forEach(e -> out.println("  " + e));
        }
        out.flush();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
