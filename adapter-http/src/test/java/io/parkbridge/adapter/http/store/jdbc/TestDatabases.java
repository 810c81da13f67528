package io.parkbridge.adapter.http.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The two real databases the repository suite runs on: an H2 file database (always) and a
 * PostgreSQL server (from {@code PARKBRIDGE_TEST_JDBC_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}). Each run gets its own schema,
 * dropped afterwards. Without a reachable server the PostgreSQL leg is skipped, except under
 * {@code CI=true} or when the variable is set explicitly (as {@code .ci/run} does): then it fails.
 */
public final class TestDatabases {
    public static final String ENV = "PARKBRIDGE_TEST_JDBC_URL";
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestDatabases() {
    }

    public static Database h2(Path dir) {
        return Database.open(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("pb").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", null, null, 20));
    }

    public static String postgresUrl() {
        String url = System.getenv(ENV);
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    /** A fresh schema name, or skip/fail when PostgreSQL is unreachable. */
    public static String requirePostgresSchema() {
        String url = postgresUrl();
        try (Connection c = DriverManager.getConnection(url)) {
            c.isValid(2);
        } catch (SQLException e) {
            String msg = "PostgreSQL leg: no server at " + url.replaceAll("(?i)password=[^&]*", "password=****")
                    + " (" + e.getSQLState() + "). Set " + ENV + " to a reachable jdbc:postgresql: URL to run it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg + " CI=true: the PostgreSQL leg must run.");
            }
            if (System.getenv(ENV) != null && !System.getenv(ENV).isBlank()) {
                Assertions.fail(msg + " " + ENV + " is set explicitly, so the PostgreSQL leg must run.");
            }
            System.err.println("SKIPPED " + msg);
            Assumptions.abort(msg);
        }
        return "pbtest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static Database postgres(String schema) {
        return Database.open(new DatabaseSettings(postgresUrl(), null, null, schema, 20));
    }

    public static void dropPostgresSchema(String schema) {
        try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
