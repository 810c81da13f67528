package io.parkbridge.adapter.http.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's configuration file (YAML or JSON), bound by Jackson and validated with Bean
 * Validation. Every field has the documented default used when the file (or the key) is absent;
 * see docs/server.md for the reference. Unknown keys are errors (typos must not pass silently),
 * except inside {@code vendors.*.keys}, which each vendor module defines.
 */
public final class ParkBridgeConfig {
    static final String YUAN = "^[0-9]{1,9}(\\.[0-9]{1,2})?$";
    static final String YUAN_MESSAGE = "expected a yuan amount such as 12.50 (at most two decimals)";

    @Valid
    @NotNull(message = "expected a section")
    public Server server = new Server();
    @Valid
    @NotNull(message = "expected a section")
    public Database database = new Database();
    @Valid
    @NotNull(message = "expected a section")
    public Admin admin = new Admin();
    @Valid
    @NotNull(message = "expected a section")
    public Delivery delivery = new Delivery();
    /** Absent: no webhook. */
    @Valid
    public Webhook webhook;
    @NotNull(message = "expected a map of vendor name to vendor section")
    public Map<@Pattern(regexp = "carsafe|welink|bluecard|washer", message = "expected one of carsafe, welink, bluecard, washer") String, @Valid @NotNull(message = "expected a section") Vendor> vendors = new LinkedHashMap<>();
    @NotNull(message = "expected a list")
    public List<@Valid @NotNull(message = "expected a tariff") Tariff> tariffs = new ArrayList<>();
    @Valid
    @NotNull(message = "expected a section")
    public Washer washer = new Washer();

