package org.sitrep.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Names;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Facts;
import org.sitrep.model.Quote;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.Importance;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Report;
import org.sitrep.situation.Situation;
import org.sitrep.situation.StanceHistory;

/**
 * Builds a digest issue for a period from the situation: changes of control first (ranked by the place's weight),
 * then the most important other events, notable quotes and stance shifts, each with its sources; an inline SVG
 * map of who holds what at the period's end. HTML (inlined CSS) and plain text come from Pebble templates. Each
 * language's edition names event types, places and actors in its language ({@link Edition}); a reader's own
 * unsubscribe and preferences links are added when the issue is mailed ({@link DigestIssue#addressedTo}).
 */
public final class DigestBuilder {
    private static final int TOP = 8;
    static final Map<String, String> COLOURS = Map.of("opposition", "#2e7d32", "government", "#c62828",
            "kurdish", "#f9a825", "jihadist", "#212121", "turkey", "#1565c0");

    private final Gazetteer gazetteer;
    private final KnowledgeBase knowledge;
    private final Freshness freshness = Freshness.standard();
    private final ControlMap map;

    public DigestBuilder(Gazetteer gazetteer, KnowledgeBase knowledge) {
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
        this.map = new ControlMap(gazetteer, freshness);
    }

    public DigestIssue build(Situation situation, List<Facts> articles, LocalDate from, LocalDate to, String lang,
                             String baseUrl) {
        return build(situation, articles, from, to, lang, baseUrl, List.of());
    }

    /**
     * An issue limited to a subscriber's topics (places or actors, matched by name): only the items that name one
     * of them. No topics means everything. The issue id is the same whatever the topics: one issue per period and
     * language in the send log. Articles are linked at their publisher, else at their page under {@code baseUrl}.
     */
    public DigestIssue build(Situation situation, List<Facts> articles, LocalDate from, LocalDate to, String lang,
                             String baseUrl, List<String> topics) {
        Predicate<String> follows = name -> topics.isEmpty() || topics.stream()
                .anyMatch(t -> Names.fold(t).equals(Names.fold(name)));
        Edition edition = new Edition(lang, gazetteer, knowledge);
        ArticleLinks links = new ArticleLinks(baseUrl, articles);
        Importance importance = new Importance(gazetteer::byId);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("dir", edition.direction().attribute());
        model.put("align", edition.arabic() ? "right" : "left");
        model.put("labels", edition.labels());
        model.put("from", edition.date(from));
        model.put("to", edition.date(to));
        String subject = edition.subject(from, to);
        model.put("subject", subject);
        model.put("control", controlChanges(situation, from, to, edition, links, follows));
        List<ControlInterval> atEnd = situation.controlAt(to);
        model.put("map", map.svg(atEnd, to, i -> edition.place(i.place(), i.placeRef()).text()));
        model.put("stale", stale(atEnd, to, edition));
        model.put("events", events(situation, importance, from, to, edition, links, follows));
        model.put("quotes", quotes(articles, from, to, edition, links, follows));
        model.put("shifts", topics.isEmpty() ? shifts(situation, from, to, edition) : List.of());
        String id = from + "_" + to + "_" + lang;
        return new DigestIssue(id, from, to, lang, subject, Templates.html("digest.html.peb", model),
                Templates.text("digest.txt.peb", model));
    }

