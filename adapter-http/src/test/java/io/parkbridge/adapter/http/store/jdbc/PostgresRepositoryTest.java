package io.parkbridge.adapter.http.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The repository suite on a real PostgreSQL server, in a schema of its own. */
class PostgresRepositoryTest extends RepositoryContract {
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
