package io.parkbridge.protocol.bluecard.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.bluecard.BluecardTime;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.catalog.ReplyShape;
import io.parkbridge.protocol.bluecard.fee.BluecardFees;
import io.parkbridge.protocol.bluecard.message.AllSpaceStatus;
import io.parkbridge.protocol.bluecard.message.AlterCarType;
import io.parkbridge.protocol.bluecard.message.BlacklistDelete;
import io.parkbridge.protocol.bluecard.message.BlacklistIssue;
import io.parkbridge.protocol.bluecard.message.BlacklistQuery;
import io.parkbridge.protocol.bluecard.message.BookingIssue;
import io.parkbridge.protocol.bluecard.message.BookingQuery;
import io.parkbridge.protocol.bluecard.message.CouponIssue;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
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
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpCaller;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpReply;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.validation.MessageValidator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The 18 calls a third party makes into Bluecard (4.4-4.12, 4.18-4.20, 4.22, 4.23, 4.29, 4.30,
 * 4.33, 4.34), bound to one park. Every typed method ends in {@link #call}, the one call path:
 * validate, serialise, sign, POST, decode, map errors. Only queries are retried (see
 * {@link BluecardInterface#idempotent()}); payments and list changes never are.
 *
 * <p>Errors: {@link TransportException} (no reply, non-2xx), {@link AuthenticationException}
 * (HTTP 401/403, or a {@code fail} whose reason speaks of the sign), {@link BluecardBusinessException}
 * ({@code fail}), {@link MalformedMessageException} (a reply that does not match the document).
 */
public final class BluecardClient {
    /** The document asks for 5 s between a 4.6 reply and the next 4.6 request (L708). */
    public static final Duration WHITELIST_SPACING = Duration.ofSeconds(5);
    /** 4.6 takes at most 50 entries per request (L708). */
    public static final int WHITELIST_BATCH_MAX = 50;

    private static final MediaType JSON = MediaType.get(Bluecard.CONTENT_TYPE);

    private final HttpUrl baseUrl;
    private final String parkNumber;
    private final String sign;
    private final HttpCaller caller;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BluecardTime time;
    private final ObjectMapper json = JsonMappers.strict();
    private final Object whitelistLock = new Object();
    private Instant lastWhitelistReply = Instant.MIN;

    private BluecardClient(Builder b) {
        this.baseUrl = Objects.requireNonNull(HttpUrl.parse(b.baseUrl), "baseUrl");
        this.parkNumber = b.parkNumber;
        this.sign = BluecardSigner.sign(b.key, b.parkNumber);
        OkHttpClient http = HttpClients.create(b.okHttpClient, b.httpSettings);
        this.caller = new HttpCaller(Bluecard.VENDOR, http, b.retryPolicy, b.sleeper);
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.time = new BluecardTime(b.zone);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The park this client is bound to. */
    public String parkNumber() {
        return parkNumber;
    }

    /** How times are written for this client. */
    public BluecardTime time() {
        return time;
    }

    // ---------------------------------------------------------------- the one call path

    /**
     * Calls {@code api} with {@code request} (its catalogue request type) and returns the reply
     * whose {@code datas} has the catalogue type (a {@code List} for array replies).
     */
    public <D> Reply<D> call(BluecardInterface api, Object request) {
        if (request instanceof WhitelistDelete.Request w && w.plate() != null && w.plate().isBlank()) {
            requirePlate(w.plate(), "delWhite", "clearWhitelist()");
        }
        if (request instanceof BlacklistDelete.Request b && b.plate() != null && b.plate().isBlank()) {
            requirePlate(b.plate(), "delBlack", "clearBlacklist()");
        }
        return send(api, request);
    }

    /** The one call path; {@link #call} adds the list-clearing guard in front of it. */
    private <D> Reply<D> send(BluecardInterface api, Object request) {
        if (api.direction() != Direction.US_TO_BLUECARD) {
            throw new IllegalArgumentException(api.label() + " is pushed by Bluecard; the client cannot call it");
        }
        if (!api.requestType().isInstance(request)) {
            throw new IllegalArgumentException(api.label() + ": expected a " + api.requestType().getName());
        }
        MessageValidator.requireValid(Bluecard.VENDOR, request);
        byte[] body;
        try {
            body = json.writeValueAsBytes(request);
            // The sign is md5(key + OUR park number): a request for another park would be refused.
            String park = json.readTree(body).path("parkNumber").asText();
            if (!parkNumber.equals(park)) {
                throw new IllegalArgumentException("parkNumber: expected " + parkNumber + " (this client's park), got "
                        + park);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(api.label() + ": request not serialisable", e);
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegments(api.bluecardPath().substring(1)).build();
        Request http = new Request.Builder().url(url)
                .header(Bluecard.SIGN_HEADER, sign)
                .post(RequestBody.create(body, JSON))
                .build();
        HttpReply reply = caller.execute(http, api.idempotent());
        return decode(api, reply);
    }

    private <D> Reply<D> decode(BluecardInterface api, HttpReply reply) {
        if (reply.status() == 401 || reply.status() == 403) {
            throw new AuthenticationException(Bluecard.VENDOR, "", api.label() + " refused with HTTP " + reply.status());
        }
        if (!reply.isSuccessful()) {
            throw new TransportException(Bluecard.VENDOR, api.label() + " answered HTTP " + reply.status(),
                    reply.status(), null);
        }
        Reply<D> decoded;
        try {
            decoded = json.readValue(reply.body(), replyType(api));
        } catch (java.io.IOException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, "", "a JSON reply {status, errorCode, datas} to "
                    + api.label(), e);
        }
        if (decoded == null || decoded.status() == null) {
            throw new MalformedMessageException(Bluecard.VENDOR, "status", "success or fail in the reply to "
                    + api.label(), null);
        }
        if (!decoded.isSuccess()) {
            String reason = decoded.errorCode() == null ? "" : decoded.errorCode();
            String lower = reason.toLowerCase(Locale.ROOT);
            if (lower.contains("sign") || reason.contains("签名") || reason.contains("密钥")) {
                throw new AuthenticationException(Bluecard.VENDOR, reason, api.label() + " refused the sign header");
            }
            throw new BluecardBusinessException(api.label(), reason);
        }
        if (api.replyShape() != ReplyShape.NONE && decoded.datas() == null) {
            throw new MalformedMessageException(Bluecard.VENDOR, "datas", "datas on success of " + api.label(), null);
        }
        if (decoded.datas() instanceof List<?> list) {
            list.forEach(item -> MessageValidator.requireValid(Bluecard.VENDOR, item));
        } else if (decoded.datas() != null) {
            MessageValidator.requireValid(Bluecard.VENDOR, decoded.datas());
        }
        return decoded;
    }

    private JavaType replyType(BluecardInterface api) {
        var tf = json.getTypeFactory();
        JavaType data = switch (api.replyShape()) {
            case ARRAY -> tf.constructCollectionType(List.class, api.replyDataType());
            case OBJECT -> tf.constructType(api.replyDataType());
            case NONE -> tf.constructType(Object.class);
        };
        return tf.constructParametricType(Reply.class, data);
    }

    private <D> D datas(BluecardInterface api, Object request) {
        Reply<D> reply = call(api, request);
        return reply.datas();
    }

    // ---------------------------------------------------------------- 4.4, 4.5: fees and payments

    /** 4.4 {@code getChargebf}: the fee now; {@code couponMinutes} are sent as hours ({@code couponTime}). */
    public FeeCalculation.Fee getChargebf(String orderId, String plate, String wxOpenId, String ticketCode,
            long couponMinutes) {
        return datas(BluecardInterface.GET_CHARGE_BF, new FeeCalculation.Request(parkNumber, orderId, nz(plate),
                nz(wxOpenId), nz(ticketCode), BluecardMoney.couponHours(couponMinutes)));
    }

    /** 4.4 mapped into the core's {@link FeeQuote} (see {@link BluecardFees#toFeeQuote}). */
    public FeeQuote quoteFee(String orderId, String plate, long couponMinutes) {
        return BluecardFees.toFeeQuote(getChargebf(orderId, plate, "", "", couponMinutes), time);
    }

    /**
     * A payment to deliver with 4.5.
     *
     * @param orderId entry record id
     * @param plate the plate
     * @param payCharge amount receivable
     * @param realCharge amount actually received
     * @param payTime when it was paid
     * @param payType e.g. 微信, 支付宝, 云优惠
     * @param payChannel e.g. 扫码付, 当面付, 提前付
     * @param getTime the settlement time of the quote paid ({@code getTime} of 4.4)
     * @param transactionId our unique transaction serial
     * @param outTradeNo from 4.4/4.30, unchanged
     */
    public record Payment(String orderId, String plate, Money payCharge, Money realCharge, Instant payTime,
            String payType, String payChannel, Instant getTime, String transactionId, String outTradeNo) {
        public Payment {
            Objects.requireNonNull(payCharge, "payCharge");
            Objects.requireNonNull(realCharge, "realCharge");
            Objects.requireNonNull(payTime, "payTime");
            Objects.requireNonNull(getTime, "getTime");
        }
    }

    /**
     * 4.5 {@code sendPayRes}. Never retried: on a {@link TransportException} the outcome is
     * unknown; query 4.4 again (paidTotal) before sending it a second time.
     */
    public PaymentResult.Receipt sendPayRes(Payment p) {
        String getTime = time.format(p.getTime());
        return datas(BluecardInterface.SEND_PAY_RES, new PaymentResult.Request(parkNumber, p.orderId(), nz(p.plate()),
                BluecardMoney.toYuan(p.payCharge()), BluecardMoney.toYuan(p.realCharge()), time.format(p.payTime()),
                p.payType(), p.payChannel(), getTime, getTime, p.transactionId(), p.outTradeNo()));
    }

    // ---------------------------------------------------------------- 4.6-4.11: white and black lists

    /**
     * 4.6 {@code synWhite}: add or modify 1-50 entries. Keeps the document's 5 s between a reply
     * and the next request by waiting (through the injected {@link Sleeper}) when needed.
     */
    public TimeStampData synWhite(List<WhitelistIssue.WhiteEntry> entries) {
        synchronized (whitelistLock) {
            Duration since = Duration.between(lastWhitelistReply, clock.instant().isBefore(lastWhitelistReply)
                    ? lastWhitelistReply : clock.instant());
            if (!lastWhitelistReply.equals(Instant.MIN) && since.compareTo(WHITELIST_SPACING) < 0) {
                try {
                    sleeper.sleep(WHITELIST_SPACING.minus(since));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while keeping the 5 s whitelist spacing", e);
                }
            }
            try {
                return datas(BluecardInterface.SYN_WHITE, new WhitelistIssue.Request(parkNumber, entries.size(),
                        List.copyOf(entries)));
            } finally {
                lastWhitelistReply = clock.instant();
            }
        }
    }

    /**
     * 4.7 {@code delWhite} for one plate. A blank plate is refused: Bluecard would delete the
     * WHOLE whitelist (L852); call {@link #clearWhitelist()} if that is what you want.
     */
    public TimeStampData delWhite(String plate) {
        requirePlate(plate, "delWhite", "clearWhitelist()");
        return datas(BluecardInterface.DEL_WHITE, new WhitelistDelete.Request(parkNumber, plate));
    }

    /** 4.7 with an empty plate: deletes EVERY online whitelist entry of the park. */
    public TimeStampData clearWhitelist() {
        Reply<TimeStampData> reply = send(BluecardInterface.DEL_WHITE, new WhitelistDelete.Request(parkNumber, ""));
        return reply.datas();
    }

    /** 4.8 {@code queryWhite}. */
    public List<WhitelistQuery.WhiteEntryFound> queryWhite(List<String> plates) {
        return datas(BluecardInterface.QUERY_WHITE, new WhitelistQuery.Request(parkNumber, plateRefs(plates),
                plates.size()));
    }

    /** 4.9 {@code synBlack}: {@code source} is 线上 (online) or 线下 (offline). */
    public TimeStampData synBlack(String source, List<BlacklistIssue.BlackEntry> entries) {
        return datas(BluecardInterface.SYN_BLACK, new BlacklistIssue.Request(parkNumber, source, entries.size(),
                List.copyOf(entries)));
    }

    /** 4.10 {@code delBlack} for one plate; a blank plate is refused (see {@link #clearBlacklist()}). */
    public TimeStampData delBlack(String plate) {
        requirePlate(plate, "delBlack", "clearBlacklist()");
        return datas(BluecardInterface.DEL_BLACK, new BlacklistDelete.Request(parkNumber, plate));
    }

    /** 4.10 with an empty plate: clears the WHOLE blacklist of the park. */
    public TimeStampData clearBlacklist() {
        Reply<TimeStampData> reply = send(BluecardInterface.DEL_BLACK, new BlacklistDelete.Request(parkNumber, ""));
        return reply.datas();
    }

    /** 4.11 {@code queryBlack}. */
    public List<BlacklistIssue.BlackEntry> queryBlack(List<String> plates) {
        return datas(BluecardInterface.QUERY_BLACK, new BlacklistQuery.Request(parkNumber, plates.size(),
                plateRefs(plates)));
    }

    /**
     * 4.12 {@code alterCarType}.
     *
     * @deprecated deprecated by Bluecard in v2.3.3; parks on newer versions may not answer it
     */
    @Deprecated
    public TimeStampData alterCarType(String plate, String orderId, String userType, Money value) {
        return datas(BluecardInterface.ALTER_CAR_TYPE, new AlterCarType.Request(parkNumber, plate, orderId, userType,
                BluecardMoney.toYuan(value)));
    }

    // ---------------------------------------------------------------- 4.18-4.23: bookings, images, gate, coupons

    /** 4.18 {@code synBookingCar}: book ({@code flag} "1") or cancel ("0"). */
    public TimeStampData synBookingCar(List<BookingIssue.Booking> bookings) {
        return datas(BluecardInterface.SYN_BOOKING_CAR, new BookingIssue.Request(parkNumber, List.copyOf(bookings)));
    }

    /** 4.19 {@code queryBookingCar}: plates and/or a window; null bounds are sent as "". */
    public BookingQuery.Result queryBookingCar(List<String> plates, Instant start, Instant end) {
        return datas(BluecardInterface.QUERY_BOOKING_CAR, new BookingQuery.Request(parkNumber, new BookingQuery.Criteria(
                List.copyOf(plates), start == null ? "" : time.format(start), end == null ? "" : time.format(end))));
    }

    /** 4.20 {@code queryImgByName}: image names exactly as they appear in records. */
    public ImageQuery.Result queryImgByName(List<String> imageNames) {
        return datas(BluecardInterface.QUERY_IMG_BY_NAME, new ImageQuery.Request(parkNumber, List.copyOf(imageNames)));
    }

    /** 4.22 {@code RemoteLiftRod}: lifts the barrier of lane {@code passagewayId} (see 4.21). */
    public TimeStampData remoteLiftRod(String passagewayId) {
        return datas(BluecardInterface.REMOTE_LIFT_ROD, new RemoteLiftRod.Request(parkNumber, passagewayId));
    }

    /** 4.23 {@code coupon}: build items with {@link #hourCoupon} / {@link #amountCoupon}. */
    public TimeStampData coupon(List<CouponIssue.Coupon> coupons) {
        return datas(BluecardInterface.COUPON, new CouponIssue.Request(parkNumber, List.copyOf(coupons)));
    }

    /** An hour coupon (mode "0"): {@code position} in minutes. */
    public CouponIssue.Coupon hourCoupon(int id, String couponCode, Instant end, String orderId, String plate,
            long minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("position: expected minutes above zero, got " + minutes);
        }
        return new CouponIssue.Coupon(Integer.toString(id), couponCode, "0", time.format(end), orderId, plate,
                Long.toString(minutes));
    }

    /** An amount coupon (mode "1"): {@code position} in FEN, not yuan. */
    public CouponIssue.Coupon amountCoupon(int id, String couponCode, Instant end, String orderId, String plate,
            Money amount) {
        return new CouponIssue.Coupon(Integer.toString(id), couponCode, "1", time.format(end), orderId, plate,
                BluecardMoney.toCouponFen(amount));
    }

    // ---------------------------------------------------------------- 4.29, 4.30, 4.33, 4.34: general mode

    /** 4.29 {@code unlicensedCarIn}: {@code codeKind} "1" WeChat, "2" Alipay, "3" other. */
    public UnlicensedEntry.Result unlicensedCarIn(String codeKind, String authId, String passagewayId,
            String ephemeralPlate) {
        return datas(BluecardInterface.UNLICENSED_CAR_IN, new UnlicensedEntry.Request(parkNumber, "unlicensedCarIn",
                codeKind, authId, passagewayId, nz(ephemeralPlate)));
    }

    /** 4.30 {@code unlicensedCarOut}: answers the 4.4 fee block; pay it with 4.5. */
    public FeeCalculation.Fee unlicensedCarOut(String codeKind, String authId, String passagewayId,
            String ephemeralPlate) {
        return datas(BluecardInterface.UNLICENSED_CAR_OUT, new UnlicensedExit.Request(parkNumber, "unlicensedCarOut",
                codeKind, authId, passagewayId, nz(ephemeralPlate)));
    }

    /** 4.33 {@code getAllSpaceStatus} (needs Bluecard's space guidance system). */
    public List<AllSpaceStatus.Space> getAllSpaceStatus() {
        return datas(BluecardInterface.GET_ALL_SPACE_STATUS, new AllSpaceStatus.Request(parkNumber, "getAllSpaceStatus"));
    }

    /**
     * 4.34 {@code getSpaceStatusByPlate}: fuzzy match on at least 4 characters; an empty plate
     * lists the spaces holding unlicensed cars.
     */
    public List<SpaceByPlate.Location> getSpaceStatusByPlate(String plate) {
        String p = nz(plate);
        if (!p.isEmpty() && p.codePointCount(0, p.length()) < 4) {
            throw new IllegalArgumentException("plate: expected at least 4 characters or empty (unlicensed cars)");
        }
        return datas(BluecardInterface.GET_SPACE_STATUS_BY_PLATE, new SpaceByPlate.Request(parkNumber,
                "getSpaceStatusByPlate", p));
    }

    // ---------------------------------------------------------------- helpers

    private static List<WhitelistQuery.PlateRef> plateRefs(List<String> plates) {
        return plates.stream().map(WhitelistQuery.PlateRef::new).toList();
    }

    private static void requirePlate(String plate, String call, String alternative) {
        if (plate == null || plate.isBlank()) {
            throw new IllegalArgumentException("plate: expected a plate; an empty plate makes " + call
                    + " clear the whole list on Bluecard's side, call " + alternative + " if that is meant");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Builds a {@link BluecardClient}. */
    public static final class Builder {
        private String baseUrl;
        private String parkNumber;
        private Secret key;
        private HttpSettings httpSettings = HttpSettings.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = BluecardTime.DEFAULT_ZONE;
        private OkHttpClient okHttpClient;
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {
        }

        /** e.g. {@code http://bluecard-host:8080} (the document's {@code http://蓝卡云 ip:端口}). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder parkNumber(String parkNumber) {
            this.parkNumber = parkNumber;
            return this;
        }

        /** The key Bluecard assigned to the park. */
        public Builder key(Secret key) {
            this.key = key;
            return this;
        }

        public Builder httpSettings(HttpSettings httpSettings) {
            this.httpSettings = Objects.requireNonNull(httpSettings, "httpSettings");
            return this;
        }

        /** Applied to queries only. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Zone of the document's times (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Optional: your OkHttp instance (its pool, proxy, interceptors are kept). */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /** How to wait between retries and for the 4.6 spacing (tests inject a recorder). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public BluecardClient build() {
            if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
                throw new IllegalArgumentException("baseUrl: expected an http(s) URL such as http://host:port");
            }
            if (parkNumber == null || parkNumber.isBlank()) {
                throw new IllegalArgumentException("parkNumber: expected the park number assigned by Bluecard");
            }
            Objects.requireNonNull(key, "key");
            return new BluecardClient(this);
        }
    }

    @Override
    public String toString() {
        return "BluecardClient[" + baseUrl + ", park " + parkNumber + ", key ****]";
    }
}
