package io.parkbridge.reliability;

import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.Direction;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.catalogue.FieldSpec;
import io.parkbridge.protocol.carsafe.codec.CarsafeEnvelope;
import io.parkbridge.protocol.carsafe.codec.CarsafeTime;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One inbound route as the bad-input corpus sees it: a valid payload, and how to turn a
 * (possibly mutated) payload into the bytes and headers the vendor would send, with the
 * authentication right or deliberately wrong.
 */
abstract class Target {
    /** How the request authenticates. */
    enum Auth { VALID, MISSING, WRONG, STALE }

    /** A request ready to send. */
    record Request(String method, String path, Map<String, String> headers, byte[] body) {
    }

    final Route route;

    Target(Route route) {
        this.route = route;
    }

    String name() {
        return route.vendor() + " " + route.path().replace(Known.WASHER_TOKEN.reveal(), "<token>");
    }

    /** The payload the mutations start from (JSON text; for Carsafe the envelope's data). */
    abstract String validPayload();

    /** The request carrying {@code payload}. */
    abstract Request request(byte[] payload, Auth auth);

    /** True when the route stores accepted input in the inbox (questions such as 4.15 do not). */
    boolean stores() {
        return true;
    }

    /** Whether {@link Auth#STALE} means anything for this vendor (only Carsafe signs a timestamp). */
    boolean hasTimestamp() {
        return false;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<Target> all(List<Route> routes) {
        List<Target> out = new ArrayList<>();
        Map<String, CarsafeInterface> carsafe = new LinkedHashMap<>();
        for (CarsafeInterface i : CarsafeCatalogue.standard().byDirection(Direction.VENDOR_CALLS_US)) {
            carsafe.put("/" + i.path(), i);
        }
        for (Route r : routes) {
            switch (r.vendor()) {
                case "bluecard" -> out.add(new BluecardTarget(r));
                case "carsafe" -> out.add(new CarsafeTarget(r, carsafe.get(r.path())));
                default -> out.add(new WasherTarget(r));
            }
        }
        return out;
    }

    /** Bluecard: JSON body, {@code sign} header = md5(key + parkNumber). */
    static final class BluecardTarget extends Target {
        private static final AtomicLong ORDER = new AtomicLong();

        BluecardTarget(Route route) {
            super(route);
        }

        @Override
        String validPayload() {
            String wire = route.path().substring(route.path().lastIndexOf('/') + 1);
            String record = "{\"plate\":\"粤B12345\",\"plateColor\":\"蓝色\",\"inTime\":\"2026-03-02 09:15:00\","
                    + "\"inChannel\":\"east-in\",\"orderId\":\"rel-" + ORDER.incrementAndGet() + "\"}";
            return switch (wire) {
                case "carIn" -> "{\"parkNumber\":\"" + Known.BLUECARD_PARK + "\",\"size\":1,\"datas\":[" + record + "]}";
                case "heartbeat" -> "{\"parkNumber\":\"" + Known.BLUECARD_PARK + "\",\"timeStamp\":\"2026-03-02 09:15:00\"}";
                default -> "{\"parkNumber\":\"" + Known.BLUECARD_PARK + "\",\"size\":1,\"datas\":[" + record
                        + "],\"orderId\":\"rel-" + ORDER.get() + "\",\"plate\":\"粤B12345\",\"outTradeNo\":\"t-"
                        + ORDER.get() + "\",\"payCharge\":\"5.00\",\"method\":\"opengate\"}";
            };
        }

        @Override
        Request request(byte[] payload, Auth auth) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Content-Type", "application/json; charset=UTF-8");
            switch (auth) {
                case VALID, STALE -> h.put("sign", BluecardSigner.sign(Known.BLUECARD_KEY, Known.BLUECARD_PARK));
                case WRONG -> h.put("sign", BluecardSigner.sign(Secret.of("not-the-key"), Known.BLUECARD_PARK));
                default -> { }
            }
            return new Request("POST", route.path(), h, payload);
        }
    }

    /** Carsafe: a signed envelope around the data; timestamp window and replay guard. */
    static final class CarsafeTarget extends Target {
        private static final AtomicLong NONCE = new AtomicLong(1000);
        private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
        private final CarsafeInterface iface;

