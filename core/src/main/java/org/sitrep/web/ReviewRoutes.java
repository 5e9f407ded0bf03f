package org.sitrep.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.pipeline.ReviewDesk;
import org.sitrep.report.ReviewFormats;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.ReviewException;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;

/**
 * Analysts' reviews over the API: {@code POST /api/reviews} files one (the write token required, as for posting an
 * article, and refused from another site's pages), {@code GET /api/reviews} lists the history, of one target with
 * {@code ?target=ID}. A review the analyst must change is a 400 naming the problem ({@link ReviewException}).
 */
final class ReviewRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("targetKind", "targetId", "verdict", "corrections",
            "reviewer", "reason");
    private final SituationService service;
    private final Gazetteer gazetteer;
    private final Limits limits;
    private final Consumer<Context> authorize;

    /** {@code authorize} lets a request with the write token through and refuses any other. */
    ReviewRoutes(SituationService service, Gazetteer gazetteer, Limits limits, Consumer<Context> authorize) {
        this.service = service;
        this.gazetteer = gazetteer;
        this.limits = limits;
        this.authorize = authorize;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/reviews", this::post);
        routes.get("/api/reviews", this::list);
    }

    private void post(Context ctx) {
        authorize.accept(ctx);
        SameOrigin.require(ctx, Optional.empty());
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw new ApiException(415, "a review is sent as JSON (Content-Type: application/json)");
        }
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (JsonDepth.exceeds(text, limits.maxJsonDepth())) {
            throw new ApiException(400, "JSON nested deeper than " + limits.maxJsonDepth() + " levels");
        }
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the request body is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "a review is a JSON object with targetKind, targetId, verdict, reviewer, "
                    + "reason and, for a correct, corrections");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new ReviewException("unknown field " + name.replaceAll("[^\\w-]", "?") + " (a review has "
                        + String.join(", ", FIELDS) + ")");
            }
        });
        TargetKind kind = TargetKind.parse(required(body, "targetKind")).orElseThrow(() ->
                new ReviewException("targetKind must be event or control"));
        Verdict verdict = Verdict.parse(required(body, "verdict")).orElseThrow(() ->
                new ReviewException("verdict must be accept, reject or correct"));
        Review draft = Review.draft(kind, required(body, "targetId"), verdict, Corrections.of(kind, corrections(body)),
                required(body, "reviewer"), text(body, "reason").orElse(""), Instant.now());
        Review stored = service.review(draft, ReviewDesk.places(gazetteer));
        ctx.status(201);
        WebServer.json(ctx, ReviewFormats.json(stored));
    }

    private void list(Context ctx) {
        Optional<String> target = Optional.ofNullable(ctx.queryParam("target")).filter(t -> !t.isBlank());
        if (target.filter(t -> t.length() > limits.maxQueryChars()).isPresent()) {
            throw new ApiException(400, "parameter target has at most " + limits.maxQueryChars() + " characters");
        }
        List<Review> reviews = target.map(service.store()::reviews).orElseGet(service.store()::reviews);
        ArrayNode items = JSON.createArrayNode();
        reviews.forEach(r -> items.add(ReviewFormats.json(r)));
        WebServer.json(ctx, items);
    }

    private static String required(JsonNode body, String name) {
        return text(body, name).filter(v -> !v.isBlank())
                .orElseThrow(() -> new ReviewException("field " + name + " is required"));
    }

    private static Optional<String> text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ReviewException("field " + name + " must be a string");
        }
        return Optional.of(value.asText());
    }

    /** The corrections object: field label → value, each value a string or a number. */
    private static Map<String, String> corrections(JsonNode body) {
        JsonNode node = body.get("corrections");
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw new ReviewException("corrections must be an object of field: value, such as {\"controller\": "
                    + "\"Syrian government\", \"side\": \"government\"}");
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual() && !field.getValue().isNumber()) {
                throw new ReviewException("correction " + field.getKey().replaceAll("[^\\w-]", "?")
                        + " must be a string");
            }
            values.put(field.getKey(), field.getValue().asText());
        });
        return values;
    }
}
