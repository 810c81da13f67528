package io.parkbridge.protocol.welink.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.sim.Faults;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.support.validation.MessageValidator;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.catalog.WeLinkEndpoint;
import io.parkbridge.protocol.welink.codec.CipherSettings;
import io.parkbridge.protocol.welink.codec.ContentCodec;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.codec.PercentEncoding;
import io.parkbridge.protocol.welink.codec.RequestEnvelope;
import io.parkbridge.protocol.welink.codec.ResponseEnvelope;
import io.parkbridge.protocol.welink.codec.WeLinkContentException;
import io.parkbridge.protocol.welink.codec.WeLinkSigner;
import io.parkbridge.protocol.welink.message.Bookings;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.MoneyUnit;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Space;
import io.parkbridge.protocol.welink.message.WeLinkFormats;
import io.parkbridge.protocol.welink.message.WeLinkJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A fake WeLink cloud on 127.0.0.1: every endpoint of {@link WeLinkCatalog}, with the same
 * signature rules as the real one (0001 missing parameter, 0002 unknown AppId, 0003 bad
 * signature, stale timestamp or replayed nonce, 0004 wrong ParkId), content decoded and
 * replies encoded by the same codec, requests validated, and a {@link SimulatedPark} behind
 * it. Faults: those of {@link Faults} (latency, HTTP errors, malformed bodies, dropped
 * connections) plus {@link #rejectSignaturesNext} and {@link #failNext}.
 *
 * <p>WeLink never calls the third party, so the simulator pushes nothing.
 */
public final class WeLinkSimulator implements InboundHandler, AutoCloseable {
    /** Seed data (see {@link Builder#seeded}). */
    public static final String DEMO_APP_ID = "289efb7512e54146273b982456b03f42ea93";
    public static final String DEMO_SECRET = "27a06832a2214a4fa3b7105e4a72d370";
    public static final String DEMO_PARK_ID = "10001088";
    /** 15 free minutes (billed from entry once exceeded), 5 yuan per started hour, at most 50 yuan per 24 h. */
    public static final Tariff DEFAULT_TARIFF = Tariff.simple(Duration.ofMinutes(15), Duration.ZERO, Money.ZERO,
            Duration.ofHours(1), Money.ofYuan(5), Money.ofYuan(50)).withName("welink simulator");

    /** Absent parts (responseData on failure, errCode) are left out, as in the document's examples. */
    private static final ObjectMapper ENVELOPE_WRITER = JsonMappers.baseBuilder()
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).build();

    private final String appId;
    private final String parkId;
    private final WeLinkSigner signer;
    private final ContentCodec codec;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration maxSkew;
    private final boolean replayCheck;
    private final ContentFlags replyFlags;
    private final SimulatedPark park;
    private final Map<WeLinkEndpoint<?, ?>, Function<Object, Object>> handlers = new HashMap<>();
    private final Map<String, Boolean> seenNonces = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 100_000;
        }
    };
    private final AtomicInteger rejectSignatures = new AtomicInteger();
    private final AtomicInteger failCount = new AtomicInteger();
    private volatile ResponseEnvelope.Status failWith;
    private final AtomicLong handled = new AtomicLong();
    private SimulatorServer server;

    private WeLinkSimulator(Builder b) {
        this.appId = b.appId;
        this.parkId = b.parkId;
        this.signer = new WeLinkSigner(b.secretKey);
        this.codec = new ContentCodec(b.secretKey, b.cipherSettings);
        this.mapper = WeLinkJson.mapper(b.moneyUnit);
        this.clock = b.clock;
        this.maxSkew = b.maxSkew;
        this.replayCheck = b.replayCheck;
        this.replyFlags = b.replyFlags;
        this.park = new SimulatedPark(b.clock, b.zone, b.tariff != null ? b.tariff : DEFAULT_TARIFF.withZone(b.zone));
        if (b.seeded) {
            seed(park, b.clock, b.zone);
        }
        registerHandlers();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs a seeded simulator on 127.0.0.1 until the process ends, for testing an integration
     * by hand. Argument: the port (default 8089). Prints the base URL and the demo credentials
     * (the public ones of the document's example, never a real key).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        WeLinkSimulator sim = builder().listen("127.0.0.1", port).start();
        System.out.println("WeLink simulator at " + sim.baseUrl() + " (AppId " + DEMO_APP_ID + ", ParkId "
                + DEMO_PARK_ID + ", SecretKey of the document's example)");
        Thread.currentThread().join();
    }

    /** The state behind the endpoints. */
    public SimulatedPark park() {
        return park;
    }

    /** e.g. {@code http://127.0.0.1:40123}; the client adds {@code /api/...}. */
    public String baseUrl() {
        return requireServer().baseUrl();
    }

    /** Transport faults (latency, HTTP errors, malformed bodies, drops). */
    public Faults faults() {
        return requireServer().faults();
    }

    /** Answer 0003 (authentication failed) to the next {@code count} requests. */
    public WeLinkSimulator rejectSignaturesNext(int count) {
        rejectSignatures.set(count);
        return this;
    }

    /** Answer the next {@code count} valid requests with this status (and errCode, may be null). */
    public WeLinkSimulator failNext(int count, String code, String errCode, String message) {
        failWith = new ResponseEnvelope.Status(code, message, errCode);
        failCount.set(count);
        return this;
    }

    /** Requests that passed signature checks and reached an endpoint. */
    public long handledCount() {
        return handled.get();
    }

    /** True if every catalogue endpoint has a handler. */
    public boolean coversCatalogue() {
        return WeLinkCatalog.ALL.stream().allMatch(handlers::containsKey);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    private SimulatorServer requireServer() {
        if (server == null) {
            throw new IllegalStateException("not started: use Builder.start()");
        }
        return server;
    }

    @Override
    public InboundResponse handle(InboundRequest request) {
        try {
            WeLinkEndpoint<?, ?> endpoint = WeLinkCatalog.byPath(request.path()).orElse(null);
            if (endpoint == null) {
                return reply(404, ResponseEnvelope.failure("0005", "no such interface: " + request.path(), null));
            }
            Map<String, String> p;
            try {
                p = switch (request.method()) {
                    case "GET" -> PercentEncoding.parse(request.rawQuery());
                    case "POST" -> PercentEncoding.parse(request.bodyText());
                    default -> null;
                };
            } catch (IllegalArgumentException e) {
                return fail("0001", e.getMessage());
            }
            if (p == null) {
                return reply(405, ResponseEnvelope.failure("0001", "method: expected GET or POST", null));
            }
            for (String name : List.of(RequestEnvelope.APP_ID, RequestEnvelope.TIMESTAMP, RequestEnvelope.NONCE,
                    WeLinkSigner.SIGNATURE, RequestEnvelope.PARK_ID, RequestEnvelope.ENCRYPT_CODE,
                    RequestEnvelope.ZIP_CODE)) {
                if (p.get(name) == null || p.get(name).isEmpty()) {
                    return fail("0001", name + ": missing");
                }
            }
            if (!appId.equals(p.get(RequestEnvelope.APP_ID))) {
                return fail("0002", "AppId not registered");
            }
            if (take(rejectSignatures) || !signer.verify(p)) {
                return fail("0003", "signature does not verify");
            }
            if (!parkId.equals(p.get(RequestEnvelope.PARK_ID))) {
                return fail("0004", "park not authorized for this AppId");
            }
            String stale = checkFreshness(p.get(RequestEnvelope.TIMESTAMP), p.get(RequestEnvelope.NONCE));
            if (stale != null) {
                return fail("0003", stale);
            }
            ContentFlags flags;
            try {
                flags = new ContentFlags(ContentFlags.parseFlag("encryptCode", p.get(RequestEnvelope.ENCRYPT_CODE)),
                        ContentFlags.parseFlag("zipCode", p.get(RequestEnvelope.ZIP_CODE)));
            } catch (IllegalArgumentException e) {
                return fail("0001", e.getMessage());
            }
            Object body = readRequest(endpoint, p.getOrDefault(RequestEnvelope.CONTENT, ""), flags);
            if (take(failCount)) {
                ResponseEnvelope.Status s = failWith;
                return reply(200, new ResponseEnvelope(s, null));
            }
            handled.incrementAndGet();
            Object result = handlers.get(endpoint).apply(body);
            String content = result == null ? "" : codec.encode(mapper.writeValueAsString(result), replyFlags);
            return reply(200, ResponseEnvelope.success(replyFlags, content));
        } catch (SimulatedFailure f) {
            return reply(200, ResponseEnvelope.failure(f.code(), f.getMessage(), f.errCode()));
        } catch (java.time.DateTimeException e) {
            return fail("0001", "a date or time: expected a real calendar date"); // e.g. 2026-13-45 passes the pattern
        } catch (JsonProcessingException | RuntimeException e) {
            return fail("9999", "system error: " + e.getClass().getSimpleName()); // never a stack trace
        }
    }

    private Object readRequest(WeLinkEndpoint<?, ?> endpoint, String content, ContentFlags flags) {
        if (!endpoint.hasRequest()) {
            return null;
        }
        String json;
        try {
            json = codec.decode(content, flags);
        } catch (WeLinkContentException e) {
            throw SimulatedFailure.invalid("content: " + e.reason());
        }
        if (json.isBlank()) {
            throw SimulatedFailure.invalid("content: expected the business fields of " + endpoint.path());
        }
        try {
            Object request = mapper.readValue(json, endpoint.requestType());
            if (request == null) {
                throw SimulatedFailure.invalid("content: expected a JSON object");
            }
            return MessageValidator.requireValid("welink", request);
        } catch (IOException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
            throw SimulatedFailure.invalid("content: expected the fields of " + endpoint.path() + " " + path);
        } catch (MalformedMessageException e) {
            throw SimulatedFailure.invalid(e.field() + ": " + e.getMessage().replace("welink: ", ""));
        }
    }

    /** Seconds (the document's example) or milliseconds (the demo client) both accepted. */
    private String checkFreshness(String timestamp, String nonce) {
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return "Timestamp: expected Unix seconds or milliseconds";
        }
        long millis = ts > 100_000_000_000L ? ts : ts * 1000;
        if (Math.abs(clock.millis() - millis) > maxSkew.toMillis()) {
            return "Timestamp: outside the accepted window of " + maxSkew.toSeconds() + " s";
        }
        if (replayCheck) {
            synchronized (seenNonces) {
                if (seenNonces.put(timestamp + "/" + nonce, Boolean.TRUE) != null) {
                    return "Nonce: replayed";
                }
            }
        }
        return null;
    }

    private InboundResponse fail(String code, String message) {
        return reply(200, ResponseEnvelope.failure(code, message, null));
    }

    private static InboundResponse reply(int status, ResponseEnvelope envelope) {
        try {
            return InboundResponse.json(status, ENVELOPE_WRITER.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            return InboundResponse.text(500, "simulator could not write a reply");
        }
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    @SuppressWarnings("unchecked")
    private <Q> void on(WeLinkEndpoint<Q, ?> endpoint, Function<Q, Object> handler) {
        handlers.put(endpoint, body -> handler.apply((Q) body));
    }

    private void registerHandlers() {
        SimulatedPark p = park;
        on(WeLinkCatalog.USER_LOGIN, p::login);
        on(WeLinkCatalog.INFO_AREAS, q -> p.areas());
        on(WeLinkCatalog.INFO_LANES, q -> p.lanes());
        on(WeLinkCatalog.INFO_MGR_TYPES, q -> p.mgrTypes());
        on(WeLinkCatalog.INFO_CAR_TYPES, q -> p.carTypes());
        on(WeLinkCatalog.INFO_SPACE, q -> p.space());
        on(WeLinkCatalog.INFO_RENT_RULE, p::rentRule);
        on(WeLinkCatalog.INFO_SET_QR_URL, p::setQrUrl);
        on(WeLinkCatalog.PASSPORT_QUERY, p::queryPassports);
        on(WeLinkCatalog.PASSPORT_GET, p::getPassport);
        on(WeLinkCatalog.PASSPORT_INVITATION_CODE, q -> p.invitationCode());
        on(WeLinkCatalog.PASSPORT_HAS_PLATE_NUMBERS, p::hasPlateNumbers);
        on(WeLinkCatalog.PASSPORT_HAS_CARD_NUMBERS, p::hasCardNumbers);
        on(WeLinkCatalog.PASSPORT_ADD, p::addPassport);
        on(WeLinkCatalog.PASSPORT_UPDATE, q -> none(() -> p.updatePassport(q)));
        on(WeLinkCatalog.PASSPORT_DELETE, q -> none(() -> p.deletePassport(q)));
        on(WeLinkCatalog.PASSPORT_RENEW, q -> none(() -> p.renewPassport(q)));
        on(WeLinkCatalog.PASSPORT_LOCK, q -> none(() -> p.lockVehicle(q)));
        on(WeLinkCatalog.PASSRECORD_CAR_RECORDS, p::queryCarRecords);
        on(WeLinkCatalog.PASSRECORD_AC_RECORDS, p::queryAcRecords);
        on(WeLinkCatalog.PASSRECORD_ON_PARKING_RECORDS, p::queryOnParkingRecords);
        on(WeLinkCatalog.PASSRECORD_RESET_OUTSIDE, q -> none(() -> p.resetOutside(q)));
        on(WeLinkCatalog.PASSRECORD_MODIFY_PLATE, q -> none(() -> p.modifyPlate(q)));
        on(WeLinkCatalog.PASSRECORD_IMAGE_URL, p::queryImageUrls);
        on(WeLinkCatalog.PARKING_FEE_TMP_RENT_RECORDS, p::queryTmpRentRecords);
        on(WeLinkCatalog.PARKING_FEE_LONG_RENT_RECORDS, p::queryLongRentRecords);
        on(WeLinkCatalog.COUPON_QUOTA, p::couponQuota);
        on(WeLinkCatalog.COUPON_RULE, p::couponRule);
        on(WeLinkCatalog.COUPON_RULES, p::couponRules);
        on(WeLinkCatalog.COUPON_MERCHANTS, q -> p.merchants());
        on(WeLinkCatalog.COUPON_ADD, p::addCoupon);
        on(WeLinkCatalog.COUPON_QUERY_COUPONS, p::queryCoupons);
        on(WeLinkCatalog.AUTH_ENTER, p::authEnter);
        on(WeLinkCatalog.AUTH_EXIT, p::authExit);
        on(WeLinkCatalog.AUTH_REFRESH_PARKING_FEE, p::refreshParkingFee);
        on(WeLinkCatalog.AUTH_QUERY_EVENT, p::queryAuthEvent);
        on(WeLinkCatalog.AUTH_ACCESS, p::authAccess);
        on(WeLinkCatalog.PAY_QUERY_LONG_RENT_BILL, p::queryLongRentBill);
        on(WeLinkCatalog.PAY_QUERY_TMP_RENT_BILL, p::queryTmpRentBill);
        on(WeLinkCatalog.PAY_PAY_LONG_RENT_BILL, q -> none(() -> p.payLongRentBill(q)));
        on(WeLinkCatalog.PAY_PAY_TMP_RENT_BILL, q -> none(() -> p.payTmpRentBill(q)));
        on(WeLinkCatalog.PAY_ADD_TMP_RENT_BILL, q -> none(() -> p.addTmpRentBill(q)));
        on(WeLinkCatalog.BOOKING_QUERY_AREAS, p::bookableAreas);
        on(WeLinkCatalog.BOOKING_CREATE, p::createBooking);
        on(WeLinkCatalog.BOOKING_CANCEL, q -> none(() -> p.cancelBooking(q)));
        on(WeLinkCatalog.BOOKING_GET, p::getBooking);
        on(WeLinkCatalog.BOOKING_QUERY, p::queryBookings);
        on(WeLinkCatalog.BLACKLIST_ADD, p::addBlacklist);
        on(WeLinkCatalog.BLACKLIST_DELETE, q -> none(() -> p.deleteBlacklist(q)));
        on(WeLinkCatalog.BLACKLIST_QUERY, p::queryBlacklist);
        on(WeLinkCatalog.SPACE_GET_PARKING_INFO, p::parkingInfo);
        on(WeLinkCatalog.SPACE_SET_COUPONS, p::setSpaceCoupons);
        if (!coversCatalogue()) {
            throw new IllegalStateException("simulator lacks a handler for some endpoint");
        }
    }

    private static Object none(Runnable action) {
        action.run();
        return null;
    }

    /**
     * Demo data: two areas (parking 1150779322741001 with 200 spaces, access control
     * 1150779322741002), lanes 1001 entry / 1002 exit / 1003 door, a long-rent passport 11001 for
     * 粤B12345 valid this month, 粤B67890 parked for the last 2 hours with pay token "tmp-token-1",
     * an unplated car of user 9001 for the last hour (relative to the clock, whole minutes, so the
     * stays exist whatever the time of day), long-rent pay token "long-token-1" for 粤B12345,
     * merchant 11151314366657101 with rules 21 (5 yuan off) and 22 (120 minutes off), booking
     * 911151314366657102, blacklist entry 31 for 粤B99999, bay A001 occupied by 粤B67890.
     */
    public static void seed(SimulatedPark park, Clock clock, ZoneId zone) {
        long areaA = 1150779322741001L;
        park.addArea(areaA, "A区", 1, 200);
        park.addArea(1150779322741002L, "门禁区", 2, 0);
        park.addLane(1001L, "东入口", 1, areaA);
        park.addLane(1002L, "东出口", 2, areaA);
        park.addLane(1003L, "门禁1", 3, 1150779322741002L);
        park.setCodeTables(List.of(new Info.CodeName(1, "长租车1"), new Info.CodeName(2, "免费车")),
                List.of(new Info.CodeName(1, "小型车"), new Info.CodeName(2, "中型车")));
        park.setRentRule(new Info.RentRule(Money.ofYuan(100), Money.ofYuan(190), Money.ofYuan(280), Money.ofYuan(360),
                Money.ofYuan(450), Money.ofYuan(540), Money.ofYuan(1000), "true"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        park.addPassport(new Passports.Passport(11001L, "张三", "深圳", "13800000000", 1, 1, "粤B12345", 1, null, "C0001",
                1, null, new Passports.Authorization(today.withDayOfMonth(1).toString(),
                        today.withDayOfMonth(today.lengthOfMonth()).toString(), List.of(areaA)), null));
        Instant midnight = today.atStartOfDay(zone).toInstant();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Instant parkedSince = now.minus(Duration.ofHours(2));
        park.enter("粤B67890", parkedSince, 1001L, null);
        park.enter("W9001", now.minus(Duration.ofHours(1)), 1001L, "9001");
        park.issueTmpToken("tmp-token-1", "粤B67890");
        park.issueLongToken("long-token-1", "粤B12345", today.plusMonths(1).withDayOfMonth(1).toString(), 1);
        park.addMerchant(11151314366657101L, "咖啡店");
        park.addRule(11151314366657101L, new Coupons.Rule(21L, "减5元", 0, 5L, 100, 1000, 10000, 1));
        park.addRule(11151314366657101L, new Coupons.Rule(22L, "减2小时", 1, 120L, 100, 1000, 10000, 1));
        park.addBooking(new Bookings.Booking(911151314366657102L, areaA, "A区", "粤B11111",
                WeLinkFormats.dateTime(midnight.plus(Duration.ofDays(1)), zone),
                WeLinkFormats.dateTime(midnight.plus(Duration.ofDays(1)).plus(Duration.ofHours(8)), zone), "访客",
                "visit", 1));
        park.addBlacklist(new io.parkbridge.protocol.welink.message.Blacklist.Entry(31L, String.valueOf(areaA),
                "粤B99999", today.toString(), null, "逃费"));
        park.addBay(new Space.ParkingInfo("A001", 1, "粤B67890",
                WeLinkFormats.dateTime(parkedSince, zone), null));
    }

    /** Configures and starts a {@link WeLinkSimulator}. */
    public static final class Builder {
        private String appId = DEMO_APP_ID;
        private Secret secretKey = Secret.of(DEMO_SECRET);
        private String parkId = DEMO_PARK_ID;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = WeLinkFormats.DEFAULT_ZONE;
        private CipherSettings cipherSettings = CipherSettings.DEFAULT;
        private ContentFlags replyFlags = ContentFlags.PLAIN;
        private MoneyUnit moneyUnit = MoneyUnit.YUAN;
        private Tariff tariff;
        private Duration maxSkew = Duration.ofMinutes(5);
        private boolean replayCheck = true;
        private boolean seeded = true;
        private String host = "127.0.0.1";
        private int port;

        private Builder() {
        }

        public Builder appId(String appId) {
            this.appId = Objects.requireNonNull(appId, "appId");
            return this;
        }

        public Builder secretKey(Secret secretKey) {
            this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
            return this;
        }

        public Builder parkId(String parkId) {
            this.parkId = Objects.requireNonNull(parkId, "parkId");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Builder cipherSettings(CipherSettings settings) {
            this.cipherSettings = Objects.requireNonNull(settings, "cipherSettings");
            return this;
        }

        /** encryptCode/zipCode of replies; default 0/0. */
        public Builder replyFlags(ContentFlags flags) {
            this.replyFlags = Objects.requireNonNull(flags, "replyFlags");
            return this;
        }

        public Builder moneyUnit(MoneyUnit unit) {
            this.moneyUnit = Objects.requireNonNull(unit, "moneyUnit");
            return this;
        }

        /**
         * How stays are priced by the core fee engine; default {@link #DEFAULT_TARIFF} (in the
         * simulator's zone).
         */
        public Builder tariff(Tariff tariff) {
            this.tariff = Objects.requireNonNull(tariff, "tariff");
            return this;
        }

        /** Largest accepted difference between Timestamp and the clock; default 5 minutes. */
        public Builder maxClockSkew(Duration skew) {
            this.maxSkew = Objects.requireNonNull(skew, "skew");
            return this;
        }

        /** Reject a repeated Timestamp+Nonce (default on). */
        public Builder replayCheck(boolean on) {
            this.replayCheck = on;
            return this;
        }

        /** Start with the demo data of {@link WeLinkSimulator#seed} (default) or empty. */
        public Builder seeded(boolean seeded) {
            this.seeded = seeded;
            return this;
        }

        /** Loopback host and port (0 = any free port). */
        public Builder listen(String host, int port) {
            this.host = Objects.requireNonNull(host, "host");
            this.port = port;
            return this;
        }

        /** Builds without a server, e.g. to mount {@link WeLinkSimulator#handle} elsewhere. */
        public WeLinkSimulator build() {
            return new WeLinkSimulator(this);
        }

        /** Builds and starts listening. */
        public WeLinkSimulator start() throws IOException {
            WeLinkSimulator sim = build();
            sim.server = SimulatorServer.start(host, port, sim);
            return sim;
        }
    }
}
