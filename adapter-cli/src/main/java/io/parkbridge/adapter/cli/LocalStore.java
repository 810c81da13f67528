package io.parkbridge.adapter.cli;

import io.parkbridge.adapter.http.store.jdbc.Database;
import io.parkbridge.adapter.http.store.jdbc.DatabaseSettings;
import io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.adapter.http.store.jdbc.JdbcPassRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The local embedded database the admin commands work on ({@code --data-dir}, default
 * {@code ./data}, the same as {@code serve}). H2 file databases take one process at a time:
 * stop a running {@code serve} on the same directory first (or use its admin API).
 */
final class LocalStore implements AutoCloseable {
    final Database database;
    final Clock clock;

    private LocalStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The {@code --data-dir} option the admin commands share. */
    static final class Options {
        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
                description = "The embedded database's directory (default ./${DEFAULT-VALUE}).")
        Path dataDir;

        LocalStore open(CliContext ctx, boolean create) {
            Path dir = ctx.workDir().resolve(dataDir);
            if (!create && !Files.isDirectory(dir)) {
                throw new UsageException("--data-dir " + dataDir + ": no database there (run 'parkbridge serve' or"
                        + " 'parkbridge cards open' first)");
            }
            return new LocalStore(Database.open(DatabaseSettings.embedded(dir)), ctx.clock());
        }
    }

    JdbcCardLedger cards() {
        return new JdbcCardLedger(database, clock);
    }

    JdbcPassRepository passes() {
        return new JdbcPassRepository(database);
    }

    JdbcInbox inbox() {
        return new JdbcInbox(database, clock, List.of());
    }

    JdbcDeliveryQueue deliveries() {
        return new JdbcDeliveryQueue(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
