package io.parkbridge.adapter.http.server;

import java.time.Duration;

/**
 * The protections every listener applies.
 *
 * @param maxBodyBytes larger request bodies are refused with 413 before the handler runs
 * @param workerThreads threads that run handlers
 * @param queueCapacity requests that may wait for a worker; beyond that the server answers 503
 * @param requestTimeout the longest a client may take to send a request and get its response
 *     headers (slow clients are disconnected)
 * @param shutdownGrace how long a graceful stop waits for in-flight requests
 */
public record ServerLimits(long maxBodyBytes, int workerThreads, int queueCapacity, Duration requestTimeout,
        Duration shutdownGrace) {

    /** 1 MiB bodies, 16 workers, 64 queued, 30 s per request, 10 s grace. */
    public static final ServerLimits DEFAULT = new ServerLimits(1024 * 1024, 16, 64, Duration.ofSeconds(30),
            Duration.ofSeconds(10));

    public ServerLimits {
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes: expected 1.." + (Integer.MAX_VALUE - 16) + ", got "
                    + maxBodyBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads: expected 1 or more, got " + workerThreads);
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity: expected 0 or more, got " + queueCapacity);
        }
        if (requestTimeout == null || requestTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("requestTimeout: expected at least 1 second, got " + requestTimeout);
        }
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace: expected zero or more, got " + shutdownGrace);
        }
    }
}
