package io.parkbridge.adapter.http;

import io.parkbridge.adapter.http.config.ConfigLoader;
import io.parkbridge.adapter.http.config.ParkBridgeConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * The server as {@link RestartTest} runs it in a child JVM: embedded database in args[0], the
 * washer platform's routes (and the test vendor's), and an idempotent handler whose effect is one file per event key in
 * args[1]. Writes the bound port to args[2] once it serves.
 */
public final class ChildServerMain {
    private ChildServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path effects = Path.of(args[1]);
        Path portFile = Path.of(args[2]);
        ParkBridgeConfig config = ConfigLoader.defaults();
        config.server.host = "127.0.0.1";
        config.server.port = 0;
        config.database.dataDir = dataDir.toString();
        config.delivery.pollIntervalMillis = 20;
        config.delivery.leaseSeconds = 2; // a killed owner's claims come back quickly
        config.vendors.put("washer", new ParkBridgeConfig.Vendor());
        ParkBridgeConfig.Scheme scheme = new ParkBridgeConfig.Scheme();
        scheme.id = "1";
        scheme.price = "15.00";
        config.washer.schemes.add(scheme);
        ParkBridgeServer server = ParkBridgeServer.builder(config).routes(TestVendor.provider())
                .eventHandler("effects", e -> effect(effects, e.key())).discoverEventHandlers(false).build();
        int port = server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(tmp, Integer.toString(port));
        Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        new CountDownLatch(1).await();
    }

    /** The effect: create a file named after the key, once; a repeat delivery finds it there. */
    private static void effect(Path dir, String key) throws IOException {
        try {
            Files.createFile(dir.resolve(key.replace(':', '_')));
        } catch (FileAlreadyExistsException repeat) {
            // delivered before the kill and again after: the effect already happened
        }
    }
}
