package io.parkbridge.adapter.http.store.jdbc;

import io.parkbridge.core.port.Inbox.Acceptance;
import io.parkbridge.core.port.InboxMessage;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes inbox rows for {@link JdbcInbox}: a writer thread commits the rows that queued up while
 * its previous commit ran in one transaction (group commit), so concurrent pushes share one
 * commit (one H2 store, one PostgreSQL WAL flush and round trip) instead of paying one each.
 * {@link #store} returns only after the transaction holding its row has committed.
 *
 * <p>On H2 there is one writer: H2 writes its store one commit at a time and the work is CPU,
 * so a second writer would only split the groups. On PostgreSQL a commit mostly waits for its
 * WAL flush; up to {@value #POSTGRES_WRITERS} writers (one fewer than the pool's connections)
 * let the next group commit during that wait, and PostgreSQL flushes concurrent commits
 * together. There the insert skips a key another writer is storing at that moment (it waits for
 * that commit); of two pushes of one key in flight together either may be the one stored, the
 * other is answered as a duplicate. Each group inserts its rows in key order, so writers storing
 * overlapping keys take their locks in the same order and cannot deadlock each other.
 *
 * <p>Each row's outcome is what storing it alone would give: the insert skips a key that is
 * stored already ({@link Acceptance#DUPLICATE}), and within one group a key's second row is a
 * duplicate of its first. When a group fails on its data (a constraint, e.g. on H2 another
 * instance stored the same key first, or a value too long), it is rolled back and each row is
 * written again in its own transaction, so one bad row fails only its own request. Any other
 * failure (no connection, the commit itself) fails every request of the group: none is
 * acknowledged, and the vendor's retry is answered as a duplicate if the row did land. A group
 * PostgreSQL aborts as a deadlock (an instance of an older version, inserting in arrival order,
 * storing overlapping keys) is also written row by row.
 */
final class GroupCommit implements AutoCloseable {
    /** Most rows in one transaction; a bigger queue is written in several. */
    static final int MAX_GROUP = 128;
    /** Writer threads on PostgreSQL (see the class comment); H2 has one. */
    static final int POSTGRES_WRITERS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /**
     * Skipping a stored key in the statement keeps a duplicate from failing the whole group. On
     * PostgreSQL the skip also covers a key another writer's open transaction is inserting (it
     * waits for that commit, then skips); a NOT EXISTS test there would fail the whole group on
     * the unique constraint, e.g. when a vendor's retry arrives while its first push is stored.
     */
    private static final String INSERT_IF_ABSENT = "INSERT INTO pb_inbox (message_key, vendor, interface_name,"
            + " event_type, raw_body, headers_json, event_json, received_at)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM pb_inbox WHERE message_key = ?)";
    private static final String INSERT_ON_CONFLICT_SKIP = "INSERT INTO pb_inbox (message_key, vendor,"
            + " interface_name, event_type, raw_body, headers_json, event_json, received_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_key) DO NOTHING";
    private static final String INSERT_DELIVERY = "INSERT INTO pb_delivery (inbox_id, sink, status, attempts,"
            + " next_attempt_at, updated_at) SELECT id, ?, 'PENDING', 0, ?, ? FROM pb_inbox WHERE message_key = ?";

    /** One row to store: the message and its JSON columns, prepared on the caller's thread. */
    record Row(InboxMessage message, String eventType, String headersJson, String eventJson) {
    }

    private record Pending(Row row, CompletableFuture<Acceptance> outcome) {
    }

    /** Queued by {@link #close()} after every row accepted before it. */
    private static final Pending STOP = new Pending(null, null);

    private final Database db;
    private final Clock clock;
    private final List<String> sinks;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Object lifecycle = new Object();
    private final int writerCount;
    private final String insert;
    private final AtomicLong rewrittenGroups = new AtomicLong();
    private final List<Thread> writers = new ArrayList<>();
    private boolean closed;

    GroupCommit(Database db, Clock clock, List<String> sinks) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sinks = List.copyOf(sinks);
        // one connection of the pool stays free for the rest of the server
        this.writerCount = db.isPostgres()
                ? Math.max(1, Math.min(POSTGRES_WRITERS, db.settings().maxPoolSize() - 1)) : 1;
        this.insert = db.isPostgres() ? INSERT_ON_CONFLICT_SKIP : INSERT_IF_ABSENT;
    }

    /**
     * Stores {@code row} and returns once it is committed (or found stored already).
     *
     * @throws StoreException when it could not be committed (nothing may be acknowledged)
     */
    Acceptance store(Row row) {
        Pending pending = new Pending(row, new CompletableFuture<>());
        synchronized (lifecycle) {
            if (closed) {
                return alone(row); // after close: no writer thread, the caller writes its own row
            }
            if (writers.isEmpty()) {
                for (int i = 0; i < writerCount; i++) {
                    Thread writer = new Thread(this::run, "parkbridge-inbox-writer-" + (i + 1));
                    writer.setDaemon(true); // never keeps a JVM alive; close() drains the queue first
                    writer.start();
                    writers.add(writer);
                }
            }
            queue.add(pending);
        }
        try {
            return pending.outcome().get();
        } catch (InterruptedException e) {
            // The row may still commit; not saying so is safe: the vendor's retry finds it stored.
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the inbox commit");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw new StoreException(s);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("inbox writer failed", cause);
        }
    }

    /** Groups that failed on their data and were written again row by row; for tests. */
    long rewrittenGroups() {
        return rewrittenGroups.get();
    }

    /** Writer threads started and not yet stopped; for tests. */
    int writersRunning() {
        synchronized (lifecycle) {
            return (int) writers.stream().filter(Thread::isAlive).count();
        }
    }

    /** Commits what is queued, then stops the writers; later rows are written on the caller's thread. */
    @Override
    public void close() {
        List<Thread> running;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            running = List.copyOf(writers);
            if (!running.isEmpty()) {
                queue.add(STOP); // each writer passes it on as it stops
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread w : running) {
            try {
                w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        boolean stop = false;
        int last = 0;
        try {
            while (!stop) {
                try {
                    group.add(queue.take());
                } catch (InterruptedException e) {
                    // Only close() ends the writer; a stray interrupt must not strand waiting requests.
                    continue;
                }
                try {
                    if (last > 1 && queue.isEmpty()) {
                        // Under concurrent load, let request threads about to queue their row join this
                        // commit: bigger groups cost less per row. Idle or one-at-a-time traffic never waits.
                        Thread.yield();
                    }
                    queue.drainTo(group, MAX_GROUP - 1);
                    last = group.size();
                    if (group.remove(STOP)) {
                        stop = true;
                        queue.drainTo(group); // nothing is queued after STOP, but never strand a row
                        group.remove(STOP);
                    }
                    if (!group.isEmpty()) {
                        commitGroup(group);
                    }
                } catch (Throwable e) { // e.g. out of memory: fail the group's requests, never leave them waiting
                    LOG.error("inbox writer failed outside a commit; its group's requests fail", e);
                    group.stream().filter(p -> p != STOP).forEach(p -> p.outcome().completeExceptionally(e));
                }
                group.clear();
            }
        } finally {
            queue.add(STOP); // for the next writer; after the last, nothing reads the queue again
        }
    }

    /**
     * Commits {@code rows} as one group on the calling thread, as the writer does with what it
     * drained; each future holds that row's outcome. For tests, which need a known group.
     */
    List<CompletableFuture<Acceptance>> commitTogether(List<Row> rows) {
        List<Pending> group = new ArrayList<>();
        rows.forEach(r -> group.add(new Pending(r, new CompletableFuture<>())));
        commitGroup(group);
        return group.stream().map(Pending::outcome).toList();
    }

    private void commitGroup(List<Pending> group) {
        List<Row> rows = new ArrayList<>(group.size());
        group.forEach(p -> rows.add(p.row()));
        try {
            List<Acceptance> outcomes = write(rows);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (SQLException e) {
            if (isAboutTheData(e)) {
                // Also for one row: another instance may have stored its key since the insert looked.
                LOG.debug("inbox group of {} failed on its data (SQLState {}); writing each row alone", group.size(),
                        e.getSQLState());
                rewrittenGroups.incrementAndGet();
                for (Pending p : group) {
                    completeAlone(p);
                }
            } else {
                group.forEach(p -> p.outcome().completeExceptionally(e));
            }
        } catch (Throwable e) { // the writer must outlive any failure, or every later request would wait forever
            group.forEach(p -> p.outcome().completeExceptionally(e));
        }
    }

    private void completeAlone(Pending p) {
        try {
            p.outcome().complete(alone(p.row()));
        } catch (Throwable e) {
            p.outcome().completeExceptionally(e instanceof StoreException s && s.getCause() != null ? s.getCause() : e);
        }
    }

    /** One row in its own transaction; another instance's concurrent insert of the key is a duplicate. */
    private Acceptance alone(Row row) {
        try {
            return write(List.of(row)).get(0);
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return Acceptance.DUPLICATE;
            }
            throw new StoreException(e);
        }
    }

    /**
     * A failure that writing the rows one by one gets past: a constraint or data error (one row's
     * values), or a transaction rolled back as a deadlock or serialization failure (SQLState class
     * 40: two instances inserting overlapping keys in different orders can each wait on the other,
     * which one-row transactions, as before group commit, never do).
     */
    private static boolean isAboutTheData(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && (s.getSQLState().startsWith("23")
                    || s.getSQLState().startsWith("22") || s.getSQLState().startsWith("40"))) {
                return true;
            }
            if (t instanceof BatchUpdateException b && b.getNextException() != null && isAboutTheData(b.getNextException())) {
                return true;
            }
        }
        return e instanceof UnknownOutcome;
    }

    /** Inserts {@code rows} and their deliveries in one transaction and commits; rolls back on failure. */
    private List<Acceptance> write(List<Row> rows) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                List<Acceptance> outcomes = insertRows(c, rows);
                insertDeliveries(c, rows, outcomes);
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Acceptance> insertRows(Connection c, List<Row> rows) throws SQLException {
        Acceptance[] outcomes = new Acceptance[rows.size()];
        List<Integer> sent = new ArrayList<>(rows.size());
        Set<String> keys = new HashSet<>();
        // In key order: concurrent groups with overlapping keys then lock them in the same order.
        // The sort is stable, so of two rows with one key the earlier is stored.
        List<Integer> order = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        if (rows.size() > 1) {
            order.sort(Comparator.comparing(i -> rows.get(i).message().key()));
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (int i : order) {
                Row row = rows.get(i);
                InboxMessage m = row.message();
                if (!keys.add(m.key())) {
                    outcomes[i] = Acceptance.DUPLICATE; // the same key earlier in this group is stored with it
                    continue;
                }
                ps.setString(1, m.key());
                ps.setString(2, m.vendor());
                ps.setString(3, m.interfaceName());
                ps.setString(4, row.eventType());
                ps.setString(5, m.rawBody());
                ps.setString(6, row.headersJson());
                ps.setString(7, row.eventJson());
                ps.setObject(8, Jdbc.ts(m.receivedAt()));
                if (insert == INSERT_IF_ABSENT) {
                    ps.setString(9, m.key());
                }
                sent.add(i);
                if (rows.size() > 1) {
                    ps.addBatch();
                }
            }
            int[] counts = rows.size() > 1 ? ps.executeBatch() : new int[] {ps.executeUpdate()};
            for (int j = 0; j < sent.size(); j++) {
                outcomes[sent.get(j)] = switch (counts[j]) {
                    case 1 -> Acceptance.ACCEPTED;
                    case 0 -> Acceptance.DUPLICATE;
                    default -> throw new UnknownOutcome(counts[j]);
                };
            }
        }
        return List.of(outcomes);
    }

    private void insertDeliveries(Connection c, List<Row> rows, List<Acceptance> outcomes) throws SQLException {
        if (sinks.isEmpty() || !outcomes.contains(Acceptance.ACCEPTED)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_DELIVERY)) {
            var now = Jdbc.ts(clock.instant());
            for (int i = 0; i < rows.size(); i++) {
                if (outcomes.get(i) != Acceptance.ACCEPTED) {
                    continue;
                }
                for (String sink : sinks) {
                    ps.setString(1, sink);
                    ps.setObject(2, now);
                    ps.setObject(3, now);
                    ps.setString(4, rows.get(i).message().key());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** A driver that reports no per-row count (e.g. a rewritten batch): the rows are written one by one. */
    private static final class UnknownOutcome extends SQLException {
        private static final long serialVersionUID = 1L;

        UnknownOutcome(int count) {
            super("batch insert reported " + count + " instead of a row count");
        }
    }
}
