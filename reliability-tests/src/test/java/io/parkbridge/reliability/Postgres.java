package io.parkbridge.reliability;

import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL leg: {@code PARKBRIDGE_TEST_JDBC_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}; a fresh schema per test, dropped
 * after. Skipped when no server answers, except under {@code CI=true}, where that fails.
 */
final class Postgres {
    static final String URL = System.getenv().getOrDefault("PARKBRIDGE_TEST_JDBC_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private Postgres() {
    }

    static String requireSchema() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(URL)) {
            c.isValid(2);
        } catch (SQLException e) {
            String msg = "PostgreSQL leg: no server at " + URL.replaceAll("(?i)password=[^&]*", "password=****");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            Assumptions.abort(msg);
        }
        return "pbrel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static DatabaseSettings settings(String schema) {
        return new DatabaseSettings(URL, null, null, schema, 20);
    }

    static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop schema " + schema, e);
        }
    }
}
