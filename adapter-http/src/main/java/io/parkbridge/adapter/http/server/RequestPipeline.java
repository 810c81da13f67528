package io.parkbridge.adapter.http.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What every request goes through, whatever HTTP server carries it (the JDK server or a servlet
 * container): request id, routing, the vendor handler or a system endpoint, error containment,
 * metrics and one log line. Bodies are never logged.
 */
public final class RequestPipeline {
    /** Response (and accepted request) header carrying the request id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** MDC key under which the request id is logged. */
    public static final String MDC_REQUEST_ID = "requestId";

    private static final Logger LOG = LoggerFactory.getLogger("io.parkbridge.http.access");
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /**
     * Generated ids: a random start per process, then a counter. Unique within a process and
     * unlikely to repeat across restarts; they only correlate log lines, so they need not be
     * unpredictable, and a SecureRandom draw per request was a measurable cost.
     */
    private static final long ID_BASE = new SecureRandom().nextLong();
    private static final AtomicLong ID_SEQUENCE = new AtomicLong();

    private final RouteTable routes;
    private final Map<String, InboundHandler> systemEndpoints = new HashMap<>();
    private volatile InboundHandler adminHandler;
    private final MeterRegistry meters;
    private final LogRedactor redactor;
    private final long maxBodyBytes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile java.util.function.Consumer<String> vendorSeen = v -> { };

