package io.parkbridge.protocol.welink.catalog;

import static io.parkbridge.protocol.welink.catalog.HttpMethod.GET;
import static io.parkbridge.protocol.welink.catalog.HttpMethod.POST;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every interface of the WeLink open API v2.4 (52, document order). The document gives no
 * method per endpoint; its rule is GET for queries and POST for changes. Where the rule does
 * not classify an endpoint, the vendor's demo client decides: {@code /user/login} and
 * {@code /auth/enter|exit|refreshParkingFee|access} are POST (they act on a lane or issue a
 * token), {@code /auth/queryEvent} is a GET poll. Only GET queries are marked idempotent.
 */
public final class WeLinkCatalog {
    private WeLinkCatalog() {
    }

    // 5.1 user
    public static final WeLinkEndpoint<User.LoginRequest, String> USER_LOGIN = scalar("5.1.1", "/user/login",
            "用户登录", "Single sign-on URL into the WeLink web systems", POST, false, User.LoginRequest.class,
            String.class, "login");

    // 5.2 info
    public static final WeLinkEndpoint<Void, List<Info.Area>> INFO_AREAS = list("5.2.1", "/info/areas", "查询区域信息",
            "Query areas", Void.class, Info.Area.class, "areas");
    public static final WeLinkEndpoint<Void, List<Info.Lane>> INFO_LANES = list("5.2.2", "/info/lanes", "查询通道信息",
            "Query lanes", Void.class, Info.Lane.class, "lanes");
    public static final WeLinkEndpoint<Void, List<Info.CodeName>> INFO_MGR_TYPES = list("5.2.3", "/info/mgrTypes",
            "查询管理类型", "Query management types", Void.class, Info.CodeName.class, "mgrTypes");
    public static final WeLinkEndpoint<Void, List<Info.CodeName>> INFO_CAR_TYPES = list("5.2.4", "/info/carTypes",
            "查询车辆类型", "Query vehicle types", Void.class, Info.CodeName.class, "carTypes");
    public static final WeLinkEndpoint<Void, List<Info.AreaSpace>> INFO_SPACE = list("5.2.5", "/info/space",
            "查询车位信息", "Query parking-space counts per area", Void.class, Info.AreaSpace.class, "space");
    public static final WeLinkEndpoint<Info.RentRuleRequest, Info.RentRule> INFO_RENT_RULE = object("5.2.6",
            "/info/rentRule", "查询长租车收费规则", "Query the long-rent fee rule", GET, true,
            Info.RentRuleRequest.class, Info.RentRule.class, "rentRule");
    public static final WeLinkEndpoint<Info.SetQrUrlRequest, Info.QrCode> INFO_SET_QR_URL = object("5.2.7",
            "/info/setQrUrl", "设置通道二维码", "Set a lane's QR-code URL", POST, false, Info.SetQrUrlRequest.class,
            Info.QrCode.class, "setQrUrl");

    // 5.3 passport
    public static final WeLinkEndpoint<Passports.QueryRequest, List<Passports.Passport>> PASSPORT_QUERY = list(
            "5.3.1", "/passport/query", "查询凭证", "Query passports", Passports.QueryRequest.class,
            Passports.Passport.class, "queryPassports");
    public static final WeLinkEndpoint<Passports.GetRequest, Passports.Passport> PASSPORT_GET = object("5.3.2",
            "/passport/get", "获取凭证详细信息", "Get passport details", GET, true, Passports.GetRequest.class,
            Passports.Passport.class, "getPassport");
    public static final WeLinkEndpoint<Void, String> PASSPORT_INVITATION_CODE = scalar("5.3.3",
            "/passport/invitationCode", "获取注册邀请码", "Get a registration invitation code", GET, true, Void.class,
            String.class, "invitationCode");
    public static final WeLinkEndpoint<Passports.HasPlateNumbersRequest, Boolean> PASSPORT_HAS_PLATE_NUMBERS = scalar(
            "5.3.4", "/passport/hasPlateNumbers", "查询车牌是否已经注册", "Check whether plates are registered", GET, true,
            Passports.HasPlateNumbersRequest.class, Boolean.class, "hasPlateNumbers");
    public static final WeLinkEndpoint<Passports.HasCardNumbersRequest, Boolean> PASSPORT_HAS_CARD_NUMBERS = scalar(
            "5.3.5", "/passport/hasCardNumbers", "查询卡号是否已经注册", "Check whether card numbers are registered", GET,
            true, Passports.HasCardNumbersRequest.class, Boolean.class, "hasCardNumbers");
    public static final WeLinkEndpoint<Passports.AddRequest, Long> PASSPORT_ADD = scalar("5.3.6", "/passport/add",
            "增加凭证", "Add a passport (returns its id)", POST, false, Passports.AddRequest.class, Long.class,
            "addPassport");
    public static final WeLinkEndpoint<Passports.UpdateRequest, Void> PASSPORT_UPDATE = none("5.3.7",
            "/passport/update", "修改凭证", "Update a passport", Passports.UpdateRequest.class, "updatePassport");
    public static final WeLinkEndpoint<Passports.DeleteRequest, Void> PASSPORT_DELETE = none("5.3.8",
            "/passport/delete", "删除凭证", "Delete a passport", Passports.DeleteRequest.class, "deletePassport");
    public static final WeLinkEndpoint<Passports.RenewRequest, Void> PASSPORT_RENEW = none("5.3.9", "/passport/renew",
            "长租车延期", "Extend a long-rent vehicle", Passports.RenewRequest.class, "renewPassport");
    public static final WeLinkEndpoint<Passports.LockRequest, Void> PASSPORT_LOCK = none("5.3.10", "/passport/lock",
            "锁车", "Lock or unlock a vehicle", Passports.LockRequest.class, "lockVehicle");

