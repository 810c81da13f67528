package io.parkbridge.adapter.http.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool (HikariCP) with the schema migrated by Flyway on open. One per server;
 * every repository shares it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DatabaseSettings settings;

    private Database(HikariDataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Opens the pool and applies pending migrations. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(settings.jdbcUrl());
        if (settings.username() != null) {
            hc.setUsername(settings.username());
        }
        if (settings.password() != null) {
            hc.setPassword(settings.password().reveal());
        }
        hc.setMaximumPoolSize(settings.maxPoolSize());
        hc.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        hc.setPoolName("parkbridge-db");
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(10_000);
        if (settings.isH2()) {
            hc.setConnectionInitSql("SET LOCK_TIMEOUT 10000"); // many debits on one card wait, not fail
        }
        HikariDataSource ds;
        if (settings.schema() != null) {
            // Create and migrate the schema first, then point every pooled connection at it.
            try (HikariDataSource bootstrap = new HikariDataSource(copy(hc, 3))) {
                migrate(bootstrap, settings.schema());
            }
            hc.setSchema(settings.schema());
            ds = new HikariDataSource(hc);
        } else {
            ds = new HikariDataSource(hc);
            try {
                migrate(ds, null);
            } catch (RuntimeException e) {
                ds.close(); // a failed migration must not leave the pool's connections and threads behind
                throw e;
            }
        }
        LOG.info("database ready: {}", settings.safeUrl());
        return new Database(ds, settings);
    }

    private static HikariConfig copy(HikariConfig hc, int poolSize) {
        HikariConfig c = new HikariConfig();
        hc.copyStateTo(c);
        c.setPoolName("parkbridge-db-migrate");
        c.setMaximumPoolSize(poolSize);
        c.setMinimumIdle(0);
        return c;
    }

    private static void migrate(DataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration/parkbridge")
                .table("pb_schema_history").failOnMissingLocations(true);
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public boolean isPostgres() {
        return !settings.isH2();
    }

    /** True if a connection answers within two seconds. */
    public boolean healthy() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