    /** Listener and limits. */
    public static final class Server {
        @NotBlank(message = "expected a host name or address to bind, such as 0.0.0.0 or 127.0.0.1")
        public String host = "0.0.0.0";
        @Min(value = 0, message = "expected a port 0..65535 (0: any free port)")
        @Max(value = 65535, message = "expected a port 0..65535 (0: any free port)")
        public int port = 8080;
        @Min(value = 1024, message = "expected 1024..67108864 bytes")
        @Max(value = 64L * 1024 * 1024, message = "expected 1024..67108864 bytes")
        public long maxBodyBytes = 1024 * 1024;
        @Min(value = 1, message = "expected 1..512")
        @Max(value = 512, message = "expected 1..512")
        public int workerThreads = 16;
        @Min(value = 0, message = "expected 0..100000")
        @Max(value = 100000, message = "expected 0..100000")
        public int queueCapacity = 64;
        @Min(value = 1, message = "expected 1..600 seconds")
        @Max(value = 600, message = "expected 1..600 seconds")
        public int requestTimeoutSeconds = 30;
        @Min(value = 0, message = "expected 0..300 seconds")
        @Max(value = 300, message = "expected 0..300 seconds")
        public int shutdownGraceSeconds = 10;
        @NotBlank(message = "expected a time-zone id such as Asia/Shanghai")
        public String zone = "Asia/Shanghai";
        @NotBlank(message = "expected a name for this instance (shown in claims and logs)")
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,60}", message = "expected 1..60 of A-Z a-z 0-9 _ . -")
        public String instanceName = "parkbridge";
    }

    /** Where data lives. */
    public static final class Database {
        /** Absent: the embedded H2 file database in {@link #dataDir}. */
        @Pattern(regexp = "jdbc:(h2|postgresql):.+", message = "expected a jdbc:postgresql:... or jdbc:h2:... URL")
        public String url;
        @NotBlank(message = "expected a directory for the embedded database")
        public String dataDir = "./data";
        public String username;
        public String password;
        @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,62}", message = "expected a plain identifier")
        public String schema;
        @Min(value = 1, message = "expected 1..200")
        @Max(value = 200, message = "expected 1..200")
        public int maxPoolSize = 10;
    }

    /** The admin API. */
    public static final class Admin {
        /** Absent: the admin API is off (every /admin/ path answers 404). */
        @Size(min = 24, message = "expected at least 24 characters (keep it out of the file with an environment variable reference)")
        public String token;
    }

    /** Retries of event delivery to Java handlers (the webhook has its own). */
    public static final class Delivery {
        @Min(value = 1, message = "expected 1..100")
        @Max(value = 100, message = "expected 1..100")
        public int maxAttempts = 10;
        @Min(value = 0, message = "expected 0..3600000 milliseconds")
        @Max(value = 3_600_000, message = "expected 0..3600000 milliseconds")
        public long initialBackoffMillis = 1000;
        @Min(value = 0, message = "expected 0..86400000 milliseconds")
        @Max(value = 86_400_000, message = "expected 0..86400000 milliseconds")
        public long maxBackoffMillis = 600_000;
        @Min(value = 1, message = "expected 1..86400 seconds")
        @Max(value = 86400, message = "expected 1..86400 seconds")
        public int leaseSeconds = 300;
        @Min(value = 10, message = "expected 10..60000 milliseconds")
        @Max(value = 60000, message = "expected 10..60000 milliseconds")
        public long pollIntervalMillis = 500;
        @Min(value = 1, message = "expected 1..64")
        @Max(value = 64, message = "expected 1..64")
        public int threads = 2;
    }

    /** The webhook forwarder. */
    public static final class Webhook {
        @NotBlank(message = "expected the URL to POST events to")
        @Pattern(regexp = "https?://.+", message = "expected an http:// or https:// URL")
        public String url;
        @NotBlank(message = "expected the HMAC secret (an environment variable reference keeps it out of the file)")
        @Size(min = 16, message = "expected at least 16 characters")
        public String secret;
        @Min(value = 1, message = "expected 1..100")
        @Max(value = 100, message = "expected 1..100")
        public int maxAttempts = 12;
        @Min(value = 0, message = "expected 0..3600000 milliseconds")
        @Max(value = 3_600_000, message = "expected 0..3600000 milliseconds")
        public long initialBackoffMillis = 2000;
        @Min(value = 0, message = "expected 0..86400000 milliseconds")
        @Max(value = 86_400_000, message = "expected 0..86400000 milliseconds")
        public long maxBackoffMillis = 3_600_000;
        @Min(value = 1, message = "expected 1..120 seconds")
        @Max(value = 120, message = "expected 1..120 seconds")
        public int timeoutSeconds = 10;
    }

    /** One vendor's inbound side. */
    public static final class Vendor {
        public boolean enabled = true;
        /** Secret path prefix: routes answer only under /{pathToken}/... */
        @Pattern(regexp = "[A-Za-z0-9_-]{16,128}", message = "expected 16..128 of A-Z a-z 0-9 _ -")
        public String pathToken;
        /** Default path (e.g. /washer/callback) to the path to use instead. */
        @NotNull(message = "expected a map of default path to path")
        public Map<@Pattern(regexp = "/.*", message = "expected a default path starting with /") String, @NotNull @Pattern(regexp = "/[A-Za-z0-9/_.~-]*", message = "expected a path starting with / (letters, digits, / _ . ~ -)") String> paths = new LinkedHashMap<>();
        /** Vendor credentials and settings as the vendor module names them (appId, secret...). */
        @NotNull(message = "expected a map of key name to value")
        public Map<String, String> keys = new LinkedHashMap<>();
        /** Peer addresses or CIDR ranges allowed to call (washer only; empty: any). */
        @NotNull(message = "expected a list of addresses or CIDR ranges")
        public List<@NotBlank(message = "expected an address or CIDR range such as 203.0.113.0/24") String> allowList = new ArrayList<>();
        /** Readiness fails when nothing arrived from this vendor for longer; absent: not checked. */
        @Min(value = 10, message = "expected 10..604800 seconds")
        @Max(value = 604800, message = "expected 10..604800 seconds")
        public Integer heartbeatMaxAgeSeconds;
    }

    /**
     * A parking tariff, mapped onto core {@code Tariff.simple} (see docs/fees.md): free minutes,
     * an optional flat first period, then a price per started unit, an optional cap per 24 h.
     */
    public static final class Tariff {
        @NotBlank(message = "expected a tariff id")
        public String id;
        @Min(value = 0, message = "expected 0..1440 minutes")
        @Max(value = 1440, message = "expected 0..1440 minutes")
        public int freeMinutes = 15;
        @Min(value = 0, message = "expected 0..1440 minutes")
        @Max(value = 1440, message = "expected 0..1440 minutes")
        public int firstPeriodMinutes = 0;
        @NotNull(message = YUAN_MESSAGE)
        @Pattern(regexp = YUAN, message = YUAN_MESSAGE)
        public String firstPeriodPrice = "0.00";
        @Min(value = 1, message = "expected 1..1440 minutes")
        @Max(value = 1440, message = "expected 1..1440 minutes")
        public int unitMinutes = 60;
        @NotNull(message = YUAN_MESSAGE)
        @Pattern(regexp = YUAN, message = YUAN_MESSAGE)
        public String unitPrice;
        @Pattern(regexp = YUAN, message = YUAN_MESSAGE)
        public String dailyCap;

        /** The core tariff, in {@code zone}. */
        public io.parkbridge.core.fee.Tariff toCore(java.time.ZoneId zone) {
            return io.parkbridge.core.fee.Tariff.simple(java.time.Duration.ofMinutes(freeMinutes),
                    java.time.Duration.ofMinutes(firstPeriodMinutes),
                    io.parkbridge.core.money.Money.parseYuan(firstPeriodPrice),
                    java.time.Duration.ofMinutes(unitMinutes), io.parkbridge.core.money.Money.parseYuan(unitPrice),
                    dailyCap == null ? null : io.parkbridge.core.money.Money.parseYuan(dailyCap))
                    .withName(id).withZone(zone);
        }
    }

    /** Washer schemes and prices (the default wash policy charges stored-value cards with these). */
    public static final class Washer {
        /** The scheme a card or plate gets. */
        @Min(value = 1, message = "expected a scheme 1..3")
        @Max(value = 3, message = "expected a scheme 1..3")
        public int defaultScheme = 1;
        @NotNull(message = YUAN_MESSAGE)
        @Pattern(regexp = YUAN, message = YUAN_MESSAGE)
        public String waterPricePer100Ml = "0.10";
        @Min(value = 100, message = "expected 100..100000 ml, a multiple of 100")
        @Max(value = 100000, message = "expected 100..100000 ml, a multiple of 100")
        public int waterVolumeMl = 500;
        @Min(value = 30, message = "expected 30..120 seconds")
        @Max(value = 120, message = "expected 30..120 seconds")
        public int waterMaxWaitSeconds = 60;
        /** How long the wash policy may take before the machine is refused (platform read timeout is 20 s). */
        @Min(value = 1, message = "expected 1..15 seconds")
        @Max(value = 15, message = "expected 1..15 seconds")
        public int decisionBudgetSeconds = 5;
        @NotNull(message = "expected a list")
        public List<@Valid @NotNull(message = "expected a scheme") Scheme> schemes = new ArrayList<>();
    }

    /** One wash programme. */
    public static final class Scheme {
        @NotBlank(message = "expected the scheme id the washer uses: 1, 2 or 3")
        @Pattern(regexp = "[1-3]", message = "expected the scheme id the washer uses: 1, 2 or 3")
        public String id;
        /** Display name (optional). */
        public String name;
        @NotNull(message = YUAN_MESSAGE)
        @Pattern(regexp = YUAN, message = YUAN_MESSAGE)
        public String price;
        @Min(value = 1, message = "expected 1..240 minutes")
        @Max(value = 240, message = "expected 1..240 minutes")
        public int minutes = 15;
    }
}