    // 5.4 passrecord
    public static final WeLinkEndpoint<PassRecords.CarRecordsRequest, List<PassRecords.CarRecord>> PASSRECORD_CAR_RECORDS =
            list("5.4.1", "/passrecord/queryCarRecords", "查询车辆通行记录", "Query vehicle passage records",
                    PassRecords.CarRecordsRequest.class, PassRecords.CarRecord.class, "queryCarRecords");
    public static final WeLinkEndpoint<PassRecords.AcRecordsRequest, List<PassRecords.AcRecord>> PASSRECORD_AC_RECORDS =
            list("5.4.2", "/passrecord/queryAcRecords", "查询门禁通行记录", "Query access-control passage records",
                    PassRecords.AcRecordsRequest.class, PassRecords.AcRecord.class, "queryAcRecords");
    public static final WeLinkEndpoint<PassRecords.OnParkingRecordsRequest, List<PassRecords.OnParkingRecord>>
            PASSRECORD_ON_PARKING_RECORDS = list("5.4.3", "/passrecord/queryOnParkingRecords", "查询场内车辆记录",
                    "Query vehicles currently in the park", PassRecords.OnParkingRecordsRequest.class,
                    PassRecords.OnParkingRecord.class, "queryOnParkingRecords");
    public static final WeLinkEndpoint<PassRecords.InParkRecordRequest, Void> PASSRECORD_RESET_OUTSIDE = none("5.4.4",
            "/passrecord/resetOutside", "重置场内车辆记录为出场", "Mark an in-park record as exited",
            PassRecords.InParkRecordRequest.class, "resetOutside");
    public static final WeLinkEndpoint<PassRecords.InParkRecordRequest, Void> PASSRECORD_MODIFY_PLATE = none("5.4.5",
            "/passrecord/modifyPlate", "修正场内记录车牌", "Correct the plate of an in-park record",
            PassRecords.InParkRecordRequest.class, "modifyPlate");
    public static final WeLinkEndpoint<PassRecords.ImageUrlRequest, List<String>> PASSRECORD_IMAGE_URL = list("5.4.6",
            "/passrecord/queryImageUrl", "查询相机抓拍图片url", "Query camera snapshot URLs",
            PassRecords.ImageUrlRequest.class, String.class, "queryImageUrls");

    // 5.5 parkingFee
    public static final WeLinkEndpoint<ParkingFees.TmpRentRecordsRequest, List<ParkingFees.TmpRentRecord>>
            PARKING_FEE_TMP_RENT_RECORDS = list("5.5.1", "/parkingFee/queryTmpRentRecords", "查询临租车收费记录",
                    "Query temporary-parking payment records", ParkingFees.TmpRentRecordsRequest.class,
                    ParkingFees.TmpRentRecord.class, "queryTmpRentRecords");
    public static final WeLinkEndpoint<ParkingFees.LongRentRecordsRequest, List<ParkingFees.LongRentRecord>>
            PARKING_FEE_LONG_RENT_RECORDS = list("5.5.2", "/parkingFee/queryLongRentRecords", "查询长租车收费记录",
                    "Query long-rent payment records", ParkingFees.LongRentRecordsRequest.class,
                    ParkingFees.LongRentRecord.class, "queryLongRentRecords");

