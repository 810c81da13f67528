package io.parkbridge.adapter.http.store.jdbc;

import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to reach the database.
 *
 * @param jdbcUrl e.g. {@code jdbc:h2:file:./data/parkbridge} or {@code jdbc:postgresql://db:5432/parkbridge}
 * @param username may be null (taken from the URL or the driver's default)
 * @param password may be null
 * @param schema the schema to use and migrate (null: the connection's default)
 * @param maxPoolSize connections in the pool
 */
public record DatabaseSettings(String jdbcUrl, String username, Secret password, String schema, int maxPoolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database.url: expected a jdbc:h2: or jdbc:postgresql: URL, got "
                    + jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=****"));
        }
        if (schema != null && !schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database.schema: expected a plain identifier, got " + schema);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("database.maxPoolSize: expected 1 or more, got " + maxPoolSize);
        }
    }

    /**
     * The embedded default: an H2 file database {@code parkbridge} in {@code dataDir}. Commits are
     * written at once ({@code WRITE_DELAY=0}) so an acknowledged message survives a kill.
     */
    public static DatabaseSettings embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("parkbridge").toString().replace('\\', '/');
        return new DatabaseSettings("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", null,
                null, 10);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL with any password parameter masked, for logs. */
    public String safeUrl() {
        return jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=****");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", username=" + username + ", schema=" + schema
                + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
