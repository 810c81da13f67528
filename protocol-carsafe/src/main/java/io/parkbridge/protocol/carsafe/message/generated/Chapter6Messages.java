package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 6 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter6Messages {
    private Chapter6Messages() {
    }

    /** 6.1 停车查询 (Parking fee query (calculate)): {@code api.aspx/calc}, WE_CALL. */
    public static final class Calc_6_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.1");

        private Calc_6_1() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("calcendtime") @NotNull String calcendtime,
                @JsonProperty("wsNo") String wsNo,
                @JsonProperty("payType") String payType,
                @JsonProperty("carType") String carType,
                @JsonProperty("operId") String operId,
                @JsonProperty("ctrlAddr") String ctrlAddr) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.2 停车缴费 (Parking fee payment (commit)): {@code api.aspx/commit}, WE_CALL. */
    public static final class Commit_6_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.2");

        private Commit_6_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("calcendtime") String calcendtime,
                @JsonProperty("numno") String numno,
                @JsonProperty("carno") String carno,
                @JsonProperty("entertime") String entertime,
                @JsonProperty("parkcost") @NotNull String parkcost,
                @JsonProperty("amount") String amount,
                @JsonProperty("payType") String payType,
                @JsonProperty("orderNo") String orderNo,
                @JsonProperty("calcId") String calcId,
                @JsonProperty("thirdPayId") String thirdPayId,
                @JsonProperty("thirdPayTime") String thirdPayTime,
                @JsonProperty("checkSum") String checkSum,
                @JsonProperty("freeType") String freeType,
                @JsonProperty("onlyPartialFee") String onlyPartialFee) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("flag") JsonNode flag,
                @JsonProperty("memo") JsonNode memo,
                @JsonProperty("FreeLeaveMinutes") JsonNode freeLeaveMinutes,
                @JsonProperty("credential") JsonNode credential,
                @JsonProperty("orderNo") JsonNode orderNo) {
        }
    }

    /** 6.2.3 调用方接口：验证请求 (Caller-side interface: verify request (sub-section of 6.2)): {@code api/v1/pay/request_verify}, VENDOR_CALLS_US. */
    public static final class RequestVerify_6_2_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.2.3");

        private RequestVerify_6_2_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderId") String orderId,
                @JsonProperty("thirdPayId") String thirdPayId,
                @JsonProperty("parkeost") String parkCost,
                @JsonProperty("entertime") String entertime,
                @JsonProperty("carNo") String carNo,
                @JsonProperty("credential") String credential) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("status") JsonNode status,
                @JsonProperty("errorCode") JsonNode errorCode,
                @JsonProperty("time") JsonNode time) {
        }
    }

    /** 6.3 剩余车位查询 (Remaining parking spaces): {@code api.aspx/park.lot.status.total}, WE_CALL. */
    public static final class ParkLotStatusTotal_6_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.3");

        private ParkLotStatusTotal_6_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("includeDetails") String includeDetails) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("total") JsonNode total,
                @JsonProperty("remain") JsonNode remain,
                @JsonProperty("tempNumber") JsonNode tempNumber,
                @JsonProperty("useLotNow") JsonNode useLotNow,
                @JsonProperty("reserve") JsonNode reserve,
                @JsonProperty("remainReserv") JsonNode remainReserv) {
        }
    }

    /** 6.4 停车卡信息列表查询 (Parking card list query): {@code api.aspx/park.cards.get}, WE_CALL. */
    public static final class ParkCardsGet_6_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.4");

        private ParkCardsGet_6_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CardNo") String cardNo,
                @JsonProperty("CardID") String cardID,
                @JsonProperty("NumNo") String numNo,
                @JsonProperty("UserNo") String userNo,
                @JsonProperty("UserName") String userName,
                @JsonProperty("LicensePlate") String licensePlate,
                @JsonProperty("UserGroupName") String userGroupName,
                @JsonProperty("ExpiryDateStart") String expiryDateStart,
                @JsonProperty("ExpiryDateEnd") String expiryDateEnd,
                @JsonProperty("Mobile") String mobile,
                @JsonProperty("ParkingArea") String parkingArea,
                @JsonProperty("FuncType") String funcType,
                @JsonProperty("CardMaterial") String cardMaterial,
                @JsonProperty("CardGroupType") String cardGroupType,
                @JsonProperty("TariffID") String tariffID,
                @JsonProperty("DeptID") String deptID,
                @JsonProperty("Status") String status,
                @JsonProperty("IncludeBerthState") String includeBerthState,
                @JsonProperty("IncludeQrcode") String includeQrcode) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("CardID") JsonNode cardID,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("UserNo") JsonNode userNo,
                @JsonProperty("UserName") JsonNode userName,
                @JsonProperty("LicensePlate1") JsonNode licensePlate1,
                @JsonProperty("LicensePlate2") JsonNode licensePlate2,
                @JsonProperty("UserGroupName") JsonNode userGroupName,
                @JsonProperty("Mobile") JsonNode mobile,
                @JsonProperty("FuncType") JsonNode funcType,
                @JsonProperty("FuncTypeName") JsonNode funcTypeName,
                @JsonProperty("CardMaterial") JsonNode cardMaterial,
                @JsonProperty("CardMaterialName") JsonNode cardMaterialName,
                @JsonProperty("CardGroupType") JsonNode cardGroupType,
                @JsonProperty("CardGroupName") JsonNode cardGroupName,
                @JsonProperty("TariffID") JsonNode tariffID,
                @JsonProperty("TariffName") JsonNode tariffName,
                @JsonProperty("IssueDate") JsonNode issueDate,
                @JsonProperty("StartDate") JsonNode startDate,
                @JsonProperty("ExpiryDate") JsonNode expiryDate,
                @JsonProperty("CompanyPCode") JsonNode companyPCode,
                @JsonProperty("CompanyName") JsonNode companyName,
                @JsonProperty("CompanyAddr") JsonNode companyAddr,
                @JsonProperty("HomeAddr") JsonNode homeAddr,
                @JsonProperty("Email") JsonNode email,
                @JsonProperty("ParkingArea") JsonNode parkingArea,
                @JsonProperty("GrantID") JsonNode grantID,
                @JsonProperty("AllGrant") JsonNode allGrant,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("OperID") JsonNode operID,
                @JsonProperty("OperName") JsonNode operName,
                @JsonProperty("DeptID") JsonNode deptID,
                @JsonProperty("DeptName") JsonNode deptName,
                @JsonProperty("Status") JsonNode status,
                @JsonProperty("StatusName") JsonNode statusName,
                @JsonProperty("Berth") JsonNode berth,
                @JsonProperty("UsedBerthNum") JsonNode usedBerthNum,
                @JsonProperty("Qrcode") JsonNode qrcode,
                @JsonProperty("QrcodeValidTime") JsonNode qrcodeValidTime,
                @JsonProperty("QrcodeExpiryDate") JsonNode qrcodeExpiryDate) {
        }
    }

    /** 6.5 月卡信息接口 (Monthly card info): {@code api.aspx/park.mcard.info}, WE_CALL. */
    public static final class ParkMcardInfo_6_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.5");

        private ParkMcardInfo_6_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("number") String number,
                @JsonProperty("isGetInParkInfo") String isGetInParkInfo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UserNo") JsonNode userNo,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("monthlyrent") JsonNode monthlyrent,
                @JsonProperty("tariffid") JsonNode tariffid,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("expirydate") JsonNode expirydate,
                @JsonProperty("newexpirydate") JsonNode newexpirydate,
                @JsonProperty("groupID") JsonNode groupID,
                @JsonProperty("groupCardNum") JsonNode groupCardNum,
                @JsonProperty("berth") JsonNode berth,
                @JsonProperty("chargeBy") JsonNode chargeBy) {
        }
    }

    /** 6.6 月卡缴费 (Monthly card payment): {@code api.aspx/park.mcard.charge}, WE_CALL. */
    public static final class ParkMcardCharge_6_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.6");

        private ParkMcardCharge_6_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("number") String number,
                @JsonProperty("expirydate") String expirydate,
                @JsonProperty("paytype") String paytype,
                @JsonProperty("orderNo") String orderNo,
                @JsonProperty("thirdPayId") String thirdPayId,
                @JsonProperty("thirdPayTime") String thirdPayTime,
                @JsonProperty("isGroupCharge") String isGroupCharge,
                @JsonProperty("groupID") String groupID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("flag") JsonNode flag,
                @JsonProperty("months") JsonNode months,
                @JsonProperty("days") JsonNode days,
                @JsonProperty("receivable") JsonNode receivable,
                @JsonProperty("memo") JsonNode memo) {
        }
    }

    /** 6.7 储值卡信息查询 (Stored-value card info): {@code api.aspx/park.scard.info}, WE_CALL. */
    public static final class ParkScardInfo_6_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.7");

        private ParkScardInfo_6_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("name") JsonNode name,
                @JsonProperty("balance") JsonNode balance,
                @JsonProperty("carno") JsonNode carno) {
        }
    }

    /** 6.8 储值卡充值 (Stored-value card top-up): {@code api.aspx/park.scard.charge}, WE_CALL. */
    public static final class ParkScardCharge_6_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.8");

        private ParkScardCharge_6_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("payamount") @NotNull String payamount) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("flag") JsonNode flag,
                @JsonProperty("memo") JsonNode memo) {
        }
    }

    /** 6.9 停车场车辆入场信息查询 (Vehicle entry records query): {@code api.aspx/park.in.info}, WE_CALL. */
    public static final class ParkInInfo_6_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.9");

        private ParkInInfo_6_9() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") String credentialtype,
                @JsonProperty("credential") String credential,
                @JsonProperty("getphoto") String getphoto,
                @JsonProperty("starttime") String starttime,
                @JsonProperty("endtime") String endtime,
                @JsonProperty("searchLike") String searchLike) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("functype") JsonNode functype,
                @JsonProperty("issuedate") JsonNode issuedate,
                @JsonProperty("startdate") JsonNode startdate,
                @JsonProperty("expirydate") JsonNode expirydate,
                @JsonProperty("username") JsonNode username,
                @JsonProperty("mobile") JsonNode mobile,
                @JsonProperty("photoin") JsonNode photoin,
                @JsonProperty("parkingtime") JsonNode parkingtime) {
        }
    }

    /** 6.10 停车场车辆出场信息查询 (Vehicle exit records query): {@code api.aspx/park.out.info}, WE_CALL. */
    public static final class ParkOutInfo_6_10 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.10");

        private ParkOutInfo_6_10() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") String credentialtype,
                @JsonProperty("credential") String credential,
                @JsonProperty("getphoto") String getphoto,
                @JsonProperty("starttime") @NotNull String starttime,
                @JsonProperty("endtime") String endtime) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("exittime") JsonNode exittime) {
        }
    }

    /** 6.11 时租卡缴费历史查询 (Hourly (temporary) card payment history): {@code api.aspx/park.hcard.charge.history}, WE_CALL. */
    public static final class ParkHcardChargeHistory_6_11 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.11");

        private ParkHcardChargeHistory_6_11() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licenseplate") @NotNull String licenseplate,
                @JsonProperty("starttime") @NotNull String starttime,
                @JsonProperty("endtime") @NotNull String endtime) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("chargedatetime") JsonNode chargedatetime,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("parktime") JsonNode parktime) {
        }
    }

    /** 6.12 获取预约配置 (Get booking configuration): {@code api.aspx/park.bookingconfig.get}, WE_CALL. */
    public static final class ParkBookingconfigGet_6_12 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.12");

        private ParkBookingconfigGet_6_12() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("bookingType") JsonNode bookingType,
                @JsonProperty("chargeMoney") JsonNode chargeMoney,
                @JsonProperty("validBookingTime") JsonNode validBookingTime) {
        }
    }

    /** 6.13 新增预约 (Create booking): {@code api.aspx/park.booking.create}, WE_CALL. */
    public static final class ParkBookingCreate_6_13 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.13");

        private ParkBookingCreate_6_13() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate,
                @JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("endTime") @NotNull String endTime,
                @JsonProperty("timeInterval") String timeInterval,
                @JsonProperty("validity") String validity,
                @JsonProperty("controllerNo") String controllerNo,
                @JsonProperty("personName") String personName,
                @JsonProperty("personTel") String personTel,
                @JsonProperty("identityType") String identityType,
                @JsonProperty("identityNo") String identityNo,
                @JsonProperty("photo") String photo,
                @JsonProperty("photoType") String photoType,
                @JsonProperty("openId") String openId,
                @JsonProperty("needLock") String needLock,
                @JsonProperty("approvalResult") String approvalResult) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderno") JsonNode orderno,
                @JsonProperty("starttime") JsonNode starttime,
                @JsonProperty("endtime") JsonNode endtime,
                @JsonProperty("charge") JsonNode charge,
                @JsonProperty("allowEnterTimes") JsonNode allowEnterTimes) {
        }
    }

    /** 6.14 取消预约 (Cancel booking): {@code api.aspx/park.booking.cancel}, WE_CALL. */
    public static final class ParkBookingCancel_6_14 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.14");

        private ParkBookingCancel_6_14() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.15 在线支付预约费用（保留） (Pay booking fee online (reserved)): {@code api.aspx/park.booking.onlinepay}, WE_CALL. */
    public static final class ParkBookingOnlinepay_6_15 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.15");

        private ParkBookingOnlinepay_6_15() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("payType") @NotNull String payType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("order") JsonNode order,
                @JsonProperty("alipayLink") JsonNode alipayLink) {
        }
    }

    /** 6.16 锁车 (Lock vehicle): {@code api.aspx/park.lockcar}, WE_CALL. */
    public static final class ParkLockcar_6_16 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.16");

        private ParkLockcar_6_16() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.17 确认锁车 (Confirm vehicle lock): {@code api.aspx/park.lockcar.confirm}, WE_CALL. */
    public static final class ParkLockcarConfirm_6_17 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.17");

        private ParkLockcarConfirm_6_17() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.18 取消锁车 (Cancel vehicle lock): {@code api.aspx/park.lockcar.cancel}, WE_CALL. */
    public static final class ParkLockcarCancel_6_18 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.18");

        private ParkLockcarCancel_6_18() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.19 确认解锁 (Confirm unlock): {@code api.aspx/park.unlockcar.confirm}, WE_CALL. */
    public static final class ParkUnlockcarConfirm_6_19 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.19");

        private ParkUnlockcarConfirm_6_19() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.20 取消停车缴费 (Cancel parking payment (order)): {@code api.aspx/park.charge.cancel}, WE_CALL. */
    public static final class ParkChargeCancel_6_20 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.20");

        private ParkChargeCancel_6_20() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialtype") @NotNull String credentialtype,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("orderno") String orderno) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.21 获取控制机列表 (List controllers (lanes)): {@code api.aspx/park.controllers}, WE_CALL. */
    public static final class ParkControllers_6_21 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.21");

        private ParkControllers_6_21() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerNo") JsonNode controllerNo,
                @JsonProperty("fullName") JsonNode fullName,
                @JsonProperty("deviceID") JsonNode deviceID) {
        }
    }

    /** 6.22 获取入场控制机列表 (List entry controllers): {@code api.aspx/park.in.controllers}, WE_CALL. */
    public static final class ParkInControllers_6_22 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.22");

        private ParkInControllers_6_22() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerNo") JsonNode controllerNo,
                @JsonProperty("fullName") JsonNode fullName,
                @JsonProperty("deviceID") JsonNode deviceID) {
        }
    }

    /** 6.23 获取出场控制机列表 (List exit controllers): {@code api.aspx/park.out.controllers}, WE_CALL. */
    public static final class ParkOutControllers_6_23 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.23");

        private ParkOutControllers_6_23() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("controllerNo") JsonNode controllerNo,
                @JsonProperty("fullName") JsonNode fullName,
                @JsonProperty("deviceID") JsonNode deviceID) {
        }
    }

    /** 6.24 通知车辆入场 (Notify vehicle entry (open gate, scan-to-enter)): {@code api.aspx/park.in.notice}, WE_CALL. */
    public static final class ParkInNotice_6_24 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.24");

        private ParkInNotice_6_24() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") String credential,
                @JsonProperty("openId") String openId,
                @JsonProperty("scanTool") String scanTool) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("indate") JsonNode indate,
                @JsonProperty("result") JsonNode result) {
        }
    }

    /** 6.25 抬杆 (Open gate (raise barrier)): {@code api.aspx/park.gate.open}, WE_CALL. */
    public static final class ParkGateOpen_6_25 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.25");

        private ParkGateOpen_6_25() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceId") @NotNull String deviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.26 查询停车缴费订单 (Get parking payment order): {@code api.aspx/park.order.get}, WE_CALL. */
    public static final class ParkOrderGet_6_26 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.26");

        private ParkOrderGet_6_26() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("tradeNo") JsonNode tradeNo,
                @JsonProperty("tradeTime") JsonNode tradeTime,
                @JsonProperty("payMonth") JsonNode payMonth,
                @JsonProperty("status") JsonNode status) {
        }
    }

    /** 6.27 查询各区域剩余车位 (Remaining spaces per area): {@code api.aspx/park.lot.status.total.of.area}, WE_CALL. */
    public static final class ParkLotStatusTotalOfArea_6_27 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.27");

        private ParkLotStatusTotalOfArea_6_27() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("areaID") JsonNode areaID,
                @JsonProperty("areaName") JsonNode areaName,
                @JsonProperty("total") JsonNode total,
                @JsonProperty("remain") JsonNode remain) {
        }
    }

    /** 6.28 查询储值卡充值记录列表 (Stored-value card top-up list): {@code api.aspx/park.scard.charge.list}, WE_CALL. */
    public static final class ParkScardChargeList_6_28 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.28");

        private ParkScardChargeList_6_28() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") String credentialType,
                @JsonProperty("Credential") String credential,
                @JsonProperty("ChargeTimeStart") String chargeTimeStart,
                @JsonProperty("ChargeTimeEnd") String chargeTimeEnd) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("SeqNo") JsonNode seqNo,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("CarNo") JsonNode carNo,
                @JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("RealAmount") JsonNode realAmount,
                @JsonProperty("PresentAmount") JsonNode presentAmount,
                @JsonProperty("BeforeAmount") JsonNode beforeAmount,
                @JsonProperty("AfterAmount") JsonNode afterAmount,
                @JsonProperty("RechargeDate") JsonNode rechargeDate) {
        }
    }

    /** 6.29 查询停车缴费订单列表 (Parking payment order list): {@code api.aspx/park.order.list}, WE_CALL. */
    public static final class ParkOrderList_6_29 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.29");

        private ParkOrderList_6_29() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("OrderNo") String orderNo,
                @JsonProperty("CredentialType") String credentialType,
                @JsonProperty("Credential") String credential,
                @JsonProperty("ChargeTimeStart") String chargeTimeStart,
                @JsonProperty("ChargeTimeEnd") String chargeTimeEnd,
                @JsonProperty("payType") String payType) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("payMonth") JsonNode payMonth,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("tradeNo") JsonNode tradeNo,
                @JsonProperty("tradeTime") JsonNode tradeTime,
                @JsonProperty("status") JsonNode status) {
        }
    }

    /** 6.30 为订单添加优惠券 (Add coupon to order): {@code api.aspx/park.coupon.add4order}, WE_CALL. */
    public static final class ParkCouponAdd4order_6_30 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.30");

        private ParkCouponAdd4order_6_30() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("barcode") @NotNull String barcode,
                @JsonProperty("recodeType") String recordType,
                @JsonProperty("operId") String operId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.31 为订单删除优惠券 (Remove coupon from order): {@code api.aspx/park.coupon.del4order}, WE_CALL. */
    public static final class ParkCouponDel4order_6_31 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.31");

        private ParkCouponDel4order_6_31() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("barcode") @NotNull String barcode) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.32 获取车辆类型列表 (List vehicle (fee car) types): {@code api.aspx/park.cartypes.get}, WE_CALL. */
    public static final class ParkCartypesGet_6_32 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.32");

        private ParkCartypesGet_6_32() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CarTypeID") JsonNode carTypeID,
                @JsonProperty("CarTypeName") JsonNode carTypeName,
                @JsonProperty("DefaultCharge") JsonNode defaultCharge,
                @JsonProperty("TimeLtd") JsonNode timeLtd,
                @JsonProperty("StoredLtd") JsonNode storedLtd) {
        }
    }

    /** 6.33 获取月卡收费类型列表 (List monthly-card tariffs): {@code api.aspx/park.monthtariffs.get}, WE_CALL. */
    public static final class ParkMonthtariffsGet_6_33 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.33");

        private ParkMonthtariffsGet_6_33() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("TariffID") JsonNode tariffID,
                @JsonProperty("TariffName") JsonNode tariffName,
                @JsonProperty("CarTypeID") JsonNode carTypeID,
                @JsonProperty("Charge") JsonNode charge) {
        }
    }

    /** 6.34 获取消费优惠类型列表 (List consumption discount types): {@code api.aspx/park.discountset.get}, WE_CALL. */
    public static final class ParkDiscountsetGet_6_34 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.34");

        private ParkDiscountsetGet_6_34() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("BusinessID") String businessID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("AutoID") JsonNode autoID,
                @JsonProperty("BusinessID") JsonNode businessID,
                @JsonProperty("DiscountID") JsonNode discountID,
                @JsonProperty("DiscountName") JsonNode discountName,
                @JsonProperty("PresentType") JsonNode presentType,
                @JsonProperty("DiscountRate") JsonNode discountRate,
                @JsonProperty("MaxValue") JsonNode maxValue) {
        }
    }

    /** 6.35 查询月卡缴费记录列表 (Monthly card payment record list): {@code api.aspx/park.mcard.charge.list}, WE_CALL. */
    public static final class ParkMcardChargeList_6_35 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.35");

        private ParkMcardChargeList_6_35() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("LicensePlateNo") String licensePlateNo,
                @JsonProperty("FstName") String fstName,
                @JsonProperty("CardID") String cardID,
                @JsonProperty("NumNo") String numNo,
                @JsonProperty("PayDateTimeStart") String payDateTimeStart,
                @JsonProperty("PayDateTimeEnd") String payDateTimeEnd,
                @JsonProperty("ChargeType") String chargeType,
                @JsonProperty("CardGroupType") String cardGroupType,
                @JsonProperty("UserGroupName") String userGroupName,
                @JsonProperty("ChargeWorkStationNo") String chargeWorkStationNo,
                @JsonProperty("DeptID") String deptID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("DeptID") JsonNode deptID,
                @JsonProperty("DeptName") JsonNode deptName,
                @JsonProperty("FstName") JsonNode fstName,
                @JsonProperty("CompanyName") JsonNode companyName,
                @JsonProperty("Mobile") JsonNode mobile,
                @JsonProperty("CardID") JsonNode cardID,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("LicensePlateNo") JsonNode licensePlateNo,
                @JsonProperty("LicensePlateNo2") JsonNode licensePlateNo2,
                @JsonProperty("ChargeType") JsonNode chargeType,
                @JsonProperty("ChargeTypeName") JsonNode chargeTypeName,
                @JsonProperty("CardGroupType") JsonNode cardGroupType,
                @JsonProperty("CardGroupName") JsonNode cardGroupName,
                @JsonProperty("UserGroupName") JsonNode userGroupName,
                @JsonProperty("Berth") JsonNode berth,
                @JsonProperty("PayMonth") JsonNode payMonth,
                @JsonProperty("PayDay") JsonNode payDay,
                @JsonProperty("PayDateTime") JsonNode payDateTime,
                @JsonProperty("PreExpiry") JsonNode preExpiry,
                @JsonProperty("CurExpiry") JsonNode curExpiry,
                @JsonProperty("Receivable") JsonNode receivable,
                @JsonProperty("Amount") JsonNode amount,
                @JsonProperty("GiftMonth") JsonNode giftMonth,
                @JsonProperty("Preferential") JsonNode preferential,
                @JsonProperty("ChargeName") JsonNode chargeName,
                @JsonProperty("ChargeWorkStationNo") JsonNode chargeWorkStationNo,
                @JsonProperty("InvoiceName") JsonNode invoiceName) {
        }
    }

    /** 6.36 获取车辆品牌列表 (List vehicle brands): {@code api.aspx/park.carbrand.list}, WE_CALL. */
    public static final class ParkCarbrandList_6_36 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.36");

        private ParkCarbrandList_6_36() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("BrandID") JsonNode brandID,
                @JsonProperty("BrandName") JsonNode brandName) {
        }
    }

    /** 6.37 获取停车场基本参数 (Get car-park basic parameters): {@code api.aspx/park.params.get}, WE_CALL. */
    public static final class ParkParamsGet_6_37 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.37");

        private ParkParamsGet_6_37() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("FreeLeaveMinutes") JsonNode freeLeaveMinutes,
                @JsonProperty("FreeMinutes") JsonNode freeMinutes,
                @JsonProperty("HourCharged") JsonNode hourCharged,
                @JsonProperty("ParkPriceRule") JsonNode parkPriceRule,
                @JsonProperty("BusinessHours") JsonNode businessHours,
                @JsonProperty("InvoiceOnlyForCurrentMonth") JsonNode invoiceOnlyForCurrentMonth,
                @JsonProperty("EinvoiceExpirationData") JsonNode einvoiceExpirationDate,
                @JsonProperty("MCardExtensionMaxMonths") JsonNode mCardExtensionMaxMonths,
                @JsonProperty("RestrictDaysToMCardExpiration") JsonNode restrictDaysToMCardExpiration,
                @JsonProperty("MaxEInvoiceOpenAmount") JsonNode maxEInvoiceOpenAmount,
                @JsonProperty("MaxOrderQtyInEveryEInvoice") JsonNode maxOrderQtyInEveryEInvoice) {
        }
    }

    /** 6.38 更换车牌 (Change plate (card and vehicle info)): {@code api.aspx/park.lp.change}, WE_CALL. */
    public static final class ParkLpChange_6_38 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.38");

        private ParkLpChange_6_38() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("old") @NotNull String oldValue,
                @JsonProperty("new") @NotNull String newValue) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.39 创建月卡缴费订单 (Create monthly card payment order): {@code api.aspx/park.mcard.order.create}, WE_CALL. */
    public static final class ParkMcardOrderCreate_6_39 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.39");

        private ParkMcardOrderCreate_6_39() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("aeceivable") @NotNull String receivable,
                @JsonProperty("amount") @NotNull String amount,
                @JsonProperty("preExpireDate") @NotNull String preExpireDate,
                @JsonProperty("currExpireDate") @NotNull String currExpireDate,
                @JsonProperty("payType") String payType,
                @JsonProperty("wsNo") String wsNo,
                @JsonProperty("remark") String remark,
                @JsonProperty("payMonth") @NotNull String payMonth) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId) {
        }
    }

    /** 6.40 为订单添加购物小票 (Add shopping receipt to order): {@code api.aspx/park.shoppingBill.add4order}, WE_CALL. */
    public static final class ParkShoppingBillAdd4order_6_40 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.40");

        private ParkShoppingBillAdd4order_6_40() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("barcode") @NotNull String barcode,
                @JsonProperty("counter") String counter,
                @JsonProperty("money") String money) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.41 为订单删除购物小票 (Remove shopping receipt from order): {@code api.aspx/park.shoppingBill.del4order}, WE_CALL. */
    public static final class ParkShoppingBillDel4order_6_41 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.41");

        private ParkShoppingBillDel4order_6_41() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("barcode") @NotNull String barcode,
                @JsonProperty("counter") String counter) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.42 通知车辆出场 (Notify vehicle exit (open gate, scan-to-exit)): {@code api.aspx/park.out.notice}, WE_CALL. */
    public static final class ParkOutNotice_6_42 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.42");

        private ParkOutNotice_6_42() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") String credential,
                @JsonProperty("openId") String openId,
                @JsonProperty("scanTool") String scanTool,
                @JsonProperty("checkWaitingCar") String checkWaitingCar) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("result") JsonNode result) {
        }
    }

    /** 6.43 为订单添加消费机折扣 (Add discount-machine discount to order): {@code api.aspx/park.discount.add4order}, WE_CALL. */
    public static final class ParkDiscountAdd4order_6_43 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.43");

        private ParkDiscountAdd4order_6_43() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("tollDevID") @NotNull String tollDevID,
                @JsonProperty("discountId") @NotNull String discountId,
                @JsonProperty("recodeType") String recordType,
                @JsonProperty("operId") String operId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.44 为订单添加会员卡 (Add membership card to order): {@code api.aspx/park.scorecard.add4order}, WE_CALL. */
    public static final class ParkScorecardAdd4order_6_44 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.44");

        private ParkScorecardAdd4order_6_44() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("cardNo") @NotNull String cardNo,
                @JsonProperty("cardType") String cardType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("numno") JsonNode numno,
                @JsonProperty("carno") JsonNode carno,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("cardId") JsonNode cardId,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("parkposi") JsonNode parkposi,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("shoppingDiscount") JsonNode shoppingDiscount,
                @JsonProperty("billDiscount") JsonNode billDiscount,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("calcstarttime") JsonNode calcstarttime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("priceRule") JsonNode priceRule,
                @JsonProperty("feeDetail") JsonNode feeDetail,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("billDiscounts") JsonNode billDiscounts,
                @JsonProperty("shoppingBills") JsonNode shoppingBills,
                @JsonProperty("shoppingBillPolicy") JsonNode shoppingBillPolicy,
                @JsonProperty("scoreDiscounts") JsonNode scoreDiscounts,
                @JsonProperty("credentialtype") JsonNode credentialtype,
                @JsonProperty("chargeAreaNumber") JsonNode chargeAreaNumber) {
        }
    }

    /** 6.45 是否存在缴费记录 (Does a payment record exist): {@code api.aspx/park.charge.exist}, WE_CALL. */
    public static final class ParkChargeExist_6_45 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.45");

        private ParkChargeExist_6_45() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate,
                @JsonProperty("afterTime") @NotNull String afterTime,
                @JsonProperty("payType") String payType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("exist") JsonNode exist,
                @JsonProperty("receivable") JsonNode receivable,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("payTime") JsonNode payTime,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("freeLeaveMinutes") JsonNode freeLeaveMinutes,
                @JsonProperty("orderNo") JsonNode orderNo) {
        }
    }

    /** 6.46 商家登录 (Merchant login): {@code api.aspx/park.business.login}, WE_CALL. */
    public static final class ParkBusinessLogin_6_46 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.46");

        private ParkBusinessLogin_6_46() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") @NotNull String businessID,
                @JsonProperty("password") @NotNull String password) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("businessName") JsonNode businessName,
                @JsonProperty("discountAmountBalance") JsonNode discountAmountBalance,
                @JsonProperty("discountTimeBalance") JsonNode discountTimeBalance,
                @JsonProperty("allowSetFreePeriodOnDiscount") JsonNode allowSetFreePeriodOnDiscount,
                @JsonProperty("remark") JsonNode remark,
                @JsonProperty("createOperID") JsonNode createOperID,
                @JsonProperty("createDate") JsonNode createDate,
                @JsonProperty("updateOperID") JsonNode updateOperID,
                @JsonProperty("updateDate") JsonNode updateDate) {
        }
    }

    /** 6.47 商家修改密码 (Merchant change password): {@code api.aspx/park.business.password.change}, WE_CALL. */
    public static final class ParkBusinessPasswordChange_6_47 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.47");

        private ParkBusinessPasswordChange_6_47() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") @NotNull String businessID,
                @JsonProperty("oldPassword") @NotNull String oldPassword,
                @JsonProperty("newPassword") @NotNull String newPassword) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.48 获取商家列表 (List merchants): {@code api.aspx/park.business.list.get}, WE_CALL. */
    public static final class ParkBusinessListGet_6_48 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.48");

        private ParkBusinessListGet_6_48() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") String businessID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("businessName") JsonNode businessName,
                @JsonProperty("discountAmountBalance") JsonNode discountAmountBalance,
                @JsonProperty("discountTimeBalance") JsonNode discountTimeBalance,
                @JsonProperty("allowSetFreePeriodOnDiscount") JsonNode allowSetFreePeriodOnDiscount,
                @JsonProperty("remark") JsonNode remark,
                @JsonProperty("createOperID") JsonNode createOperID,
                @JsonProperty("createDate") JsonNode createDate,
                @JsonProperty("updateOperID") JsonNode updateOperID,
                @JsonProperty("updateDate") JsonNode updateDate) {
        }
    }

    /** 6.49 获取消费点列表 (List consumption points (toll devices)): {@code api.aspx/park.tollDevices.get}, WE_CALL. */
    public static final class ParkTollDevicesGet_6_49 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.49");

        private ParkTollDevicesGet_6_49() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") String businessID,
                @JsonProperty("tollDevID") String tollDevID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("tollDevID") JsonNode tollDevID,
                @JsonProperty("deviceID") JsonNode deviceID,
                @JsonProperty("deviceName") JsonNode deviceName,
                @JsonProperty("remark") JsonNode remark,
                @JsonProperty("createOperID") JsonNode createOperID,
                @JsonProperty("createDate") JsonNode createDate,
                @JsonProperty("updateOperID") JsonNode updateOperID,
                @JsonProperty("updateDate") JsonNode updateDate) {
        }
    }

    /** 6.50 商家打折 (Merchant discount): {@code api.aspx/park.business.discount}, WE_CALL. */
    public static final class ParkBusinessDiscount_6_50 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.50");

        private ParkBusinessDiscount_6_50() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") @NotNull String businessID,
                @JsonProperty("tollDevID") String tollDevID,
                @JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("discountIDs") String discountIDs,
                @JsonProperty("freeTimeStart") String freeTimeStart,
                @JsonProperty("freeTimeEnd") String freeTimeEnd,
                @JsonProperty("recodeType") String recordType,
                @JsonProperty("operId") String operId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("discountAmountBalance") JsonNode discountAmountBalance,
                @JsonProperty("discountTimeBalance") JsonNode discountTimeBalance) {
        }
    }

    /** 6.51 获取商家打折记录列表 (List merchant discount records): {@code api.aspx/park.business.discounts.get}, WE_CALL. */
    public static final class ParkBusinessDiscountsGet_6_51 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.51");

        private ParkBusinessDiscountsGet_6_51() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") String businessID,
                @JsonProperty("tollDevID") String tollDevID,
                @JsonProperty("tollID") String tollID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("tollID") JsonNode tollID,
                @JsonProperty("cardID") JsonNode cardID,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("numNo") JsonNode numNo,
                @JsonProperty("licensePlate") JsonNode licensePlate,
                @JsonProperty("cardInId") JsonNode cardInId,
                @JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("discountID") JsonNode discountID,
                @JsonProperty("discountName") JsonNode discountName,
                @JsonProperty("presentType") JsonNode presentType,
                @JsonProperty("discountRate") JsonNode discountRate,
                @JsonProperty("freeTimeStart") JsonNode freeTimeStart,
                @JsonProperty("freeTimeEnd") JsonNode freeTimeEnd,
                @JsonProperty("recordType") JsonNode recordType,
                @JsonProperty("tollDateTime") JsonNode tollDateTime,
                @JsonProperty("calcAmount") JsonNode calcAmount,
                @JsonProperty("realAmount") JsonNode realAmount,
                @JsonProperty("tollDevID") JsonNode tollDevID,
                @JsonProperty("tollDevName") JsonNode tollDevName,
                @JsonProperty("barcode") JsonNode barcode,
                @JsonProperty("calcDateTime") JsonNode calcDateTime,
                @JsonProperty("workStationNo") JsonNode workStationNo,
                @JsonProperty("chargeSeqNo") JsonNode chargeSeqNo,
                @JsonProperty("used") JsonNode used) {
        }
    }

    /** 6.52 商家解锁 (Merchant unlock): {@code api.aspx/park.business.unlock}, WE_CALL. */
    public static final class ParkBusinessUnlock_6_52 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.52");

        private ParkBusinessUnlock_6_52() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") @NotNull String businessID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.53 通知车场自助寻车结果 (Notify car park of self-service car-finding result): {@code api.aspx/park.selfFindCar.notice}, WE_CALL. */
    public static final class ParkSelfFindCarNotice_6_53 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.53");

        private ParkSelfFindCarNotice_6_53() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("openId") @NotNull String openId,
                @JsonProperty("deviceId") @NotNull String deviceId,
                @JsonProperty("scanTool") @NotNull String scanTool,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("existRndOnCat") @NotNull String existRndOnCat) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("licensePlate") JsonNode licensePlate) {
        }
    }

    /** 6.54 获取车辆锁定状态 (Get vehicle lock status): {@code api.aspx/park.lockcar.status.get}, WE_CALL. */
    public static final class ParkLockcarStatusGet_6_54 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.54");

        private ParkLockcarStatusGet_6_54() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("licensePlate") JsonNode licensePlate,
                @JsonProperty("lockStatus") JsonNode lockStatus,
                @JsonProperty("lockDate") JsonNode lockDate,
                @JsonProperty("unlockDate") JsonNode unlockDate) {
        }
    }

    /** 6.55 修改场内车车牌 (Fix plate of in-park vehicle): {@code api.aspx/park.lp.fix}, WE_CALL. */
    public static final class ParkLpFix_6_55 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.55");

        private ParkLpFix_6_55() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("old") @NotNull String oldValue,
                @JsonProperty("new") @NotNull String newValue,
                @JsonProperty("operId") String operId,
                @JsonProperty("wsNo") String wsNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.56 查询进出流水帐 (In/out journal query): {@code api.aspx/park.inoutlist.info}, WE_CALL. */
    public static final class ParkInoutlistInfo_6_56 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.56");

        private ParkInoutlistInfo_6_56() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("dateStart") @NotNull String dateStart,
                @JsonProperty("dateEnd") @NotNull String dateEnd,
                @JsonProperty("dateType") @NotNull String dateType) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("recordType") JsonNode recordType,
                @JsonProperty("cardInOutId") JsonNode cardInOutId,
                @JsonProperty("licensePlate") JsonNode licensePlate,
                @JsonProperty("parkCardTypeId") JsonNode parkCardTypeId,
                @JsonProperty("inControllerName") JsonNode inControllerName,
                @JsonProperty("outControllerName") JsonNode outControllerName,
                @JsonProperty("inDateTime") JsonNode inDateTime,
                @JsonProperty("outDateTime") JsonNode outDateTime,
                @JsonProperty("parkTime") JsonNode parkTime,
                @JsonProperty("aeceivable") JsonNode receivable,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("operName") JsonNode operName) {
        }
    }

    /** 6.57 发行优惠券 (Issue coupons): {@code api.aspx/park.coupon.issue}, WE_CALL. */
    public static final class ParkCouponIssue_6_57 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.57");

        private ParkCouponIssue_6_57() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") @NotNull String businessID,
                @JsonProperty("discountID") @NotNull String discountID,
                @JsonProperty("header") String header,
                @JsonProperty("remark") String remark,
                @JsonProperty("discountName") String discountName,
                @JsonProperty("expireDate") String expireDate,
                @JsonProperty("issueNum") @NotNull String issueNum,
                @JsonProperty("usageCount") String usageCount,
                @JsonProperty("recodeType") String recordType,
                @JsonProperty("operId") String operId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("mainID") JsonNode mainID,
                @JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("discountID") JsonNode discountID,
                @JsonProperty("header") JsonNode header,
                @JsonProperty("remark") JsonNode remark,
                @JsonProperty("discountName") JsonNode discountName,
                @JsonProperty("expireDate") JsonNode expireDate,
                @JsonProperty("issueNum") JsonNode issueNum,
                @JsonProperty("usageCount") JsonNode usageCount,
                @JsonProperty("everyDayMaxNo") JsonNode everyDayMaxNo,
                @JsonProperty("maxNo") JsonNode maxNo,
                @JsonProperty("couponNumbers") JsonNode couponNumbers,
                @JsonProperty("discountAmountBalance") JsonNode discountAmountBalance,
                @JsonProperty("discountTimeBalance") JsonNode discountTimeBalance) {
        }
    }

    /** 6.58 关闸 (Close gate): {@code api.aspx/park.gate.close}, WE_CALL. */
    public static final class ParkGateClose_6_58 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.58");

        private ParkGateClose_6_58() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.59 获取优惠券信息 (Get coupon info): {@code api.aspx/park.coupon.get}, WE_CALL. */
    public static final class ParkCouponGet_6_59 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.59");

        private ParkCouponGet_6_59() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("barcode") String barcode,
                @JsonProperty("businessID") String businessID,
                @JsonProperty("discountID") String discountID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("barcode") JsonNode barcode,
                @JsonProperty("businessID") JsonNode businessID,
                @JsonProperty("discountID") JsonNode discountID,
                @JsonProperty("discountName") JsonNode discountName,
                @JsonProperty("presentType") JsonNode presentType,
                @JsonProperty("discountRate") JsonNode discountRate,
                @JsonProperty("maxValue") JsonNode maxValue,
                @JsonProperty("expiryDate") JsonNode expiryDate) {
        }
    }

    /** 6.60 为车辆添加优惠券 (Add coupon to vehicle): {@code api.aspx/park.coupon.add4car}, WE_CALL. */
    public static final class ParkCouponAdd4car_6_60 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.60");

        private ParkCouponAdd4car_6_60() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("barcode") @NotNull String barcode,
                @JsonProperty("wsNo") String wsNo,
                @JsonProperty("recodeType") String recordType,
                @JsonProperty("operId") String operId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("parkPayUrl") JsonNode parkPayUrl) {
        }
    }

    /** 6.61 车辆高峰模式设置 (Set vehicle peak mode): {@code api.aspx/park.gate.setpeakmode}, WE_CALL. */
    public static final class ParkGateSetpeakmode_6_61 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.61");

        private ParkGateSetpeakmode_6_61() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("peakMode") @NotNull String peakMode) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.62 检查缴费记录的开票结果 (Check e-invoice result of a payment): {@code api.aspx/park.einvoice.open.result}, WE_CALL. */
    public static final class ParkEinvoiceOpenResult_6_62 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.62");

        private ParkEinvoiceOpenResult_6_62() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("status") JsonNode status) {
        }
    }

    /** 6.63 为车辆删除优惠券 (Remove coupon from vehicle): {@code api.aspx/park.coupon.del4car}, WE_CALL. */
    public static final class ParkCouponDel4car_6_63 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.63");

        private ParkCouponDel4car_6_63() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("barcode") @NotNull String barcode) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.64 停车场流量查询 (Car-park traffic (flow) query): {@code api.aspx/park.lot.GetTraffic}, WE_CALL. */
    public static final class ParkLotGetTraffic_6_64 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.64");

        private ParkLotGetTraffic_6_64() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("endTime") @NotNull String endTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("message") JsonNode message,
                @JsonProperty("status") JsonNode status,
                @JsonProperty("inNum") JsonNode inNum,
                @JsonProperty("outNum") JsonNode outNum) {
        }
    }

    /** 6.65 组号添加 (Add group): {@code api.aspx/park.group.add}, WE_CALL. */
    public static final class ParkGroupAdd_6_65 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.65");

        private ParkGroupAdd_6_65() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("name") @NotNull String name,
                @JsonProperty("groupType") String groupType,
                @JsonProperty("berthNumber") @NotNull String berthNumber,
                @JsonProperty("maxMonthCharge") String maxMonthCharge,
                @JsonProperty("remark") String remark) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("id") JsonNode id) {
        }
    }

    /** 6.66 组号修改 (Update group): {@code api.aspx/park.group.update}, WE_CALL. */
    public static final class ParkGroupUpdate_6_66 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.66");

        private ParkGroupUpdate_6_66() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("id") @NotNull String id,
                @JsonProperty("name") @NotNull String name,
                @JsonProperty("berthNumber") @NotNull String berthNumber,
                @JsonProperty("maxMonthCharge") String maxMonthCharge,
                @JsonProperty("remark") String remark) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("id") JsonNode id) {
        }
    }

    /** 6.67 组号删除 (Delete group): {@code api.aspx/park.group.delete}, WE_CALL. */
    public static final class ParkGroupDelete_6_67 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.67");

        private ParkGroupDelete_6_67() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("id") @NotNull String id) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.68 组号查询 (Query groups): {@code api.aspx/park.group.get}, WE_CALL. */
    public static final class ParkGroupGet_6_68 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.68");

        private ParkGroupGet_6_68() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("id") String id,
                @JsonProperty("name") String name) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("id") JsonNode id,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("berthNumber") JsonNode berthNumber,
                @JsonProperty("maxMonthCharge") JsonNode maxMonthCharge,
                @JsonProperty("remark") JsonNode remark) {
        }
    }

    /** 6.69 添加无感支付车辆 (Add contactless-payment (no-password) vehicle): {@code api.aspx/park.nopswpaycar.add}, WE_CALL. */
    public static final class ParkNopswpaycarAdd_6_69 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.69");

        private ParkNopswpaycarAdd_6_69() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("plateColor") String plateColor,
                @JsonProperty("payStatus") String payStatus,
                @JsonProperty("crateDateTime") String createDateTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.70 更新无感支付车辆 (Update contactless-payment vehicle): {@code api.aspx/park.nopswpaycar.update}, WE_CALL. */
    public static final class ParkNopswpaycarUpdate_6_70 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.70");

        private ParkNopswpaycarUpdate_6_70() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("payStatus") @NotNull String payStatus,
                @JsonProperty("signStatus") @NotNull String signStatus) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.71 获取无感支付车辆 (Get contactless-payment vehicles): {@code api.aspx/park.nopswpaycar.get}, WE_CALL. */
    public static final class ParkNopswpaycarGet_6_71 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.71");

        private ParkNopswpaycarGet_6_71() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plateNo") String plateNo) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("plateNo") JsonNode plateNo,
                @JsonProperty("plateColor") JsonNode plateColor,
                @JsonProperty("payStatus") JsonNode payStatus,
                @JsonProperty("crateDateTime") JsonNode createDateTime,
                @JsonProperty("editDateTime") JsonNode editDateTime) {
        }
    }

    /** 6.72 添加黑名单 (Add blacklist entry): {@code api.aspx/park.blacklist.add}, WE_CALL. */
    public static final class ParkBlacklistAdd_6_72 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.72");

        private ParkBlacklistAdd_6_72() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("blackType") String blackType,
                @JsonProperty("startDateTime") @NotNull String startDateTime,
                @JsonProperty("endDateTime") @NotNull String endDateTime,
                @JsonProperty("blackHintId") String blackHintId,
                @JsonProperty("remark") String remark) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.73 修改黑名单 (Edit blacklist entry): {@code api.aspx/park.blacklist.edit}, WE_CALL. */
    public static final class ParkBlacklistEdit_6_73 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.73");

        private ParkBlacklistEdit_6_73() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("autoID") @NotNull String autoID,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("blackType") String blackType,
                @JsonProperty("startDateTime") @NotNull String startDateTime,
                @JsonProperty("endDateTime") @NotNull String endDateTime,
                @JsonProperty("blackHintId") String blackHintId,
                @JsonProperty("remark") String remark) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.74 删除黑名单 (Delete blacklist entry): {@code api.aspx/park.blacklist.delete}, WE_CALL. */
    public static final class ParkBlacklistDelete_6_74 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.74");

        private ParkBlacklistDelete_6_74() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("autoId") @NotNull String autoId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.75 解除黑名单 (Lift blacklist entry): {@code api.aspx/park.blacklist.lift}, WE_CALL. */
    public static final class ParkBlacklistLift_6_75 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.75");

        private ParkBlacklistLift_6_75() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("autoId") String autoId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.76 获取黑名单 (Get blacklist): {@code api.aspx/park.blacklist.get}, WE_CALL. */
    public static final class ParkBlacklistGet_6_76 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.76");

        private ParkBlacklistGet_6_76() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("autoID") JsonNode autoID,
                @JsonProperty("plateNo") JsonNode plateNo,
                @JsonProperty("blackType") JsonNode blackType,
                @JsonProperty("startDateTime") JsonNode startDateTime,
                @JsonProperty("endDateTime") JsonNode endDateTime,
                @JsonProperty("blackHintId") JsonNode blackHintId,
                @JsonProperty("remark") JsonNode remark,
                @JsonProperty("isDelete") JsonNode isDelete,
                @JsonProperty("cOperID") JsonNode cOperID,
                @JsonProperty("cDateTime") JsonNode cDateTime,
                @JsonProperty("lMOperID") JsonNode lMOperID,
                @JsonProperty("lMDateTime") JsonNode lMDateTime,
                @JsonProperty("delOperID") JsonNode delOperID,
                @JsonProperty("delDateTime") JsonNode delDateTime) {
        }
    }

    /** 6.77 获取黑名单类型 (Get blacklist types): {@code api.aspx/park.blackremark.get}, WE_CALL. */
    public static final class ParkBlackremarkGet_6_77 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.77");

        private ParkBlackremarkGet_6_77() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("blackRemID") JsonNode blackRemID,
                @JsonProperty("blackRemark") JsonNode blackRemark,
                @JsonProperty("cOperID") JsonNode cOperID,
                @JsonProperty("cDateTime") JsonNode cDateTime,
                @JsonProperty("lMOperID") JsonNode lMOperID,
                @JsonProperty("lMDateTime") JsonNode lMDateTime) {
        }
    }

    /** 6.78 获取黑名单提示信息 (Get blacklist hint messages): {@code api.aspx/park.blackhint.get}, WE_CALL. */
    public static final class ParkBlackhintGet_6_78 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.78");

        private ParkBlackhintGet_6_78() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("blackHintId") JsonNode blackHintId,
                @JsonProperty("blackHint") JsonNode blackHint,
                @JsonProperty("cOperID") JsonNode cOperID,
                @JsonProperty("cDateTime") JsonNode cDateTime,
                @JsonProperty("lMOperID") JsonNode lMOperID,
                @JsonProperty("lMDateTime") JsonNode lMDateTime) {
        }
    }

    /** 6.79 查询预约配置时段可预约车位 (Bookable spaces per configured time slot): {@code api.aspx/park.berthofdays.get}, WE_CALL. */
    public static final class ParkBerthofdaysGet_6_79 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.79");

        private ParkBerthofdaysGet_6_79() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("days") @NotNull String days) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("TimeInterval") JsonNode timeInterval,
                @JsonProperty("OrderDate") JsonNode orderDate,
                @JsonProperty("AvailableCount") JsonNode availableCount,
                @JsonProperty("LeftCount") JsonNode leftCount,
                @JsonProperty("BookCount") JsonNode bookCount) {
        }
    }

    /** 6.80 LED 显示临时信息 (LED: show temporary message): {@code api.aspx/park.led.temp}, WE_CALL. */
    public static final class ParkLedTemp_6_80 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.80");

        private ParkLedTemp_6_80() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("lin1") @NotNull String lin1,
                @JsonProperty("lin2") @NotNull String lin2,
                @JsonProperty("color") @NotNull String color,
                @JsonProperty("time") @NotNull String time) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.81 LED 下发固定信息 (LED: set fixed message): {@code api.aspx/park.led.fixed}, WE_CALL. */
    public static final class ParkLedFixed_6_81 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.81");

        private ParkLedFixed_6_81() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("lin1") @NotNull String lin1,
                @JsonProperty("lin2") @NotNull String lin2) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.82 语音信息 (Play voice message): {@code api.aspx/park.voice}, WE_CALL. */
    public static final class ParkVoice_6_82 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.82");

        private ParkVoice_6_82() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("hintVoice") @NotNull String hintVoice) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.83 播放语音提示文字并开闸 (Voice + text + open gate (all-in-one)): {@code api.aspx/park.allinone}, WE_CALL. */
    public static final class ParkAllinone_6_83 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.83");

        private ParkAllinone_6_83() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") String deviceID,
                @JsonProperty("lin1") String lin1,
                @JsonProperty("lin2") String lin2,
                @JsonProperty("color") String color,
                @JsonProperty("time") String time,
                @JsonProperty("hintVoice") String hintVoice,
                @JsonProperty("openGate") String openGate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.84 生成微信红包地址 (Generate WeChat red-envelope URL): {@code api.aspx/park.redenvelope.url}, WE_CALL. */
    public static final class ParkRedenvelopeUrl_6_84 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.84");

        private ParkRedenvelopeUrl_6_84() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("cardInOutId") String cardInOutId,
                @JsonProperty("calcId") String calcId,
                @JsonProperty("controllerNo") String controllerNo,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("amount") @NotNull String amount) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("redEnvelopeUrl") JsonNode redEnvelopeUrl) {
        }
    }

    /** 6.85 查询红包状态 (Query red-envelope status): {@code api.aspx/park.redenvelope.get}, WE_CALL. */
    public static final class ParkRedenvelopeGet_6_85 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.85");

        private ParkRedenvelopeGet_6_85() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("autoId") JsonNode autoId,
                @JsonProperty("cardInOutId") JsonNode cardInOutId,
                @JsonProperty("calcId") JsonNode calcId,
                @JsonProperty("controllerNo") JsonNode controllerNo,
                @JsonProperty("licensePlate") JsonNode licensePlate,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("status") JsonNode status,
                @JsonProperty("urlCreateDate") JsonNode urlCreateDate,
                @JsonProperty("createDate") JsonNode createDate,
                @JsonProperty("receiveDate") JsonNode receiveDate) {
        }
    }

    /** 6.86 通知车场电子发票开票结果 (Notify car park of e-invoice result): {@code api.aspx/park.einvoice.open.notice}, WE_CALL. */
    public static final class ParkEinvoiceOpenNotice_6_86 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.86");

        private ParkEinvoiceOpenNotice_6_86() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("gfmc") @NotNull String gfmc,
                @JsonProperty("gfnsrsbh") String gfnsrsbh,
                @JsonProperty("gfdzdh") String gfdzdh,
                @JsonProperty("gfyhmczh") String gfyhmczh,
                @JsonProperty("email") String email,
                @JsonProperty("mobile") String mobile,
                @JsonProperty("remark") String remark,
                @JsonProperty("createTime") String createTime,
                @JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("amount") String amount,
                @JsonProperty("einvoiceCode") @NotNull String einvoiceCode,
                @JsonProperty("einvoiceNumber") @NotNull String einvoiceNumber,
                @JsonProperty("url") String url,
                @JsonProperty("platformType") String platformType,
                @JsonProperty("account") String account,
                @JsonProperty("xfnsrsbh") String xfnsrsbh,
                @JsonProperty("xfmc") String xfmc,
                @JsonProperty("einvoiceType") String einvoiceType,
                @JsonProperty("taxType") String taxType,
                @JsonProperty("taxDiskType") String taxDiskType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("einvoiceID") JsonNode einvoiceID) {
        }
    }

    /** 6.87 收费车型新增 (Add fee car type): {@code api.aspx/park.cartype.add}, WE_CALL. */
    public static final class ParkCartypeAdd_6_87 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.87");

        private ParkCartypeAdd_6_87() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carTypeName") @NotNull Object carTypeName,
                @JsonProperty("height") Object height,
                @JsonProperty("weight") Object weight,
                @JsonProperty("defaultCharge") Object defaultCharge,
                @JsonProperty("eTCCarType") Object eTCCarType,
                @JsonProperty("autoIdentify") Object autoIdentify,
                @JsonProperty("timeLtd") Object timeLtd,
                @JsonProperty("freeMin") Object freeMin,
                @JsonProperty("storedLtd") Object storedLtd,
                @JsonProperty("plateColor") Object plateColor,
                @JsonProperty("notInCenterCharge") Object notInCenterCharge,
                @JsonProperty("description") Object description) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("carTypeId") JsonNode carTypeId) {
        }
    }

    /** 6.88 收费车型修改 (Update fee car type): {@code api.aspx/park.cartype.update}, WE_CALL. */
    public static final class ParkCartypeUpdate_6_88 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.88");

        private ParkCartypeUpdate_6_88() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carTypeName") @NotNull Object carTypeName,
                @JsonProperty("carTypeId") @NotNull Object carTypeId,
                @JsonProperty("height") Object height,
                @JsonProperty("weight") Object weight,
                @JsonProperty("defaultCharge") Object defaultCharge,
                @JsonProperty("eTCCarType") Object eTCCarType,
                @JsonProperty("autoIdentify") Object autoIdentify,
                @JsonProperty("timeLtd") Object timeLtd,
                @JsonProperty("freeMin") Object freeMin,
                @JsonProperty("storedLtd") Object storedLtd,
                @JsonProperty("plateColor") Object plateColor,
                @JsonProperty("notInCenterCharge") Object notInCenterCharge,
                @JsonProperty("description") Object description) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.89 收费车型删除 (Delete fee car type): {@code api.aspx/park.cartype.delete}, WE_CALL. */
    public static final class ParkCartypeDelete_6_89 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.89");

        private ParkCartypeDelete_6_89() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carTypeId") @NotNull Object carTypeId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.90 收费车型查询 (Query fee car types): {@code api.aspx/park.cartype.query}, WE_CALL. */
    public static final class ParkCartypeQuery_6_90 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.90");

        private ParkCartypeQuery_6_90() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carTypeID") Object carTypeID,
                @JsonProperty("isDetails") Object isDetails) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("carTypeName") JsonNode carTypeName,
                @JsonProperty("height") JsonNode height,
                @JsonProperty("weight") JsonNode weight,
                @JsonProperty("defaultCharge") JsonNode defaultCharge,
                @JsonProperty("eTCCarType") JsonNode eTCCarType,
                @JsonProperty("autoIdentify") JsonNode autoIdentify,
                @JsonProperty("timeLtd") JsonNode timeLtd,
                @JsonProperty("freeMin") JsonNode freeMin,
                @JsonProperty("storedLtd") JsonNode storedLtd,
                @JsonProperty("plateColor") JsonNode plateColor,
                @JsonProperty("notInCenterCharge") JsonNode notInCenterCharge,
                @JsonProperty("description") JsonNode description) {
        }
    }

    /** 6.91 月卡收费规则新增 (Add monthly tariff): {@code api.aspx/park.monthtariff.add}, WE_CALL. */
    public static final class ParkMonthtariffAdd_6_91 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.91");

        private ParkMonthtariffAdd_6_91() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffName") @NotNull Object tariffName,
                @JsonProperty("carTypeId") Object carTypeId,
                @JsonProperty("charge") Object charge,
                @JsonProperty("remark") Object remark) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("tariffId") JsonNode tariffId) {
        }
    }

    /** 6.92 月卡收费规则修改 (Update monthly tariff): {@code api.aspx/park.monthtariff.update}, WE_CALL. */
    public static final class ParkMonthtariffUpdate_6_92 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.92");

        private ParkMonthtariffUpdate_6_92() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffId") @NotNull Object tariffId,
                @JsonProperty("tariffName") @NotNull Object tariffName,
                @JsonProperty("carTypeId") @NotNull Object carTypeId,
                @JsonProperty("charge") Object charge,
                @JsonProperty("remark") Object remark) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.93 月卡收费规则删除 (Delete monthly tariff): {@code api.aspx/park.monthtariff.delete}, WE_CALL. */
    public static final class ParkMonthtariffDelete_6_93 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.93");

        private ParkMonthtariffDelete_6_93() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffId") @NotNull Object tariffId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.94 月卡收费规则查询 (Query monthly tariffs): {@code api.aspx/park.monthtariff.query}, WE_CALL. */
    public static final class ParkMonthtariffQuery_6_94 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.94");

        private ParkMonthtariffQuery_6_94() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffId") Object tariffId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("tariffId") JsonNode tariffId,
                @JsonProperty("tariffName") JsonNode tariffName,
                @JsonProperty("carTypeId") JsonNode carTypeId,
                @JsonProperty("charge") JsonNode charge,
                @JsonProperty("remark") JsonNode remark) {
        }
    }

    /** 6.95 车场分区列表查询 (Car-park area list): {@code api.aspx/park.monthtariff.query}, WE_CALL. */
    public static final class ParkMonthtariffQuery_6_95 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.95");

        private ParkMonthtariffQuery_6_95() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("areaId") JsonNode areaId,
                @JsonProperty("areaNo") JsonNode areaNo,
                @JsonProperty("chargeSeparate") JsonNode chargeSeparate) {
        }
    }

    /** 6.96 临时车收费规则新增 (Add temporary-vehicle tariff): {@code api.aspx/park.temporarytariff.add}, WE_CALL. */
    public static final class ParkTemporarytariffAdd_6_96 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.96");

        private ParkTemporarytariffAdd_6_96() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("areaNo") @NotNull Object areaNo,
                @JsonProperty("carTypeId") @NotNull Object carTypeId,
                @JsonProperty("chargeMode") @NotNull Object chargeMode,
                @JsonProperty("midnight") @NotNull Object midnight,
                @JsonProperty("stayOver") Object stayOver,
                @JsonProperty("maxCharge") Object maxCharge,
                @JsonProperty("remark") Object remark,
                @JsonProperty("generated") Object generated,
                @JsonProperty("timeNumber") @NotNull Object timeNumber,
                @JsonProperty("chargePeriod") Object chargePeriod,
                @JsonProperty("periodName") @NotNull Object periodName,
                @JsonProperty("stTime") @NotNull Object stTime,
                @JsonProperty("endTime") @NotNull Object endTime,
                @JsonProperty("freeMinutes") @NotNull Object freeMinutes,
                @JsonProperty("fixCharge") @NotNull Object fixCharge,
                @JsonProperty("fstSectTime") @NotNull Object fstSectTime,
                @JsonProperty("fstSectCharge") @NotNull Object fstSectCharge,
                @JsonProperty("sectTime") @NotNull Object sectTime,
                @JsonProperty("sectCharge") @NotNull Object sectCharge) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("tariffId") JsonNode tariffId) {
        }
    }

    /** 6.97 月卡收费规则修改 (sic) (Update temporary-vehicle tariff): {@code api.aspx/park.temporarytariff.update}, WE_CALL. */
    public static final class ParkTemporarytariffUpdate_6_97 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.97");

        private ParkTemporarytariffUpdate_6_97() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffId") @NotNull Object tariffId,
                @JsonProperty("areaNo") @NotNull Object areaNo,
                @JsonProperty("carTypeId") @NotNull Object carTypeId,
                @JsonProperty("chargeMode") @NotNull Object chargeMode,
                @JsonProperty("midnight") @NotNull Object midnight,
                @JsonProperty("stayOver") Object stayOver,
                @JsonProperty("maxCharge") Object maxCharge,
                @JsonProperty("remark") Object remark,
                @JsonProperty("generated") Object generated,
                @JsonProperty("timeNumber") @NotNull Object timeNumber,
                @JsonProperty("chargePeriod") Object chargePeriod,
                @JsonProperty("periodName") @NotNull Object periodName,
                @JsonProperty("stTime") @NotNull Object stTime,
                @JsonProperty("endTime") @NotNull Object endTime,
                @JsonProperty("freeMinutes") @NotNull Object freeMinutes,
                @JsonProperty("fixCharge") @NotNull Object fixCharge,
                @JsonProperty("fstSectTime") @NotNull Object fstSectTime,
                @JsonProperty("fstSectCharge") @NotNull Object fstSectCharge,
                @JsonProperty("sectTime") @NotNull Object sectTime,
                @JsonProperty("sectCharge") @NotNull Object sectCharge) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.98 临时车收费规则删除 (Delete temporary-vehicle tariff): {@code api.aspx/park.temporarytariff.delete}, WE_CALL. */
    public static final class ParkTemporarytariffDelete_6_98 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.98");

        private ParkTemporarytariffDelete_6_98() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffId") @NotNull Object tariffId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.99 临时车收费规则列表查询 (List temporary-vehicle tariffs): {@code api.aspx/park.temporarytarifflist.query}, WE_CALL. */
    public static final class ParkTemporarytarifflistQuery_6_99 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.99");

        private ParkTemporarytarifflistQuery_6_99() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("tariffId") JsonNode tariffId,
                @JsonProperty("areaNo") JsonNode areaNo,
                @JsonProperty("carType") JsonNode carType,
                @JsonProperty("chargeMode") JsonNode chargeMode,
                @JsonProperty("maxCharge") JsonNode maxCharge) {
        }
    }

    /** 6.100 临时车收费规则列表查询 (sic) (Get one temporary-vehicle tariff (detail)): {@code api.aspx/park.temporarytariff.query}, WE_CALL. */
    public static final class ParkTemporarytariffQuery_6_100 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.100");

        private ParkTemporarytariffQuery_6_100() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("tariffId") @NotNull Object tariffId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("tariffId") JsonNode tariffId,
                @JsonProperty("areaNo") JsonNode areaNo,
                @JsonProperty("carTypeId") JsonNode carTypeId,
                @JsonProperty("chargeMode") JsonNode chargeMode,
                @JsonProperty("midnight") JsonNode midnight,
                @JsonProperty("stayOver") JsonNode stayOver,
                @JsonProperty("maxCharge") JsonNode maxCharge,
                @JsonProperty("remark") JsonNode remark,
                @JsonProperty("generated") JsonNode generated,
                @JsonProperty("chargePeriod") JsonNode chargePeriod) {
        }
    }

    /** 6.101 修改预约 (Update booking): {@code api.aspx/park.booking.update}, WE_CALL. */
    public static final class ParkBookingUpdate_6_101 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.101");

        private ParkBookingUpdate_6_101() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderno") @NotNull String orderno,
                @JsonProperty("licensePlate") @NotNull String licensePlate,
                @JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("endTime") @NotNull String endTime,
                @JsonProperty("timeInterval") String timeInterval,
                @JsonProperty("validity") String validity,
                @JsonProperty("controllerNo") String controllerNo,
                @JsonProperty("personName") String personName,
                @JsonProperty("personTel") String personTel,
                @JsonProperty("identityType") String identityType,
                @JsonProperty("identityNo") String identityNo,
                @JsonProperty("photo") String photo,
                @JsonProperty("photoType") String photoType,
                @JsonProperty("openId") String openId,
                @JsonProperty("needLock") String needLock,
                @JsonProperty("approvalResult") String approvalResult) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderno") JsonNode orderno,
                @JsonProperty("starttime") JsonNode starttime,
                @JsonProperty("endtime") JsonNode endtime,
                @JsonProperty("charge") JsonNode charge) {
        }
    }

    /** 6.102 充电推送 (EV charging push): {@code api.aspx/park.elccharging.push}, WE_CALL. */
    public static final class ParkElcchargingPush_6_102 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.102");

        private ParkElcchargingPush_6_102() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull Object orderNo,
                @JsonProperty("startTime") @NotNull Object startTime,
                @JsonProperty("endTime") @NotNull Object endTime,
                @JsonProperty("chargingTime") Object chargingTime,
                @JsonProperty("stationId") @NotNull Object stationId,
                @JsonProperty("stationNo") @NotNull Object stationNo,
                @JsonProperty("stationName") @NotNull Object stationName,
                @JsonProperty("power") Object power,
                @JsonProperty("elecMoney") @NotNull Object elecMoney,
                @JsonProperty("serviceMoney") @NotNull Object serviceMoney,
                @JsonProperty("parkOverTime") Object parkOverTime,
                @JsonProperty("carNums") @NotNull Object carNums) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.103 车牌识别上报 (Plate-recognition report): {@code api.aspx/park.platerecognition.push}, UNCLEAR. */
    public static final class ParkPlaterecognitionPush_6_103 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.103");

        private ParkPlaterecognitionPush_6_103() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plate") @NotNull String plate,
                @JsonProperty("color") @NotNull String color,
                @JsonProperty("timestamp") @NotNull String timestamp,
                @JsonProperty("exit") @NotNull String exit) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.104 对讲邀请 (Intercom invite): {@code api.aspx/park.intercom.request}, WE_CALL. */
    public static final class ParkIntercomRequest_6_104 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.104");

        private ParkIntercomRequest_6_104() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("roomId") @NotNull String roomId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.105 对讲挂断 (Intercom hang up): {@code api.aspx/park.intercom.stop}, WE_CALL. */
    public static final class ParkIntercomStop_6_105 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.105");

        private ParkIntercomStop_6_105() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerNo") @NotNull String controllerNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.106 添加车牌折扣设置 (Add plate discount setting): {@code api.aspx/park.licensePlateDiscount.add}, WE_CALL. */
    public static final class ParkLicensePlateDiscountAdd_6_106 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.106");

        private ParkLicensePlateDiscountAdd_6_106() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull Object licensePlate,
                @JsonProperty("startTime") @NotNull Object startTime,
                @JsonProperty("endTime") @NotNull Object endTime,
                @JsonProperty("businessId") @NotNull Object businessId,
                @JsonProperty("discountId") @NotNull Object discountId,
                @JsonProperty("name") Object name,
                @JsonProperty("mobile") Object mobile,
                @JsonProperty("comment") Object comment) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("plateDiscountId") JsonNode plateDiscountId) {
        }
    }

    /** 6.107 修改车牌折扣设置 (Edit plate discount setting): {@code api.aspx/park.licensePlateDiscount.edit}, WE_CALL. */
    public static final class ParkLicensePlateDiscountEdit_6_107 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.107");

        private ParkLicensePlateDiscountEdit_6_107() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plateDiscountId") @NotNull Object plateDiscountId,
                @JsonProperty("licensePlate") Object licensePlate,
                @JsonProperty("startTime") Object startTime,
                @JsonProperty("endTime") Object endTime,
                @JsonProperty("businessId") Object businessId,
                @JsonProperty("discountId") Object discountId,
                @JsonProperty("name") Object name,
                @JsonProperty("mobile") Object mobile,
                @JsonProperty("comment") Object comment) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 6.108 删除车牌折扣设置 (Delete plate discount setting): {@code api.aspx/park.licensePlateDiscount.detele}, WE_CALL. */
    public static final class ParkLicensePlateDiscountDetele_6_108 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("6.108");

        private ParkLicensePlateDiscountDetele_6_108() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plateDiscountId") @NotNull Object plateDiscountId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }
}