    // 5.6 coupon
    public static final WeLinkEndpoint<Coupons.RuleRef, Coupons.Quota> COUPON_QUOTA = object("5.6.1", "/coupon/quota",
            "查询优惠规则剩余额度", "Query a coupon rule's remaining quota", GET, true, Coupons.RuleRef.class,
            Coupons.Quota.class, "couponQuota");
    public static final WeLinkEndpoint<Coupons.RuleRef, Coupons.Rule> COUPON_RULE = object("5.6.2", "/coupon/rule",
            "获取优惠规则详细信息", "Get coupon rule details", GET, true, Coupons.RuleRef.class, Coupons.Rule.class,
            "couponRule");
    public static final WeLinkEndpoint<Coupons.RulesRequest, List<Coupons.Rule>> COUPON_RULES = list("5.6.3",
            "/coupon/rules", "查询优惠规则", "Query a merchant's coupon rules", Coupons.RulesRequest.class,
            Coupons.Rule.class, "couponRules");
    public static final WeLinkEndpoint<Void, List<Coupons.Merchant>> COUPON_MERCHANTS = list("5.6.4",
            "/coupon/merchants", "查询商户", "Query merchants", Void.class, Coupons.Merchant.class, "merchants");
    public static final WeLinkEndpoint<Coupons.AddRequest, Long> COUPON_ADD = scalar("5.6.5", "/coupon/add",
            "发放优惠券", "Issue a coupon (returns its id)", POST, false, Coupons.AddRequest.class, Long.class,
            "addCoupon");
    public static final WeLinkEndpoint<Coupons.QueryCouponsRequest, List<Coupons.IssuedCoupon>> COUPON_QUERY_COUPONS =
            list("5.6.6", "/coupon/queryCoupons", "查询优惠券", "Query issued coupons",
                    Coupons.QueryCouponsRequest.class, Coupons.IssuedCoupon.class, "queryCoupons");

    // 5.7 auth
    public static final WeLinkEndpoint<Auth.LaneUserRequest, Auth.AuthResult> AUTH_ENTER = object("5.7.1",
            "/auth/enter", "入场车道认证", "Entry lane authentication (unplated car)", POST, false,
            Auth.LaneUserRequest.class, Auth.AuthResult.class, "authEnter");
    public static final WeLinkEndpoint<Auth.LaneUserRequest, Auth.ExitResult> AUTH_EXIT = object("5.7.2", "/auth/exit",
            "出场车道认证", "Exit lane authentication (unplated car, scan to pay)", POST, false,
            Auth.LaneUserRequest.class, Auth.ExitResult.class, "authExit");
    public static final WeLinkEndpoint<Auth.RefreshRequest, Auth.ExitResult> AUTH_REFRESH_PARKING_FEE = object("5.7.3",
            "/auth/refreshParkingFee", "刷新出口停车费", "Refresh the exit parking fee", POST, false,
            Auth.RefreshRequest.class, Auth.ExitResult.class, "refreshParkingFee");
    public static final WeLinkEndpoint<Auth.LaneUserRequest, Auth.AuthResult> AUTH_QUERY_EVENT = object("5.7.4",
            "/auth/queryEvent", "查询无牌车认证事件", "Poll the unplated-car authentication event", GET, true,
            Auth.LaneUserRequest.class, Auth.AuthResult.class, "queryAuthEvent");
    public static final WeLinkEndpoint<Auth.LaneUserRequest, Auth.AuthResult> AUTH_ACCESS = object("5.7.5",
            "/auth/access", "门禁认证", "Access-control (door) authentication", POST, false, Auth.LaneUserRequest.class,
            Auth.AuthResult.class, "authAccess");

