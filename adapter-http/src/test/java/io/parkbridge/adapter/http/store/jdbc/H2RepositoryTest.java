package io.parkbridge.adapter.http.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The repository suite on the embedded H2 file database. */
class H2RepositoryTest extends RepositoryContract {
    @TempDir
    static Path dir;
    private static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabases.h2(dir);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    Database db() {
        return db;
    }
}
