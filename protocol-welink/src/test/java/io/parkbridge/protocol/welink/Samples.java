package io.parkbridge.protocol.welink;

import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.catalog.WeLinkEndpoint;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.message.Auth;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Bookings;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.ParkingFees;
import io.parkbridge.protocol.welink.message.PassRecords;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.message.Space;
import io.parkbridge.protocol.welink.message.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One sample call per catalogue endpoint, through its typed client method. The values match
 * the simulator's seed data ({@code WeLinkSimulator.seeded}), so the same samples drive the
 * mockwebserver wire tests and the end-to-end tests.
 */
public final class Samples {
    public static final String APP_ID = "289efb7512e54146273b982456b03f42ea93";
    public static final String SECRET = "27a06832a2214a4fa3b7105e4a72d370";
    public static final String PARK_ID = "10001088";
    /** 2026-11-25 10:00:00 in Shanghai. */
    public static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final long AREA_A = 1150779322741001L;
    public static final long AREA_DOOR = 1150779322741002L;
    public static final long LANE_IN = 1001L;
    public static final long LANE_OUT = 1002L;
    public static final long LANE_DOOR = 1003L;
    public static final long PASSPORT = 11001L;
    public static final String PASS_PLATE = "粤B12345";
    public static final String PARKED_PLATE = "粤B67890";
    public static final String PARKED_SINCE = "2026-11-25 08:00:00";
    public static final long MCH = 11151314366657101L;
    public static final long RULE_AMOUNT = 21L;
    public static final long RULE_MINUTES = 22L;
    public static final long BOOKING = 911151314366657102L;
    public static final long BLACKLIST = 31L;
    public static final String TMP_TOKEN = "tmp-token-1";
    public static final String LONG_TOKEN = "long-token-1";
    public static final String BAY = "A001";
    public static final String USER = "9001";

    /** An endpoint, the request the sample sends, and the typed call that sends it. */
    public record Sample(WeLinkEndpoint<?, ?> endpoint, Object request, Function<WeLinkClient, Object> call) {
        @Override
        public String toString() {
            return endpoint.toString();
        }
    }

    private Samples() {
    }