    // 5.8 pay
    public static final WeLinkEndpoint<Pay.LongRentBillRequest, Pay.LongRentBill> PAY_QUERY_LONG_RENT_BILL = object(
            "5.8.1", "/pay/queryLongRentBill", "查询长租车账单", "Query a long-rent bill and its pay token", GET, true,
            Pay.LongRentBillRequest.class, Pay.LongRentBill.class, "queryLongRentBill");
    public static final WeLinkEndpoint<Pay.TmpRentBillRequest, Pay.TmpRentBill> PAY_QUERY_TMP_RENT_BILL = object(
            "5.8.2", "/pay/queryTmpRentBill", "查询临租车账单", "Query a temporary-parking bill and its pay token", GET,
            true, Pay.TmpRentBillRequest.class, Pay.TmpRentBill.class, "queryTmpRentBill");
    public static final WeLinkEndpoint<Pay.PaidBillRequest, Void> PAY_PAY_LONG_RENT_BILL = none("5.8.3",
            "/pay/payLongRentBill", "长租车账单支付后回调", "Notify WeLink that a long-rent bill was paid",
            Pay.PaidBillRequest.class, "payLongRentBill");
    public static final WeLinkEndpoint<Pay.PaidBillRequest, Void> PAY_PAY_TMP_RENT_BILL = none("5.8.4",
            "/pay/payTmpRentBill", "临租车账单支付后回调", "Notify WeLink that a temporary-parking bill was paid",
            Pay.PaidBillRequest.class, "payTmpRentBill");
    public static final WeLinkEndpoint<Pay.AddTmpRentBillRequest, Void> PAY_ADD_TMP_RENT_BILL = none("5.8.5",
            "/pay/addTmpRentBill", "添加临租车账单", "Add a temporary-parking bill settled elsewhere",
            Pay.AddTmpRentBillRequest.class, "addTmpRentBill");

    // 5.9 booking
    public static final WeLinkEndpoint<Bookings.QueryAreasRequest, List<Bookings.BookableArea>> BOOKING_QUERY_AREAS =
            list("5.9.1", "/booking/queryAreas", "查询可预约区域", "Query bookable areas",
                    Bookings.QueryAreasRequest.class, Bookings.BookableArea.class, "bookableAreas");
    public static final WeLinkEndpoint<Bookings.CreateRequest, Long> BOOKING_CREATE = scalar("5.9.2",
            "/booking/createBooking", "创建预约", "Create a booking (returns its id)", POST, false,
            Bookings.CreateRequest.class, Long.class, "createBooking");
    public static final WeLinkEndpoint<Bookings.BookingRef, Void> BOOKING_CANCEL = none("5.9.3",
            "/booking/cancelBooking", "取消预约", "Cancel a booking", Bookings.BookingRef.class, "cancelBooking");
    public static final WeLinkEndpoint<Bookings.BookingRef, Bookings.Booking> BOOKING_GET = object("5.9.4",
            "/booking/getBooking", "获取预约信息", "Get a booking", GET, true, Bookings.BookingRef.class,
            Bookings.Booking.class, "getBooking");
    public static final WeLinkEndpoint<Bookings.QueryRequest, List<Bookings.Booking>> BOOKING_QUERY = list("5.9.5",
            "/booking/queryBooking", "查询预约", "Query bookings", Bookings.QueryRequest.class, Bookings.Booking.class,
            "queryBookings");

    // 5.10 blacklist
    public static final WeLinkEndpoint<Blacklist.AddRequest, Long> BLACKLIST_ADD = scalar("5.10.1", "/blacklist/add",
            "添加黑名单", "Add a blacklist entry (returns its id)", POST, false, Blacklist.AddRequest.class, Long.class,
            "addBlacklist");
    public static final WeLinkEndpoint<Blacklist.DeleteRequest, Void> BLACKLIST_DELETE = none("5.10.2",
            "/blacklist/delete", "删除黑名单", "Delete a blacklist entry", Blacklist.DeleteRequest.class,
            "deleteBlacklist");
    public static final WeLinkEndpoint<Blacklist.QueryRequest, List<Blacklist.Entry>> BLACKLIST_QUERY = list("5.10.3",
            "/blacklist/query", "查询黑名单", "Query the blacklist", Blacklist.QueryRequest.class, Blacklist.Entry.class,
            "queryBlacklist");

    // 5.11 space
    public static final WeLinkEndpoint<Space.ParkingInfoRequest, Space.ParkingInfo> SPACE_GET_PARKING_INFO = object(
            "5.11.1", "/space/getParkingInfo", "查询泊位停车信息", "Query a parking bay's occupancy", GET, true,
            Space.ParkingInfoRequest.class, Space.ParkingInfo.class, "parkingInfo");
    public static final WeLinkEndpoint<Space.SetCouponsRequest, String> SPACE_SET_COUPONS = scalar("5.11.2",
            "/space/setCoupons", "设置泊车优惠信息", "Set a parking discount for a bay (returns the coupon id)", POST,
            false, Space.SetCouponsRequest.class, String.class, "setSpaceCoupons");

