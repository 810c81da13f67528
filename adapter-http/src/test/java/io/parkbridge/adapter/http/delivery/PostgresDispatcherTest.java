package io.parkbridge.adapter.http.delivery;

import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Includes the scale-out case: two dispatchers (as two servers would) on one PostgreSQL schema. */
class PostgresDispatcherTest extends DispatcherContract {
    private static String schema;
    private static Database db;

    @BeforeAll
    static void open() {
        schema = TestDatabases.requirePostgresSchema();
        db = TestDatabases.postgres(schema);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @Override
    Database db() {
        return db;
    }
}
