package org.sitrep.digest;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.report.Html;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.DateRange;
import org.sitrep.situation.Importance;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.Report;
import org.sitrep.situation.Situation;
import org.sitrep.situation.StanceHistory;

/**
 * Builds a digest issue for a period from the situation: changes of control first (ranked by the place's weight),
 * then the most important other events, notable quotes and stance shifts, each with its sources; an inline SVG
 * map of who holds what at the period's end. HTML (inlined CSS) and plain text come from Pebble templates.
 */
public final class DigestBuilder {
    /** Replaced per subscriber with their one-click unsubscribe URL. */
    public static final String UNSUBSCRIBE_PLACEHOLDER = "SITREP-UNSUBSCRIBE-URL";
    /** Replaced per subscriber with their preferences page URL. */
    public static final String PREFERENCES_PLACEHOLDER = "SITREP-PREFERENCES-URL";
    private static final int TOP = 8;
    static final Map<String, String> COLOURS = Map.of("opposition", "#2e7d32", "government", "#c62828",
            "kurdish", "#f9a825", "jihadist", "#212121", "turkey", "#1565c0");

    private final Gazetteer gazetteer;
    private final KnowledgeBase knowledge;
    private final PebbleEngine html = new PebbleEngine.Builder().loader(loader()).autoEscaping(true).build();
    private final PebbleEngine text = new PebbleEngine.Builder().loader(loader()).autoEscaping(false).build();
    private final Freshness freshness = Freshness.standard();
    private final ControlMap map;

