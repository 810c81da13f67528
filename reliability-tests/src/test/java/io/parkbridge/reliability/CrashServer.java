package io.parkbridge.reliability;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.parkbridge.adapter.http.delivery.DeliveryPolicy;
import io.parkbridge.adapter.http.delivery.DeliverySink;
import io.parkbridge.adapter.http.delivery.Dispatcher;
import io.parkbridge.adapter.http.server.JdkHttpServerRuntime;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.server.RequestPipeline;
import io.parkbridge.adapter.http.server.RouteTable;
import io.parkbridge.adapter.http.server.ServerLimits;
import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.support.inbound.Route;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The server the crash test kills: a child JVM running the bundled server on an H2 file
 * database with the Bluecard routes, the inbox queuing one delivery per message to an "effects"
 * sink, and the dispatcher delivering them. The sink's effect is one line per call appended to a
 * file, so the test can count effects across kills. Prints {@code PORT <n>}; exits on
 * {@code STOP} (or dies by SIGKILL).
 */
public final class CrashServer {
    private CrashServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path effects = Path.of(args[1]);
        Clock clock = Clock.systemUTC();
        Database db = Database.open(DatabaseSettings.embedded(dataDir));
        JdbcInbox inbox = new JdbcInbox(db, clock, List.of("effects"));
        OutputStream effectLog = new FileOutputStream(effects.toFile(), true);
        DeliverySink sink = new DeliverySink() {
            @Override
            public String name() {
                return "effects";
            }

            @Override
            public void deliver(DomainEvent event, String eventJson) throws Exception {
                synchronized (effectLog) {
                    effectLog.write((event.key() + "\n").getBytes(StandardCharsets.UTF_8));
                    effectLog.flush();
                }
            }
        };
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Dispatcher dispatcher = new Dispatcher(new JdbcDeliveryQueue(db), List.of(sink),
                new DeliveryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(5)), clock,
                meters, LogRedactor.cardsOnly(), "crash-test");
        inbox.onAccepted(m -> dispatcher.wakeUp());
        dispatcher.start(2, Duration.ofMillis(200));
        RouteTable routes = new RouteTable();
        for (Route r : BluecardInboundHandler.builder().park(Known.BLUECARD_PARK, Known.BLUECARD_KEY).inbox(inbox)
                .clock(clock).build().routes()) {
            routes.mount(r, null, null);
        }
        RequestPipeline pipeline = new RequestPipeline(routes, meters, LogRedactor.of(List.of(Known.BLUECARD_KEY)),
                ServerLimits.DEFAULT.maxBodyBytes());
        JdkHttpServerRuntime runtime = JdkHttpServerRuntime.start("127.0.0.1", 0, pipeline, ServerLimits.DEFAULT);
        System.out.println("PORT " + runtime.port());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("STOP")) {
                break;
            }
        }
        runtime.close();
        dispatcher.close();
        db.close();
        System.exit(0);
    }
}
