package io.parkbridge.adapter.http.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.adapter.http.Await;
import io.parkbridge.core.port.Inbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    /**
     * Another instance holds dl-2 and then asks for dl-1 while this instance's group holds dl-1
     * and waits for dl-2: PostgreSQL aborts one of the two as a deadlock. The group's requests
     * must not fail for it: it is written row by row, each key stored once.
     */
    @Test
    void aGroupAbortedAsADeadlockIsWrittenRowByRow() throws Exception {
        GroupCommit writer = new GroupCommit(db, CLOCK, List.of());
        CompletableFuture<List<CompletableFuture<Inbox.Acceptance>>> group;
        try (Connection other = db.connection()) {
            other.setAutoCommit(false);
            insert(other, "dl-2");
            group = CompletableFuture.supplyAsync(() -> writer.commitTogether(List.of(row("dl-1"), row("dl-2"))));
            Await.until("the group waits for dl-2", () -> waitingOnALock() > 0);
            try {
                insert(other, "dl-1"); // a deadlock: PostgreSQL aborts the group (it waited first) or this
                other.commit();
            } catch (SQLException aborted) {
                other.rollback();
            }
        }
        List<CompletableFuture<Inbox.Acceptance>> outcomes = group.get(30, TimeUnit.SECONDS);
        for (CompletableFuture<Inbox.Acceptance> f : outcomes) {
            assertThat(f).succeedsWithin(java.time.Duration.ofSeconds(30));
        }
        assertThat(count("SELECT COUNT(*) FROM pb_inbox WHERE message_key = ?", "dl-1")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM pb_inbox WHERE message_key = ?", "dl-2")).isEqualTo(1);
        writer.close();
    }

    private static void insert(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_inbox (message_key, vendor, interface_name,"
                + " event_type, raw_body, headers_json, event_json, received_at) VALUES (?, 'bluecard', 'test',"
                + " 'VehicleEntered', '{}', '{}', '{}', ?)")) {
            ps.setString(1, key);
            ps.setObject(2, Jdbc.ts(T0));
            ps.executeUpdate();
        }
    }

    private static long waitingOnALock() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM"
                + " pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