    public DigestBuilder(Gazetteer gazetteer, KnowledgeBase knowledge) {
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
        this.map = new ControlMap(gazetteer, freshness);
    }

    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("digest");
        return loader;
    }

    public DigestIssue build(Situation situation, List<Facts> articles, LocalDate from, LocalDate to, String lang,
                             String baseUrl) {
        return build(situation, articles, from, to, lang, baseUrl, List.of());
    }

    /**
     * An issue limited to a subscriber's topics (places or actors, matched by name): only the items that name one
     * of them. No topics means everything. The issue id is the same whatever the topics: one issue per period and
     * language in the send log.
     */
    public DigestIssue build(Situation situation, List<Facts> articles, LocalDate from, LocalDate to, String lang,
                             String baseUrl, List<String> topics) {
        java.util.function.Predicate<String> follows = name -> topics.isEmpty() || topics.stream()
                .anyMatch(t -> org.sitrep.knowledge.Names.fold(t).equals(org.sitrep.knowledge.Names.fold(name)));
        Map<String, String> words = Labels.of(lang);
        Importance importance = new Importance(gazetteer::byId);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("dir", lang.equals("ar") ? "rtl" : "ltr");
        model.put("align", lang.equals("ar") ? "right" : "left");
        model.put("labels", words);
        String period = words.get("period").replace("{from}", from.toString()).replace("{to}", to.toString());
        model.put("period", period);
        String subject = words.get("title") + ": " + from + " – " + to;
        model.put("subject", subject);
        model.put("control", controlChanges(situation, from, to, words, lang, baseUrl).stream()
                .filter(row -> follows.test((String) row.get("place")) || follows.test((String) row.get("controllerName")))
                .toList());
        List<ControlInterval> atEnd = situation.controlAt(to);
        model.put("map", map.svg(atEnd, to));
        model.put("stale", stale(atEnd, to, words, lang));
        model.put("events", events(situation, importance, from, to, baseUrl, follows));
        model.put("quotes", quotes(articles, from, to, baseUrl).stream()
                .filter(row -> follows.test((String) row.get("speaker"))).toList());
        model.put("shifts", topics.isEmpty() ? shifts(situation, from, to) : List.of());
        model.put("unsubscribeUrl", UNSUBSCRIBE_PLACEHOLDER);
        model.put("preferencesUrl", PREFERENCES_PLACEHOLDER);
        String id = from + "_" + to + "_" + lang;
        return new DigestIssue(id, from, to, lang, subject, render(html, "digest.html.peb", model),
                render(text, "digest.txt.peb", model));
    }

    private List<Map<String, Object>> controlChanges(Situation situation, LocalDate from, LocalDate to,
                                                     Map<String, String> words, String lang, String baseUrl) {
        List<ControlInterval> changes = new ArrayList<>();
        for (String place : situation.places()) {
            for (ControlInterval interval : situation.timeline(place)) {
                if (!interval.from().isBefore(from) && !interval.from().isAfter(to)) {
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
            row.put("place", i.place());
            row.put("placeAr", i.placeRef().flatMap(gazetteer::byId).flatMap(Place::arabicName).orElse(""));
            row.put("statusLabel", words.get(i.status() == ControlStatus.HELD ? "held" : "contested"));
            row.put("controller", actorName(i.controller(), lang));
            row.put("controllerName", i.controller());
            row.put("colour", i.status() == ControlStatus.CONTESTED ? "#ef6c00"
                    : COLOURS.getOrDefault(i.side().orElse(""), "#455a64"));
            row.put("from", i.from().toString());
            row.put("sentence", i.evidence().get(0).evidence().sentence());
            row.put("sources", sources(i.evidence(), baseUrl));
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> events(Situation situation, Importance importance, LocalDate from, LocalDate to,
                                             String baseUrl, java.util.function.Predicate<String> follows) {
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
            row.put("date", e.date().map(DateRange::first).map(Object::toString).orElse(""));
            row.put("headline", e.type().name().charAt(0) + e.type().name().substring(1).toLowerCase(Locale.ROOT) + ": "
                    + e.actor().orElse("?") + e.target().map(t -> " → " + t).orElse("")
                    + e.place().map(p -> ", " + p).orElse("")
                    + (e.modality() == Modality.ASSERTED ? "" : " (" + e.modality().label() + ")"));
            row.put("sourceCount", e.sources());
            row.put("sentence", e.reports().get(0).evidence().sentence());
            row.put("sources", sources(e.reports(), baseUrl));
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> quotes(List<Facts> articles, LocalDate from, LocalDate to, String baseUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        articles.stream().filter(f -> f.article().published().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false))
                .flatMap(f -> f.quotes().stream().filter(q -> q.speakerRef().isPresent()).map(q -> Map.entry(f.article(), q)))
                .sorted(Comparator.comparingDouble((Map.Entry<ArticleMeta, Quote> e) -> -e.getValue().confidence())
                        .thenComparing(e -> e.getKey().id()).thenComparingInt(e -> e.getValue().start()))
                .limit(5)
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("text", e.getValue().text());
                    row.put("speaker", e.getValue().speaker());
                    row.put("source", e.getKey().source());
                    // The article's own URL when it is a web link, else its page here; never a javascript: link.
                    row.put("url", e.getKey().url().flatMap(Html::safeHref)
                            .or(() -> articleLink(baseUrl, e.getKey().id())).orElse(""));
                    out.add(row);
                });
        return out;
    }

    private List<Map<String, Object>> shifts(Situation situation, LocalDate from, LocalDate to) {
        StanceHistory history = new StanceHistory(knowledge);
        List<Map<String, Object>> out = new ArrayList<>();
        situation.stances(p -> true).stream().map(p -> p.from()).distinct().sorted().forEach(actor ->
                history.shifts(history.series(situation, actor, Optional.empty(), Optional.empty())).stream()
                        .filter(s -> s.after().date().map(d -> !d.first().isBefore(from) && !d.first().isAfter(to))
                                .orElse(false))
                        .forEach(s -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("text", s.describe());
                            row.put("sentence", s.after().report().evidence().sentence());
                            out.add(row);
                        }));
        return out.stream().limit(5).toList();
    }

    private static List<Map<String, String>> sources(List<Report> reports, String baseUrl) {
        Map<String, Map<String, String>> bySource = new LinkedHashMap<>();
        for (Report report : reports) {
            bySource.computeIfAbsent(report.source(), s -> Map.of("name", s,
                    "url", articleLink(baseUrl, report.articleId()).orElse("")));
        }
        return new ArrayList<>(bySource.values());
    }

    /** The link to an article's page on this server, if the base URL makes it a web link. */
    private static Optional<String> articleLink(String baseUrl, String articleId) {
        return Html.safeHref(baseUrl + "/api/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8));
    }

    private double placeWeight(Optional<String> placeRef) {
        return placeRef.flatMap(gazetteer::byId).map(p -> (double) p.population()).orElse(0.0)
                + placeRef.flatMap(gazetteer::byId).map(p -> p.featureCode().equals("PPLC") ? 1e8
                : p.featureCode().equals("PPLA") ? 1e7 : 0).orElse(0.0);
    }

    private String actorName(String name, String lang) {
        if (!lang.equals("ar")) {
            return name;
        }
        return knowledge.byAlias(name).flatMap(a -> a.arabicAliases().stream().findFirst()).orElse(name);
    }

    /** Places whose latest claim no report has confirmed for months: shown apart, as older knowledge. */
    private List<Map<String, Object>> stale(List<ControlInterval> control, LocalDate at, Map<String, String> words,
                                            String lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ControlInterval i : control) {
            if (freshness.stale(i, at)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("place", i.place());
                row.put("statusLabel", words.get(i.status() == ControlStatus.HELD ? "held" : "contested"));
                row.put("controller", actorName(i.controller(), lang));
                row.put("lastReported", i.lastReported().toString());
                out.add(row);
            }
        }
        return out;
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate(template).evaluate(out, model);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
    }

}
