package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.sitrep.digest.Newsletter;
import org.sitrep.ingest.Decoder;
import org.sitrep.ingest.FeedFormat;
import org.sitrep.ingest.HtmlFormat;
import org.sitrep.ingest.JsonFormat;
import org.sitrep.ingest.Parsed;
import org.sitrep.ingest.TextFormat;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Facts;
import org.sitrep.model.Quote;
import org.sitrep.report.FactsJson;
import org.sitrep.report.SituationFormats;
import org.sitrep.situation.ControlInterval;
import org.sitrep.situation.DateRange;
import org.sitrep.situation.Importance;
import org.sitrep.situation.MergedEvent;
import org.sitrep.situation.SearchIndex;
import org.sitrep.situation.StanceHistory;
import org.sitrep.situation.StancePoint;
import org.sitrep.store.ArticleSummary;

/**
 * The REST API and the web UI in one Javalin server. Reads are open; writes need the bearer token, compared in
 * constant time, at a limited rate per client. Every response carries the {@link SecurityHeaders}; bodies, JSON
 * nesting and queries are bounded ({@link Limits}); failures become responses in one place ({@link Errors}): user
 * input never yields a 500, and a 500 never echoes exception text.
 */
public final class WebServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGE = 500;

    private final Javalin app;
    private final SituationService service;
    private final Gazetteer gazetteer;
    private final KnowledgeBase knowledge;
    private final Optional<String> token;
    private final Limits limits;
    private final RateLimiter tokenRequests;

    private WebServer(SituationService service, Gazetteer gazetteer, KnowledgeBase knowledge, Optional<String> token,
                      Limits limits, String host, int port, Optional<Newsletter> newsletter) {
        this.service = service;
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
        this.token = token;
        this.limits = limits;
        this.tokenRequests = new RateLimiter(limits.tokenRequestsPerClient());
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = limits.maxArticleBytes() + 1;
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxFormBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limits.maxFormBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(limits.maxFormBytes(), SizeUnit.BYTES);
            config.router.javaLangErrorHandler(Errors::fatal);
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(this::boundBody);
            config.routes.get("/api/articles", this::articles);
            config.routes.get("/api/articles/{id}", this::article);
            config.routes.post("/api/articles", this::postArticle);
            config.routes.get("/api/events", this::events);
            config.routes.get("/api/control", this::control);
            config.routes.get("/api/stances", this::stances);
            config.routes.get("/api/quotes", this::quotes);
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/meta", this::meta);
            config.routes.get("/api/subscribers", this::subscribers);
            newsletter.ifPresent(n -> new NewsletterRoutes(n, limits).register(config.routes));
            Errors.register(config.routes);
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    Errors.respond(ctx, 404, "no such resource: " + ctx.path(), Optional.empty());
                }
            });
        });
    }

    /** Starts the server with the default limits for articles of up to {@code maxBytes}; port 0 picks a free one. */
    public static WebServer start(SituationService service, Gazetteer gazetteer, KnowledgeBase knowledge,
                                  Optional<String> token, long maxBytes, String host, int port) {
        return start(service, gazetteer, knowledge, token, maxBytes, host, port, Optional.empty());
    }

    /** Starts the server with the newsletter's pages (subscribe, confirm, unsubscribe, preferences). */
    public static WebServer start(SituationService service, Gazetteer gazetteer, KnowledgeBase knowledge,
                                  Optional<String> token, long maxBytes, String host, int port,
                                  Optional<Newsletter> newsletter) {
        return start(service, gazetteer, knowledge, token, Limits.defaults(maxBytes), host, port, newsletter);
    }

    /**
     * Starts the server with the given limits. {@code host} is the address to bind: loopback unless the operator
     * chose otherwise. Without a token, every request that needs one is refused.
     */
    public static WebServer start(SituationService service, Gazetteer gazetteer, KnowledgeBase knowledge,
                                  Optional<String> token, Limits limits, String host, int port,
                                  Optional<Newsletter> newsletter) {
        WebServer server = new WebServer(service, gazetteer, knowledge, token, limits, host, port, newsletter);
        server.app.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Refuses a body over its route's limit before it is read: forms are small, articles may be large. A form sent
     * without a Content-Length (chunked) is read up to the server's limit and measured; an article is, after its
     * token is checked.
     */
    private void boundBody(Context ctx) {
        if (!ctx.method().name().equals("POST")) {
            return;
        }
        boolean article = ctx.path().equals("/api/articles");
        long limit = article ? limits.maxArticleBytes() : limits.maxFormBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit || declared < 0 && !article && ctx.bodyAsBytes().length > limit) {
            throw new ApiException(413, "request body over the limit of " + limit + " bytes");
        }
    }

    private static void json(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    // ------------------------------------------------------------------ reads

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
        ObjectNode node = FactsJson.tree(facts, service.store().aliases(id));
        ((ObjectNode) node.get("article")).put("text", facts.article().text());
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
                .filter(e -> type.map(t -> t.equalsIgnoreCase(e.type())).orElse(true))
                .filter(e -> side.map(s -> e.actorSide().map(s::equalsIgnoreCase).orElse(false)).orElse(true))
                .filter(e -> e.confidence() >= minConfidence)
                .toList();
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

    private void control(Context ctx) {
        LocalDate at = dateParam(ctx, "at").orElseThrow(() -> new ApiException(400, "parameter at=YYYY-MM-DD is required"));
        List<ControlInterval> intervals = service.situation().controlAt(at);
        if ("geojson".equals(ctx.queryParam("format"))) {
            ctx.contentType("application/geo+json").result(SituationFormats.geojson(intervals, gazetteer::byId));
            return;
        }
        ArrayNode items = JSON.createArrayNode();
        for (ControlInterval interval : intervals) {
            ObjectNode node = SituationFormats.control(interval);
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

    /** The subscriber list: never served without the token. */
    private void subscribers(Context ctx) {
        authorize(ctx);
        ArrayNode items = JSON.createArrayNode();
        service.store().subscribers().forEach(s -> items.addObject().put("email", s.email()).put("lang", s.lang())
                .put("status", s.status().name().toLowerCase(Locale.ROOT)).put("topics", String.join(",", s.topics())));
        json(ctx, items);
    }

    // ------------------------------------------------------------------ writes

    private void postArticle(Context ctx) {
        authorize(ctx);
        byte[] body = ctx.bodyAsBytes();
        if (body.length > limits.maxArticleBytes()) {
            throw new ApiException(413, "article of " + body.length + " bytes exceeds the limit of "
                    + limits.maxArticleBytes());
        }
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("text/plain").toLowerCase(Locale.ROOT);
        String text = Decoder.decode("request body", body);
        Parsed parsed;
        if (contentType.startsWith("text/html")) {
            parsed = new HtmlFormat().parse("request body", text);
        } else if (contentType.startsWith("application/json")) {
            if (JsonDepth.exceeds(text, limits.maxJsonDepth())) {
                throw new ApiException(400, "JSON nested deeper than " + limits.maxJsonDepth() + " levels");
            }
            parsed = JsonFormat.document().parse("request body", text);
        } else if (contentType.contains("xml")) {
            parsed = new FeedFormat().parse("request body", text);
        } else if (contentType.startsWith("text/plain")) {
            parsed = new TextFormat().parse("request body", text);
        } else {
            throw new ApiException(415, "unsupported content type " + contentType
                    + " (use text/plain, text/html or application/json)");
        }
        SituationService.Posted posted = service.post(parsed);
        ObjectNode node = JSON.createObjectNode().put("id", posted.id()).put("created", posted.created())
                .put("message", posted.message());
        posted.facts().ifPresent(f -> node.set("facts", FactsJson.tree(f, List.of())));
        ctx.status(posted.created() ? 201 : 200);
        json(ctx, node);
    }

    /** Lets a request that needs the token through, or refuses it; guesses are slowed by the per-client rate. */
    private void authorize(Context ctx) {
        tokenRequests.acquire(ctx.ip(), "requests that need the token");
        if (token.isEmpty()) {
            throw new ApiException(403, "writes are disabled: start the server with --token or SITREP_TOKEN");
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = header.startsWith("Bearer ") ? header.substring(7) : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "missing or wrong bearer token");
        }
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
