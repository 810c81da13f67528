package io.parkbridge.protocol.washer.inbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The water volume planned per purifier order. The platform's WP1_WORK_FINISH callback reports
 * the water left over, not the water dispensed; knowing the plan turns one into the other.
 */
public interface WaterPlans {

    /** Remembers that {@code orderId} may dispense {@code volumeMl}. */
    void record(String orderId, int volumeMl);

    /** The planned volume of {@code orderId}, if known. */
    OptionalInt planned(String orderId);

    /** Keeps the newest {@code capacity} plans in memory. Thread-safe. */
    static WaterPlans inMemory(int capacity) {
        Map<String, Integer> plans = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
        return new WaterPlans() {
            @Override
            public synchronized void record(String orderId, int volumeMl) {
                plans.put(orderId, volumeMl);
            }

            @Override
            public synchronized OptionalInt planned(String orderId) {
                Integer v = plans.get(orderId);
                return v == null ? OptionalInt.empty() : OptionalInt.of(v);
            }
        };
    }

    /** Remembers nothing: WP1_WORK_FINISH then reports an unknown dispensed volume (-1). */
    static WaterPlans none() {
        return new WaterPlans() {
            @Override
            public void record(String orderId, int volumeMl) {
            }

            @Override
            public OptionalInt planned(String orderId) {
                return OptionalInt.empty();
            }
        };
    }
}
