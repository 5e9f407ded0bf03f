package org.sitrep.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * CSRF protection for the newsletter's forms: a request a browser sends from another site is refused. Browsers
 * say where a request comes from in headers that page scripts cannot set: {@code Sec-Fetch-Site} (all current
 * browsers) and {@code Origin} (on every cross-origin POST, also in older ones). A request with neither comes from
 * no browser (a mail client's one-click unsubscribe, curl), which a web page cannot make on a visitor's behalf.
 */
final class SameOrigin {
    private SameOrigin() {
    }

    /**
     * Refuses (403) a request sent from a page of another origin. Its own origin is the one the request was sent to
     * ({@code Host}) or, behind a reverse proxy, the one of {@code publicUrl}, the server's base URL for links.
     */
    static void require(Context ctx, Optional<String> publicUrl) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            if (site.equals("same-origin") || site.equals("none")) {
                return;
            }
            throw new ApiException(403, "cross-site form posts are refused: use the form on this site");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        Optional<String> authority = authority(origin);
        String host = Optional.ofNullable(ctx.header("Host")).orElse("").toLowerCase(Locale.ROOT);
        boolean own = authority.map(a -> a.equals(host)).orElse(false)
                || publicUrl.flatMap(SameOrigin::origin).map(o -> o.equals(origin.toLowerCase(Locale.ROOT))).orElse(false);
        if (!own) {
            throw new ApiException(403, "cross-site form posts are refused: use the form on this site");
        }
    }

    private static Optional<String> authority(String origin) {
        try {
            URI uri = new URI(origin);
            return Optional.ofNullable(uri.getRawAuthority()).map(a -> a.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty(); // "null" (a sandboxed or data: page) and anything else unreadable: not ours
        }
    }

    private static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            return Optional.of((uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
