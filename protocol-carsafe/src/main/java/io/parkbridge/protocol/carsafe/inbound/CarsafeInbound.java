package io.parkbridge.protocol.carsafe.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.Direction;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.FieldCheck;
import io.parkbridge.protocol.carsafe.client.FieldValidator;
import io.parkbridge.protocol.carsafe.codec.CarsafeAmounts;
import io.parkbridge.protocol.carsafe.codec.CarsafeJson;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.codec.CarsafeSigner;
import io.parkbridge.protocol.carsafe.codec.CarsafeTime;
import io.parkbridge.protocol.carsafe.codec.ReceivedEnvelope;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Serves every interface Chean calls on us (chapters 13 and 14, 10.4, 10.53, 10.54, 6.2.3 and
 * the chapter 11 relays) as protocol-support {@link Route}s. One generic path per request:
 * parse, check the skew window, verify the signature over the bytes received, reject replays,
 * validate the required fields, map each record to a core event and store it through the
 * {@link Inbox}, then answer in the vendor's shape. Bad input never throws: it gets the vendor's
 * error envelope ({@code status false}, code 100001 bad input or 100003 authentication).
 */
public final class CarsafeInbound {
    static final String VENDOR = "carsafe";

    private final CarsafeKeys keys;
    private final Inbox inbox;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration skew;
    private final ReplayGuard replays;
    private final Map<String, CarsafeResponder> responders;
    private final Predicate<JsonNode> paymentVerifier;
    private final FieldCheck fieldCheck;
    private final InboundEvents events;
    private final Map<String, CarsafeInterface> byPath = new LinkedHashMap<>();

