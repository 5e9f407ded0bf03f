package org.sitrep.digest;

import java.util.Objects;
import java.util.Optional;

/** How to reach the SMTP server and how links in mails are built; compact constructor checks every field. */
public record MailSettings(String host, int port, Optional<String> user, Optional<String> password, boolean startTls,
                           String from, String baseUrl, double messagesPerSecond) {
    public MailSettings {
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (messagesPerSecond <= 0) {
            throw new IllegalArgumentException("messagesPerSecond must be positive, was " + messagesPerSecond);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