    public static List<Sample> all() {
        List<Sample> s = new ArrayList<>();
        add(s, WeLinkCatalog.USER_LOGIN, new User.LoginRequest(120099233423L, "张三", 1, "admin"), WeLinkClient::login);
        none(s, WeLinkCatalog.INFO_AREAS, WeLinkClient::areas);
        none(s, WeLinkCatalog.INFO_LANES, WeLinkClient::lanes);
        none(s, WeLinkCatalog.INFO_MGR_TYPES, WeLinkClient::mgrTypes);
        none(s, WeLinkCatalog.INFO_CAR_TYPES, WeLinkClient::carTypes);
        none(s, WeLinkCatalog.INFO_SPACE, WeLinkClient::space);
        add(s, WeLinkCatalog.INFO_RENT_RULE, new Info.RentRuleRequest(1, 1), WeLinkClient::rentRule);
        add(s, WeLinkCatalog.INFO_SET_QR_URL, new Info.SetQrUrlRequest(LANE_OUT, "https://pay.example.com/qr", null),
                WeLinkClient::setQrUrl);
        add(s, WeLinkCatalog.PASSPORT_QUERY, new Passports.QueryRequest(1, 0, 100, null, null),
                WeLinkClient::queryPassports);
        add(s, WeLinkCatalog.PASSPORT_GET, Passports.GetRequest.byId(PASSPORT), WeLinkClient::getPassport);
        none(s, WeLinkCatalog.PASSPORT_INVITATION_CODE, WeLinkClient::invitationCode);
        add(s, WeLinkCatalog.PASSPORT_HAS_PLATE_NUMBERS, new Passports.HasPlateNumbersRequest(0L, PASS_PLATE + ",粤B54321"),
                WeLinkClient::hasPlateNumbers);
        add(s, WeLinkCatalog.PASSPORT_HAS_CARD_NUMBERS, new Passports.HasCardNumbersRequest(0L, "C0001"),
                WeLinkClient::hasCardNumbers);
        add(s, WeLinkCatalog.PASSPORT_ADD, new Passports.AddRequest(1L, "李四", null, "13800000000", 1, 1, "粤B22222", 1,
                null, null, 0, null, new Passports.Authorization(null, null, List.of(AREA_A)), null),
                WeLinkClient::addPassport);
        run(s, WeLinkCatalog.PASSPORT_UPDATE, new Passports.UpdateRequest(PASSPORT, 1, "王五", "深圳", "13900000000", 1, 1,
                PASS_PLATE, 1, null, null, 0, null, new Passports.Authorization(null, null, List.of(AREA_A)), null),
                WeLinkClient::updatePassport);
        run(s, WeLinkCatalog.PASSPORT_DELETE, new Passports.DeleteRequest(1, PASSPORT), WeLinkClient::deletePassport);
        run(s, WeLinkCatalog.PASSPORT_RENEW, new Passports.RenewRequest(PASS_PLATE, "2026-12-01", "2026-12-31", 1,
                Money.ofYuan(200)), WeLinkClient::renewPassport);
        run(s, WeLinkCatalog.PASSPORT_LOCK, new Passports.LockRequest(PARKED_PLATE, Passports.LOCK),
                WeLinkClient::lockVehicle);
        add(s, WeLinkCatalog.PASSRECORD_CAR_RECORDS, new PassRecords.CarRecordsRequest(null, null, "2026-11-25 00:00:00",
                "2026-11-25 23:59:59", null, 0, 100), WeLinkClient::queryCarRecords);
        add(s, WeLinkCatalog.PASSRECORD_AC_RECORDS, new PassRecords.AcRecordsRequest(AREA_DOOR, null,
                "2026-11-25 00:00:00", "2026-11-25 23:59:59", 0, 100), WeLinkClient::queryAcRecords);
        add(s, WeLinkCatalog.PASSRECORD_ON_PARKING_RECORDS, new PassRecords.OnParkingRecordsRequest(null, null, 0, 0, 100),
                WeLinkClient::queryOnParkingRecords);
        run(s, WeLinkCatalog.PASSRECORD_RESET_OUTSIDE, new PassRecords.InParkRecordRequest(PARKED_PLATE, PARKED_SINCE,
                LANE_IN), WeLinkClient::resetOutside);
        run(s, WeLinkCatalog.PASSRECORD_MODIFY_PLATE, new PassRecords.InParkRecordRequest("粤B67891", PARKED_SINCE,
                LANE_IN), WeLinkClient::modifyPlate);
        add(s, WeLinkCatalog.PASSRECORD_IMAGE_URL, new PassRecords.ImageUrlRequest(LANE_IN, PARKED_SINCE),
                WeLinkClient::queryImageUrls);
        add(s, WeLinkCatalog.PARKING_FEE_TMP_RENT_RECORDS, new ParkingFees.TmpRentRecordsRequest(AREA_A, null,
                "2026-11-01 00:00:00", "2026-11-30 23:59:59", null, 0, 100), WeLinkClient::queryTmpRentRecords);
        add(s, WeLinkCatalog.PARKING_FEE_LONG_RENT_RECORDS, new ParkingFees.LongRentRecordsRequest("2026-11-01",
                "2026-11-30", PASS_PLATE, 0, 100), WeLinkClient::queryLongRentRecords);
        add(s, WeLinkCatalog.COUPON_QUOTA, new Coupons.RuleRef(MCH, RULE_AMOUNT), WeLinkClient::couponQuota);
        add(s, WeLinkCatalog.COUPON_RULE, new Coupons.RuleRef(MCH, RULE_AMOUNT), WeLinkClient::couponRule);
        add(s, WeLinkCatalog.COUPON_RULES, new Coupons.RulesRequest(MCH), WeLinkClient::couponRules);
        none(s, WeLinkCatalog.COUPON_MERCHANTS, WeLinkClient::merchants);
        add(s, WeLinkCatalog.COUPON_ADD, new Coupons.AddRequest(MCH, RULE_MINUTES, PARKED_PLATE, null),
                WeLinkClient::addCoupon);
        add(s, WeLinkCatalog.COUPON_QUERY_COUPONS, new Coupons.QueryCouponsRequest(MCH, "2026-11-25", 0, 100),
                WeLinkClient::queryCoupons);
        add(s, WeLinkCatalog.AUTH_ENTER, new Auth.LaneUserRequest(LANE_IN, USER), WeLinkClient::authEnter);
        add(s, WeLinkCatalog.AUTH_EXIT, new Auth.LaneUserRequest(LANE_OUT, USER), WeLinkClient::authExit);
        add(s, WeLinkCatalog.AUTH_REFRESH_PARKING_FEE, new Auth.RefreshRequest(LANE_OUT, USER),
                WeLinkClient::refreshParkingFee);
        add(s, WeLinkCatalog.AUTH_QUERY_EVENT, new Auth.LaneUserRequest(LANE_IN, USER), WeLinkClient::queryAuthEvent);
        add(s, WeLinkCatalog.AUTH_ACCESS, new Auth.LaneUserRequest(LANE_DOOR, USER), WeLinkClient::authAccess);
        add(s, WeLinkCatalog.PAY_QUERY_LONG_RENT_BILL, new Pay.LongRentBillRequest(PASS_PLATE, "2026-12-01", 1, USER),
                WeLinkClient::queryLongRentBill);
        add(s, WeLinkCatalog.PAY_QUERY_TMP_RENT_BILL, new Pay.TmpRentBillRequest(PARKED_PLATE, USER),
                WeLinkClient::queryTmpRentBill);
        run(s, WeLinkCatalog.PAY_PAY_LONG_RENT_BILL, new Pay.PaidBillRequest(PASS_PLATE, LONG_TOKEN),
                WeLinkClient::payLongRentBill);
        run(s, WeLinkCatalog.PAY_PAY_TMP_RENT_BILL, new Pay.PaidBillRequest(PARKED_PLATE, TMP_TOKEN),
                WeLinkClient::payTmpRentBill);
        run(s, WeLinkCatalog.PAY_ADD_TMP_RENT_BILL, new Pay.AddTmpRentBillRequest(PARKED_PLATE, String.valueOf(LANE_IN),
                PARKED_SINCE, "2026-11-25 10:00:00", Money.ofYuan(10), Money.ZERO, Money.ZERO, Money.ofYuan(10)),
                WeLinkClient::addTmpRentBill);
        add(s, WeLinkCatalog.BOOKING_QUERY_AREAS, new Bookings.QueryAreasRequest(0L), WeLinkClient::bookableAreas);
        add(s, WeLinkCatalog.BOOKING_CREATE, new Bookings.CreateRequest(0L, AREA_A, "粤B33333", null,
                "2026-11-26 09:00:00", "2026-11-26 18:00:00", "赵六", "visit"), WeLinkClient::createBooking);
        run(s, WeLinkCatalog.BOOKING_CANCEL, new Bookings.BookingRef(0L, BOOKING), WeLinkClient::cancelBooking);
        add(s, WeLinkCatalog.BOOKING_GET, new Bookings.BookingRef(0L, BOOKING), WeLinkClient::getBooking);
        add(s, WeLinkCatalog.BOOKING_QUERY, new Bookings.QueryRequest(0L, null, null, 0, 100),
                WeLinkClient::queryBookings);
        add(s, WeLinkCatalog.BLACKLIST_ADD, new Blacklist.AddRequest("粤B44444", String.valueOf(AREA_A), "2026-11-25",
                null, "逃费"), WeLinkClient::addBlacklist);
        run(s, WeLinkCatalog.BLACKLIST_DELETE, new Blacklist.DeleteRequest(BLACKLIST), WeLinkClient::deleteBlacklist);
        add(s, WeLinkCatalog.BLACKLIST_QUERY, new Blacklist.QueryRequest(null, 0, 100), WeLinkClient::queryBlacklist);
        add(s, WeLinkCatalog.SPACE_GET_PARKING_INFO, new Space.ParkingInfoRequest(BAY), WeLinkClient::parkingInfo);
        add(s, WeLinkCatalog.SPACE_SET_COUPONS, new Space.SetCouponsRequest(BAY, null, null, null, 60),
                WeLinkClient::setSpaceCoupons);
        return s;
    }

    private static <Q> void add(List<Sample> s, WeLinkEndpoint<Q, ?> e, Q request,
            java.util.function.BiFunction<WeLinkClient, Q, Object> call) {
        s.add(new Sample(e, request, c -> call.apply(c, request)));
    }

    private static <Q> void run(List<Sample> s, WeLinkEndpoint<Q, Void> e, Q request,
            java.util.function.BiConsumer<WeLinkClient, Q> call) {
        s.add(new Sample(e, request, c -> {
            call.accept(c, request);
            return null;
        }));
    }

    private static void none(List<Sample> s, WeLinkEndpoint<Void, ?> e, Function<WeLinkClient, Object> call) {
        s.add(new Sample(e, null, call));
    }
}
