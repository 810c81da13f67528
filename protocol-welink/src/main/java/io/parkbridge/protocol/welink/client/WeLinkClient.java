package io.parkbridge.protocol.welink.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.crypto.NonceSource;
import io.parkbridge.protocol.support.crypto.Redactor;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.http.HttpCaller;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.validation.MessageValidator;
import io.parkbridge.protocol.welink.catalog.HttpMethod;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.catalog.WeLinkEndpoint;
import io.parkbridge.protocol.welink.codec.CipherSettings;
import io.parkbridge.protocol.welink.codec.ContentCodec;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.codec.PercentEncoding;
import io.parkbridge.protocol.welink.codec.RequestEnvelope;
import io.parkbridge.protocol.welink.codec.WeLinkSigner;
import io.parkbridge.protocol.welink.message.Auth;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Bookings;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.MoneyUnit;
import io.parkbridge.protocol.welink.message.Paged;
import io.parkbridge.protocol.welink.message.ParkingFees;
import io.parkbridge.protocol.welink.message.PassRecords;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.message.Space;
import io.parkbridge.protocol.welink.message.User;
import io.parkbridge.protocol.welink.message.WeLinkFormats;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The WeLink Park open API v2.4 client: one typed method per interface of
 * {@link WeLinkCatalog}, all going through the one generic {@link #call} path, which validates
 * the request, encodes {@code content}, signs, sends (GET query or POST form, per the catalogue
 * or an override), retries only idempotent queries, decodes the reply and maps failures to
 * typed exceptions:
 * <ul>
 * <li>{@link io.parkbridge.protocol.support.error.TransportException}: no reply, or HTTP 5xx
 *     or a non-2xx without a WeLink envelope;</li>
 * <li>{@link io.parkbridge.protocol.support.error.AuthenticationException}: codes 0002-0005
 *     ({@code code()} gives the code);</li>
 * <li>{@link WeLinkStatusException}: 0001, 0006, 9999 and unlisted codes;</li>
 * <li>{@link WeLinkBusinessException}: any {@code errCode} (NoBill, NoEnterRecord...);</li>
 * <li>{@link MalformedMessageException} / {@link io.parkbridge.protocol.welink.codec.WeLinkContentException}:
 *     an invalid request before sending, or a reply that does not decode.</li>
 * </ul>
 * Thread-safe. Secrets never appear in {@link #toString()} or exception messages.
 */
public final class WeLinkClient {
    static final String VENDOR = "welink";
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=UTF-8");

    private final String baseUrl;
    private final String appId;
    private final String parkId;
    private final WeLinkSigner signer;
    private final ContentCodec codec;
    private final ContentFlags requestFlags;
    private final ObjectMapper mapper;
    private final MoneyUnit moneyUnit;
    private final Clock clock;
    private final ZoneId zone;
    private final NonceSource nonces;
    private final boolean timestampInMillis;
    private final Map<WeLinkEndpoint<?, ?>, HttpMethod> methodOverrides;
    private final Map<String, String> fieldRenames;
    private final HttpCaller caller;
    private final ReplyDecoder decoder;

    private WeLinkClient(Builder b) {
        String base = b.baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        HttpUrl.get(base); // fails early with a clear message for a malformed URL
        this.baseUrl = base;
        this.appId = require("appId", b.appId);
        this.parkId = require("parkId", b.parkId);
        Secret secret = Objects.requireNonNull(b.secretKey, "secretKey");
        this.signer = new WeLinkSigner(secret);
        this.codec = new ContentCodec(secret, b.cipherSettings);
        this.requestFlags = b.requestFlags;
        this.moneyUnit = b.moneyUnit;
        this.mapper = io.parkbridge.protocol.welink.message.WeLinkJson.mapper(b.moneyUnit);
        this.clock = b.clock;
        this.zone = b.zone;
        this.nonces = b.nonceSource;
        this.timestampInMillis = b.timestampInMillis;
        this.methodOverrides = Map.copyOf(b.methodOverrides);
        this.fieldRenames = Map.copyOf(b.fieldRenames);
        this.caller = new HttpCaller(VENDOR, HttpClients.create(b.okHttpClient, b.httpSettings), b.retryPolicy,
                b.sleeper);
        this.decoder = new ReplyDecoder(mapper, codec, Redactor.of(List.of(secret)));
    }

    private static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank value");
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The park this client acts on. */
    public String parkId() {
        return parkId;
    }

    /** The unit money fields are read and written in. */
    public MoneyUnit moneyUnit() {
        return moneyUnit;
    }

    /** The zone of WeLink's date-times (default Asia/Shanghai). */
    public ZoneId zone() {
        return zone;
    }

    /** The injected clock. */
    public Clock clock() {
        return clock;
    }

    /** The HTTP method used for {@code endpoint}: the override if any, else the catalogue's. */
    public HttpMethod methodOf(WeLinkEndpoint<?, ?> endpoint) {
        return methodOverrides.getOrDefault(endpoint, endpoint.method());
    }

    /**
     * The one call path. {@code request} is null for endpoints without request fields.
     *
     * @return the decoded reply; null for endpoints that return no data
     */
    public <Q, R> R call(WeLinkEndpoint<Q, R> endpoint, Q request) {
        Objects.requireNonNull(endpoint, "endpoint");
        String json = "";
        if (endpoint.hasRequest()) {
            MessageValidator.requireValid(VENDOR, request);
            json = businessJson(request);
        }
        Unsigned unsigned = new Unsigned(methodOf(endpoint), baseUrl + endpoint.fullPath(),
                codec.encode(json, requestFlags));
        // Signed once per attempt: a retry carries a fresh Timestamp and Nonce.
        return decoder.decode(endpoint, caller.execute(() -> signed(unsigned), endpoint.idempotent()));
    }

    /** What a call sends, before Timestamp, Nonce and Signature are added. */
    private record Unsigned(HttpMethod method, String url, String content) {
    }

    /** The request on the wire for one attempt: a new Timestamp and Nonce, signed. */
    private Request signed(Unsigned unsigned) {
        RequestEnvelope envelope = new RequestEnvelope(appId, timestamp(), Long.toString(nonces.next()), parkId,
                requestFlags, unsigned.content());
        return httpRequest(unsigned, envelope.signed(signer));
    }

    /** The business JSON of a request, with the configured field renames applied. */
    String businessJson(Object request) {
        ObjectNode node = mapper.valueToTree(request);
        for (Map.Entry<String, String> rename : fieldRenames.entrySet()) {
            if (node.has(rename.getKey())) {
                var value = node.remove(rename.getKey());
                node.set(rename.getValue(), value);
            }
        }
        return node.toString();
    }

    private String timestamp() {
        long millis = clock.millis();
        return Long.toString(timestampInMillis ? millis : Math.floorDiv(millis, 1000L));
    }

    private static Request httpRequest(Unsigned unsigned, Map<String, String> parameters) {
        String url = unsigned.url();
        Request.Builder builder = new Request.Builder().header("Accept", "application/json; charset=UTF-8");
        if (unsigned.method() == HttpMethod.GET) {
            // Encoded once, by us, with upper-case escapes; OkHttp keeps an already-encoded query as is.
            return builder.url(url + "?" + PercentEncoding.join(parameters)).get().build();
        }
        RequestBody body = RequestBody.create(PercentEncoding.join(parameters), FORM);
        return builder.url(url).post(body).build();
    }

    /**
     * Every element of a paged query, fetching page after page (offset += length) until a page
     * comes back shorter than {@code length}. Lazy: a page is fetched when the previous one is used up.
     */
    public <Q extends Paged<Q>, X> Iterator<X> iterate(WeLinkEndpoint<Q, List<X>> endpoint, Q first) {
        return new PageIterator<>(q -> call(endpoint, q), first);
    }

    /** {@link #iterate} as a sequential stream. */
    public <Q extends Paged<Q>, X> Stream<X> stream(WeLinkEndpoint<Q, List<X>> endpoint, Q first) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterate(endpoint, first), Spliterator.ORDERED),
                false);
    }

    // ---- 5.1 user ----

    /** 5.1.1 /user/login: a relative single-sign-on URL; prefix it with the WeLink domain. */
    public String login(User.LoginRequest request) {
        return call(WeLinkCatalog.USER_LOGIN, request);
    }

    // ---- 5.2 info ----

    /** 5.2.1 /info/areas. */
    public List<Info.Area> areas() {
        return call(WeLinkCatalog.INFO_AREAS, null);
    }

    /** 5.2.2 /info/lanes. */
    public List<Info.Lane> lanes() {
        return call(WeLinkCatalog.INFO_LANES, null);
    }

    /** 5.2.3 /info/mgrTypes: the park's management types. */
    public List<Info.CodeName> mgrTypes() {
        return call(WeLinkCatalog.INFO_MGR_TYPES, null);
    }

    /** 5.2.4 /info/carTypes: the park's vehicle types. */
    public List<Info.CodeName> carTypes() {
        return call(WeLinkCatalog.INFO_CAR_TYPES, null);
    }

    /** 5.2.5 /info/space: total and free spaces per area. */
    public List<Info.AreaSpace> space() {
        return call(WeLinkCatalog.INFO_SPACE, null);
    }

    /** 5.2.6 /info/rentRule. */
    public Info.RentRule rentRule(Info.RentRuleRequest request) {
        return call(WeLinkCatalog.INFO_RENT_RULE, request);
    }

    /** 5.2.7 /info/setQrUrl. */
    public Info.QrCode setQrUrl(Info.SetQrUrlRequest request) {
        return call(WeLinkCatalog.INFO_SET_QR_URL, request);
    }

    // ---- 5.3 passport ----

    /** 5.3.1 /passport/query: one page; see {@link #iterate} for all. */
    public List<Passports.Passport> queryPassports(Passports.QueryRequest request) {
        return call(WeLinkCatalog.PASSPORT_QUERY, request);
    }

    /** 5.3.2 /passport/get. */
    public Passports.Passport getPassport(Passports.GetRequest request) {
        return call(WeLinkCatalog.PASSPORT_GET, request);
    }

    /** 5.3.3 /passport/invitationCode. */
    public String invitationCode() {
        return call(WeLinkCatalog.PASSPORT_INVITATION_CODE, null);
    }

    /** 5.3.4 /passport/hasPlateNumbers: true if any plate is already registered. */
    public boolean hasPlateNumbers(Passports.HasPlateNumbersRequest request) {
        return call(WeLinkCatalog.PASSPORT_HAS_PLATE_NUMBERS, request);
    }

    /** 5.3.5 /passport/hasCardNumbers: true if any card is already registered. */
    public boolean hasCardNumbers(Passports.HasCardNumbersRequest request) {
        return call(WeLinkCatalog.PASSPORT_HAS_CARD_NUMBERS, request);
    }

    /** 5.3.6 /passport/add: the new passport id. */
    public long addPassport(Passports.AddRequest request) {
        return call(WeLinkCatalog.PASSPORT_ADD, request);
    }

    /** 5.3.7 /passport/update. */
    public void updatePassport(Passports.UpdateRequest request) {
        call(WeLinkCatalog.PASSPORT_UPDATE, request);
    }

    /** 5.3.8 /passport/delete. */
    public void deletePassport(Passports.DeleteRequest request) {
        call(WeLinkCatalog.PASSPORT_DELETE, request);
    }

    /** 5.3.9 /passport/renew. */
    public void renewPassport(Passports.RenewRequest request) {
        call(WeLinkCatalog.PASSPORT_RENEW, request);
    }

    /** 5.3.10 /passport/lock: failure is a {@link WeLinkStatusException} with 0006. */
    public void lockVehicle(Passports.LockRequest request) {
        call(WeLinkCatalog.PASSPORT_LOCK, request);
    }

    // ---- 5.4 passrecord ----

    /** 5.4.1 /passrecord/queryCarRecords: one page. */
    public List<PassRecords.CarRecord> queryCarRecords(PassRecords.CarRecordsRequest request) {
        return call(WeLinkCatalog.PASSRECORD_CAR_RECORDS, request);
    }

    /** 5.4.2 /passrecord/queryAcRecords: one page. */
    public List<PassRecords.AcRecord> queryAcRecords(PassRecords.AcRecordsRequest request) {
        return call(WeLinkCatalog.PASSRECORD_AC_RECORDS, request);
    }

    /** 5.4.3 /passrecord/queryOnParkingRecords: one page. */
    public List<PassRecords.OnParkingRecord> queryOnParkingRecords(PassRecords.OnParkingRecordsRequest request) {
        return call(WeLinkCatalog.PASSRECORD_ON_PARKING_RECORDS, request);
    }

    /** 5.4.4 /passrecord/resetOutside. */
    public void resetOutside(PassRecords.InParkRecordRequest request) {
        call(WeLinkCatalog.PASSRECORD_RESET_OUTSIDE, request);
    }

    /** 5.4.5 /passrecord/modifyPlate. */
    public void modifyPlate(PassRecords.InParkRecordRequest request) {
        call(WeLinkCatalog.PASSRECORD_MODIFY_PLATE, request);
    }

    /** 5.4.6 /passrecord/queryImageUrl. */
    public List<String> queryImageUrls(PassRecords.ImageUrlRequest request) {
        return call(WeLinkCatalog.PASSRECORD_IMAGE_URL, request);
    }

    // ---- 5.5 parkingFee ----

    /** 5.5.1 /parkingFee/queryTmpRentRecords: one page. */
    public List<ParkingFees.TmpRentRecord> queryTmpRentRecords(ParkingFees.TmpRentRecordsRequest request) {
        return call(WeLinkCatalog.PARKING_FEE_TMP_RENT_RECORDS, request);
    }

    /** 5.5.2 /parkingFee/queryLongRentRecords: one page. */
    public List<ParkingFees.LongRentRecord> queryLongRentRecords(ParkingFees.LongRentRecordsRequest request) {
        return call(WeLinkCatalog.PARKING_FEE_LONG_RENT_RECORDS, request);
    }

    // ---- 5.6 coupon ----

    /** 5.6.1 /coupon/quota. */
    public Coupons.Quota couponQuota(Coupons.RuleRef request) {
        return call(WeLinkCatalog.COUPON_QUOTA, request);
    }

    /** 5.6.2 /coupon/rule. */
    public Coupons.Rule couponRule(Coupons.RuleRef request) {
        return call(WeLinkCatalog.COUPON_RULE, request);
    }

    /** 5.6.3 /coupon/rules. */
    public List<Coupons.Rule> couponRules(Coupons.RulesRequest request) {
        return call(WeLinkCatalog.COUPON_RULES, request);
    }

    /** 5.6.4 /coupon/merchants. */
    public List<Coupons.Merchant> merchants() {
        return call(WeLinkCatalog.COUPON_MERCHANTS, null);
    }

    /** 5.6.5 /coupon/add: the coupon id. */
    public long addCoupon(Coupons.AddRequest request) {
        return call(WeLinkCatalog.COUPON_ADD, request);
    }

    /** 5.6.6 /coupon/queryCoupons: one page. */
    public List<Coupons.IssuedCoupon> queryCoupons(Coupons.QueryCouponsRequest request) {
        return call(WeLinkCatalog.COUPON_QUERY_COUPONS, request);
    }

    // ---- 5.7 auth ----

    /** 5.7.1 /auth/enter. */
    public Auth.AuthResult authEnter(Auth.LaneUserRequest request) {
        return call(WeLinkCatalog.AUTH_ENTER, request);
    }

    /** 5.7.2 /auth/exit. */
    public Auth.ExitResult authExit(Auth.LaneUserRequest request) {
        return call(WeLinkCatalog.AUTH_EXIT, request);
    }

    /** 5.7.3 /auth/refreshParkingFee. */
    public Auth.ExitResult refreshParkingFee(Auth.RefreshRequest request) {
        return call(WeLinkCatalog.AUTH_REFRESH_PARKING_FEE, request);
    }

    /** 5.7.4 /auth/queryEvent. */
    public Auth.AuthResult queryAuthEvent(Auth.LaneUserRequest request) {
        return call(WeLinkCatalog.AUTH_QUERY_EVENT, request);
    }

    /** 5.7.5 /auth/access. */
    public Auth.AuthResult authAccess(Auth.LaneUserRequest request) {
        return call(WeLinkCatalog.AUTH_ACCESS, request);
    }

    // ---- 5.8 pay ----

    /** 5.8.1 /pay/queryLongRentBill. */
    public Pay.LongRentBill queryLongRentBill(Pay.LongRentBillRequest request) {
        return call(WeLinkCatalog.PAY_QUERY_LONG_RENT_BILL, request);
    }

    /** 5.8.2 /pay/queryTmpRentBill: NoBill / NoEnterRecord arrive as {@link WeLinkBusinessException}. */
    public Pay.TmpRentBill queryTmpRentBill(Pay.TmpRentBillRequest request) {
        return call(WeLinkCatalog.PAY_QUERY_TMP_RENT_BILL, request);
    }

    /** 5.8.3 /pay/payLongRentBill. */
    public void payLongRentBill(Pay.PaidBillRequest request) {
        call(WeLinkCatalog.PAY_PAY_LONG_RENT_BILL, request);
    }

    /** 5.8.4 /pay/payTmpRentBill. */
    public void payTmpRentBill(Pay.PaidBillRequest request) {
        call(WeLinkCatalog.PAY_PAY_TMP_RENT_BILL, request);
    }

    /** 5.8.5 /pay/addTmpRentBill. */
    public void addTmpRentBill(Pay.AddTmpRentBillRequest request) {
        call(WeLinkCatalog.PAY_ADD_TMP_RENT_BILL, request);
    }

    // ---- 5.9 booking ----

    /** 5.9.1 /booking/queryAreas. */
    public List<Bookings.BookableArea> bookableAreas(Bookings.QueryAreasRequest request) {
        return call(WeLinkCatalog.BOOKING_QUERY_AREAS, request);
    }

    /** 5.9.2 /booking/createBooking: the booking id. */
    public long createBooking(Bookings.CreateRequest request) {
        return call(WeLinkCatalog.BOOKING_CREATE, request);
    }

    /** 5.9.3 /booking/cancelBooking. */
    public void cancelBooking(Bookings.BookingRef request) {
        call(WeLinkCatalog.BOOKING_CANCEL, request);
    }

    /** 5.9.4 /booking/getBooking. */
    public Bookings.Booking getBooking(Bookings.BookingRef request) {
        return call(WeLinkCatalog.BOOKING_GET, request);
    }

    /** 5.9.5 /booking/queryBooking: one page. */
    public List<Bookings.Booking> queryBookings(Bookings.QueryRequest request) {
        return call(WeLinkCatalog.BOOKING_QUERY, request);
    }

    // ---- 5.10 blacklist ----

    /** 5.10.1 /blacklist/add: the record id. */
    public long addBlacklist(Blacklist.AddRequest request) {
        return call(WeLinkCatalog.BLACKLIST_ADD, request);
    }

    /** 5.10.2 /blacklist/delete. */
    public void deleteBlacklist(Blacklist.DeleteRequest request) {
        call(WeLinkCatalog.BLACKLIST_DELETE, request);
    }

    /** 5.10.3 /blacklist/query: one page. */
    public List<Blacklist.Entry> queryBlacklist(Blacklist.QueryRequest request) {
        return call(WeLinkCatalog.BLACKLIST_QUERY, request);
    }

    // ---- 5.11 space ----

    /** 5.11.1 /space/getParkingInfo. */
    public Space.ParkingInfo parkingInfo(Space.ParkingInfoRequest request) {
        return call(WeLinkCatalog.SPACE_GET_PARKING_INFO, request);
    }

    /** 5.11.2 /space/setCoupons: the coupon id. */
    public String setSpaceCoupons(Space.SetCouponsRequest request) {
        return call(WeLinkCatalog.SPACE_SET_COUPONS, request);
    }

    @Override
    public String toString() {
        return "WeLinkClient[" + baseUrl + ", appId=" + appId + ", parkId=" + parkId + ", secretKey=****]";
    }

    /** Builds a {@link WeLinkClient}. Required: baseUrl, appId, secretKey, parkId. */
    public static final class Builder {
        private String baseUrl;
        private String appId;
        private Secret secretKey;
        private String parkId;
        private HttpSettings httpSettings = HttpSettings.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = WeLinkFormats.DEFAULT_ZONE;
        private NonceSource nonceSource = NonceSource.secureRandom(1, 99_999_999);
        private OkHttpClient okHttpClient;
        private CipherSettings cipherSettings = CipherSettings.DEFAULT;
        private ContentFlags requestFlags = ContentFlags.PLAIN;
        private MoneyUnit moneyUnit = MoneyUnit.YUAN;
        private boolean timestampInMillis;
        private final Map<WeLinkEndpoint<?, ?>, HttpMethod> methodOverrides = new HashMap<>();
        private final Map<String, String> fieldRenames = new LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. {@code http://qqb.welinkpark.com} (the document's domain; {@code /api} is added per call). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        public Builder secretKey(Secret secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        public Builder parkId(String parkId) {
            this.parkId = parkId;
            return this;
        }

        public Builder httpSettings(HttpSettings settings) {
            this.httpSettings = Objects.requireNonNull(settings, "httpSettings");
            return this;
        }

        /** Applies only to idempotent queries; changes are never retried blindly. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /** How to wait between retries (tests inject one that does not sleep). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Zone of WeLink date-times; default Asia/Shanghai (the document states none). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Nonces: default random in 1..99,999,999 (a positive integer, as the document asks). */
        public Builder nonceSource(NonceSource nonceSource) {
            this.nonceSource = Objects.requireNonNull(nonceSource, "nonceSource");
            return this;
        }

        /** A client whose pool, proxy and interceptors to reuse; timeouts come from {@link HttpSettings}. */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = client;
            return this;
        }

        public Builder cipherSettings(CipherSettings settings) {
            this.cipherSettings = Objects.requireNonNull(settings, "cipherSettings");
            return this;
        }

        /** encryptCode/zipCode for requests; default 0/0. Replies are decoded by their own flags. */
        public Builder requestFlags(ContentFlags flags) {
            this.requestFlags = Objects.requireNonNull(flags, "requestFlags");
            return this;
        }

        /** Unit of money fields; default yuan (see {@link MoneyUnit}). */
        public Builder moneyUnit(MoneyUnit unit) {
            this.moneyUnit = Objects.requireNonNull(unit, "moneyUnit");
            return this;
        }

        /** Send Timestamp in milliseconds (as the vendor's demo client does) instead of seconds (the document's example). */
        public Builder timestampInMillis(boolean millis) {
            this.timestampInMillis = millis;
            return this;
        }

        /** Use {@code method} for {@code endpoint} instead of the catalogue's rule. */
        public Builder method(WeLinkEndpoint<?, ?> endpoint, HttpMethod method) {
            this.methodOverrides.put(Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(method, "method"));
            return this;
        }

        /**
         * Sends the top-level business field {@code from} as {@code to}, for names the document
         * prints inconsistently (e.g. {@code userid} → {@code userId}, {@code keyword} → {@code key},
         * {@code startTime} → {@code freeStartTime}).
         */
        public Builder renameRequestField(String from, String to) {
            this.fieldRenames.put(require("from", from), require("to", to));
            return this;
        }

        public WeLinkClient build() {
            require("baseUrl", baseUrl);
            return new WeLinkClient(this);
        }
    }
}
