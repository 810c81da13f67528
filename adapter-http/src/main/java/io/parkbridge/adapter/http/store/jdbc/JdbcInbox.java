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
 * (the unique constraint decides).
 */
public final class JdbcInbox implements Inbox {
    private final Database db;
    private final Clock clock;
    private final List<String> sinks;
    private final List<Consumer<InboxMessage>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<InboxMessage>> duplicateListeners = new CopyOnWriteArrayList<>();

    /**
     * @param sinks names of the delivery sinks each accepted message is queued for (may be empty:
     *     then messages are only stored)
     */
    public JdbcInbox(Database db, Clock clock, List<String> sinks) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sinks = List.copyOf(sinks);
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
            headers = EventJson.mapper().writeValueAsString(message.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("headers: expected plain strings", e);
        }
        String eventJson = EventJson.write(message.event());
        Acceptance result;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                long id = insertMessage(c, message, headers, eventJson);
                insertDeliveries(c, id);
                c.commit();
                result = Acceptance.ACCEPTED;
            } catch (SQLException e) {
                c.rollback();
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
                result = Acceptance.DUPLICATE;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        (result == Acceptance.ACCEPTED ? listeners : duplicateListeners).forEach(l -> l.accept(message));
        return result;
    }

    private long insertMessage(Connection c, InboxMessage m, String headers, String eventJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_inbox (message_key, vendor, interface_name,"
                + " event_type, raw_body, headers_json, event_json, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setString(1, m.key());
            ps.setString(2, m.vendor());
            ps.setString(3, m.interfaceName());
            ps.setString(4, EventJson.typeName(m.event()));
            ps.setString(5, m.rawBody());
            ps.setString(6, headers);
            ps.setString(7, eventJson);
            ps.setObject(8, Jdbc.ts(m.receivedAt()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for the inbox row");
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertDeliveries(Connection c, long inboxId) throws SQLException {
        if (sinks.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_delivery (inbox_id, sink, status, attempts,"
                + " next_attempt_at, updated_at) VALUES (?, ?, 'PENDING', 0, ?, ?)")) {
            var now = Jdbc.ts(clock.instant());
            for (String sink : sinks) {
                ps.setLong(1, inboxId);
                ps.setString(2, sink);
                ps.setObject(3, now);
                ps.setObject(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
