package io.parkbridge.protocol.carsafe.client;

import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.support.crypto.Secret;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signing keys. The document says "每个接口功能的 private key 可能不同" (the key may differ per
 * interface function): a key is looked up by interface number, then by family (the method
 * prefix: "park", "acss", "pls", "cat", "pub", "report", "notify", "hb"...), then the default.
 */
public final class CarsafeKeys {
    private final Secret defaultKey;
    private final Map<String, Secret> byFamily;
    private final Map<String, Secret> byNumber;

    private CarsafeKeys(Secret defaultKey, Map<String, Secret> byFamily, Map<String, Secret> byNumber) {
        this.defaultKey = Objects.requireNonNull(defaultKey, "defaultKey");
        this.byFamily = Map.copyOf(byFamily);
        this.byNumber = Map.copyOf(byNumber);
    }

    /** One key for everything. */
    public static CarsafeKeys single(Secret key) {
        return new CarsafeKeys(key, Map.of(), Map.of());
    }

    /** Keys with {@code defaultKey} for every interface not given its own or its family's. */
    public static Builder builder(Secret defaultKey) {
        return new Builder(defaultKey);
    }

    /** The key for {@code iface}. */
    public Secret keyFor(CarsafeInterface iface) {
        Secret s = byNumber.get(iface.number());
        if (s == null) {
            s = byFamily.get(iface.keyFamily());
        }
        return s != null ? s : defaultKey;
    }

    /** Every configured key (for redaction). */
    public java.util.List<Secret> all() {
        java.util.List<Secret> all = new java.util.ArrayList<>();
        all.add(defaultKey);
        all.addAll(byFamily.values());
        all.addAll(byNumber.values());
        return all;
    }

    @Override
    public String toString() {
        return "CarsafeKeys[families=" + byFamily.keySet() + ", interfaces=" + byNumber.keySet() + "]";
    }

    /** Builds a key set. */
    public static final class Builder {
        private final Secret defaultKey;
        private final Map<String, Secret> byFamily = new HashMap<>();
        private final Map<String, Secret> byNumber = new HashMap<>();

        private Builder(Secret defaultKey) {
            this.defaultKey = Objects.requireNonNull(defaultKey, "defaultKey");
        }

        /** Key for a family such as "park" or "report". */
        public Builder family(String family, Secret key) {
            byFamily.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Key for one interface number such as "10.4". */
        public Builder iface(String number, Secret key) {
            byNumber.put(Objects.requireNonNull(number, "number"), Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Builds the keys. */
        public CarsafeKeys build() {
            return new CarsafeKeys(defaultKey, byFamily, byNumber);
        }
    }
}
