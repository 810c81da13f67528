package io.parkbridge.protocol.carsafe;

import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.Direction;
import io.parkbridge.protocol.carsafe.catalogue.FieldSpec;
import io.parkbridge.protocol.support.crypto.NonceSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test data shared by the wire and end-to-end tests. */
final class Samples {
    /** 2019-12-09 15:42:45 in Shanghai, the 10.40 example's timestamp. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2019-12-09T07:42:45Z"), ZoneOffset.UTC);
    static final NonceSource NONCE_47 = () -> 47;
    /**
     * Interfaces the simulator serves from state (orders, cards, coupons, blacklist ids): sample
     * data cannot satisfy them, so dedicated end-to-end tests cover them instead.
     */
    static final java.util.List<String> STATEFUL = java.util.List.of("6.2", "6.5", "6.6", "6.7", "6.8", "6.26",
            "6.30", "6.31", "6.74", "10.16");

    private Samples() {
    }

    static Stream<CarsafeInterface> outbound() {
        return CarsafeCatalogue.standard().all().stream().filter(i -> i.direction().outbound());
    }

    static Stream<CarsafeInterface> inbound() {
        return CarsafeCatalogue.standard().byDirection(Direction.VENDOR_CALLS_US).stream();
    }

    /** Required fields (or the first field when none is required) with sample values; null when the interface takes none. */
    static Map<String, String> data(CarsafeInterface iface) {
        if (iface.request().isEmpty()) {
            return null;
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (FieldSpec f : iface.request()) {
            if (f.required()) {
                data.put(f.name(), value(f.name()));
            }
        }
        if (data.isEmpty()) {
            FieldSpec first = iface.request().get(0);
            data.put(first.name(), value(first.name()));
        }
        return data;
    }

    static String value(String field) {
        String f = field.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("plate") || f.equals("carno") || f.equals("credential") || f.equals("plateno")) {
            return "粤B12345";
        }
        if (f.contains("amount") || f.contains("cost") || f.contains("price") || f.contains("money")
                || f.startsWith("dec")) {
            return "12.50";
        }
        if (f.contains("time") || f.contains("date")) {
            return "2019-12-09 15:40:00";
        }
        return "v-" + field;
    }

    /** Compact JSON of a string map, written by hand (independent of Jackson). */
    static String json(Map<String, String> data) {
        if (data == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("{");
        data.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v)
                .append('"'));
        return b.append('}').toString();
    }

    /** An HMAC-SHA1 signature computed directly from the rule, without the module's signer. */
    static String independentSign(String key, String from, String timestamp, String nonce, String data) {
        String[] parts = {from, timestamp, nonce};
        Arrays.sort(parts);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] h = mac.doFinal((parts[0] + parts[1] + parts[2] + data).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(h);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
