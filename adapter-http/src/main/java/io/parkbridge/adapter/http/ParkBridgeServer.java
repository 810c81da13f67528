package io.parkbridge.adapter.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.parkbridge.adapter.http.admin.AdminApi;
import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.delivery.DeliveryPolicy;
import io.parkbridge.adapter.http.delivery.DeliverySink;
import io.parkbridge.adapter.http.delivery.Dispatcher;
import io.parkbridge.adapter.http.delivery.EventHandlerSink;
import io.parkbridge.adapter.http.delivery.WebhookForwarder;
import io.parkbridge.adapter.http.server.HealthCheck;
import io.parkbridge.adapter.http.server.HealthEndpoint;
import io.parkbridge.adapter.http.server.JdkHttpServerRuntime;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.server.MetricsEndpoint;
import io.parkbridge.adapter.http.server.MountedRoute;
import io.parkbridge.adapter.http.server.RequestPipeline;
import io.parkbridge.adapter.http.server.RouteTable;
import io.parkbridge.adapter.http.server.ServerLimits;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcAccessListRepository;
import io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.adapter.http.store.jdbc.JdbcPassRepository;
import io.parkbridge.adapter.http.vendor.VendorApplications;
import io.parkbridge.adapter.http.vendor.VendorRoutes;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.bluecard.inbound.BluecardApplication;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.Direction;
import io.parkbridge.protocol.carsafe.inbound.CarsafeResponder;
import java.util.function.Predicate;
import io.parkbridge.core.event.EventHandler;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server: database (embedded H2 by default, PostgreSQL by URL), durable inbox,
 * delivery to event handlers and the webhook, vendor routes, health, metrics and admin API, on
 * the JDK HTTP server.
 *
 * <pre>{@code
 * ParkBridgeServer server = ParkBridgeServer.builder(ConfigLoader.fromEnvironment().load(file))
 *         .routes(ctx -> myRoutes(ctx.inbox()))
 *         .eventHandler("audit", event -> audit.record(event))
 *         .build();
 * int port = server.start();
 * ...
 * server.close(); // graceful
 * }</pre>
 *
 * For a servlet container use {@link #startWithoutListener()} and mount
 * {@link io.parkbridge.adapter.http.servlet.ParkBridgeServlet} with {@link #pipeline()}.
 */
public final class ParkBridgeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParkBridgeServer.class);

    private final ParkBridgeConfig config;
    private final Clock clock;
    private final List<RouteProvider> routeProviders;
    private final List<DeliverySink> extraSinks;
    private final boolean discoverHandlers;
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    /** Per vendor, registered on first use: a registry lookup per stored message was a measurable cost. */
    private final Map<String, Counter> acceptedCounters = new ConcurrentHashMap<>();
    private final Map<String, Counter> duplicateCounters = new ConcurrentHashMap<>();

    private Database database;
    private JdbcInbox inbox;
    private JdbcDeliveryQueue deliveryQueue;
    private JdbcCardLedger cardLedger;
    private JdbcPassRepository passes;
    private JdbcAccessListRepository lists;
    private Dispatcher dispatcher;
    private WebhookForwarder webhook;
    private RequestPipeline pipeline;
    private JdkHttpServerRuntime listener;
    private boolean started;
    private boolean closed;

    private ParkBridgeServer(Builder b) {
        this.config = b.config;
        this.clock = b.clock;
        List<RouteProvider> providers = new ArrayList<>();
        if (b.discoverApplications && !b.applications.hasBluecard()) {
            VendorApplications.discoverBluecard(Thread.currentThread().getContextClassLoader())
                    .ifPresent(b.applications::bluecard);
        }
        providers.add(VendorRoutes.fromConfig(b.applications.build())); // vendors configured under vendors.*
        providers.addAll(b.routeProviders);
        this.routeProviders = List.copyOf(providers);
        this.extraSinks = List.copyOf(b.sinks);
        this.discoverHandlers = b.discoverHandlers;
    }

    /** A builder for {@code config} (see {@link ConfigLoader}). */
    public static Builder builder(ParkBridgeConfig config) {
        return new Builder(config);
    }

    /** Starts a server with {@code config} and nothing registered programmatically. */
    public static ParkBridgeServer start(ParkBridgeConfig config) {
        ParkBridgeServer s = builder(config).build();
        s.start();
        return s;
    }

    /**
     * Opens the database (migrating it), mounts the routes, starts delivery and the listener.
     *
     * @return the bound port (useful with port 0)
     */
    public synchronized int start() {
        startWithoutListener();
        ParkBridgeConfig.Server s = config.server;
        try {
            listener = JdkHttpServerRuntime.start(s.host, s.port, pipeline, limits());
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not listen on " + s.host + ":" + s.port, e);
        }
        LOG.info("ParkBridge listening on {}:{} ({} routes)", s.host, listener.port(), pipeline.routes().all().size());
        return listener.port();
    }

    /** Everything but the HTTP listener: for mounting {@link #pipeline()} in a servlet container. */
    public synchronized RequestPipeline startWithoutListener() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        try {
            assemble();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return pipeline;
    }

    private void assemble() {
        ConfigLoader.check(config, "(given to ParkBridgeServer)"); // refuse to start on an invalid configuration
        ZoneId zone = ZoneId.of(config.server.zone);
        List<Secret> secrets = secrets();
        LogRedactor redactor = LogRedactor.of(secrets);
        database = Database.open(databaseSettings());

        List<DeliverySink> sinks = new ArrayList<>(extraSinks);
        if (discoverHandlers) {
            sinks.addAll(EventHandlerSink.discover(Thread.currentThread().getContextClassLoader()));
        }
        if (config.webhook != null) {
            ParkBridgeConfig.Webhook w = config.webhook;
            webhook = new WebhookForwarder(w.url, Secret.of(w.secret), Duration.ofSeconds(w.timeoutSeconds),
                    new DeliveryPolicy(w.maxAttempts, Duration.ofMillis(w.initialBackoffMillis),
                            Duration.ofMillis(w.maxBackoffMillis), Duration.ofSeconds(Math.max(30, w.timeoutSeconds * 3L))),
                    clock);
            sinks.add(webhook);
        }
        inbox = new JdbcInbox(database, clock, sinks.stream().map(DeliverySink::name).toList());
        deliveryQueue = new JdbcDeliveryQueue(database);
        cardLedger = new JdbcCardLedger(database, clock);
        passes = new JdbcPassRepository(database);
        lists = new JdbcAccessListRepository(database);

        ParkBridgeConfig.Delivery d = config.delivery;
        dispatcher = new Dispatcher(deliveryQueue, sinks, new DeliveryPolicy(d.maxAttempts,
                Duration.ofMillis(d.initialBackoffMillis), Duration.ofMillis(d.maxBackoffMillis),
                Duration.ofSeconds(d.leaseSeconds)), clock, meters, redactor, config.server.instanceName);
        inbox.onAccepted(m -> {
            lastSeen.put(m.vendor(), clock.instant());
            vendorCounter(acceptedCounters, "parkbridge.inbox.accepted", m.vendor()).increment();
            dispatcher.wakeUp();
        });
        inbox.onDuplicate(m -> vendorCounter(duplicateCounters, "parkbridge.inbox.duplicates", m.vendor()).increment());

        RouteTable table = new RouteTable();
        ServerContext context = new ServerContext(inbox, cardLedger, passes, lists, clock, zone, config);
        for (RouteProvider p : routeProviders) {
            for (Route r : p.routes(context)) {
                ParkBridgeConfig.Vendor v = context.vendor(r.vendor());
                if (!v.enabled) {
                    continue;
                }
                MountedRoute m = table.mount(r, v.paths.get(r.path()), v.pathToken == null ? null
                        : Secret.of(v.pathToken));
                LOG.info("route {} {} -> {}{}", r.vendor(), r.interfaceName(), v.pathToken == null ? "" : "/****",
                        m.publicPath());
            }
        }

        pipeline = new RequestPipeline(table, meters, redactor, config.server.maxBodyBytes);
        pipeline.onVendorSuccess(vendor -> lastSeen.put(vendor, clock.instant()));
        HealthEndpoint health = new HealthEndpoint();
        health.add(databaseCheck());
        Instant startedAt = clock.instant();
        config.vendors.forEach((name, v) -> {
            if (v.enabled && v.heartbeatMaxAgeSeconds != null) {
                health.add(heartbeatCheck(name, Duration.ofSeconds(v.heartbeatMaxAgeSeconds), startedAt));
            }
        });
        pipeline.addSystemEndpoint("/health", health::ready);
        pipeline.addSystemEndpoint("/health/live", health::live);
        pipeline.addSystemEndpoint("/health/ready", health::ready);
        pipeline.addSystemEndpoint("/metrics", new MetricsEndpoint(meters)::scrape);
        if (config.admin.token != null) {
            pipeline.setAdminHandler(new AdminApi(Secret.of(config.admin.token), cardLedger, passes, lists, inbox,
                    deliveryQueue, clock, redactor)::handle);
        }
        Gauge.builder("parkbridge.delivery.dead_letters", deliveryQueue, q -> q.count("DEAD"))
                .description("Deliveries given up on (replay them from the admin API)").register(meters);
        Gauge.builder("parkbridge.delivery.backlog", deliveryQueue, q -> q.count("PENDING") + q.count("CLAIMED"))
                .description("Deliveries not yet done: due, retrying, or claimed (a crashed owner's claims"
                        + " return when their lease ends)").register(meters);
        dispatcher.start(d.threads, Duration.ofMillis(d.pollIntervalMillis));
    }

    /** The counter {@code name} of {@code vendor}, registered on first use and kept. */
    private Counter vendorCounter(Map<String, Counter> cache, String name, String vendor) {
        Counter counter = cache.get(vendor);
        if (counter == null) {
            counter = cache.computeIfAbsent(vendor, v -> meters.counter(name, "vendor", v));
        }
        return counter;
    }

    private HealthCheck databaseCheck() {
        return new HealthCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public Result check() {
                return database.healthy() ? Result.up(database.isPostgres() ? "postgresql" : "h2")
                        : Result.down("no connection within 2 s");
            }
        };
    }

    private HealthCheck heartbeatCheck(String vendor, Duration maxAge, Instant startedAt) {
        return new HealthCheck() {
            @Override
            public String name() {
                return "heartbeat:" + vendor;
            }

            @Override
            public Result check() {
                Instant last = lastSeen.getOrDefault(vendor, startedAt);
                Duration age = Duration.between(last, clock.instant());
                String detail = "last successful call " + age.toSeconds() + " s ago (max " + maxAge.toSeconds()
                        + " s)";
                return age.compareTo(maxAge) <= 0 ? Result.up(detail) : Result.down(detail);
            }
        };
    }

    private DatabaseSettings databaseSettings() {
        ParkBridgeConfig.Database db = config.database;
        if (db.url == null) {
            DatabaseSettings embedded = DatabaseSettings.embedded(Path.of(db.dataDir));
            return new DatabaseSettings(embedded.jdbcUrl(), embedded.username(), null, db.schema, db.maxPoolSize);
        }
        return new DatabaseSettings(db.url, db.username, db.password == null ? null : Secret.of(db.password),
                db.schema, db.maxPoolSize);
    }

    private ServerLimits limits() {
        ParkBridgeConfig.Server s = config.server;
        return new ServerLimits(s.maxBodyBytes, s.workerThreads, s.queueCapacity,
                Duration.ofSeconds(s.requestTimeoutSeconds), Duration.ofSeconds(s.shutdownGraceSeconds));
    }

    private List<Secret> secrets() {
        List<Secret> out = new ArrayList<>();
        if (config.admin.token != null) {
            out.add(Secret.of(config.admin.token));
        }
        if (config.webhook != null && config.webhook.secret != null) {
            out.add(Secret.of(config.webhook.secret));
        }
        if (config.database.password != null && !config.database.password.isEmpty()) {
            out.add(Secret.of(config.database.password));
        }
        config.vendors.values().forEach(v -> {
            if (v.pathToken != null) {
                out.add(Secret.of(v.pathToken));
            }
            v.keys.values().stream().filter(k -> k != null && !k.isEmpty()).map(Secret::of).forEach(out::add);
        });
        return out;
    }

    /** The bound port (after {@link #start()}). */
    public int port() {
        return listener == null ? -1 : listener.port();
    }

    public RequestPipeline pipeline() {
        return pipeline;
    }

    public JdbcInbox inbox() {
        return inbox;
    }

    public JdbcDeliveryQueue deliveryQueue() {
        return deliveryQueue;
    }

    public JdbcCardLedger cardLedger() {
        return cardLedger;
    }

    public JdbcPassRepository passes() {
        return passes;
    }

    public JdbcAccessListRepository accessLists() {
        return lists;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    public Database database() {
        return database;
    }

    /**
     * Graceful stop: the listener stops taking requests and finishes in-flight ones, delivery
     * stops after the current event, then the database closes. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Each step runs even when an earlier one fails, so the database always closes last.
        RuntimeException failure = null;
        failure = step(failure, () -> {
            if (listener != null) {
                listener.close();
            } else if (pipeline != null) {
                pipeline.startDraining();
            }
        });
        failure = step(failure, () -> {
            if (inbox != null) {
                inbox.close(); // commits what the stopped listener's last requests queued
            }
        });
        failure = step(failure, () -> {
            if (dispatcher != null) {
                dispatcher.close();
            }
        });
        failure = step(failure, () -> {
            if (webhook != null) {
                webhook.close();
            }
        });
        failure = step(failure, () -> {
            if (database != null) {
                database.close();
            }
        });
        failure = step(failure, meters::close);
        if (failure != null) {
            throw failure;
        }
        LOG.info("ParkBridge stopped");
    }

    /** Runs one shutdown step, keeping the first failure and attaching later ones to it. */
    private static RuntimeException step(RuntimeException failure, Runnable action) {
        try {
            action.run();
            return failure;
        } catch (RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }

    /** Collects what to run; {@link #build()} creates the (not yet started) server. */
    public static final class Builder {
        private final ParkBridgeConfig config;
        private Clock clock = Clock.systemUTC();
        private final List<RouteProvider> routeProviders = new ArrayList<>();
        private final List<DeliverySink> sinks = new ArrayList<>();
        private boolean discoverHandlers = true;
        private final VendorApplications.Builder applications = new VendorApplications.Builder();
        private boolean discoverApplications = true;

        private Builder(ParkBridgeConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /**
         * Bluecard's answers that need the application (4.13 pre-exit fee, 4.16/4.17 QR payment,
         * 4.24-4.27 face-to-face and lane payments, 4.28 gate decision); without it the module's
         * safe defaults apply (the park's own fee, payments refused, the park decides the gate).
         */
        public Builder bluecardApplication(BluecardApplication application) {
            applications.bluecard(application);
            return this;
        }

        /**
         * The answer Carsafe (Chean) gets from an interface that expects data back, e.g. "11.12";
         * {@code number} must be an interface Chean calls on us.
         *
         * @throws IllegalArgumentException naming {@code number} when it is not one
         */
        public Builder carsafeResponder(String number, CarsafeResponder responder) {
            CarsafeInterface i = CarsafeCatalogue.standard().require(number);
            if (i.direction() != Direction.VENDOR_CALLS_US) {
                throw new IllegalArgumentException("number: expected an interface Chean calls on us, got " + number);
            }
            applications.carsafeResponder(number, responder);
            return this;
        }

        /**
         * Whether {@link #build()} looks for a {@code BluecardApplication} registered with
         * ServiceLoader when none was supplied (default true; more than one registered is an error).
         */
        public Builder discoverVendorApplications(boolean discover) {
            this.discoverApplications = discover;
            return this;
        }

        /** Carsafe 6.2.3: whether a third-party payment Chean asks about is genuine (default: yes). */
        public Builder carsafePaymentVerifier(Predicate<JsonNode> verifier) {
            applications.carsafePaymentVerifier(verifier);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Routes built once the stores exist (vendor modules need the inbox). */
        public Builder routes(RouteProvider provider) {
            routeProviders.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Fixed routes. */
        public Builder routes(List<Route> routes) {
            List<Route> copy = List.copyOf(routes);
            return routes(ctx -> copy);
        }

        /** A Java event handler, delivered at least once with retries under {@code name}. */
        public Builder eventHandler(String name, EventHandler handler) {
            sinks.add(new EventHandlerSink(name, handler));
            return this;
        }

        /** Any delivery sink. */
        public Builder sink(DeliverySink sink) {
            sinks.add(Objects.requireNonNull(sink, "sink"));
            return this;
        }

        /** Whether to load {@link EventHandler}s from ServiceLoader (default true). */
        public Builder discoverEventHandlers(boolean discover) {
            this.discoverHandlers = discover;
            return this;
        }

        public ParkBridgeServer build() {
            return new ParkBridgeServer(this);
        }
    }
}
