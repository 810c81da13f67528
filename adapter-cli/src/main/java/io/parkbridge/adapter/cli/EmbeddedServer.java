package io.parkbridge.adapter.cli;

import io.parkbridge.adapter.http.ParkBridgeServer;
import io.parkbridge.adapter.http.config.ConfigException;
import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import io.parkbridge.adapter.http.server.MountedRoute;
import io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.core.event.EventHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * adapter-http's {@link ParkBridgeServer} as the CLI runs it: from a configuration file, or on
 * the embedded defaults (H2 under a data directory, 127.0.0.1, and demo keys for the washer,
 * Carsafe and Bluecard routes so the simulators can talk to it out of the box).
 */
final class EmbeddedServer implements AutoCloseable {
    /** Demo keys of the embedded defaults (loopback only; a real deployment configures its own). */
    static final String CARSAFE_KEY = "111111";
    static final String BLUECARD_PARK = "P0001";
    static final String BLUECARD_KEY = "demo-bluecard-key";

    private final ParkBridgeServer server;
    private final String host;
    private int port = -1;

    private EmbeddedServer(ParkBridgeConfig config, Clock clock, Map<String, EventHandler> handlers) {
        this.host = config.server.host;
        // The builder mounts every vendor configured under vendors.* (adapter-http's VendorRoutes).
        ParkBridgeServer.Builder b = ParkBridgeServer.builder(config).clock(clock).discoverEventHandlers(false);
        handlers.forEach(b::eventHandler);
        this.server = b.build();
    }

    /** The embedded defaults with the database under {@code dataDir}, listening on 127.0.0.1:{@code port}. */
    static ParkBridgeConfig embeddedConfig(Path dataDir, int port) {
        ParkBridgeConfig c = ConfigLoader.defaults();
        c.server.host = "127.0.0.1";
        c.server.port = port;
        c.database.dataDir = dataDir.toString();
        c.delivery.pollIntervalMillis = 100;
        ParkBridgeConfig.Vendor carsafe = new ParkBridgeConfig.Vendor();
        carsafe.keys.put("default", CARSAFE_KEY);
        ParkBridgeConfig.Vendor bluecard = new ParkBridgeConfig.Vendor();
        bluecard.keys.put(BLUECARD_PARK, BLUECARD_KEY);
        // Washer prices: scheme 1 = 15.00, 2 = 20.00, 3 = 25.00; water 0.50 per 100 ml, 1000 ml per swipe.
        String[][] schemes = {{"1", "Quick", "15.00"}, {"2", "Standard", "20.00"}, {"3", "Deluxe", "25.00"}};
        for (String[] s : schemes) {
            ParkBridgeConfig.Scheme scheme = new ParkBridgeConfig.Scheme();
            scheme.id = s[0];
            scheme.name = s[1];
            scheme.price = s[2];
            c.washer.schemes.add(scheme);
        }
        c.washer.defaultScheme = 1;
        c.washer.waterPricePer100Ml = "0.50";
        c.washer.waterVolumeMl = 1000;
        c.vendors.putAll(Map.of("carsafe", carsafe, "bluecard", bluecard, "washer", new ParkBridgeConfig.Vendor()));
        return c;
    }

    /** Loads a configuration file ({@code ${VAR}} references resolved from the context's environment). */
    static ParkBridgeConfig loadConfig(CliContext ctx, Path file) {
        Path path = ctx.workDir().resolve(file);
        if (!java.nio.file.Files.isReadable(path)) {
            throw new java.io.UncheckedIOException(new java.io.IOException("--config " + file + ": cannot read the file"));
        }
        try {
            return new ConfigLoader(name -> ctx.env().get(name)).load(ctx.workDir().resolve(file));
        } catch (ConfigException e) {
            throw new UsageException("--config " + file + ": " + String.join("; ", e.errors()));
        }
    }

    /** Builds the server (not yet started). */
    static EmbeddedServer create(ParkBridgeConfig config, Clock clock) {
        return new EmbeddedServer(config, clock, Map.of());
    }

    /** Builds the server with Java event handlers delivered from the inbox (at least once, with retries). */
    static EmbeddedServer create(ParkBridgeConfig config, Clock clock, Map<String, EventHandler> handlers) {
        return new EmbeddedServer(config, clock, handlers);
    }

    /** Opens the database, mounts the routes, starts delivery and the listener; returns the port. */
    int start() {
        port = server.start();
        return port;
    }

    String baseUrl() {
        String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return "http://" + h + ":" + port;
    }

    List<MountedRoute> routes() {
        return new ArrayList<>(server.pipeline().routes().all());
    }

    JdbcInbox inbox() {
        return server.inbox();
    }

    JdbcCardLedger cards() {
        return server.cardLedger();
    }

    ParkBridgeServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
