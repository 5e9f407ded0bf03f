package org.sitrep.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one HTML output encoder for markup built in Java (newsletter pages, the digest's inline map) and the one
 * rule for which URLs may become links. Article text, titles, names, quotes and URLs come from the open web and
 * are never trusted. Stateless and thread-safe.
 */
public final class Html {
    private static final int MAX_URL = 2048;

    private Html() {
    }

    /** Text safe in element content and in double- or single-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The URL as a link target if it is an absolute {@code http} or {@code https} URL with a host and without
     * whitespace or control characters; otherwise none ({@code javascript:}, {@code data:}, {@code vbscript:},
     * relative and protocol-relative URLs never become links). The result still needs {@link #escape} in markup.
     */
    public static Optional<String> safeHref(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_URL) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                    || uri.getRawAuthority().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
