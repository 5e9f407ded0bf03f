package org.sitrep.store;

import java.nio.file.Path;
import java.util.Objects;

/** A JDBC URL for the store: PostgreSQL or H2 as given, or an H2 file database for a plain path. */
public record StoreLocation(String jdbcUrl) {
    /** The embedded default, under the working directory. */
    public static final String DEFAULT_PATH = "data/sitrep";

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl);
        }
    }

    /** Reads a {@code --db} value: a JDBC URL, or a path for an H2 file store (".mv.db" is added by H2). */
    public static StoreLocation parse(String location) {
        if (location.startsWith("jdbc:")) {
            return new StoreLocation(location);
        }
        String path = location.endsWith(".mv.db") ? location.substring(0, location.length() - 6) : location;
        Path file = Path.of(path).toAbsolutePath().normalize();
        // WRITE_DELAY=0: a commit reaches the file before save() returns, so a kill -9 loses nothing reported.
        String settings = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        // A store that `serve` or `demo` holds is reached through the port it shares it on (see StoreSharing).
        return StoreSharing.port(file).map(port -> new StoreLocation("jdbc:h2:tcp://127.0.0.1:" + port + "/" + file
                + settings)).orElseGet(() -> new StoreLocation("jdbc:h2:file:" + file + settings));
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for messages. */
    public String display() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