    public RequestPipeline(RouteTable routes, MeterRegistry meters, LogRedactor redactor, long maxBodyBytes) {
        this.routes = routes;
        this.meters = meters;
        this.redactor = redactor;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Told the vendor's name after each 2xx reply on one of its routes (heartbeat freshness). */
    public void onVendorSuccess(java.util.function.Consumer<String> listener) {
        this.vendorSeen = listener;
    }

    /** Serves {@code handler} at exactly {@code path} (health, metrics). */
    public void addSystemEndpoint(String path, InboundHandler handler) {
        systemEndpoints.put(path, handler);
    }

    /** Serves every path under {@code /admin/} with {@code handler} (it checks its own token). */
    public void setAdminHandler(InboundHandler handler) {
        this.adminHandler = handler;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public RouteTable routes() {
        return routes;
    }

    /**
     * Handles one request. Never throws: a handler failure becomes a 500 without details (the
     * details go to the log, redacted).
     */
    public InboundResponse handle(InboundRequest request) {
        String requestId = requestId(request.header(REQUEST_ID_HEADER));
        MDC.put(MDC_REQUEST_ID, requestId);
        long start = System.nanoTime();
        String logPath = "(unmatched)";
        String vendor = "-";
        InboundResponse response;
        inFlight.incrementAndGet();
        try {
            if (draining.get()) {
                logPath = "(draining)";
                response = withClose(InboundResponse.json(503, "{\"error\":\"server is shutting down\"}"));
            } else {
                Optional<MountedRoute> route = routes.find(request.path());
                InboundHandler handler;
                if (route.isPresent()) {
                    logPath = route.get().publicPath();
                    vendor = route.get().route().vendor();
                    handler = route.get().route().handler();
                } else if (systemEndpoints.containsKey(request.path())) {
                    logPath = request.path();
                    handler = systemEndpoints.get(request.path());
                } else if (adminHandler != null && request.path().startsWith("/admin/")) {
                    logPath = "/admin";
                    handler = adminHandler;
                } else {
                    handler = r -> InboundResponse.json(404, "{\"error\":\"no such path\"}");
                }
                response = invoke(handler, request, logPath);
                if (route.isPresent() && response.status() >= 200 && response.status() < 300) {
                    vendorSeen.accept(vendor);
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
        response = new InboundResponse(response.status(), withRequestId(response.headers(), requestId), response.body());
        long nanos = System.nanoTime() - start;
        try {
            record(vendor, logPath, request, response.status(), nanos);
        } finally {
            MDC.remove(MDC_REQUEST_ID); // worker threads are pooled: never leave a request id behind
        }
        return response;
    }

    /** The reply for a body over the limit; adapters call it before reading further. */
    public InboundResponse tooLarge(InboundRequest headersOnly) {
        InboundResponse r = InboundResponse.json(413, "{\"error\":\"request body over " + maxBodyBytes + " bytes\"}");
        String requestId = requestId(headersOnly.header(REQUEST_ID_HEADER));
        Map<String, String> headers = new HashMap<>(r.headers());
        headers.put(REQUEST_ID_HEADER, requestId);
        headers.put("Connection", "close");
        MDC.put(MDC_REQUEST_ID, requestId);
        record("-", routes.find(headersOnly.path()).map(MountedRoute::publicPath).orElse("(unmatched)"), headersOnly,
                413, 0);
        MDC.remove(MDC_REQUEST_ID);
        return new InboundResponse(413, headers, r.body());
    }

    /** The reply when every worker is busy and the queue is full. */
    public static InboundResponse saturated() {
        return withClose(InboundResponse.json(503, "{\"error\":\"server busy, retry later\"}"));
    }

    /** From now on every request gets 503; returns at once. */
    public void startDraining() {
        draining.set(true);
    }

    public boolean draining() {
        return draining.get();
    }

    /** Requests inside {@link #handle} right now. */
    public int inFlight() {
        return inFlight.get();
    }

    private InboundResponse invoke(InboundHandler handler, InboundRequest request, String logPath) {
        try {
            InboundResponse r = handler.handle(request);
            if (r == null) {
                throw new IllegalStateException("handler returned no response");
            }
            return r;
        } catch (RuntimeException e) {
            LOG.error("handler failed on {}: {}", logPath, redactor.clean(String.valueOf(e)));
            return InboundResponse.json(500, "{\"error\":\"internal error\"}");
        }
    }

    private void record(String vendor, String path, InboundRequest request, int status, long nanos) {
        timer(vendor, path, status).record(nanos, TimeUnit.NANOSECONDS);
        if (LOG.isInfoEnabled()) { // redacting the path is work a disabled access log should not pay
            LOG.info("{} {} -> {} in {} ms ({} bytes from {})", request.method(), redactor.clean(path), status,
                    nanos / 1_000_000, request.bodyLength(), request.remoteAddress());
        }
    }

    /** One timer per route and status, registered once rather than built and looked up per request. */
    private Timer timer(String vendor, String path, int status) {
        TimerKey key = new TimerKey(vendor, path, status);
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = Timer.builder("parkbridge.http.requests")
                    .description("Requests served, by route and status")
                    .tag("vendor", vendor)
                    .tag("path", path)
                    .tag("status", Integer.toString(status))
                    .register(meters);
            // Paths are the mounted ones or a fixed label, so the map stays as small as the registry.
            timers.putIfAbsent(key, timer);
        }
        return timer;
    }

    /**
     * Written out rather than the record's generated methods: those showed in profiles as a
     * share of every request (vendor and path are mostly the same String instances each time).
     */
    private record TimerKey(String vendor, String path, int status) {
        @Override
        public int hashCode() {
            return (vendor.hashCode() * 31 + path.hashCode()) * 31 + status;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TimerKey k && status == k.status && vendor.equals(k.vendor) && path.equals(k.path);
        }
    }

    /**
     * {@code headers} plus the request id (replacing one the handler set). A reply with one header
     * (nearly all: Content-Type) gets an immutable map the response keeps without copying it again.
     */
    private static Map<String, String> withRequestId(Map<String, String> headers, String requestId) {
        if (headers.size() == 1 && !headers.containsKey(REQUEST_ID_HEADER)) {
            Map.Entry<String, String> only = headers.entrySet().iterator().next();
            return Map.of(only.getKey(), only.getValue(), REQUEST_ID_HEADER, requestId);
        }
        Map<String, String> h = new HashMap<>(headers);
        h.put(REQUEST_ID_HEADER, requestId);
        return h;
    }

    private static InboundResponse withClose(InboundResponse r) {
        Map<String, String> h = new HashMap<>(r.headers());
        h.put("Connection", "close");
        h.put("Retry-After", "1");
        return new InboundResponse(r.status(), h, r.body());
    }

    private static String requestId(String fromClient) {
        if (fromClient != null && SAFE_REQUEST_ID.matcher(fromClient).matches()) {
            return fromClient;
        }
        return HexFormat.of().toHexDigits(ID_BASE + ID_SEQUENCE.getAndIncrement());
    }
}