    /** All 52 endpoints in document order. */
    public static final List<WeLinkEndpoint<?, ?>> ALL = List.of(USER_LOGIN, INFO_AREAS, INFO_LANES, INFO_MGR_TYPES,
            INFO_CAR_TYPES, INFO_SPACE, INFO_RENT_RULE, INFO_SET_QR_URL, PASSPORT_QUERY, PASSPORT_GET,
            PASSPORT_INVITATION_CODE, PASSPORT_HAS_PLATE_NUMBERS, PASSPORT_HAS_CARD_NUMBERS, PASSPORT_ADD,
            PASSPORT_UPDATE, PASSPORT_DELETE, PASSPORT_RENEW, PASSPORT_LOCK, PASSRECORD_CAR_RECORDS,
            PASSRECORD_AC_RECORDS, PASSRECORD_ON_PARKING_RECORDS, PASSRECORD_RESET_OUTSIDE, PASSRECORD_MODIFY_PLATE,
            PASSRECORD_IMAGE_URL, PARKING_FEE_TMP_RENT_RECORDS, PARKING_FEE_LONG_RENT_RECORDS, COUPON_QUOTA,
            COUPON_RULE, COUPON_RULES, COUPON_MERCHANTS, COUPON_ADD, COUPON_QUERY_COUPONS, AUTH_ENTER, AUTH_EXIT,
            AUTH_REFRESH_PARKING_FEE, AUTH_QUERY_EVENT, AUTH_ACCESS, PAY_QUERY_LONG_RENT_BILL, PAY_QUERY_TMP_RENT_BILL,
            PAY_PAY_LONG_RENT_BILL, PAY_PAY_TMP_RENT_BILL, PAY_ADD_TMP_RENT_BILL, BOOKING_QUERY_AREAS, BOOKING_CREATE,
            BOOKING_CANCEL, BOOKING_GET, BOOKING_QUERY, BLACKLIST_ADD, BLACKLIST_DELETE, BLACKLIST_QUERY,
            SPACE_GET_PARKING_INFO, SPACE_SET_COUPONS);

    private static final Map<String, WeLinkEndpoint<?, ?>> BY_PATH = index();

    /** The endpoint at {@code path} ("/passport/get" or "/api/passport/get"). */
    public static Optional<WeLinkEndpoint<?, ?>> byPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.startsWith(WeLinkEndpoint.API_PREFIX + "/") ? path.substring(WeLinkEndpoint.API_PREFIX.length())
                : path;
        return Optional.ofNullable(BY_PATH.get(p));
    }

    private static Map<String, WeLinkEndpoint<?, ?>> index() {
        Map<String, WeLinkEndpoint<?, ?>> m = new LinkedHashMap<>();
        for (WeLinkEndpoint<?, ?> e : ALL) {
            if (m.put(e.path(), e) != null) {
                throw new IllegalStateException("duplicate path " + e.path());
            }
        }
        return Map.copyOf(m);
    }

    private static <Q, X> WeLinkEndpoint<Q, List<X>> list(String section, String path, String cn, String summary,
            Class<Q> request, Class<X> element, String javaMethod) {
        return new WeLinkEndpoint<>(section, path, cn, summary, GET, true, request, ReplyShape.LIST, element,
                javaMethod);
    }

    private static <Q, R> WeLinkEndpoint<Q, R> object(String section, String path, String cn, String summary,
            HttpMethod method, boolean idempotent, Class<Q> request, Class<R> reply, String javaMethod) {
        return new WeLinkEndpoint<>(section, path, cn, summary, method, idempotent, request, ReplyShape.OBJECT, reply,
                javaMethod);
    }

    private static <Q, R> WeLinkEndpoint<Q, R> scalar(String section, String path, String cn, String summary,
            HttpMethod method, boolean idempotent, Class<Q> request, Class<R> reply, String javaMethod) {
        return new WeLinkEndpoint<>(section, path, cn, summary, method, idempotent, request, ReplyShape.SCALAR, reply,
                javaMethod);
    }

    private static <Q> WeLinkEndpoint<Q, Void> none(String section, String path, String cn, String summary,
            Class<Q> request, String javaMethod) {
        return new WeLinkEndpoint<>(section, path, cn, summary, POST, false, request, ReplyShape.NONE, Void.class,
                javaMethod);
    }
}
