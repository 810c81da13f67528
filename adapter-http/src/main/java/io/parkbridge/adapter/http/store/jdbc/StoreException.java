package io.parkbridge.adapter.http.store.jdbc;

import java.sql.SQLException;

/** The database failed (unreachable, constraint, timeout). The message carries no data values. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super("database error, SQLState " + cause.getSQLState() + ": " + cause.getClass().getSimpleName(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
