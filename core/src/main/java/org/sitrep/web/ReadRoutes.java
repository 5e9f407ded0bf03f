package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.model.Quote;
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
        Optional<LocalDate> from = dateParam(ctx, "from");
        Optional<LocalDate> to = dateParam(ctx, "to");
        Optional<String> place = Optional.ofNullable(ctx.queryParam("place"));
        Optional<String> actor = Optional.ofNullable(ctx.queryParam("actor"));
        Optional<String> type = Optional.ofNullable(ctx.queryParam("type"));
        Optional<String> side = Optional.ofNullable(ctx.queryParam("side"));
        double minConfidence = doubleParam(ctx, "minConfidence", 0);
        List<MergedEvent> events = service.situation().events().stream()
                .filter(e -> e.date().isPresent())
                .filter(e -> from.map(f -> !e.date().get().last().isBefore(f)).orElse(true))
                .filter(e -> to.map(t -> !e.date().get().first().isAfter(t)).orElse(true))
                .filter(e -> place.map(p -> e.place().map(p::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> actor.map(a -> e.actor().map(a::equalsIgnoreCase).orElse(false)
                        || e.target().map(a::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> type.map(t -> t.equalsIgnoreCase(e.type().name())).orElse(true))
                .filter(e -> side.map(s -> e.actorSide().map(s::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> e.confidence() >= minConfidence)
                .toList();
        LocalDate reference = to.orElseGet(() -> events.stream().map(e -> e.date().get().last())
                .max(Comparator.naturalOrder()).orElse(LocalDate.now()));
        Importance importance = new Importance(gazetteer::byId);
        int offset = intParam(ctx, "offset", 0);
        int limit = Math.min(intParam(ctx, "limit", 100), MAX_PAGE);
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        if (format.equals("acled")) {
            // every matching event, not a page: an export is loaded whole, as ACLED's own are
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"sitrep-events.csv\"")
                    .result(new AcledExport(knowledge, gazetteer::byId).csv(events));
            return;
        }
        if (!format.equals("json")) {
            throw new ApiException(400, "format must be json or acled");
        }
        ArrayNode items = JSON.createArrayNode();
        events.stream().skip(offset).limit(limit)
                .forEach(e -> items.add(SituationFormats.event(e, Optional.of(importance.score(e, reference)))));
        ObjectNode page = JSON.createObjectNode().put("total", events.size()).put("offset", offset).put("limit", limit);
        page.set("items", items);
        json(ctx, page);
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
        for (StancePoint p : series) {
            items.addObject().put("from", p.from()).put("to", p.to()).put("toSide", p.toSide().orElse(null))
                    .put("date", p.date().map(d -> d.first().toString()).orElse(null)).put("value", p.value())
                    .put("articleId", p.report().articleId()).put("source", p.report().source())
                    .put("start", p.report().evidence().start()).put("end", p.report().evidence().end())
                    .put("text", p.report().evidence().sentence());
        }
        json(ctx, items);
    }

    private void quotes(Context ctx) {
        Optional<String> speaker = Optional.ofNullable(ctx.queryParam("speaker")).map(s -> s.toLowerCase(Locale.ROOT));
        ArrayNode items = JSON.createArrayNode();
        for (SituationService.QuoteEntry entry : service.quotes()) {
            Quote q = entry.quote();
            if (speaker.map(s -> q.speaker().toLowerCase(Locale.ROOT).contains(s)).orElse(true)) {
                items.addObject().put("articleId", entry.articleId()).put("source", entry.source())
                        .put("published", entry.published().map(Object::toString).orElse(null))
                        .put("speaker", q.speaker()).put("speakerRef", q.speakerRef().orElse(null))
                        .put("text", q.text()).put("start", q.start()).put("end", q.end())
                        .put("evidence", q.evidence().sentence());
            }
        }
        json(ctx, items);
    }

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(400, "parameter q is required"));
        if (q.length() > limits.maxQueryChars()) {
            throw new ApiException(400, "parameter q has at most " + limits.maxQueryChars() + " characters, had "
                    + q.length());
        }
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
        json(ctx, JSON.createObjectNode().put("version", service.version())
                .put("articles", service.situation().articleCount())
                .put("firstControl", first.map(Object::toString).orElse(null))
                .put("lastEvent", last.map(Object::toString).orElse(null)));
    }

    // ------------------------------------------------------------------ parameters

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