        CarsafeTarget(Route route, CarsafeInterface iface) {
            super(route);
            this.iface = iface;
        }

        @Override
        boolean hasTimestamp() {
            return iface.envelope() == EnvelopeKind.STANDARD;
        }

        @Override
        String validPayload() {
            StringBuilder b = new StringBuilder("{");
            List<FieldSpec> fields = iface.request().stream().filter(FieldSpec::required).toList();
            if (fields.isEmpty() && !iface.request().isEmpty()) {
                fields = List.of(iface.request().get(0));
            }
            for (FieldSpec f : fields) {
                b.append(b.length() > 1 ? "," : "").append('"').append(f.name()).append("\":\"").append(value(f.name()))
                        .append('"');
            }
            String data = b.append('}').toString();
            // chapter 13 reports carry a list of records (13.7 a single object)
            return iface.chapter() == 13 && !iface.number().equals("13.7") ? "[" + data + "]" : data;
        }

        private String value(String field) {
            String f = field.toLowerCase(Locale.ROOT);
            if (f.contains("plate") || f.equals("carno") || f.equals("credential") || f.equals("plateno")) {
                return "粤B12345";
            }
            if (f.contains("amount") || f.contains("cost") || f.contains("price") || f.contains("money")
                    || f.startsWith("dec")) {
                return "12.50";
            }
            if (f.contains("time") || f.contains("date")) {
                return CarsafeTime.format(LocalDateTime.now(ZONE).withNano(0));
            }
            return "v-" + field + "-" + NONCE.incrementAndGet();
        }

        @Override
        Request request(byte[] payload, Auth auth) {
            Map<String, String> h = Map.of("Content-Type", "application/json; charset=UTF-8");
            if (iface.envelope() != EnvelopeKind.STANDARD) {
                return new Request("POST", route.path(), h, payload);
            }
            String data = new String(payload, StandardCharsets.UTF_8);
            LocalDateTime at = LocalDateTime.now(ZONE).withNano(0);
            if (auth == Auth.STALE) {
                at = at.minusMinutes(30);
            }
            String ts = CarsafeTime.format(at);
            String nonce = Long.toString(NONCE.incrementAndGet());
            Secret key = auth == Auth.WRONG ? Secret.of("not-the-key") : Known.CARSAFE_KEY;
            String json = CarsafeEnvelope.signed(key, Known.CARSAFE_FROM, nonce, "1001", ts, data, null).toJson();
            if (auth == Auth.MISSING) {
                json = json.replaceFirst("\"sign\":\"[^\"]*\"", "\"sign\":null");
            }
            return new Request("POST", route.path(), h, utf8(json));
        }
    }

    /** Washer: unsigned JSON; the guard's secret path token stands in for a signature. */
    static final class WasherTarget extends Target {
        private static final AtomicLong ORDER = new AtomicLong();

        WasherTarget(Route route) {
            super(route);
        }

        @Override
        boolean stores() {
            return route.path().contains("/callback");
        }

        @Override
        String validPayload() {
            if (route.path().contains("/callback")) {
                return "{\"callTime\":" + System.currentTimeMillis() + ",\"callbackType\":\"FINISH_WASH\",\"iotId\":"
                        + "8800123,\"orderId\":\"w-" + ORDER.incrementAndGet() + "\"}";
            }
            return "{\"callTime\":" + System.currentTimeMillis() + ",\"iotId\":8800123,\"callType\":\"CARD_WASH\","
                    + "\"cardNum\":\"" + Known.CARDS.get(0) + "\"}";
        }

        @Override
        Request request(byte[] payload, Auth auth) {
            String path = route.path();
            if (auth == Auth.WRONG) {
                path = path.replace(Known.WASHER_TOKEN.reveal(), "WTtoken-guess-0000000000");
            } else if (auth == Auth.MISSING) {
                path = path.substring(0, path.lastIndexOf('/'));
            }
            return new Request("POST", path, Map.of("Content-Type", "application/json"), payload);
        }
    }
}
