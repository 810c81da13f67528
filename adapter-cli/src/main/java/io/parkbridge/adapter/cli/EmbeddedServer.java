package io.parkbridge.adapter.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parkbridge.adapter.http.server.HealthCheck;
import io.parkbridge.adapter.http.server.HealthEndpoint;
import io.parkbridge.adapter.http.server.JdkHttpServerRuntime;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.server.MountedRoute;
import io.parkbridge.adapter.http.server.RequestPipeline;
import io.parkbridge.adapter.http.server.RouteTable;
import io.parkbridge.adapter.http.server.ServerLimits;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcAccessListRepository;
import io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.adapter.http.store.jdbc.JdbcPassRepository;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.inbound.CarsafeInbound;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.washer.inbound.CallbackHandler;
import io.parkbridge.protocol.washer.policy.DefaultWashPolicy;
import io.parkbridge.protocol.washer.policy.WashTariff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bundled server on embedded defaults, assembled from adapter-http's public parts: an H2
 * database under the data directory (migrated on open), the durable inbox and stores, the
 * washer, Carsafe and Bluecard inbound routes, {@code /health} and the JDK HTTP listener on
 * 127.0.0.1.
 *
 * <p>Why here and not adapter-http's {@code ParkBridgeServer}: that class (with its config file
 * loader and admin API) is not on main yet; when it lands, {@code serve --config} should use it.
 */
final class EmbeddedServer implements AutoCloseable {
    /** Demo keys of the embedded defaults (loopback only; a real deployment configures its own). */
    static final String CARSAFE_KEY = "111111";
    static final String BLUECARD_PARK = "P0001";
    static final String BLUECARD_KEY = "demo-bluecard-key";
    /** The washer's prices on embedded defaults: scheme 1 = 15.00, 2 = 20.00, 3 = 25.00; water 0.50 per 100 ml. */
    static final WashTariff WASH_TARIFF = new WashTariff(Map.of(1, Money.parseYuan("15.00"), 2, Money.parseYuan("20.00"),
            3, Money.parseYuan("25.00")), 1, Money.parseYuan("0.50"), 1000, 60);

    private final Database database;
    private final JdbcInbox inbox;
    private final JdbcCardLedger cards;
    private final JdbcPassRepository passes;
    private final JdbcAccessListRepository lists;
    private final RequestPipeline pipeline;
    private final List<MountedRoute> mounted = new ArrayList<>();
    private JdkHttpServerRuntime listener;

    private EmbeddedServer(Path dataDir, Clock clock) {
        database = Database.open(DatabaseSettings.embedded(dataDir));
        try {
            inbox = new JdbcInbox(database, clock, List.of());
            cards = new JdbcCardLedger(database, clock);
            passes = new JdbcPassRepository(database);
            lists = new JdbcAccessListRepository(database);
            RouteTable table = new RouteTable();
            for (Route r : routes(clock)) {
                mounted.add(table.mount(r, null, null));
            }
            pipeline = new RequestPipeline(table, new SimpleMeterRegistry(),
                    LogRedactor.of(List.of(Secret.of(CARSAFE_KEY), Secret.of(BLUECARD_KEY))),
                    ServerLimits.DEFAULT.maxBodyBytes());
            HealthEndpoint health = new HealthEndpoint();
            health.add(new HealthCheck() {
                @Override
                public String name() {
                    return "database";
                }

                @Override
                public Result check() {
                    return database.healthy() ? Result.up("h2") : Result.down("no connection");
                }
            });
            pipeline.addSystemEndpoint("/health", health::ready);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens the database under {@code dataDir} and prepares the routes (not yet listening). */
    static EmbeddedServer open(Path dataDir, Clock clock) {
        return new EmbeddedServer(dataDir, clock);
    }

    /** Opens the stores only (for admin commands against the local database). */
    static Database openDatabase(Path dataDir) {
        return Database.open(DatabaseSettings.embedded(dataDir));
    }

    private List<Route> routes(Clock clock) {
        List<Route> routes = new ArrayList<>();
        DefaultWashPolicy policy = new DefaultWashPolicy(cards, passes, lists, WASH_TARIFF, clock);
        ActiveRequestHandler active = ActiveRequestHandler.builder(policy).clock(clock).budget(Duration.ofSeconds(5))
                .build();
        routes.addAll(WasherRoutes.of(active, CallbackHandler.of(inbox, clock)));
        routes.addAll(CarsafeInbound.builder().keys(CarsafeKeys.single(Secret.of(CARSAFE_KEY))).inbox(inbox).clock(clock)
                .zone(ZoneId.of("Asia/Shanghai")).build().routes());
        routes.addAll(BluecardInboundHandler.builder().park(BLUECARD_PARK, Secret.of(BLUECARD_KEY)).inbox(inbox)
                .clock(clock).build().routes());
        return routes;
    }

    /** Starts listening on 127.0.0.1 ({@code port} 0: any free port) and returns the port. */
    int listen(String host, int port) {
        try {
            listener = JdkHttpServerRuntime.start(host, port, pipeline, ServerLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return listener.port();
    }

    String baseUrl() {
        Objects.requireNonNull(listener, "not listening");
        return "http://127.0.0.1:" + listener.port();
    }

    List<MountedRoute> routes() {
        return List.copyOf(mounted);
    }

    JdbcInbox inbox() {
        return inbox;
    }

    JdbcCardLedger cards() {
        return cards;
    }

    JdbcPassRepository passes() {
        return passes;
    }

    JdbcAccessListRepository lists() {
        return lists;
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
        database.close();
    }
}
