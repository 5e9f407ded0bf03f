package org.sitrep.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.digest.Newsletter;
import org.sitrep.report.Html;
import org.sitrep.store.Subscriber;
import org.sitrep.store.SubscriberStore;

/**
 * The newsletter's web side: the subscribe form's POST, confirmation and one-click unsubscribe links, and the
 * preferences page. Pages are plain HTML with every user value escaped.
 */
final class NewsletterRoutes {
    private final Newsletter newsletter;
    private final SubscriberStore store;

    NewsletterRoutes(Newsletter newsletter, SubscriberStore store) {
        this.newsletter = newsletter;
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/subscribe", this::subscribe);
        routes.get("/confirm", this::confirm);
        routes.get("/unsubscribe", this::unsubscribePage);
        routes.post("/unsubscribe", this::unsubscribe);
        routes.get("/preferences", this::preferencesPage);
        routes.post("/preferences", this::savePreferences);
    }

    private void subscribe(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String lang = Optional.ofNullable(ctx.formParam("lang")).filter(l -> !l.isBlank()).orElse("en");
        List<String> topics = topics(ctx.formParam("topics"));
        try {
            newsletter.subscribe(email, lang, topics);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        // The same answer whether or not the address was known: the list is not probed through this form.
        page(ctx, 202, "Check your inbox", "If the address is valid, a confirmation link is on its way.");
    }

    private void confirm(Context ctx) {
        Optional<String> email = newsletter.confirm(Optional.ofNullable(ctx.queryParam("token")).orElse(""));
        if (email.isEmpty()) {
            page(ctx, 400, "Link not valid", "This confirmation link is invalid or has expired. Subscribe again.");
            return;
        }
        page(ctx, 200, "Subscribed", "You will receive the sitrep digest twice a month.");
    }

    private void unsubscribePage(Context ctx) {
        String token = Optional.ofNullable(ctx.queryParam("token")).orElse("");
        if (newsletter.subscriberOf(token).isEmpty()) {
            page(ctx, 400, "Link not valid", "This unsubscribe link is invalid.");
            return;
        }
        ctx.status(200).contentType("text/html; charset=utf-8").result(frame("Unsubscribe",
                "<form method=\"post\" action=\"/unsubscribe\"><input type=\"hidden\" name=\"token\" value=\""
                        + escape(token) + "\"><button type=\"submit\">Unsubscribe</button></form>"));
    }

    /** One-click unsubscribe (RFC 8058): the token comes as a query or form parameter. */
    private void unsubscribe(Context ctx) {
        String token = Optional.ofNullable(ctx.queryParam("token")).or(() -> Optional.ofNullable(ctx.formParam("token")))
                .orElse("");
        if (newsletter.unsubscribe(token).isEmpty()) {
            page(ctx, 400, "Link not valid", "This unsubscribe link is invalid.");
            return;
        }
        page(ctx, 200, "Unsubscribed", "You will not receive the digest any more.");
    }

    private void preferencesPage(Context ctx) {
        String token = Optional.ofNullable(ctx.queryParam("token")).orElse("");
        Optional<Subscriber> subscriber = newsletter.subscriberOf(token).flatMap(store::subscriber);
        if (subscriber.isEmpty()) {
            page(ctx, 400, "Link not valid", "This preferences link is invalid.");
            return;
        }
        Subscriber s = subscriber.get();
        ctx.status(200).contentType("text/html; charset=utf-8").result(frame("Preferences",
                "<form method=\"post\" action=\"/preferences\"><input type=\"hidden\" name=\"token\" value=\""
                        + escape(token) + "\"><p>" + escape(s.email()) + "</p><label>Language <select name=\"lang\">"
                        + "<option value=\"en\"" + (s.lang().equals("en") ? " selected" : "") + ">English</option>"
                        + "<option value=\"ar\"" + (s.lang().equals("ar") ? " selected" : "") + ">العربية</option>"
                        + "</select></label><p><label>Topics (places or actors, comma-separated) <input name=\"topics\" "
                        + "value=\"" + escape(String.join(", ", s.topics())) + "\"></label></p>"
                        + "<button type=\"submit\">Save</button></form>"));
    }

    private void savePreferences(Context ctx) {
        Optional<String> email = newsletter.subscriberOf(Optional.ofNullable(ctx.formParam("token")).orElse(""));
        String lang = Optional.ofNullable(ctx.formParam("lang")).orElse("en");
        if (email.isEmpty() || !(lang.equals("en") || lang.equals("ar"))) {
            page(ctx, 400, "Not saved", "The link is invalid or the language unknown.");
            return;
        }
        store.subscribe(email.get(), lang, topics(ctx.formParam("topics")));
        page(ctx, 200, "Saved", "Your preferences are saved.");
    }

    private static List<String> topics(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
    }

    private static void page(Context ctx, int status, String title, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(frame(title, "<p>" + escape(message) + "</p>"));
    }

    private static String frame(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>sitrep — " + escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/newsletter.css\"></head><body><h1>"
                + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
