package io.parkbridge.adapter.http.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The core {@link Inbox} on the database. {@link #accept} commits the message and one pending
 * delivery per sink (event handler, webhook) in a single transaction before it returns, so the
 * vendor's success reply always follows a durable write. A duplicate key is reported as
 * {@link Acceptance#DUPLICATE} without a second row, also when two servers race on one database
 * (the unique constraint decides). Messages accepted at the same time share one transaction
 * ({@link GroupCommit}); each call still returns only after its own message is committed.
 */
public final class JdbcInbox implements Inbox, AutoCloseable {
    private final Database db;
    private final List<String> sinks;
    private final List<Consumer<InboxMessage>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<InboxMessage>> duplicateListeners = new CopyOnWriteArrayList<>();
    private final GroupCommit writer;

    /**
     * @param sinks names of the delivery sinks each accepted message is queued for (may be empty:
     *     then messages are only stored)
     */
    public JdbcInbox(Database db, Clock clock, List<String> sinks) {
        this.db = Objects.requireNonNull(db, "db");
        this.sinks = List.copyOf(sinks);
        this.writer = new GroupCommit(db, Objects.requireNonNull(clock, "clock"), this.sinks);
    }

    /** Called after each accepted (new) message is committed; used to wake the dispatcher. */
    public void onAccepted(Consumer<InboxMessage> listener) {
        listeners.add(listener);
    }

    /** Called after a message is found to be a duplicate (nothing stored). */
    public void onDuplicate(Consumer<InboxMessage> listener) {
        duplicateListeners.add(listener);
    }

    @Override
    public Acceptance accept(InboxMessage message) {
        String headers;
        try {
            headers = message.headers().isEmpty() ? "{}" : EventJson.mapper().writeValueAsString(message.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("headers: expected plain strings", e);
        }
        Acceptance result = writer.store(new GroupCommit.Row(message, EventJson.typeName(message.event()), headers,
                EventJson.write(message.event())));
        (result == Acceptance.ACCEPTED ? listeners : duplicateListeners).forEach(l -> l.accept(message));
        return result;
    }

    /**
     * Commits what is being stored and stops the writer thread; call before the database closes.
     * An {@link #accept} after this still works, in the caller's own transaction.
     */
    @Override
    public void close() {
        writer.close();
    }

    /** How many messages are stored (all statuses). */
    public long count() {
        return Jdbc.inTransaction(db, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pb_inbox")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public List<String> sinks() {
        return sinks;
    }

    /**
     * Newest first, at most {@code limit}, with ids below {@code beforeId} (0: from the newest);
     * {@code deliveryStatus} non-null keeps messages with a delivery in that status (e.g. "DEAD").
     */
    public List<InboxEntry> list(String deliveryStatus, int limit, long beforeId) {
        return Jdbc.inTransaction(db, c -> {
            StringBuilder sql = new StringBuilder("SELECT id, message_key, vendor, interface_name, event_type,"
                    + " received_at FROM pb_inbox i WHERE 1 = 1");
            if (beforeId > 0) {
                sql.append(" AND id < ?");
            }
            if (deliveryStatus != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM pb_delivery d WHERE d.inbox_id = i.id AND d.status = ?)");
            }
            sql.append(" ORDER BY id DESC LIMIT ?");
            List<InboxEntry> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int n = 1;
                if (beforeId > 0) {
                    ps.setLong(n++, beforeId);
                }
                if (deliveryStatus != null) {
                    ps.setString(n++, deliveryStatus);
                }
                ps.setInt(n, Math.max(1, Math.min(limit, 500)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.add(new InboxEntry(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                Jdbc.instant(rs, "received_at"), List.of(), null, null, null));
                    }
                }
            }
            List<InboxEntry> withDeliveries = new java.util.ArrayList<>();
            for (InboxEntry e : out) {
                withDeliveries.add(new InboxEntry(e.id(), e.key(), e.vendor(), e.interfaceName(), e.eventType(),
                        e.receivedAt(), deliveries(c, e.id()), null, null, null));
            }
            return withDeliveries;
        });
    }

    /** One message with its raw body, headers, event and deliveries. */
    public java.util.Optional<InboxEntry> find(long id) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, message_key, vendor, interface_name, event_type,"
                    + " received_at, raw_body, headers_json, event_json FROM pb_inbox WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return java.util.Optional.<InboxEntry>empty();
                    }
                    return java.util.Optional.of(new InboxEntry(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Jdbc.instant(rs, "received_at"), deliveries(c, id), rs.getString(7),
                            rs.getString(8), rs.getString(9)));
                }
            }
        });
    }

    /** The inbox id stored for an idempotency key. */
    public java.util.Optional<Long> idOf(String key) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pb_inbox WHERE message_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }

    private static List<InboxEntry.Delivery> deliveries(Connection c, long inboxId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sink, status, attempts, next_attempt_at, last_error"
                + " FROM pb_delivery WHERE inbox_id = ? ORDER BY sink")) {
            ps.setLong(1, inboxId);
            List<InboxEntry.Delivery> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InboxEntry.Delivery(rs.getString(1), rs.getString(2), rs.getInt(3),
                            Jdbc.instant(rs, "next_attempt_at"), rs.getString(5)));
                }
            }
            return out;
        }
    }
}