    private CarsafeInbound(Builder b) {
        this.keys = b.keys;
        this.inbox = b.inbox;
        this.clock = b.clock;
        this.zone = b.zone;
        this.skew = b.skew;
        this.replays = b.replays;
        this.responders = Map.copyOf(b.responders);
        this.paymentVerifier = b.paymentVerifier;
        this.fieldCheck = b.fieldCheck;
        this.events = new InboundEvents(zone, b.amounts);
        for (CarsafeInterface i : CarsafeCatalogue.standard().byDirection(Direction.VENDOR_CALLS_US)) {
            byPath.put(b.pathPrefix + "/" + i.path(), i);
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** One route per inbound interface, at its default path ("/report/parkInData", "/notify/gateStatus"...). */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        byPath.forEach((path, iface) -> routes.add(new Route(VENDOR, iface.number() + " " + iface.nameEn(), path,
                request -> handle(iface, request))));
        return routes;
    }

    /** A single handler that dispatches on the request path (for servers that mount one handler). */
    public InboundHandler handler() {
        return request -> {
            CarsafeInterface iface = byPath.get(request.path());
            if (iface == null) {
                return error(404, 100001, "no Carsafe interface at " + request.path());
            }
            return handle(iface, request);
        };
    }

    /** Handles one request for {@code iface}. Never throws for bad input. */
    public InboundResponse handle(CarsafeInterface iface, InboundRequest request) {
        if (!"POST".equals(request.method())) {
            return error(405, 100001, "expected POST");
        }
        try {
            return switch (iface.envelope()) {
                case STANDARD -> standard(iface, request);
                case VERIFY_REQUEST -> verifyRequest(iface, request);
                default -> unsigned(iface, request);
            };
        } catch (MalformedMessageException e) {
            return error(200, 100001, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(200, 100001, "carsafe: " + e.getMessage());
        } catch (RuntimeException e) {
            // storage failed: answer failure so the vendor sends it again
            return error(500, 500, "carsafe: could not store the message (" + e.getClass().getSimpleName() + ")");
        }
    }

    private InboundResponse standard(CarsafeInterface iface, InboundRequest request) {
        byte[] body = request.body();
        ReceivedEnvelope env = ReceivedEnvelope.parse(body);
        if (env.from() == null || env.sign() == null || env.nonce() == null || env.timestamp() == null) {
            return error(200, 100001, "carsafe: expected from, sign, nonce and timestamp in the envelope");
        }
        java.util.Map<String, String> header = new java.util.HashMap<>();
        header.put("from", env.from());
        header.put("sign", env.sign());
        header.put("nonce", env.nonce());
        header.put("timestamp", env.timestamp());
        header.put("branchno", env.branchno());
        InboundLimits.checkEnvelope(header);
        Instant now = clock.instant();
        LocalDateTime sent = CarsafeTime.parse(env.timestamp()).orElse(null);
        if (sent == null) {
            return error(200, 100001, "carsafe: timestamp: expected yyyy-MM-dd HH:mm:ss");
        }
        Duration off = Duration.between(sent.atZone(zone).toInstant(), now).abs();
        if (off.compareTo(skew) > 0) {
            return error(200, 100003, "carsafe: timestamp outside the accepted window of " + skew.toSeconds() + " s");
        }
        if (!CarsafeSigner.verify(keys.keyFor(iface), env.from(), env.timestamp(), env.nonce(), env.rawData(),
                env.sign())) {
            return error(200, 100003, "carsafe: signature does not verify");
        }
        if (!replays.firstSeen(env.from() + "|" + env.timestamp() + "|" + env.nonce() + "|" + env.sign(), now, skew)) {
            return error(200, 100003, "carsafe: request replayed (same from, timestamp, nonce and sign seen)");
        }
        String fallbackId = env.from() + ":" + env.timestamp() + ":" + env.nonce();
        store(iface, env.data(), env.branchno() == null ? "" : env.branchno(), fallbackId, env.rawData(), now);
        return InboundResponse.json(200, CarsafeResponse.toJson(true, null, 200, replyData(iface, env.data()),
                nowText()));
    }

    private InboundResponse unsigned(CarsafeInterface iface, InboundRequest request) {
        JsonNode data = readJson(request.body());
        Instant now = clock.instant();
        store(iface, data, "", digest(request.body()), request.bodyText(), now);
        if (iface.envelope() == EnvelopeKind.STATUS_MESSAGE) {
            return InboundResponse.json(200, "{\"status\":true,\"message\":null}");
        }
        return InboundResponse.json(200, CarsafeResponse.toJson(true, null, 200, replyData(iface, data), nowText()));
    }

    /** 6.2.3: Chean asks whether a third-party payment is genuine; reply success/fail, not the envelope. */
    private InboundResponse verifyRequest(CarsafeInterface iface, InboundRequest request) {
        JsonNode data;
        try {
            data = readJson(request.body());
            InboundLimits.check(data);
            FieldValidator.checkInbound(iface, data, fieldCheck);
        } catch (MalformedMessageException e) {
            return InboundResponse.json(200, "{\"status\":\"fail\",\"errorCode\":100001,\"time\":"
                    + CarsafeJson.quote(nowText()) + "}");
        }
        boolean ok = paymentVerifier.test(data);
        store(iface, data, "", digest(request.body()), request.bodyText(), clock.instant());
        return InboundResponse.json(200, "{\"status\":\"" + (ok ? "success" : "fail") + "\",\"errorCode\":"
                + (ok ? "null" : "100001") + ",\"time\":" + CarsafeJson.quote(nowText()) + "}");
    }

    private void store(CarsafeInterface iface, JsonNode received, String parkId, String fallbackId, String rawData,
            Instant now) {
        InboundLimits.check(received);
        JsonNode data = InboundAliases.normalise(iface.number(), received);
        FieldValidator.checkInbound(iface, data, fieldCheck, InboundAliases.notEnforced(iface.number()));
        List<JsonNode> records = split(data);
        List<JsonNode> originals = split(received);
        // map every record first: one bad record rejects the batch before anything is stored
        List<DomainEvent> mapped = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String id = records.size() == 1 ? fallbackId : fallbackId + "#" + i;
            mapped.add(events.map(iface, records.get(i), parkId, id, now));
        }
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = originals.get(i); // stored as the vendor sent it (aliases not applied)
            String raw = r == null ? (records.size() == 1 ? redactRaw(rawData) : "null")
                    : !received.isArray() && !rawData.isEmpty() && !iface.number().equals("10.4")
                            ? rawData : InboundEvents.redact(r).toString();
            inbox.accept(new InboxMessage(VENDOR, iface.number() + " " + iface.path(), mapped.get(i).key(), raw,
                    Map.of(), now, mapped.get(i)));
        }
    }

    /** The records of a push: the elements of an array, else the one value (null for an empty push). */
    private static List<JsonNode> split(JsonNode data) {
        List<JsonNode> records = new ArrayList<>();
        if (data != null && data.isArray()) {
            data.forEach(records::add);
        } else {
            records.add(data);
        }
        if (records.isEmpty()) {
            records.add(null); // 13.9 heartbeat and other empty pushes still count as one message
        }
        return records;
    }

    private static String redactRaw(String raw) {
        return raw.contains("\"pk\"") ? raw.replaceAll("\"pk\"\\s*:\\s*\"[^\"]*\"", "\"pk\":\"****\"") : raw;
    }

