package io.parkbridge.adapter.http.delivery;

import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class H2DispatcherTest extends DispatcherContract {
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
