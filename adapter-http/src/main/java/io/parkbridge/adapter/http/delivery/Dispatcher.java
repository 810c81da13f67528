package io.parkbridge.adapter.http.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.core.event.DomainEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs committed inbox messages through the sinks: claims due deliveries from the database (row
 * locks, so several dispatchers and servers share the work safely), calls the sink, marks the
 * delivery done, or schedules a retry with backoff, or dead-letters it after the sink's attempt
 * limit.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final JdbcDeliveryQueue queue;
    private final Map<String, DeliverySink> sinks = new LinkedHashMap<>();
    private final DeliveryPolicy defaultPolicy;
    private final Clock clock;
    private final MeterRegistry meters;
    private final LogRedactor redactor;
    private final String owner;
    private final Random random = new Random();
    private final Semaphore wake = new Semaphore(0);
    private final int batchSize;
    private volatile boolean running;
    private Thread[] workers = new Thread[0];

    public Dispatcher(JdbcDeliveryQueue queue, List<? extends DeliverySink> sinks, DeliveryPolicy defaultPolicy,
            Clock clock, MeterRegistry meters, LogRedactor redactor, String instanceName) {
        this.queue = Objects.requireNonNull(queue, "queue");
        for (DeliverySink s : sinks) {
            if (this.sinks.put(s.name(), s) != null) {
                throw new IllegalArgumentException("sink name: " + s.name() + " is registered twice");
            }
        }
        this.defaultPolicy = Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.owner = instanceName + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.batchSize = 16;
    }

    /** Who this dispatcher is in {@code claimed_by}. */
    public String owner() {
        return owner;
    }

    /**
     * Claims one batch of due deliveries and runs them; returns how many it handled (0: nothing
     * due). Tests call this directly; {@link #start} calls it in a loop.
     */
    public int runOnce() {
        Instant now = clock.instant();
        Duration lease = longestLease();
        List<JdbcDeliveryQueue.Claimed> claimed = queue.claim(owner, sinks.keySet(), batchSize, now, lease);
        for (JdbcDeliveryQueue.Claimed c : claimed) {
            deliver(c);
        }
        return claimed.size();
    }

    private Duration longestLease() {
        Duration lease = defaultPolicy.lease();
        for (DeliverySink s : sinks.values()) {
            if (s.policy() != null && s.policy().lease().compareTo(lease) > 0) {
                lease = s.policy().lease();
            }
        }
        return lease;
    }

    private void deliver(JdbcDeliveryQueue.Claimed c) {
        DeliverySink sink = sinks.get(c.sink());
        DeliveryPolicy policy = sink == null || sink.policy() == null ? defaultPolicy : sink.policy();
        try {
            if (sink == null) {
                throw new IllegalStateException("no sink named " + c.sink() + " is registered on this server");
            }
            DomainEvent event = EventJson.read(c.eventJson());
            sink.deliver(event, c.eventJson());
            queue.complete(c.deliveryId(), owner, clock.instant());
            count(c.sink(), "delivered");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String error = redactor.clean(e.getClass().getSimpleName() + ": " + e.getMessage());
            Instant now = clock.instant();
            if (c.attempt() >= policy.maxAttempts()) {
                queue.fail(c.deliveryId(), owner, error, null, now);
                count(c.sink(), "dead_lettered");
                LOG.warn("delivery of {} to {} dead-lettered after {} attempts: {}", c.messageKey(), c.sink(),
                        c.attempt(), error);
            } else {
                Instant retryAt = now.plus(policy.backoff(c.attempt(), random));
                queue.fail(c.deliveryId(), owner, error, retryAt, now);
                count(c.sink(), "retry_scheduled");
                LOG.info("delivery of {} to {} failed (attempt {}), retry at {}: {}", c.messageKey(), c.sink(),
                        c.attempt(), retryAt, error);
            }
        }
    }

    private void count(String sink, String outcome) {
        Counter.builder("parkbridge.delivery").tag("sink", sink).tag("outcome", outcome)
                .description("Deliveries from the inbox to sinks, by outcome").register(meters).increment();
    }

    /** Asks the workers to look for work now (called after a message is committed). */
    public void wakeUp() {
        wake.release();
    }

    /**
     * Starts {@code threads} workers polling every {@code pollInterval} (and on {@link #wakeUp}).
     * Without sinks there is nothing to deliver, so no worker starts (each wake-up would cost a
     * thread switch per stored message for nothing).
     */
    public synchronized void start(int threads, java.time.Duration pollInterval) {
        if (running || sinks.isEmpty()) {
            return;
        }
        running = true;
        workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> loop(pollInterval), "parkbridge-dispatcher-" + i);
            t.setDaemon(true);
            workers[i] = t;
            t.start();
        }
    }

    private void loop(java.time.Duration pollInterval) {
        while (running) {
            int handled;
            try {
                handled = runOnce();
            } catch (RuntimeException e) {
                LOG.warn("dispatcher could not claim work: {}", redactor.clean(String.valueOf(e)));
                handled = 0;
            }
            if (handled == 0) {
                try {
                    wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Stops the workers after their current delivery (waits up to 10 s). */
    @Override
    public synchronized void close() {
        running = false;
        wake.release(workers.length);
        for (Thread t : workers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