    private List<Map<String, Object>> controlChanges(Situation situation, LocalDate from, LocalDate to,
                                                     Edition edition, ArticleLinks links, Predicate<String> follows) {
        List<ControlInterval> changes = new ArrayList<>();
        for (String place : situation.places()) {
            for (ControlInterval interval : situation.timeline(place)) {
                if (!interval.from().isBefore(from) && !interval.from().isAfter(to)
                        && (follows.test(interval.place()) || follows.test(interval.controller()))) {
                    changes.add(interval);
                }
            }
        }
        changes.sort(Comparator.comparingDouble((ControlInterval i) -> -placeWeight(i.placeRef()))
                .thenComparing(i -> i.status() == ControlStatus.CONTESTED)
                .thenComparing(ControlInterval::from).thenComparing(ControlInterval::place));
        List<Map<String, Object>> out = new ArrayList<>();
        for (ControlInterval i : changes.stream().limit(TOP).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("place", edition.place(i.place(), i.placeRef()));
            row.put("placeAr", edition.arabicBeside(i.placeRef()).orElse(null));
            row.put("statusLabel", status(i, edition));
            row.put("controller", edition.actor(i.controller()));
            row.put("colour", i.status() == ControlStatus.CONTESTED ? "#ef6c00"
                    : COLOURS.getOrDefault(i.side().orElse(""), "#455a64"));
            row.put("from", edition.date(i.from()));
            row.put("sentence", edition.foreign(i.evidence().get(0).evidence().sentence()));
            row.put("sources", sources(i.evidence(), edition, links));
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> events(Situation situation, Importance importance, LocalDate from, LocalDate to,
                                             Edition edition, ArticleLinks links, Predicate<String> follows) {
        List<MergedEvent> inPeriod = situation.events().stream()
                .filter(e -> e.place().map(follows::test).orElse(false) || e.actor().map(follows::test).orElse(false)
                        || e.target().map(follows::test).orElse(false))
                .filter(e -> e.date().map(d -> !d.last().isBefore(from) && !d.first().isAfter(to)).orElse(false))
                .filter(e -> !e.cameo().equals("192")) // changes of control are listed above
                .sorted(Comparator.comparingDouble((MergedEvent e) -> -importance.score(e, to).total())
                        .thenComparing(MergedEvent::id))
                .limit(TOP).toList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (MergedEvent e : inPeriod) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date().map(d -> edition.date(d.first())).orElse(null));
            row.put("type", edition.eventType(e.type()));
            row.put("actor", edition.actor(e.actor().orElse("?")));
            row.put("target", e.target().map(edition::actor).orElse(null));
            row.put("place", e.place().map(p -> edition.place(p, e.placeRef())).orElse(null));
            row.put("modality", edition.modality(e.modality()).orElse(null));
            row.put("sourceCount", edition.sources(e.sources()));
            row.put("sentence", edition.foreign(e.reports().get(0).evidence().sentence()));
            row.put("sources", sources(e.reports(), edition, links));
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> quotes(List<Facts> articles, LocalDate from, LocalDate to, Edition edition,
                                             ArticleLinks links, Predicate<String> follows) {
        List<Map<String, Object>> out = new ArrayList<>();
        articles.stream().filter(f -> f.article().published().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false))
                .flatMap(f -> f.quotes().stream().filter(q -> q.speakerRef().isPresent()).map(q -> Map.entry(f.article(), q)))
                .filter(e -> follows.test(e.getValue().speaker()))
                .sorted(Comparator.comparingDouble((Map.Entry<ArticleMeta, Quote> e) -> -e.getValue().confidence())
                        .thenComparing(e -> e.getKey().id()).thenComparingInt(e -> e.getValue().start()))
                .limit(5)
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("text", edition.foreign(e.getValue().text()));
                    row.put("speaker", edition.actor(e.getValue().speaker()));
                    row.put("sources", List.of(source(e.getKey().source(), e.getKey().id(), edition, links)));
                    out.add(row);
                });
        return out;
    }

    private List<Map<String, Object>> shifts(Situation situation, LocalDate from, LocalDate to, Edition edition) {
        StanceHistory history = new StanceHistory(knowledge);
        List<Map<String, Object>> out = new ArrayList<>();
        situation.stances(p -> true).stream().map(p -> p.from()).distinct().sorted().forEach(actor ->
                history.shifts(history.series(situation, actor, Optional.empty(), Optional.empty())).stream()
                        .filter(s -> s.after().date().map(d -> !d.first().isBefore(from) && !d.first().isAfter(to))
                                .orElse(false))
                        .forEach(s -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("from", edition.actor(s.from()));
                            row.put("to", edition.actor(s.to()));
                            row.put("change", edition.figures(String.format(Locale.ROOT, "%+.2f → %+.2f",
                                    s.before().value(), s.after().value())));
                            row.put("date", s.after().date().map(d -> edition.date(d.first())).orElse(null));
                            row.put("sentence", edition.foreign(s.after().report().evidence().sentence()));
                            out.add(row);
                        }));
        return out.stream().limit(5).toList();
    }

    /** Each source once, linked at its first report's article. */
    private static List<Map<String, Object>> sources(List<Report> reports, Edition edition, ArticleLinks links) {
        Map<String, Map<String, Object>> bySource = new LinkedHashMap<>();
        for (Report report : reports) {
            bySource.computeIfAbsent(report.source(), s -> source(s, report.articleId(), edition, links));
        }
        return new ArrayList<>(bySource.values());
    }

    private static Map<String, Object> source(String name, String articleId, Edition edition, ArticleLinks links) {
        return Map.of("name", edition.foreign(name), "url", links.of(articleId).orElse(""));
    }

    private static String status(ControlInterval interval, Edition edition) {
        return edition.label(interval.status() == ControlStatus.HELD ? "held" : "contested");
    }

    private double placeWeight(Optional<String> placeRef) {
        return placeRef.flatMap(gazetteer::byId).map(p -> (double) p.population()).orElse(0.0)
                + placeRef.flatMap(gazetteer::byId).map(p -> p.isCapital() ? 1e8
                : p.featureCode().equals("PPLA") ? 1e7 : 0).orElse(0.0);
    }

    /** Places whose latest claim no report has confirmed for months: shown apart, as older knowledge. */
    private List<Map<String, Object>> stale(List<ControlInterval> control, LocalDate at, Edition edition) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ControlInterval i : control) {
            if (freshness.stale(i, at)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("place", edition.place(i.place(), i.placeRef()));
                row.put("statusLabel", status(i, edition));
                row.put("controller", edition.actor(i.controller()));
                row.put("lastReported", edition.date(i.lastReported()));
                out.add(row);
            }
        }
        return out;
    }
}
