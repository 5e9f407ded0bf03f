package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.UUID;
import org.sitrep.digest.MailException;
import org.sitrep.ingest.BadInputException;
import org.sitrep.report.Html;
import org.sitrep.review.ReviewException;

/**
 * The one place where failures become responses. A client's mistake gets its status and a message about its own
 * input; anything else is logged here with a short id and answered with a generic message and that id, never with
 * exception text (which names hosts, ports, SQL, columns and classes). JSON for API clients, a page for browsers.
 */
final class Errors {
    private static final System.Logger LOG = System.getLogger("org.sitrep.web");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DRAIN_BYTES = 1 << 20;

    private Errors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(TooManyRequestsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            respond(ctx, 429, e.getMessage(), Optional.empty());
        });
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), Optional.empty()));
        routes.exception(BadInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage(), Optional.empty()));
        routes.exception(ReviewException.class, (e, ctx) -> respond(ctx, 400, e.getMessage(), Optional.empty()));
        // Javalin's own refusals (413 for a body over the limit, …) carry only the status's name.
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage(),
                Optional.empty()));
        routes.exception(MailException.class, (e, ctx) -> {
            String id = logged(ctx, e);
            respond(ctx, 503, "the mail server is not available: nothing was changed, try again later", Optional.of(id));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String id = logged(ctx, e);
            respond(ctx, 500, "internal error: the server's log has the details under this id", Optional.of(id));
        });
    }

    /** Answers a java.lang.Error (out of memory, stack overflow) that escaped a handler: logged, nothing echoed. */
    static void fatal(jakarta.servlet.http.HttpServletResponse response, Error error) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.ERROR, "request failed [" + id + "]", error);
        try {
            response.setStatus(500);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":500,\"message\":\"internal error\",\"id\":\"" + id + "\"}");
        } catch (IOException | IllegalStateException ignored) {
            // the response is already committed or the client gone: the status is all there is to give
        }
    }

    private static String logged(Context ctx, Exception e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.ERROR, ctx.method() + " " + ctx.path() + " failed [" + id + "]", e);
        return id;
    }

    /** An error response: a small page when a browser navigated here, JSON otherwise. */
    static void respond(Context ctx, int status, String message, Optional<String> id) {
        SecurityHeaders.apply(ctx);
        if (status == 413) {
            drain(ctx);
        }
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (accept.contains("text/html")) {
            page(ctx, status, status >= 500 ? "Something went wrong" : "Not done",
                    message + id.map(i -> " (reference " + i + ")").orElse(""));
            return;
        }
        ObjectNode node = JSON.createObjectNode().put("status", status).put("message", message);
        id.ifPresent(i -> node.put("id", i));
        ctx.status(status).contentType("application/json; charset=utf-8").result(node.toString());
    }

    /**
     * Reads and drops what is left of a refused body, up to {@value #DRAIN_BYTES} bytes, so that the client, still
     * sending, reads the 413 instead of a reset connection. A larger rest is left: the connection is closed on it.
     */
    private static void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > DRAIN_BYTES) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n; read < DRAIN_BYTES && (n = in.read(buffer)) != -1; ) {
                read += n;
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the body was read already: nothing left to drain
        }
    }

    /** A plain page of this site: a title and one paragraph, every value escaped. */
    static void page(Context ctx, int status, String title, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(frame(title, "<p>" + Html.escape(message) + "</p>"));
    }

    static String frame(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>sitrep — " + Html.escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/newsletter.css\"></head><body><h1>" + Html.escape(title)
                + "</h1>" + body + "</body></html>";
    }
}
