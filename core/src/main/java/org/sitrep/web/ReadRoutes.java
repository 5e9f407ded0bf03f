package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.report.FactsJson;
import org.sitrep.report.AcledExport;
import org.sitrep.report.SituationFormats;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.Freshness;
import org.sitrep.situation.DateRange;
import org.sitrep.situation.Importance;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.SearchIndex;
import org.sitrep.situation.StanceHistory;
import org.sitrep.situation.StancePoint;
import org.sitrep.store.ArticleSummary;

/** The open, read-only endpoints of the API: articles, events, control, stances, quotes, search and meta. */
final class ReadRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGE = 500;
    /** Search hits read to filter events by free text: every event a realistic store holds. */
    private static final int MAX_MATCHES = 20_000;
    private final SituationService service;
    private final Gazetteer gazetteer;
    private final KnowledgeBase knowledge;
    private final Limits limits;
    private final Freshness freshness = Freshness.standard();

    ReadRoutes(SituationService service, Gazetteer gazetteer, KnowledgeBase knowledge, Limits limits) {
        this.service = service;
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
        this.limits = limits;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", this::articles);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/events", this::events);
        routes.get("/api/events/counts", this::eventCounts);
        routes.get("/api/control", this::control);
        routes.get("/api/stances", this::stances);
        routes.get("/api/quotes", this::quotes);
        routes.get("/api/search", this::search);
        routes.get("/api/meta", this::meta);
    }

    private static void json(Context ctx, Object node) {
        WebServer.json(ctx, node);
    }

    private void articles(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        int limit = Math.min(intParam(ctx, "limit", 100), MAX_PAGE);
        ArrayNode items = JSON.createArrayNode();
        for (ArticleSummary a : service.store().articles(offset, limit)) {
            items.addObject().put("id", a.id()).put("published", a.published().map(Object::toString).orElse(null))
                    .put("source", a.source()).put("title", a.title()).put("language", a.language())
                    .put("entities", a.entities()).put("quotes", a.quotes()).put("events", a.events())
                    .put("control", a.control()).put("stances", a.stances()).put("republications", a.aliases());
        }
        ObjectNode page = JSON.createObjectNode().put("total", service.store().articleCount()).put("offset", offset)
                .put("limit", limit);
        page.set("items", items);
        json(ctx, page);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Facts facts = service.store().facts(id).orElseThrow(() -> new ApiException(404, "no article with id " + id));
        Article article = service.store().article(id).orElseThrow(() -> new ApiException(404, "no article with id " + id));
        ObjectNode node = FactsJson.tree(article, facts, service.store().aliases(id));
        ((ObjectNode) node.get("article")).put("text", article.text());
        json(ctx, node);
    }

    private void events(Context ctx) {
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        if (!List.of("json", "csv", "acled", "geojson").contains(format)) {
            throw new ApiException(400, "format must be json, csv (ACLED's columns; also format=acled) or geojson");
        }
        List<MergedEvent> events = filteredEvents(ctx);
        if (!format.equals("json")) {
            // every matching event, not a page: an export is loaded whole, as ACLED's own are
            AcledExport export = new AcledExport(knowledge, gazetteer::byId);
            if (format.equals("geojson")) {
                ctx.contentType("application/geo+json").header("Content-Disposition",
                        "attachment; filename=\"sitrep-events.geojson\"").result(export.geojson(events));
            } else {
                ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition",
                        "attachment; filename=\"sitrep-events.csv\"").result(export.csv(events));
            }
            return;
        }
        Optional<LocalDate> to = dateParam(ctx, "to");
        LocalDate reference = to.orElseGet(() -> events.stream().map(e -> e.date().get().last())
                .max(Comparator.naturalOrder()).orElse(LocalDate.now()));
        Importance importance = new Importance(gazetteer::byId);
        int offset = intParam(ctx, "offset", 0);
        int limit = Math.min(intParam(ctx, "limit", 100), MAX_PAGE);
        ArrayNode items = JSON.createArrayNode();
        events.stream().skip(offset).limit(limit)
                .forEach(e -> items.add(SituationFormats.event(e, Optional.of(importance.score(e, reference)))));
        ObjectNode page = JSON.createObjectNode().put("total", events.size()).put("offset", offset).put("limit", limit);
        page.set("items", items);
        json(ctx, page);
    }

    /** How many filtered events began in each month, by type: the workbench's chart. */
    private void eventCounts(Context ctx) {
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
        for (MergedEvent e : filteredEvents(ctx)) {
            String month = e.date().orElseThrow().first().toString().substring(0, 7);
            byMonth.computeIfAbsent(month, m -> new TreeMap<>()).merge(e.type().name(), 1, Integer::sum);
        }
        ArrayNode items = JSON.createArrayNode();
        byMonth.forEach((month, types) -> {
            ObjectNode node = items.addObject().put("month", month);
            types.forEach(node.putObject("types")::put);
        });
        json(ctx, items);
    }

    /** The dated merged events that pass every filter of the query, oldest first. */
    private List<MergedEvent> filteredEvents(Context ctx) {
        Optional<LocalDate> from = dateParam(ctx, "from");
        Optional<LocalDate> to = dateParam(ctx, "to");
        Optional<String> place = textParam(ctx, "place");
        Optional<String> actor = textParam(ctx, "actor");
        Optional<String> type = textParam(ctx, "type");
        Optional<String> side = textParam(ctx, "side");
        Optional<Modality> modality = textParam(ctx, "modality").map(ReadRoutes::modality);
        Optional<Set<String>> matching = textParam(ctx, "q").map(this::matchingEventIds);
        double minConfidence = doubleParam(ctx, "minConfidence", 0);
        return service.situation().events().stream()
                .filter(e -> e.date().isPresent())
                .filter(e -> from.map(f -> !e.date().get().last().isBefore(f)).orElse(true))
                .filter(e -> to.map(t -> !e.date().get().first().isAfter(t)).orElse(true))
                .filter(e -> place.map(p -> e.place().map(p::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> actor.map(a -> e.actor().map(a::equalsIgnoreCase).orElse(false)
                        || e.target().map(a::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> type.map(t -> t.equalsIgnoreCase(e.type().name())).orElse(true))
                .filter(e -> side.map(s -> e.actorSide().map(s::equalsIgnoreCase).orElse(false)
                        || e.targetSide().map(s::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> modality.map(m -> e.modality() == m).orElse(true))
                .filter(e -> matching.map(ids -> ids.contains(e.id())).orElse(true))
                .filter(e -> e.confidence() >= minConfidence)
                .toList();
    }

    /** The ids of the merged events whose label or evidence matches a free-text query. */
    private Set<String> matchingEventIds(String query) {
        checkQuery(query);
        try {
            return service.searchIndex().search(query, MAX_MATCHES).stream().filter(h -> h.kind().equals("event"))
                    .map(SearchIndex.Hit::id).collect(Collectors.toSet());
        } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new ApiException(400, "cannot search for this query: use plain words");
        }
    }

    private static Modality modality(String label) {
        return Arrays.stream(Modality.values()).filter(m -> m.label().equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new ApiException(400, "parameter modality must be one of " + Arrays.stream(
                        Modality.values()).map(Modality::label).collect(Collectors.joining(", ")) + ", was \""
                        + label + "\""));
    }

    private void control(Context ctx) {
        LocalDate at = dateParam(ctx, "at").orElseThrow(() -> new ApiException(400, "parameter at=YYYY-MM-DD is required"));
        List<ControlInterval> intervals = service.situation().controlAt(at);
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        if (!List.of("json", "csv", "geojson").contains(format)) {
            throw new ApiException(400, "format must be json, csv or geojson");
        }
        if ("csv".equals(format)) {
            ctx.contentType("text/csv; charset=utf-8")
                    .result(SituationFormats.csv(intervals, gazetteer::byId, at, freshness));
            return;
        }
        if ("geojson".equals(ctx.queryParam("format"))) {
            ctx.contentType("application/geo+json").result(SituationFormats.geojson(intervals, gazetteer::byId, at,
                    freshness));
            return;
        }
        ArrayNode items = JSON.createArrayNode();
        for (ControlInterval interval : intervals) {
            ObjectNode node = SituationFormats.control(interval, at, freshness);
            interval.placeRef().flatMap(gazetteer::byId).ifPresent(p -> {
                node.put("lat", p.lat()).put("lon", p.lon());
                p.arabicName().ifPresent(ar -> node.put("nameAr", ar));
            });
            items.add(node);
        }
        json(ctx, items);
    }

    private void stances(Context ctx) {
        String from = Optional.ofNullable(ctx.queryParam("from"))
                .orElseThrow(() -> new ApiException(400, "parameter from=ACTOR is required"));
        List<StancePoint> series = new StanceHistory(knowledge).series(service.situation(), from,
                Optional.ofNullable(ctx.queryParam("to")), Optional.empty());
        ArrayNode items = JSON.createArrayNode();
        series.forEach(p -> items.add(SituationFormats.stance(p)));
        json(ctx, items);
    }

    private void quotes(Context ctx) {
        Optional<String> speaker = Optional.ofNullable(ctx.queryParam("speaker")).map(s -> s.toLowerCase(Locale.ROOT));
        ArrayNode items = JSON.createArrayNode();
        for (SituationService.QuoteEntry entry : service.quotes()) {
            if (speaker.map(s -> entry.quote().speaker().toLowerCase(Locale.ROOT).contains(s)).orElse(true)) {
                items.add(quote(entry));
            }
        }
        json(ctx, items);
    }

    /** A quote with its speaker, article, publisher URL and offsets. */
    static ObjectNode quote(SituationService.QuoteEntry entry) {
        Quote q = entry.quote();
        return JSON.createObjectNode().put("articleId", entry.articleId()).put("source", entry.source())
                .put("url", entry.url().orElse(null))
                .put("published", entry.published().map(Object::toString).orElse(null))
                .put("speaker", q.speaker()).put("speakerRef", q.speakerRef().orElse(null))
                .put("speakerStart", q.speakerWords().map(Span::start).orElse(null))
                .put("speakerEnd", q.speakerWords().map(Span::end).orElse(null))
                .put("text", q.text()).put("start", q.start()).put("end", q.end())
                .put("evidence", q.evidence().sentence());
    }

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(400, "parameter q is required"));
        checkQuery(q);
        List<SearchIndex.Hit> hits;
        try {
            hits = service.search(q, 50);
        } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new ApiException(400, "cannot search for this query: use plain words");
        }
        ArrayNode items = JSON.createArrayNode();
        for (SearchIndex.Hit hit : hits) {
            items.addObject().put("kind", hit.kind()).put("id", hit.id()).put("label", hit.label())
                    .put("text", hit.text()).put("score", hit.score());
        }
        json(ctx, items);
    }

    private void meta(Context ctx) {
        List<String> places = service.situation().places();
        Optional<LocalDate> first = places.stream().flatMap(p -> service.situation().timeline(p).stream())
                .map(ControlInterval::from).min(Comparator.naturalOrder());
        Optional<LocalDate> last = service.situation().events().stream().flatMap(e -> e.date().stream())
                .map(DateRange::last).max(Comparator.naturalOrder());
        Optional<LocalDate> firstEvent = service.situation().events().stream().flatMap(e -> e.date().stream())
                .map(DateRange::first).min(Comparator.naturalOrder());
        json(ctx, JSON.createObjectNode().put("version", service.version())
                .put("articles", service.situation().articleCount())
                .put("firstControl", first.map(Object::toString).orElse(null))
                .put("firstEvent", firstEvent.map(Object::toString).orElse(null))
                .put("lastEvent", last.map(Object::toString).orElse(null)));
    }

    // ------------------------------------------------------------------ parameters

    private void checkQuery(String q) {
        if (q.length() > limits.maxQueryChars()) {
            throw new ApiException(400, "parameter q has at most " + limits.maxQueryChars() + " characters, had "
                    + q.length());
        }
    }

    private static Optional<String> textParam(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    private static Optional<LocalDate> dateParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "parameter " + name + " must be a date YYYY-MM-DD, was \"" + value + "\"");
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "parameter " + name + " must be a non-negative integer, was \"" + value + "\"");
        }
    }

    private static double doubleParam(Context ctx, String name, double fallback) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "parameter " + name + " must be a number, was \"" + value + "\"");
        }
    }
}
