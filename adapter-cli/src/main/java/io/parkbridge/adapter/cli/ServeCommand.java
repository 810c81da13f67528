package io.parkbridge.adapter.cli;

import io.parkbridge.adapter.http.server.MountedRoute;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parkbridge serve}: the bundled server on embedded defaults, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the bundled server (adapter-http) until Ctrl-C.",
                "Embedded defaults: H2 under --data-dir,",
                "washer, Carsafe and Bluecard inbound routes with demo keys, /health; or as --config FILE says.",
                "Stops on Ctrl-C (or after --duration)."})
final class ServeCommand extends CliCommand {
    @Option(names = "--config", paramLabel = "FILE",
            description = "A server configuration file (needs adapter-http's configuration loader; see docs/cli.md).")
    Path config;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "Where the embedded database lives (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "Stop after this long (e.g. 30s, 10m); default: run until interrupted.")
    String duration;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port: expected 0-65535, got " + port);
        }
        Duration stopAfter = duration == null ? null : Durations.parse("--duration", duration);
        ParkBridgeConfig cfg;
        if (config != null) {
            cfg = EmbeddedServer.loadConfig(ctx(), config);
            if (spec.commandLine().getParseResult().hasMatchedOption("--port")) {
                cfg.server.port = port;
            }
            if (spec.commandLine().getParseResult().hasMatchedOption("--data-dir")) {
                cfg.database.dataDir = ctx().workDir().resolve(dataDir).toString();
            }
            if (spec.commandLine().getParseResult().hasMatchedOption("--host")) {
                cfg.server.host = host;
            }
        } else {
            cfg = EmbeddedServer.embeddedConfig(ctx().workDir().resolve(dataDir), port);
            cfg.server.host = host;
        }
        String where = cfg.database.url != null ? "external database" : "database " + cfg.database.dataDir;
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // On Ctrl-C the JVM halts once the hooks return: the hook waits for the graceful close below.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                // grace for in-flight requests, then up to ~10 s per delivery thread and the database
                stopped.await(cfg.server.shutdownGraceSeconds + 30L, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parkbridge-serve-stop");
        try (EmbeddedServer server = EmbeddedServer.create(cfg, Clock.systemUTC())) {
            int bound = server.start();
            out().printf("ParkBridge listening on http://%s:%d (%s)%n", cfg.server.host, bound, where);
            for (MountedRoute r : server.routes()) {
                out().printf("  %-8s %-48s %s%n", r.route().vendor(), r.publicPath(), r.route().interfaceName());
            }
            out().println("Health: /health, metrics: /metrics" + (cfg.admin.token == null ? "" : ", admin API: /admin") + ". Press Ctrl-C to stop.");
            out().flush();
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (stopAfter == null) {
                    stop.await();
                } else {
                    stop.await(stopAfter.toMillis(), TimeUnit.MILLISECONDS);
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping: the hook waits for the close below
                }
            }
        } finally {
            stopped.countDown();
        }
        out().println("ParkBridge stopped.");
        return 0;
    }
}
