package io.parkbridge.protocol.bluecard.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.core.fee.AppliedDiscount;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.fee.VehicleClass;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.bluecard.BluecardTime;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.message.AllSpaceStatus;
import io.parkbridge.protocol.bluecard.message.AlterCarType;
import io.parkbridge.protocol.bluecard.message.BlacklistDelete;
import io.parkbridge.protocol.bluecard.message.BlacklistIssue;
import io.parkbridge.protocol.bluecard.message.BlacklistQuery;
import io.parkbridge.protocol.bluecard.message.BookingIssue;
import io.parkbridge.protocol.bluecard.message.BookingQuery;
import io.parkbridge.protocol.bluecard.message.CouponIssue;
import io.parkbridge.protocol.bluecard.message.EntryRecords;
import io.parkbridge.protocol.bluecard.message.ExitRecords;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayCancel;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
import io.parkbridge.protocol.bluecard.message.Heartbeat;
import io.parkbridge.protocol.bluecard.message.ImageQuery;
import io.parkbridge.protocol.bluecard.message.PaymentResult;
import io.parkbridge.protocol.bluecard.message.RemoteLiftRod;
import io.parkbridge.protocol.bluecard.message.Reply;
import io.parkbridge.protocol.bluecard.message.SpaceByPlate;
import io.parkbridge.protocol.bluecard.message.TimeStampData;
import io.parkbridge.protocol.bluecard.message.UnlicensedEntry;
import io.parkbridge.protocol.bluecard.message.UnlicensedExit;
import io.parkbridge.protocol.bluecard.message.WhitelistDelete;
import io.parkbridge.protocol.bluecard.message.WhitelistIssue;
import io.parkbridge.protocol.bluecard.message.WhitelistQuery;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.sim.Faults;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.support.validation.MessageValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A fake Bluecard cloud for one park, on 127.0.0.1: it answers the 18 calls a third party makes
 * from in-memory state (stays, lists, bookings, coupons, spaces), checks the {@code sign}
 * header, and pushes what Bluecard pushes (heartbeats, entry/exit batches, payments, gate
 * questions…) to the third party's URL with Bluecard's resend rule ({@link PushSchedule}).
 * Time comes from the injected {@link Clock}; {@link #runDuePushes()} and
 * {@link #facePay} are driven explicitly so tests compress time. Faults: the HTTP server's
 * {@link #faults()} plus {@link #wrongSignOnPushes} and {@link #refuseNextCalls}.
 */
public final class BluecardSimulator implements AutoCloseable {
    private static final MediaType JSON_TYPE = MediaType.get(Bluecard.CONTENT_TYPE);
    /** 15 minutes free (billed from entry once exceeded), then 2.00 per started hour, no cap. */
    public static final Tariff DEFAULT_TARIFF = Tariff.simple(Duration.ofMinutes(15), Duration.ZERO, Money.ZERO,
            Duration.ofHours(1), Money.ofFen(200), null);
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");

    private final String parkNumber;
    private final Secret key;
    private final Clock clock;
    private final BluecardTime time;
    private final Tariff tariff;
    private final FeeEngine engine = new FeeEngine();
    private final PushSchedule schedule;
    private final String pushTarget;
    private final ObjectMapper json = JsonMappers.strict();
    private final OkHttpClient http;
    private final SimulatorServer server;
    private final AtomicBoolean wrongSign = new AtomicBoolean();
    private final AtomicInteger refuseCalls = new AtomicInteger();
    private final AtomicInteger orderSeq = new AtomicInteger(1000);
    private final AtomicInteger tempPlateSeq = new AtomicInteger(1);

    // ---- park state (guarded by this)
    private final Map<String, Stay> stays = new LinkedHashMap<>();
    private final Map<String, WhitelistIssue.WhiteEntry> whitelist = new LinkedHashMap<>();
    private final Map<String, BlacklistIssue.BlackEntry> blacklist = new LinkedHashMap<>();
    private final Map<String, BookingIssue.Booking> bookings = new LinkedHashMap<>();
    private final Map<String, PaymentResult.Receipt> payments = new LinkedHashMap<>();
    private final List<String> lifts = new ArrayList<>();
    private final List<Push> outbox = new ArrayList<>();
    private final List<PushAttempt> attempts = new ArrayList<>();
    private final List<java.util.concurrent.ScheduledFuture<?>> automatic =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int spaceCount;

    private BluecardSimulator(Builder b) throws IOException {
        this.parkNumber = b.parkNumber;
        this.key = b.key;
        this.clock = b.clock;
        this.time = new BluecardTime(b.zone);
        this.tariff = b.tariff;
        this.schedule = b.schedule;
        this.pushTarget = b.pushTarget;
        this.spaceCount = b.spaceCount;
        this.http = HttpClients.create(null, b.pushHttp);
        this.server = SimulatorServer.start(b.host, b.port, this::serve);
    }

    /** A new builder; the key is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** e.g. {@code http://127.0.0.1:40123}: give it to {@code BluecardClient.builder().baseUrl(...)}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** HTTP-level faults of the calls into the simulator (latency, 5xx, drops, malformed bodies). */
    public Faults faults() {
        return server.faults();
    }

    /** Sign every push with a wrong key from now on (or stop). */
    public void wrongSignOnPushes(boolean on) {
        wrongSign.set(on);
    }

    /** Answer the next {@code n} calls {@code {"status":"fail","errorCode":"网络异常!"}}. */
    public void refuseNextCalls(int n) {
        refuseCalls.set(n);
    }

    /** The simulated park's number. */
    public String parkNumber() {
        return parkNumber;
    }

    // ================================================================ the park

    /** A stay in the park. */
    public static final class Stay {
        final String orderId;
        final String plate;
        final Instant inTime;
        final String inChannel;
        final String authId;
        Money paid = Money.ZERO;
        Instant lastPaidAt;
        Money lastReceivable = Money.ZERO;
        String lastPayType = "";
        Money couponAmount = Money.ZERO;
        long couponMinutes;
        final List<String> couponCodes = new ArrayList<>();
        Instant outTime;

        Stay(String orderId, String plate, Instant inTime, String inChannel, String authId) {
            this.orderId = orderId;
            this.plate = plate;
            this.inTime = inTime;
            this.inChannel = inChannel;
            this.authId = authId;
        }

        /** The entry record id. */
        public String orderId() {
            return orderId;
        }

        /** {@code payCharge} (amount receivable) of the last 4.5 payment result, zero before one. */
        public Money lastReceivable() {
            return lastReceivable;
        }

        /** {@code payType} of the last 4.5 payment result, empty before one. */
        public String lastPayType() {
            return lastPayType;
        }

        /** The plate ("" for an unlicensed car). */
        public String plate() {
            return plate;
        }

        /** What 4.5 and face-to-face payments have paid so far. */
        public Money paid() {
            return paid;
        }
    }

    /** A vehicle enters now: a stay is opened and its 4.2 record queued for push. Returns the orderId. */
    public synchronized String vehicleEnters(String plate, String lane) {
        Stay s = new Stay(Integer.toString(orderSeq.incrementAndGet()), plate, clock.instant(), lane, null);
        stays.put(s.orderId, s);
        queue(BluecardInterface.CAR_IN, new EntryRecords.Request(parkNumber, 1, List.of(entryRecord(s))));
        return s.orderId;
    }

    /** The 4.2 record of a stay (for building batches by hand). */
    public synchronized EntryRecords.EntryRecord entryRecord(String orderId) {
        return entryRecord(stay(orderId).orElseThrow());
    }

    private EntryRecords.EntryRecord entryRecord(Stay s) {
        return new EntryRecords.EntryRecord(s.plate, "", "蓝牌", time.format(s.inTime), s.inChannel,
                s.orderId + ".jpg", s.orderId, "", "自动抬杆", "全字匹配", "", 100, "临时车",
                new EntryRecords.UserInfo("", "", "", ""), List.of());
    }

    /** A vehicle leaves now: the stay closes and its 4.3 record is queued. */
    public synchronized void vehicleExits(String orderId, String lane) {
        Stay s = stay(orderId).orElseThrow(() -> new IllegalArgumentException("orderId: no stay " + orderId));
        s.outTime = clock.instant();
        Fee f = fee(s, s.outTime, 0);
        // Offline payment of what is left at the exit, so the record is settled.
        Money offline = f.payCharge;
        Money charge = f.charge;
        ExitRecords.ChargeStatistics st = new ExitRecords.ChargeStatistics(y(charge), y(s.paid), y(offline),
                y(f.profit), y(s.couponAmount), y(f.profitAmount), "0.00", "0.00", Long.toString(s.couponMinutes),
                y(f.profitTime), "0", "0.00");
        ExitRecords.ExitRecord r = new ExitRecords.ExitRecord(orderId, "", "", "", new ExitRecords.CarInfo(s.plate, "蓝牌",
                "", "临时车", 100), new EntryRecords.UserInfo("", null, null, null), new ExitRecords.PassInfo(
                time.format(s.inTime), time.format(s.outTime), orderId + ".jpg", orderId + "-out.jpg", s.inChannel, lane,
                "自动抬杆", "全字匹配"), st, List.of(), List.of(), List.of());
        queue(BluecardInterface.CAR_OUT, new ExitRecords.Request(parkNumber, 1, List.of(r)));
    }

    /** The stay with that entry record id, if any. */
    public synchronized Optional<Stay> stay(String orderId) {
        return Optional.ofNullable(stays.get(orderId));
    }

    /** Lanes lifted by 4.22, in order. */
    public synchronized List<String> lifts() {
        return List.copyOf(lifts);
    }

    /** The whitelist by plate (a copy). */
    public synchronized Map<String, WhitelistIssue.WhiteEntry> whitelist() {
        return Map.copyOf(whitelist);
    }

    /** The blacklist by plate (a copy). */
    public synchronized Map<String, BlacklistIssue.BlackEntry> blacklist() {
        return Map.copyOf(blacklist);
    }

    // ================================================================ fees (4.4, 4.30)

    private record Fee(Money charge, Money profit, Money profitAmount, Money profitTime, Money payCharge) {
    }

    /**
     * Quoted by the core {@link FeeEngine} under the simulator's {@link Tariff}: the stay's
     * coupons (amount, and hours as minutes off, plus {@code couponTime}) are the engine's
     * coupons, payments its {@code alreadyPaid}. Mapped back: gross → charge, discounts →
     * profitChargeTotal, payable → payCharge, so {@code payCharge = charge - paidTotal -
     * profitChargeTotal} holds as long as the engine's identity does.
     */
    private Fee fee(Stay s, Instant at, long extraMinutes) {
        List<Coupon> coupons = new ArrayList<>();
        long minutes = s.couponMinutes + extraMinutes;
        if (minutes > 0) {
            coupons.add(new Coupon.MinutesOff("bluecard-minutes", minutes));
        }
        if (s.couponAmount.isPositive()) {
            coupons.add(new Coupon.AmountOff("bluecard-amount", s.couponAmount));
        }
        io.parkbridge.core.fee.Stay stay = new io.parkbridge.core.fee.Stay(s.inTime, at, VehicleClass.SMALL, null, null,
                s.paid, Money.ZERO, s.lastPaidAt, coupons, List.of(), List.of());
        FeeQuote q = engine.quote(tariff, stay);
        Money time = q.discounts().stream().filter(d -> d.kind().equals("coupon:minutes")).map(AppliedDiscount::amount)
                .reduce(Money.ZERO, Money::plus);
        Money profit = q.discountTotal().plus(q.alreadyDiscounted());
        return new Fee(q.gross(), profit, profit.minus(time), time, q.payable());
    }

    private FeeCalculation.Fee feeBlock(Stay s, long extraMinutes) {
        Instant now = clock.instant();
        Fee f = fee(s, now, extraMinutes);
        long stop = Duration.between(s.inTime, now).toMinutes();
        String outTradeNo = parkNumber + "_0_" + s.orderId + "_" + HHMMSS.format(now.atZone(time.zone()));
        return new FeeCalculation.Fee(s.orderId, s.plate, time.format(s.inTime), time.format(now), y(f.charge),
                y(f.payCharge), y(s.paid), y(f.profit), Long.toString(s.couponMinutes + extraMinutes),
                Long.toString(stop), "15", "", s.orderId + ".jpg", outTradeNo, BluecardTime.timeStamp(now));
    }

    // ================================================================ serving the 18 calls

    private InboundResponse serve(InboundRequest request) {
        String path = request.path();
        BluecardInterface api = BluecardInterface.of(Direction.US_TO_BLUECARD).stream()
                .filter(i -> i.bluecardPath().equals(path)).findFirst().orElse(null);
        if (api == null) {
            if (path.startsWith("/images/")) {
                return InboundResponse.text(200, "image " + path.substring(8));
            }
            return reply(Reply.fail("no such interface: " + path));
        }
        if (!BluecardSigner.verify(key, parkNumber, request.header(Bluecard.SIGN_HEADER))) {
            return reply(Reply.fail("sign error"));
        }
        if (refuseCalls.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return reply(Reply.fail("网络异常!"));
        }
        try {
            JsonNode body = json.readTree(request.body());
            if (body == null || !parkNumber.equals(body.path("parkNumber").asText())) {
                return reply(Reply.fail("parkNumber: expected " + parkNumber));
            }
            if (api.generalMethod().isPresent() && !api.generalMethod().get().equals(body.path("method").asText())) {
                return reply(Reply.fail("method: expected " + api.generalMethod().get()));
            }
            Object req = MessageValidator.requireValid(Bluecard.VENDOR, json.treeToValue(body, api.requestType()));
            synchronized (this) {
                return reply(answer(api, req));
            }
        } catch (MalformedMessageException e) {
            return reply(Reply.fail(e.getMessage()));
        } catch (IOException e) {
            return reply(Reply.fail("body: expected a JSON request"));
        }
    }

    private Reply<?> answer(BluecardInterface api, Object req) {
        String ts = BluecardTime.timeStamp(clock.instant());
        Reply<TimeStampData> ok = Reply.success(new TimeStampData(ts));
        switch (api) {
            case GET_CHARGE_BF: {
                FeeCalculation.Request r = (FeeCalculation.Request) req;
                Stay s = stays.get(r.orderId());
                if (s == null || s.outTime != null) {
                    return Reply.fail("no entry record for orderId " + r.orderId());
                }
                return Reply.success(feeBlock(s, BluecardMoney.couponMinutes("couponTime", r.couponTime())));
            }
            case SEND_PAY_RES: {
                PaymentResult.Request r = (PaymentResult.Request) req;
                PaymentResult.Receipt known = payments.get(r.transactionID());
                if (known != null) {
                    return Reply.success(known);
                }
                Stay s = stays.get(r.orderId());
                if (s == null) {
                    return Reply.fail("no entry record for orderId " + r.orderId());
                }
                if (!r.outTradeNo().isEmpty() && !r.outTradeNo().matches(java.util.regex.Pattern.quote(parkNumber)
                        + "_[^_]*_" + java.util.regex.Pattern.quote(r.orderId()) + "_[0-9]{6}")) {
                    // 4.5 must echo the outTradeNo 4.4 gave for this very stay (L605)
                    return Reply.fail("outTradeNo: expected the one 4.4 returned for orderId " + r.orderId());
                }
                s.paid = s.paid.plus(BluecardMoney.yuan("realCharge", r.realCharge()));
                s.lastReceivable = BluecardMoney.yuan("payCharge", r.payCharge());
                s.lastPayType = r.payType();
                s.lastPaidAt = time.parse("payTime", r.payTime());
                PaymentResult.Receipt receipt = new PaymentResult.Receipt(r.transactionID(), r.orderId(), ts);
                payments.put(r.transactionID(), receipt);
                return Reply.success(receipt);
            }
            case SYN_WHITE:
                ((WhitelistIssue.Request) req).datas().forEach(e -> whitelist.put(e.plate(), e));
                return ok;
            case DEL_WHITE: {
                String plate = ((WhitelistDelete.Request) req).plate();
                if (plate.isEmpty()) {
                    whitelist.clear(); // documented behaviour (L852)
                } else {
                    whitelist.remove(plate);
                }
                return ok;
            }
            case QUERY_WHITE:
                return Reply.success(((WhitelistQuery.Request) req).datas().stream().map(p -> whitelist.get(p.plate()))
                        .filter(Objects::nonNull).map(e -> new WhitelistQuery.WhiteEntryFound(e.plate(), e.chargeType(),
                                e.name(), e.certificate(), e.address(), e.phone(), e.plateColor(), e.start(), e.end(),
                                e.dept(), e.carType(), e.memo(), ts, e.areasAndValidity())).toList());
            case SYN_BLACK:
                ((BlacklistIssue.Request) req).datas().forEach(e -> blacklist.put(e.plate(), e));
                return ok;
            case DEL_BLACK: {
                String plate = ((BlacklistDelete.Request) req).plate();
                if (plate.isEmpty()) {
                    blacklist.clear();
                } else {
                    blacklist.remove(plate);
                }
                return ok;
            }
            case QUERY_BLACK:
                return Reply.success(((BlacklistQuery.Request) req).datas().stream().map(p -> blacklist.get(p.plate()))
                        .filter(Objects::nonNull).toList());
            case ALTER_CAR_TYPE:
                return stays.containsKey(((AlterCarType.Request) req).orderId()) ? ok : Reply.fail("no such orderId");
            case SYN_BOOKING_CAR:
                for (BookingIssue.Booking b : ((BookingIssue.Request) req).datas()) {
                    if ("0".equals(b.flag())) {
                        bookings.remove(b.bookOrderId());
                    } else {
                        bookings.put(b.bookOrderId(), b);
                    }
                }
                return ok;
            case QUERY_BOOKING_CAR: {
                List<String> plates = ((BookingQuery.Request) req).datas().plateList();
                return Reply.success(new BookingQuery.Result(ts, bookings.values().stream()
                        .filter(b -> plates.isEmpty() || plates.contains(b.plate()))
                        .map(b -> new BookingQuery.BookedCar(b.plate(), b.start(), b.end(), time.format(clock.instant()), "",
                                b.bookOrderId(), b.bookOrderTime(), b.letInStartTime(), b.letInEndTime(), b.memo()))
                        .toList()));
            }
            case QUERY_IMG_BY_NAME:
                return Reply.success(new ImageQuery.Result(ts, ((ImageQuery.Request) req).datas().stream()
                        .map(n -> new ImageQuery.Image(n, baseUrl() + "/images/" + URLEncoder.encode(n, StandardCharsets.UTF_8)))
                        .toList()));
            case REMOTE_LIFT_ROD:
                lifts.add(((RemoteLiftRod.Request) req).passagewayId());
                return ok;
            case COUPON: {
                CouponIssue.Request r = (CouponIssue.Request) req;
                for (CouponIssue.Coupon c : r.datas()) {
                    Stay s = stays.get(c.orderId());
                    if (s == null) {
                        return Reply.fail("no entry record for orderId " + c.orderId());
                    }
                    if (stays.values().stream().anyMatch(x -> x.couponCodes.contains(c.couponCode()))) {
                        return Reply.fail("couponCode repeated: " + c.couponCode());
                    }
                }
                for (CouponIssue.Coupon c : r.datas()) {
                    Stay s = stays.get(c.orderId());
                    s.couponCodes.add(c.couponCode());
                    if ("1".equals(c.couponModeId())) {
                        s.couponAmount = s.couponAmount.plus(BluecardMoney.couponFen("position", c.position()));
                    } else {
                        s.couponMinutes += Long.parseLong(c.position());
                    }
                }
                return ok;
            }
            case UNLICENSED_CAR_IN: {
                UnlicensedEntry.Request r = (UnlicensedEntry.Request) req;
                String plate = r.ephemeralPlate().isEmpty() ? String.format("临B%05d", tempPlateSeq.getAndIncrement())
                        : r.ephemeralPlate();
                Stay s = new Stay(Integer.toString(orderSeq.incrementAndGet()), plate, clock.instant(), r.passagewayId(),
                        r.authId());
                stays.put(s.orderId, s);
                return Reply.success(new UnlicensedEntry.Result(plate, time.format(s.inTime), s.orderId + ".jpg"));
            }
            case UNLICENSED_CAR_OUT: {
                UnlicensedExit.Request r = (UnlicensedExit.Request) req;
                return stays.values().stream().filter(s -> r.authId().equals(s.authId) && s.outTime == null).findFirst()
                        .<Reply<?>>map(s -> Reply.success(feeBlock(s, 0)))
                        .orElse(Reply.fail("no unlicensed entry for this authId"));
            }
            case GET_ALL_SPACE_STATUS:
                return Reply.success(spaces());
            case GET_SPACE_STATUS_BY_PLATE: {
                String plate = ((SpaceByPlate.Request) req).plate();
                List<SpaceByPlate.Location> found = new ArrayList<>();
                for (AllSpaceStatus.Space sp : spaces()) {
                    if (sp.rateState() != 1) {
                        continue;
                    }
                    boolean unlicensed = sp.plate().startsWith("临");
                    if (plate.isEmpty() ? unlicensed : sp.plate().contains(plate)) {
                        found.add(new SpaceByPlate.Location(sp.layerId(), sp.layerName(), sp.spaceId(),
                                unlicensed ? "无牌车" : sp.plate(), sp.carType(), baseUrl() + "/images/" + sp.spaceId(),
                                "0.078", "0.158"));
                    }
                }
                return Reply.success(found);
            }
            default:
                return Reply.fail(api.label() + " is not served by Bluecard");
        }
    }

    /** Spaces G001… of layer 001; the open stays occupy the first ones in order. */
    private List<AllSpaceStatus.Space> spaces() {
        List<Stay> open = stays.values().stream().filter(s -> s.outTime == null).toList();
        List<AllSpaceStatus.Space> out = new ArrayList<>();
        for (int i = 0; i < spaceCount; i++) {
            Stay s = i < open.size() ? open.get(i) : null;
            out.add(new AllSpaceStatus.Space("001", "地下一层停车场", String.format("G%03d", i + 1), s == null ? 0 : 1,
                    s == null ? "" : s.plate, "临时车"));
        }
        return out;
    }

    // ================================================================ pushing (Bluecard → third party)

    /** A queued push and its resend state. */
    private static final class Push {
        final BluecardInterface api;
        final Object body;
        Instant due;
        int failures;

        Push(BluecardInterface api, Object body, Instant due) {
            this.api = api;
            this.body = body;
            this.due = due;
        }
    }

    /**
     * One send attempt, for tests and logs.
     *
     * @param api which push
     * @param at when (simulator clock)
     * @param success whether the third party answered {@code success}
     */
    public record PushAttempt(BluecardInterface api, Instant at, boolean success) {
    }

    /** Queues a push, due now, resent on failure by the {@link PushSchedule}. */
    public synchronized void queue(BluecardInterface api, Object request) {
        requirePush(api, request);
        outbox.add(new Push(api, request, clock.instant()));
    }

    /** Sends every queued push that is due by the clock; returns how many were attempted. */
    public int runDuePushes() {
        List<Push> due;
        synchronized (this) {
            Instant now = clock.instant();
            // 4.2: after the quick sends, an entry push is resent "until it succeeds or the vehicle has left" (L340)
            outbox.removeIf(p -> p.api == BluecardInterface.CAR_IN && p.failures >= schedule.quickSends()
                    && ((EntryRecords.Request) p.body).datas().stream().allMatch(r -> left(r.orderId())));
            due = outbox.stream().filter(p -> !p.due.isAfter(now)).toList();
        }
        for (Push p : due) {
            boolean ok = send(p.api, p.body).map(Reply::isSuccess).orElse(false);
            synchronized (this) {
                attempts.add(new PushAttempt(p.api, clock.instant(), ok));
                if (ok) {
                    outbox.remove(p);
                } else {
                    p.failures++;
                    p.due = clock.instant().plus(schedule.delayAfter(p.failures));
                }
            }
        }
        return due.size();
    }

    private boolean left(String orderId) {
        Stay s = stays.get(orderId);
        return s != null && s.outTime != null;
    }

    /** Pushes waiting (unsent or failed). */
    public synchronized int pendingPushes() {
        return outbox.size();
    }

    /** Every push attempt so far. */
    public synchronized List<PushAttempt> pushAttempts() {
        return List.copyOf(attempts);
    }

    /** Sends a heartbeat now (not queued: the next one follows in 30 s anyway). */
    public Optional<Reply<?>> sendHeartbeat() {
        int occupied;
        synchronized (this) {
            occupied = (int) stays.values().stream().filter(s -> s.outTime == null).count();
        }
        int free = Math.max(0, spaceCount - occupied);
        return send(BluecardInterface.HEARTBEAT, new Heartbeat.Request(parkNumber, "蓝卡模拟停车场", spaceCount, free, 0, 0,
                List.of(new Heartbeat.Area("地下一层停车场", spaceCount, free, 0, 0, 1))));
    }

    /** Sends one push once, now; empty when no valid reply came (HTTP error, timeout, not JSON). */
    public Optional<Reply<?>> push(BluecardInterface api, Object request) {
        requirePush(api, request);
        return send(api, request);
    }

    /**
     * Runs a face-to-face payment as Bluecard does: 4.24; on USERPAYING, 4.25 every second
     * (waiting through {@code ticker}, which in tests advances the clock) for 5 minutes; then 4.26.
     */
    public FacePayPolling facePay(String orderId, String authCode, Money payCharge, Sleeper ticker) {
        Stay s = stay(orderId).orElseThrow(() -> new IllegalArgumentException("orderId: no stay " + orderId));
        String outTradeNo = parkNumber + "_0_" + orderId + "_" + HHMMSS.format(clock.instant().atZone(time.zone()));
        FacePayPolling polling = new FacePayPolling(clock.instant());
        polling.onFacePayReply(send(BluecardInterface.FACE_PAY, new FacePay.Request(parkNumber, outTradeNo,
                y(payCharge), s.plate, authCode, orderId)).orElse(Reply.fail("no reply")));
        while (polling.state() == FacePayPolling.State.POLLING) {
            try {
                ticker.sleep(FacePayPolling.INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return polling;
            }
            FacePayPolling.Step step = polling.next(clock.instant());
            if (step == FacePayPolling.Step.POLL) {
                polling.onPollReply(send(BluecardInterface.FACE_PAY_POLL, new FacePayPoll.Request(parkNumber, outTradeNo,
                        s.plate, orderId)).orElse(Reply.fail("no reply")));
            } else if (step == FacePayPolling.Step.CANCEL) {
                send(BluecardInterface.FACE_PAY_CANCEL, new FacePayCancel.Request(parkNumber, outTradeNo, s.plate, orderId));
                polling.onCancelSent();
            }
        }
        if (polling.state() == FacePayPolling.State.PAID) {
            synchronized (this) {
                s.paid = s.paid.plus(payCharge);
                s.lastPaidAt = clock.instant();
            }
        }
        return polling;
    }

    /**
     * Heartbeats every 30 s and due pushes every second on {@code executor}, until closed
     * ({@link #close()} cancels both tasks; the executor itself stays the caller's to shut down).
     */
    public void startAutomatic(ScheduledExecutorService executor) {
        automatic.add(executor.scheduleAtFixedRate(quietly(this::sendHeartbeat), 0, 30, TimeUnit.SECONDS));
        automatic.add(executor.scheduleWithFixedDelay(quietly(this::runDuePushes), 1, 1, TimeUnit.SECONDS));
    }

    /** A periodic task that survives a failed run: an exception would cancel all later runs silently. */
    private static Runnable quietly(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // the next period tries again, as Bluecard's cloud would
            }
        };
    }

    private void requirePush(BluecardInterface api, Object request) {
        if (api.direction() != Direction.BLUECARD_TO_US) {
            throw new IllegalArgumentException(api.label() + " is not pushed by Bluecard");
        }
        if (!api.requestType().isInstance(request)) {
            throw new IllegalArgumentException(api.label() + ": expected a " + api.requestType().getName());
        }
    }

    private Optional<Reply<?>> send(BluecardInterface api, Object body) {
        if (pushTarget == null) {
            throw new IllegalStateException("pushTarget: not configured");
        }
        String sign = BluecardSigner.sign(wrongSign.get() ? Secret.of("wrong-" + key.length()) : key, parkNumber);
        try {
            Request request = new Request.Builder().url(pushTarget + "/" + api.wireName()).header(Bluecard.SIGN_HEADER, sign)
                    .post(RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE)).build();
            try (Response response = http.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    return Optional.empty();
                }
                return Optional.of(json.readValue(response.body().bytes(), Reply.class));
            }
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private InboundResponse reply(Reply<?> reply) {
        try {
            return InboundResponse.json(200, json.writeValueAsString(reply));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String y(Money m) {
        return BluecardMoney.toYuan(m);
    }

    @Override
    public void close() {
        automatic.forEach(f -> f.cancel(false));
        server.close();
    }

    /** Builds and starts a {@link BluecardSimulator}. */
    public static final class Builder {
        private String parkNumber = "p180329111018";
        private Secret key;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = BluecardTime.DEFAULT_ZONE;
        private Tariff tariff = DEFAULT_TARIFF;
        private PushSchedule schedule = PushSchedule.DOCUMENTED;
        private String pushTarget;
        private String host = "127.0.0.1";
        private int port;
        private int spaceCount = 10;
        private HttpSettings pushHttp = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));

        private Builder() {
        }

        /** The park number (default p180329111018, the document's). */
        public Builder parkNumber(String parkNumber) {
            this.parkNumber = parkNumber;
            return this;
        }

        /** The key shared with the third party. */
        public Builder key(Secret key) {
            this.key = key;
            return this;
        }

        /** Clock for stays, fees and the push schedule. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Zone of the vendor's local times (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** How 4.4/4.30 price stays (core fee engine); default {@link #DEFAULT_TARIFF}. */
        public Builder tariff(Tariff tariff) {
            this.tariff = Objects.requireNonNull(tariff, "tariff");
            return this;
        }

        /** When failed pushes are resent (default: the documented 3 quick retries, then every 5 minutes). */
        public Builder schedule(PushSchedule schedule) {
            this.schedule = schedule;
            return this;
        }

        /**
         * Where the third party receives pushes: routes are {@code <pushTarget>/<wireName>}, e.g.
         * {@code http://127.0.0.1:8080/bluecard}. Loopback only.
         */
        public Builder pushTarget(String pushTarget) {
            URI uri = URI.create(pushTarget);
            try {
                if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                    throw new IllegalArgumentException("pushTarget: expected a loopback URL, got " + pushTarget);
                }
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("pushTarget: unknown host in " + pushTarget, e);
            }
            this.pushTarget = pushTarget.endsWith("/") ? pushTarget.substring(0, pushTarget.length() - 1) : pushTarget;
            return this;
        }

        /** Loopback host (default 127.0.0.1) and port (default 0: any free port). */
        public Builder listen(String host, int port) {
            this.host = host;
            this.port = port;
            return this;
        }

        /** Spaces in the park (default 10). */
        public Builder spaceCount(int spaceCount) {
            this.spaceCount = spaceCount;
            return this;
        }

        /** Timeouts of the pushes to the third party. */
        public Builder pushHttp(HttpSettings pushHttp) {
            this.pushHttp = pushHttp;
            return this;
        }

        /** Starts the simulator on its loopback address. */
        public BluecardSimulator start() throws IOException {
            Objects.requireNonNull(key, "key");
            return new BluecardSimulator(this);
        }
    }

}
