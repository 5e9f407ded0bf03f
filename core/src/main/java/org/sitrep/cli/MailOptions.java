package org.sitrep.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.sitrep.digest.MailSettings;
import org.sitrep.digest.Newsletter;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** SMTP and link options shared by the newsletter commands. */
public final class MailOptions {
    @Option(names = "--smtp-host", defaultValue = "${env:SITREP_SMTP_HOST:-localhost}", description = "SMTP host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--smtp-port", defaultValue = "${env:SITREP_SMTP_PORT:-25}", description = "SMTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--smtp-user", defaultValue = "${env:SITREP_SMTP_USER}", description = "SMTP user (default: $SITREP_SMTP_USER).")
    String user;

    @Option(names = "--smtp-password", defaultValue = "${env:SITREP_SMTP_PASSWORD}", description = "SMTP password (default: $SITREP_SMTP_PASSWORD).")
    String password;

    @Option(names = "--smtp-starttls", description = "Require STARTTLS.")
    boolean startTls;

    @Option(names = "--sender", defaultValue = "sitrep <digest@localhost>", description = "From address (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--base-url", defaultValue = "http://localhost:7070", description = "Public URL of the server, "
            + "for links in mails (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--rate", defaultValue = "20", description = "Most messages per second (default: ${DEFAULT-VALUE}).")
    double rate;

    MailSettings settings() {
        return new MailSettings(host, port, Optional.ofNullable(user).filter(u -> !u.isBlank()),
                Optional.ofNullable(password), startTls, from, baseUrl, rate);
    }

    Newsletter newsletter(Store store) {
        return new Newsletter(store, settings(), Clock.systemUTC(), Duration.ofSeconds(2));
    }
}
