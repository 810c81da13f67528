package io.parkbridge.adapter.http.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small JDBC helpers shared by the repositories. */
final class Jdbc {
    /** Instants after this are stored as NULL ("no end"); TIMESTAMP columns cannot hold Instant.MAX. */
    static final Instant LATEST_STORABLE = Instant.parse("9999-12-31T23:59:59Z");

    private Jdbc() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction; rolls back on any failure. */
    static <T> T inTransaction(Database db, Work<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /** Validity end: NULL for "no end". */
    static OffsetDateTime endTs(Instant i) {
        return i == null || i.isAfter(LATEST_STORABLE) ? null : ts(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant endInstant(ResultSet rs, String column) throws SQLException {
        Instant i = instant(rs, column);
        return i == null ? Instant.MAX : i;
    }

}
