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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.digest.Newsletter;
import org.sitrep.ingest.Decoder;
import org.sitrep.ingest.FeedFormat;
import org.sitrep.ingest.HtmlFormat;
import org.sitrep.ingest.JsonFormat;
import org.sitrep.ingest.Parsed;
import org.sitrep.ingest.TextFormat;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.report.FactsJson;

/**
 * The REST API and the web UI in one Javalin server. Reads are open; writes need the bearer token, compared in
 * constant time, at a limited rate per client. Every response carries the {@link SecurityHeaders}; bodies, JSON
 * nesting and queries are bounded ({@link Limits}); failures become responses in one place ({@link Errors}): user
 * input never yields a 500, and a 500 never echoes exception text.
 */
public final class WebServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

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
            new ReadRoutes(service, gazetteer, knowledge, limits).register(config.routes);
            new DetailRoutes(service, gazetteer, knowledge).register(config.routes);
            Pages.register(config.routes);
            config.routes.post("/api/articles", this::postArticle);
            new ReviewRoutes(service, gazetteer, limits, this::authorize).register(config.routes);
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

    static void json(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
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
        posted.facts().ifPresent(f -> node.set("facts", FactsJson.tree(service.store().article(posted.id())
                .orElseThrow(), f, List.of())));
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
}
