package org.sitrep.web;

import io.javalin.http.Context;

/**
 * The headers every response carries. The Content-Security-Policy allows scripts, styles, images and fetches from
 * this server only: no inline script or style attribute (the pages keep theirs in files; Leaflet sets styles through
 * the DOM, which the policy allows), {@code data:} images for Leaflet, forms posting only here, and no framing.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // Links in the newsletter pages carry tokens in their URLs, and analysts' reading is nobody's business.
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