    private String replyData(CarsafeInterface iface, JsonNode data) {
        CarsafeResponder r = responders.get(iface.number());
        if (r == null) {
            return "[]";
        }
        Object out = r.respond(iface, data);
        return out == null ? "null" : CarsafeJson.compact(CarsafeJson.mapper().valueToTree(out));
    }

    private static JsonNode readJson(byte[] body) {
        try {
            JsonNode n = CarsafeJson.mapper().readTree(body);
            if (n == null) {
                throw new MalformedMessageException(VENDOR, "", "a JSON body", null);
            }
            return n;
        } catch (java.io.IOException e) {
            throw new MalformedMessageException(VENDOR, "", "a JSON body", e);
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String nowText() {
        return CarsafeTime.format(LocalDateTime.now(clock.withZone(zone)));
    }

    private InboundResponse error(int httpStatus, int code, String message) {
        return InboundResponse.json(httpStatus, CarsafeResponse.toJson(false, message, code, null, nowText()));
    }

    @Override
    public String toString() {
        return "CarsafeInbound[" + byPath.size() + " interfaces, skew=" + skew + "]";
    }

    /** Configures {@link CarsafeInbound}. */
    public static final class Builder {
        private CarsafeKeys keys;
        private Inbox inbox;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Duration skew = Duration.ofMinutes(5);
        private ReplayGuard replays = new ReplayGuard(100_000);
        private final Map<String, CarsafeResponder> responders = new HashMap<>();
        private Predicate<JsonNode> paymentVerifier = d -> true;
        private FieldCheck fieldCheck = FieldCheck.REQUIRED_ONLY;
        private CarsafeAmounts amounts = CarsafeAmounts.defaults();
        private String pathPrefix = "";

        /**
         * A prefix before every route path, matching the ServerURL configured in Chean: with
         * {@code "/carsafe"}, 13.2 is served at {@code /carsafe/report/parkInData}.
         */
        public Builder pathPrefix(String prefix) {
            if (prefix == null || !(prefix.isEmpty() || (prefix.startsWith("/") && !prefix.endsWith("/")))) {
                throw new IllegalArgumentException("pathPrefix: expected \"\" or a path like /carsafe, got " + prefix);
            }
            this.pathPrefix = prefix;
            return this;
        }

        /** Keys to verify with (families "report", "notify", "hb"... or per interface). */
        public Builder keys(CarsafeKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** Where accepted messages go (durably, before we answer). */
        public Builder inbox(Inbox inbox) {
            this.inbox = Objects.requireNonNull(inbox, "inbox");
            return this;
        }

        /** Clock for the skew window and reply times. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Zone the vendor's timestamps are in (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Largest accepted difference between the envelope timestamp and our clock (default 5 minutes). */
        public Builder skew(Duration skew) {
            if (skew == null || skew.isNegative() || skew.isZero()) {
                throw new IllegalArgumentException("skew: expected a positive duration");
            }
            this.skew = skew;
            return this;
        }

        /** Replay memory (default: in memory, 100 000 entries). */
        public Builder replayGuard(ReplayGuard guard) {
            this.replays = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /** The answer for an interface that expects data back (e.g. "11.12"). */
        public Builder responder(String number, CarsafeResponder responder) {
            CarsafeInterface i = CarsafeCatalogue.standard().require(number);
            if (i.direction() != Direction.VENDOR_CALLS_US) {
                throw new IllegalArgumentException("number: expected an interface the vendor calls, got " + number);
            }
            responders.put(number, Objects.requireNonNull(responder, "responder"));
            return this;
        }

        /** 6.2.3: decides whether a payment Chean asks about is ours (default: yes). */
        public Builder paymentVerifier(Predicate<JsonNode> verifier) {
            this.paymentVerifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /** How pushed fields are checked (default: required fields). */
        public Builder fieldCheck(FieldCheck check) {
            this.fieldCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Money units per field for event amounts. */
        public Builder amounts(CarsafeAmounts amounts) {
            this.amounts = Objects.requireNonNull(amounts, "amounts");
            return this;
        }

        /** Builds the handler; keys and inbox are required. */
        public CarsafeInbound build() {
            if (keys == null) {
                throw new IllegalStateException("keys: expected the keys to verify Chean's signatures");
            }
            if (inbox == null) {
                throw new IllegalStateException("inbox: expected an Inbox");
            }
            return new CarsafeInbound(this);
        }
    }
}
