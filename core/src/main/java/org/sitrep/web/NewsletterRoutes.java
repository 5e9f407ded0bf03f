package org.sitrep.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.digest.MailException;
import org.sitrep.digest.Newsletter;
import org.sitrep.digest.SubscriptionInput;
import org.sitrep.report.Html;
import org.sitrep.store.Subscriber;

/**
 * The newsletter's web side: the subscribe form and its POST, confirmation and one-click unsubscribe links, and the
 * preferences page. Pages are plain HTML with every user value escaped. Forms are refused when posted from another
 * site ({@link SameOrigin}); the unsubscribe and preferences forms also carry the subscriber's signed token, which no
 * other site can know. A mail client's one-click unsubscribe (RFC 8058: {@code List-Unsubscribe=One-Click}, token in
 * the URL, no cookies) is taken whatever its origin. Subscriptions are rate-limited per address and per client.
 */
final class NewsletterRoutes {
    private final Newsletter newsletter;
    private final RateLimiter perAddress;
    private final RateLimiter perClient;

    NewsletterRoutes(Newsletter newsletter, Limits limits) {
        this.newsletter = newsletter;
        this.perAddress = new RateLimiter(limits.subscribesPerAddress());
        this.perClient = new RateLimiter(limits.subscribesPerClient());
    }

    void register(RoutesConfig routes) {
        routes.get("/subscribe", this::subscribePage);
        routes.post("/api/subscribe", this::subscribe);
        routes.get("/confirm", this::confirm);
        routes.get("/unsubscribe", this::unsubscribePage);
        routes.post("/unsubscribe", this::unsubscribe);
        routes.get("/preferences", this::preferencesPage);
        routes.post("/preferences", this::savePreferences);
    }

    private void subscribePage(Context ctx) {
        ctx.status(200).contentType("text/html; charset=utf-8").result(Errors.frame("Subscribe to the digest",
                "<form method=\"post\" action=\"/api/subscribe\"><label>E-mail <input type=\"email\" name=\"email\" "
                        + "required maxlength=\"254\"></label>" + languageChoice("en")
                        + "<label>Topics (places or actors, comma-separated; empty for everything) <input name=\"topics\" "
                        + "maxlength=\"1600\"></label><button type=\"submit\">Subscribe</button></form>"));
    }

    private void subscribe(Context ctx) {
        SameOrigin.require(ctx, Optional.of(newsletter.baseUrl()));
        String client = ctx.ip();
        perClient.acquire(client, "subscriptions from this client");
        String email;
        String lang = Optional.ofNullable(ctx.formParam("lang")).filter(l -> !l.isBlank()).orElse("en");
        List<String> topics = topics(ctx.formParam("topics"));
        try {
            email = SubscriptionInput.email(ctx.formParam("email"));
            SubscriptionInput.language(lang);
            SubscriptionInput.topics(topics);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        perAddress.acquire(email, "subscriptions for this address");
        try {
            newsletter.subscribe(email, lang, topics);
        } catch (MailException e) {
            // nothing happened: the retry the 503 asks for must not be counted against the address or client
            perAddress.refund(email);
            perClient.refund(client);
            throw e;
        }
        // The same answer whether or not the address was known: the list is not probed through this form.
        Errors.page(ctx, 202, "Check your inbox", "If the address is valid, a mail with a link is on its way.");
    }

    private void confirm(Context ctx) {
        Optional<String> email = newsletter.confirm(Optional.ofNullable(ctx.queryParam("token")).orElse(""));
        noStore(ctx);
        if (email.isEmpty()) {
            Errors.page(ctx, 400, "Link not valid", "This confirmation link is invalid or has expired. Subscribe again.");
            return;
        }
        Errors.page(ctx, 200, "Subscribed", "You will receive the sitrep digest twice a month.");
    }

    private void unsubscribePage(Context ctx) {
        String token = Optional.ofNullable(ctx.queryParam("token")).orElse("");
        noStore(ctx);
        if (newsletter.subscriberOf(token).isEmpty()) {
            Errors.page(ctx, 400, "Link not valid", "This unsubscribe link is invalid.");
            return;
        }
        ctx.status(200).contentType("text/html; charset=utf-8").result(Errors.frame("Unsubscribe",
                "<form method=\"post\" action=\"/unsubscribe\"><input type=\"hidden\" name=\"token\" value=\""
                        + Html.escape(token) + "\"><button type=\"submit\">Unsubscribe</button></form>"));
    }

    /** The unsubscribe form's POST, or a mail client's one-click POST (RFC 8058) with the token in the URL. */
    private void unsubscribe(Context ctx) {
        boolean oneClick = "One-Click".equals(ctx.formParam("List-Unsubscribe")) && ctx.queryParam("token") != null;
        if (!oneClick) {
            SameOrigin.require(ctx, Optional.of(newsletter.baseUrl()));
        }
        String token = Optional.ofNullable(ctx.queryParam("token")).or(() -> Optional.ofNullable(ctx.formParam("token")))
                .orElse("");
        noStore(ctx);
        if (newsletter.unsubscribe(token).isEmpty()) {
            Errors.page(ctx, 400, "Link not valid", "This unsubscribe link is invalid.");
            return;
        }
        Errors.page(ctx, 200, "Unsubscribed", "You will not receive the digest any more.");
    }

    private void preferencesPage(Context ctx) {
        String token = Optional.ofNullable(ctx.queryParam("token")).orElse("");
        Optional<Subscriber> subscriber = newsletter.subscriber(token);
        noStore(ctx);
        if (subscriber.isEmpty()) {
            Errors.page(ctx, 400, "Link not valid", "This preferences link is invalid.");
            return;
        }
        Subscriber s = subscriber.get();
        ctx.status(200).contentType("text/html; charset=utf-8").result(Errors.frame("Preferences",
                "<form method=\"post\" action=\"/preferences\"><input type=\"hidden\" name=\"token\" value=\""
                        + Html.escape(token) + "\"><p>" + Html.escape(s.email()) + "</p>" + languageChoice(s.lang())
                        + "<label>Topics (places or actors, comma-separated) <input name=\"topics\" "
                        + "value=\"" + Html.escape(String.join(", ", s.topics())) + "\"></label>"
                        + "<button type=\"submit\">Save</button></form>"));
    }

    private void savePreferences(Context ctx) {
        SameOrigin.require(ctx, Optional.of(newsletter.baseUrl()));
        String token = Optional.ofNullable(ctx.formParam("token")).orElse("");
        String lang = Optional.ofNullable(ctx.formParam("lang")).orElse("en");
        Optional<Subscriber> saved;
        try {
            saved = newsletter.savePreferences(token, lang, topics(ctx.formParam("topics")));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        noStore(ctx);
        if (saved.isEmpty()) {
            Errors.page(ctx, 400, "Not saved", "The link is invalid.");
            return;
        }
        Errors.page(ctx, 200, "Saved", "Your preferences are saved.");
    }

    private static String languageChoice(String selected) {
        return "<label>Language <select name=\"lang\">"
                + "<option value=\"en\"" + (selected.equals("en") ? " selected" : "") + ">English</option>"
                + "<option value=\"ar\"" + (selected.equals("ar") ? " selected" : "") + ">العربية</option>"
                + "</select></label>";
    }

    private static List<String> topics(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
    }

    /** Pages reached through a token link are not kept by caches. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
