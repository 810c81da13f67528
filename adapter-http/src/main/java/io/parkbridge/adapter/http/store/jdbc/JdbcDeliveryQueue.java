package io.parkbridge.adapter.http.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The delivery rows behind the inbox: which message still has to reach which sink.
 *
 * <p>Work is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both
 * support it) and marked {@code CLAIMED} with a lease in the same transaction, so several
 * dispatchers, in one process or in several servers sharing one PostgreSQL, never take the same
 * row. A claim whose owner died (lease expired) is taken again: delivery is at-least-once.
 *
 * <p>Status: {@code PENDING} (due at {@code next_attempt_at}), {@code CLAIMED}, {@code DONE},
 * {@code DEAD} (dead letter: gave up after the sink's attempt limit; replay on demand).
 */
public final class JdbcDeliveryQueue {
    /** One claimed delivery. */
    public record Claimed(long deliveryId, long inboxId, String sink, int attempt, String messageKey,
            String eventJson) {
    }

    private final Database db;

    public JdbcDeliveryQueue(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Claims up to {@code max} due deliveries to {@code sinks} for {@code owner} until
     * {@code now + lease}. Only the caller's sinks: servers with different sinks can share a
     * database.
     */
    public List<Claimed> claim(String owner, java.util.Collection<String> sinks, int max, Instant now,
            Duration lease) {
        if (sinks.isEmpty()) {
            return List.of();
        }
        List<String> sinkList = List.copyOf(sinks);
        return Jdbc.inTransaction(db, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pb_delivery"
                    + " WHERE ((status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'CLAIMED' AND lease_until < ?))"
                    + " AND sink IN (" + String.join(",", Collections.nCopies(sinkList.size(), "?")) + ")"
                    + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                int n = 1;
                ps.setObject(n++, Jdbc.ts(now));
                ps.setObject(n++, Jdbc.ts(now));
                for (String sink : sinkList) {
                    ps.setString(n++, sink);
                }
                ps.setInt(n, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE pb_delivery SET status = 'CLAIMED', claimed_by = ?,"
                    + " lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    ps.setString(1, owner);
                    ps.setObject(2, Jdbc.ts(now.plus(lease)));
                    ps.setObject(3, Jdbc.ts(now));
                    ps.setLong(4, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String in = String.join(",", Collections.nCopies(ids.size(), "?"));
            List<Claimed> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.inbox_id, d.sink, d.attempts,"
                    + " i.message_key, i.event_json FROM pb_delivery d JOIN pb_inbox i ON i.id = d.inbox_id"
                    + " WHERE d.id IN (" + in + ") ORDER BY d.id")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(i + 1, ids.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Marks a claimed delivery done; false if the claim was lost (lease expired and re-claimed). */
    public boolean complete(long deliveryId, String owner, Instant now) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pb_delivery SET status = 'DONE', claimed_by = NULL,"
                    + " lease_until = NULL, last_error = NULL, updated_at = ? WHERE id = ? AND claimed_by = ?"
                    + " AND status = 'CLAIMED'")) {
                ps.setObject(1, Jdbc.ts(now));
                ps.setLong(2, deliveryId);
                ps.setString(3, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records a failed attempt: due again at {@code retryAt}, or a dead letter when
     * {@code retryAt} is null.
     */
    public boolean fail(long deliveryId, String owner, String error, Instant retryAt, Instant now) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pb_delivery SET status = ?, next_attempt_at = ?,"
                    + " last_error = ?, claimed_by = NULL, lease_until = NULL, updated_at = ? WHERE id = ?"
                    + " AND claimed_by = ? AND status = 'CLAIMED'")) {
                ps.setString(1, retryAt == null ? "DEAD" : "PENDING");
                ps.setObject(2, Jdbc.ts(retryAt == null ? now : retryAt));
                ps.setString(3, error == null ? "" : error.substring(0, Math.min(error.length(), 1000)));
                ps.setObject(4, Jdbc.ts(now));
                ps.setLong(5, deliveryId);
                ps.setString(6, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Queues every delivery of inbox message {@code inboxId} again (attempts reset); returns how many. */
    public int replay(long inboxId, Instant now) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pb_delivery SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?, claimed_by = NULL, lease_until = NULL, updated_at = ?"
                    + " WHERE inbox_id = ? AND status <> 'CLAIMED'")) {
                ps.setObject(1, Jdbc.ts(now));
                ps.setObject(2, Jdbc.ts(now));
                ps.setLong(3, inboxId);
                return ps.executeUpdate();
            }
        });
    }

    /** Queues every dead letter again; returns how many. */
    public int replayDeadLetters(Instant now) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pb_delivery SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?, updated_at = ? WHERE status = 'DEAD'")) {
                ps.setObject(1, Jdbc.ts(now));
                ps.setObject(2, Jdbc.ts(now));
                return ps.executeUpdate();
            }
        });
    }

    /** How many deliveries are in {@code status}. */
    public long count(String status) {
        return Jdbc.inTransaction(db, c -> countIn(c, status));
    }

    private static long countIn(Connection c, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pb_delivery WHERE status = ?")) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
