package io.parkbridge.reliability;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.parkbridge.adapter.http.server.HealthEndpoint;
import io.parkbridge.adapter.http.server.JdkHttpServerRuntime;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.server.RequestPipeline;
import io.parkbridge.adapter.http.server.RouteTable;
import io.parkbridge.adapter.http.server.ServerLimits;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.protocol.bluecard.inbound.BadRecordPolicy;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.inbound.CarsafeInbound;
import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.washer.WasherRoutes;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.washer.inbound.CallbackHandler;
import io.parkbridge.protocol.washer.inbound.InboundGuard;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled server as a deployment assembles it (adapter-http's route table, request pipeline
 * and JDK server runtime, every vendor's inbound routes, the JDBC inbox committing before the
 * reply), on 127.0.0.1 and a free port, with the {@link Known} secrets.
 *
 * <p>adapter-http has no public one-call assembly yet, so the wiring is done here from its
 * public parts; it mirrors what {@code serve} does.
 */
final class BundledServer implements AutoCloseable {
    /** Smaller than the 1 MiB default so the over-limit cases stay cheap; the behaviour is the same. */
    static final ServerLimits LIMITS = new ServerLimits(256 * 1024, 16, 64, Duration.ofSeconds(30),
            Duration.ofSeconds(5));

    final Database db;
    final JdbcInbox inbox;
    final List<Route> routes = new ArrayList<>();
    private final JdkHttpServerRuntime runtime;

    BundledServer(DatabaseSettings settings) throws Exception {
        db = Database.open(settings);
        Clock clock = Clock.systemUTC();
        inbox = new JdbcInbox(db, clock, List.of());
        // REJECT_BATCH: a bad record fails the push and stores nothing (the default quarantines it).
        routes.addAll(BluecardInboundHandler.builder().park(Known.BLUECARD_PARK, Known.BLUECARD_KEY).inbox(inbox)
                .badRecordPolicy(BadRecordPolicy.REJECT_BATCH).clock(clock).build().routes());
        // A deployment's 6.2.3 verifier says yes to its own payments; without one every question is
        // answered "fail" (and still recorded), which this suite would count as a refusal.
        routes.addAll(CarsafeInbound.builder().keys(CarsafeKeys.single(Known.CARSAFE_KEY)).inbox(inbox).clock(clock)
                .paymentVerifier(data -> true).build().routes());
        InboundGuard guard = InboundGuard.none().withPathToken(Known.WASHER_TOKEN);
        ActiveRequestHandler active = ActiveRequestHandler.builder(
                r -> WashDecision.refuse("o-" + r.hashCode(), "reliability suite refuses every wash")).guard(guard)
                .clock(clock).build();
        routes.addAll(WasherRoutes.of(active, CallbackHandler.of(inbox, clock, guard, WaterPlans.none())));
        RouteTable table = new RouteTable();
        for (Route r : routes) {
            table.mount(r, null, null);
        }
        RequestPipeline pipeline = new RequestPipeline(table, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                LogRedactor.of(List.of(Known.BLUECARD_KEY, Known.CARSAFE_KEY, Known.WASHER_TOKEN)),
                LIMITS.maxBodyBytes());
        HealthEndpoint health = new HealthEndpoint();
        pipeline.addSystemEndpoint("/health/live", health::live);
        runtime = JdkHttpServerRuntime.start("127.0.0.1", 0, pipeline, LIMITS);
    }

    static BundledServer h2(Path dir) throws Exception {
        return new BundledServer(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("pb").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", null, null, 10));
    }

    int port() {
        return runtime.port();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        runtime.close();
        db.close();
    }
}
