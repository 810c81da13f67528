package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 10 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter10Messages {
    private Chapter10Messages() {
    }

    /** 10.1 添加摇一摇 ID 号 (Add WeChat "shake" ID): {@code api.aspx/pub.shake.add}, WE_CALL. */
    public static final class PubShakeAdd_10_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.1");

        private PubShakeAdd_10_1() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("mobile") @NotNull String mobile,
                @JsonProperty("shakeId") @NotNull String shakeId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.2 重置摇一摇 ID 号(废弃) (Reset shake ID (deprecated)): {@code api.aspx/pub.shake.reset}, WE_CALL. */
    public static final class PubShakeReset_10_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.2");

        private PubShakeReset_10_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("mobile") @NotNull String mobile,
                @JsonProperty("newShakeId") @NotNull String newShakeId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.3 访客登记 (Visitor registration): {@code api.aspx/pub.guest.order.add}, WE_CALL. */
    public static final class PubGuestOrderAdd_10_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.3");

        private PubGuestOrderAdd_10_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("credentialType") @NotNull String credentialType,
                @JsonProperty("credential") @NotNull String credential,
                @JsonProperty("guestedName") String guestedName,
                @JsonProperty("guestedDept") String guestedDept,
                @JsonProperty("guestedCompany") String guestedCompany,
                @JsonProperty("guestedCell") String guestedCell,
                @JsonProperty("guestName") @NotNull String guestName,
                @JsonProperty("guestGender") String guestGender,
                @JsonProperty("identityType") @NotNull String identityType,
                @JsonProperty("identityNo") @NotNull String identityNo,
                @JsonProperty("identityPhoto") String identityPhoto,
                @JsonProperty("facePhoto") String facePhoto,
                @JsonProperty("fingerCode") String fingerCode,
                @JsonProperty("companyName") String companyName,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("applyCausation") String applyCausation,
                @JsonProperty("guestMobile") String guestMobile,
                @JsonProperty("usefulDate") @NotNull String usefulDate,
                @JsonProperty("invalidDate") @NotNull String invalidDate,
                @JsonProperty("temperature") String temperature,
                @JsonProperty("guestCardNo") String guestCardNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode,
                @JsonProperty("orderNo") JsonNode orderNo) {
        }
    }

    /** 10.4 心跳检查 (Heartbeat): {@code api.aspx/hb}, VENDOR_CALLS_US. */
    public static final class Hb_10_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.4");

        private Hb_10_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("no") @NotNull String no,
                @JsonProperty("name") @NotNull String name,
                @JsonProperty("localip") @NotNull String localip,
                @JsonProperty("port") @NotNull String port,
                @JsonProperty("pk") @NotNull String pk) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.5 支付宝支付(手机网站支付) (Alipay mobile-web payment): {@code api.aspx/alipay.wappay}, WE_CALL. */
    public static final class AlipayWappay_10_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.5");

        private AlipayWappay_10_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("payRequestSource") @NotNull String payRequestSource,
                @JsonProperty("callbackUrl") String callbackUrl,
                @JsonProperty("notifyUrl") String notifyUrl) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("payPage") JsonNode payPage) {
        }
    }

    /** 10.6 支付宝支付(手机网站支付) 同步通知页面 (Alipay sync return page): {@code alipay.wappay.aspx/callback}, WE_CALL. */
    public static final class Callback_10_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.6");

        private Callback_10_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderno") JsonNode orderno,
                @JsonProperty("tradenno") JsonNode tradenno,
                @JsonProperty("status") JsonNode status,
                @JsonProperty("areaID") JsonNode areaID,
                @JsonProperty("msg") JsonNode msg) {
        }
    }

    /** 10.7 支付宝支付(手机网站支付) 异步通知页面 (Alipay async notify page): {@code alipay.wappay.aspx/notify}, WE_CALL. */
    public static final class Notify_10_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.7");

        private Notify_10_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.8 获取部门列表 (List departments): {@code api.aspx/pub.dept.list}, WE_CALL. */
    public static final class PubDeptList_10_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.8");

        private PubDeptList_10_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("DeptID") JsonNode deptID,
                @JsonProperty("DeptName") JsonNode deptName) {
        }
    }

    /** 10.9 获取职位列表 (List duties (job titles)): {@code api.aspx/pub.duty.list}, WE_CALL. */
    public static final class PubDutyList_10_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.9");

        private PubDutyList_10_9() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("DutyID") JsonNode dutyID,
                @JsonProperty("DutyName") JsonNode dutyName) {
        }
    }

    /** 10.10 获取岗位列表 (List positions (posts)): {@code api.aspx/pub.position.list}, WE_CALL. */
    public static final class PubPositionList_10_10 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.10");

        private PubPositionList_10_10() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("PostID") JsonNode postID,
                @JsonProperty("PostName") JsonNode postName) {
        }
    }

    /** 10.11 新增持卡人信息 (Add card holder): {@code api.aspx/pub.user.info.add}, WE_CALL. */
    public static final class PubUserInfoAdd_10_11 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.11");

        private PubUserInfoAdd_10_11() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UserNo") String userNo,
                @JsonProperty("FstName") @NotNull String fstName,
                @JsonProperty("SndName") String sndName,
                @JsonProperty("Gender") @NotNull String gender,
                @JsonProperty("Birthday") String birthday,
                @JsonProperty("IdentityTypeID") String identityTypeID,
                @JsonProperty("IdentityNo") String identityNo,
                @JsonProperty("CompanyName") String companyName,
                @JsonProperty("OfficePhone") String officePhone,
                @JsonProperty("CompanyAddr") String companyAddr,
                @JsonProperty("CompanyPCode") String companyPCode,
                @JsonProperty("DeptID") String deptID,
                @JsonProperty("DutyID") String dutyID,
                @JsonProperty("PositionID") String positionID,
                @JsonProperty("HomePhone") String homePhone,
                @JsonProperty("Mobile") String mobile,
                @JsonProperty("HomeAddr") String homeAddr,
                @JsonProperty("HomePCode") String homePCode,
                @JsonProperty("RoomID") String roomID,
                @JsonProperty("Email") String email,
                @JsonProperty("SOSName") String sOSName,
                @JsonProperty("SOSPhone") String sOSPhone,
                @JsonProperty("SOSAddr") String sOSAddr,
                @JsonProperty("LicensePlate") String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UserNo") JsonNode userNo) {
        }
    }

    /** 10.12 修改持卡人信息 (Edit card holder): {@code api.aspx/pub.user.info.edit}, WE_CALL. */
    public static final class PubUserInfoEdit_10_12 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.12");

        private PubUserInfoEdit_10_12() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UserNo") @NotNull String userNo,
                @JsonProperty("FstName") @NotNull String fstName,
                @JsonProperty("SndName") String sndName,
                @JsonProperty("Gender") @NotNull String gender,
                @JsonProperty("Birthday") String birthday,
                @JsonProperty("IdentityTypeID") String identityTypeID,
                @JsonProperty("IdentityNo") String identityNo,
                @JsonProperty("CompanyName") String companyName,
                @JsonProperty("OfficePhone") String officePhone,
                @JsonProperty("CompanyAddr") String companyAddr,
                @JsonProperty("CompanyPCode") String companyPCode,
                @JsonProperty("DeptID") String deptID,
                @JsonProperty("DutyID") String dutyID,
                @JsonProperty("PositionID") String positionID,
                @JsonProperty("HomePhone") String homePhone,
                @JsonProperty("Mobile") String mobile,
                @JsonProperty("HomeAddr") String homeAddr,
                @JsonProperty("HomePCode") String homePCode,
                @JsonProperty("RoomID") String roomID,
                @JsonProperty("Email") String email,
                @JsonProperty("SOSName") String sOSName,
                @JsonProperty("SOSPhone") String sOSPhone,
                @JsonProperty("SOSAddr") String sOSAddr,
                @JsonProperty("LicensePlate") String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.13 查询持卡人信息 (Get card holder): {@code api.aspx/pub.user.info.get}, WE_CALL. */
    public static final class PubUserInfoGet_10_13 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.13");

        private PubUserInfoGet_10_13() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UserNo") JsonNode userNo,
                @JsonProperty("FstName") JsonNode fstName,
                @JsonProperty("SndName") JsonNode sndName,
                @JsonProperty("Gender") JsonNode gender,
                @JsonProperty("Birthday") JsonNode birthday,
                @JsonProperty("IdentityTypeID") JsonNode identityTypeID,
                @JsonProperty("IdentityType") JsonNode identityType,
                @JsonProperty("IdentityNo") JsonNode identityNo,
                @JsonProperty("CompanyName") JsonNode companyName,
                @JsonProperty("OfficePhone") JsonNode officePhone,
                @JsonProperty("CompanyAddr") JsonNode companyAddr,
                @JsonProperty("CompanyPCode") JsonNode companyPCode,
                @JsonProperty("DeptID") JsonNode deptID,
                @JsonProperty("DeptName") JsonNode deptName,
                @JsonProperty("DutyID") JsonNode dutyID,
                @JsonProperty("Duty") JsonNode duty,
                @JsonProperty("PositionID") JsonNode positionID,
                @JsonProperty("Position") JsonNode position,
                @JsonProperty("HomePhone") JsonNode homePhone,
                @JsonProperty("Mobile") JsonNode mobile,
                @JsonProperty("HomeAddr") JsonNode homeAddr,
                @JsonProperty("HomePCode") JsonNode homePCode,
                @JsonProperty("UpTownID") JsonNode upTownID,
                @JsonProperty("UpTown") JsonNode upTown,
                @JsonProperty("BuildID") JsonNode buildID,
                @JsonProperty("Building") JsonNode building,
                @JsonProperty("CellID") JsonNode cellID,
                @JsonProperty("Cells") JsonNode cells,
                @JsonProperty("FloorNo") JsonNode floorNo,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("Room") JsonNode room,
                @JsonProperty("Email") JsonNode email,
                @JsonProperty("SOSName") JsonNode sOSName,
                @JsonProperty("SOSPhone") JsonNode sOSPhone,
                @JsonProperty("SOSAddr") JsonNode sOSAddr,
                @JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("CarDot") JsonNode carDot) {
        }
    }

    /** 10.14 查询持卡人信息列表 (List card holders): {@code api.aspx/pub.users.get}, WE_CALL. */
    public static final class PubUsersGet_10_14 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.14");

        private PubUsersGet_10_14() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("LicensePlate") String licensePlate,
                @JsonProperty("CardNo") String cardNo,
                @JsonProperty("UserNo") String userNo) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UserNo") JsonNode userNo,
                @JsonProperty("FstName") JsonNode fstName,
                @JsonProperty("SndName") JsonNode sndName,
                @JsonProperty("Gender") JsonNode gender,
                @JsonProperty("Birthday") JsonNode birthday,
                @JsonProperty("IdentityTypeID") JsonNode identityTypeID,
                @JsonProperty("IdentityType") JsonNode identityType,
                @JsonProperty("IdentityNo") JsonNode identityNo,
                @JsonProperty("CompanyName") JsonNode companyName,
                @JsonProperty("OfficePhone") JsonNode officePhone,
                @JsonProperty("CompanyAddr") JsonNode companyAddr,
                @JsonProperty("CompanyPCode") JsonNode companyPCode,
                @JsonProperty("DeptID") JsonNode deptID,
                @JsonProperty("DeptName") JsonNode deptName,
                @JsonProperty("DutyID") JsonNode dutyID,
                @JsonProperty("Duty") JsonNode duty,
                @JsonProperty("PositionID") JsonNode positionID,
                @JsonProperty("Position") JsonNode position,
                @JsonProperty("HomePhone") JsonNode homePhone,
                @JsonProperty("Mobile") JsonNode mobile,
                @JsonProperty("HomeAddr") JsonNode homeAddr,
                @JsonProperty("HomePCode") JsonNode homePCode,
                @JsonProperty("UpTownID") JsonNode upTownID,
                @JsonProperty("UpTown") JsonNode upTown,
                @JsonProperty("BuildID") JsonNode buildID,
                @JsonProperty("Building") JsonNode building,
                @JsonProperty("CellID") JsonNode cellID,
                @JsonProperty("Cells") JsonNode cells,
                @JsonProperty("FloorNo") JsonNode floorNo,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("Room") JsonNode room,
                @JsonProperty("Email") JsonNode email,
                @JsonProperty("SOSName") JsonNode sOSName,
                @JsonProperty("SOSPhone") JsonNode sOSPhone,
                @JsonProperty("SOSAddr") JsonNode sOSAddr,
                @JsonProperty("LicensePlate") JsonNode licensePlate,
                @JsonProperty("CarDot") JsonNode carDot) {
        }
    }

    /** 10.15 卡发行 (Issue card): {@code api.aspx/pub.card.add}, WE_CALL. */
    public static final class PubCardAdd_10_15 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.15");

        private PubCardAdd_10_15() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CardNo") String cardNo,
                @JsonProperty("CardID") String cardID,
                @JsonProperty("NumNo") @NotNull String numNo,
                @JsonProperty("CardMaterial") String cardMaterial,
                @JsonProperty("UserNo") String userNo,
                @JsonProperty("Mobile") String mobile,
                @JsonProperty("HomeAddr") String homeAddr,
                @JsonProperty("Park") String park,
                @JsonProperty("FuncType") String funcType,
                @JsonProperty("CardGroupType") String cardGroupType,
                @JsonProperty("TariffID") String tariffID,
                @JsonProperty("ChargeCarType") String chargeCarType,
                @JsonProperty("DiscountSetID") String discountSetID,
                @JsonProperty("GroupID") String groupID,
                @JsonProperty("ParkingArea") String parkingArea,
                @JsonProperty("RelateNumNo") String relateNumNo,
                @JsonProperty("LicensePlate") String licensePlate,
                @JsonProperty("CarBrandID") String carBrandID,
                @JsonProperty("IssueDate") String issueDate,
                @JsonProperty("StartDate") @NotNull String startDate,
                @JsonProperty("ExpiryDate") @NotNull String expiryDate,
                @JsonProperty("AllGrant") String allGrant,
                @JsonProperty("GrantID") String grantID,
                @JsonProperty("Acss") String acss) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("UserNo") JsonNode userNo) {
        }
    }

    /** 10.16 卡注销 (Cancel card): {@code api.aspx/pub.card.cancel}, WE_CALL. */
    public static final class PubCardCancel_10_16 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.16");

        private PubCardCancel_10_16() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.17 卡停用 (Disable card): {@code api.aspx/pub.card.disable}, WE_CALL. */
    public static final class PubCardDisable_10_17 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.17");

        private PubCardDisable_10_17() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.18 卡启用 (Enable card): {@code api.aspx/pub.card.enable}, WE_CALL. */
    public static final class PubCardEnable_10_18 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.18");

        private PubCardEnable_10_18() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.19 获取公司列表 (List companies): {@code api.aspx/pub.company.list}, WE_CALL. */
    public static final class PubCompanyList_10_19 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.19");

        private PubCompanyList_10_19() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CompanyID") JsonNode companyID,
                @JsonProperty("CompanyName") JsonNode companyName,
                @JsonProperty("AbbrCode") JsonNode abbrCode) {
        }
    }

    /** 10.20 获取小区列表 (List residential estates): {@code api.aspx/pub.hruptown.list}, WE_CALL. */
    public static final class PubHruptownList_10_20 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.20");

        private PubHruptownList_10_20() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UptownID") JsonNode uptownID,
                @JsonProperty("UpTown") JsonNode upTown) {
        }
    }

    /** 10.21 新增小区 (Add estate): {@code api.aspx/pub.hruptown.add}, WE_CALL. */
    public static final class PubHruptownAdd_10_21 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.21");

        private PubHruptownAdd_10_21() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UpTown") @NotNull String upTown) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UptownID") JsonNode uptownID) {
        }
    }

    /** 10.22 修改小区 (Update estate): {@code api.aspx/pub.hruptown.update}, WE_CALL. */
    public static final class PubHruptownUpdate_10_22 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.22");

        private PubHruptownUpdate_10_22() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UptownID") @NotNull String uptownID,
                @JsonProperty("UpTown") @NotNull String upTown) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.23 删除小区 (Delete estate): {@code api.aspx/pub.hruptown.delete}, WE_CALL. */
    public static final class PubHruptownDelete_10_23 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.23");

        private PubHruptownDelete_10_23() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UptownID") @NotNull String uptownID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.24 获取楼栋列表 (List buildings): {@code api.aspx/pub.hrbuilding.list}, WE_CALL. */
    public static final class PubHrbuildingList_10_24 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.24");

        private PubHrbuildingList_10_24() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UptownID") @NotNull String uptownID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("UptownID") JsonNode uptownID,
                @JsonProperty("BuildID") JsonNode buildID,
                @JsonProperty("Building") JsonNode building) {
        }
    }

    /** 10.25 新增楼栋 (Add building): {@code api.aspx/pub.hrbuilding.add}, WE_CALL. */
    public static final class PubHrbuildingAdd_10_25 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.25");

        private PubHrbuildingAdd_10_25() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("UptownID") @NotNull String uptownID,
                @JsonProperty("Building") @NotNull String building) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("BuildID") JsonNode buildID) {
        }
    }

    /** 10.26 修改楼栋 (Update building): {@code api.aspx/pub.hrbuilding.update}, WE_CALL. */
    public static final class PubHrbuildingUpdate_10_26 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.26");

        private PubHrbuildingUpdate_10_26() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("BuildID") @NotNull String buildID,
                @JsonProperty("Building") @NotNull String building) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.27 删除楼栋 (Delete building): {@code api.aspx/pub.hrbuilding.delete}, WE_CALL. */
    public static final class PubHrbuildingDelete_10_27 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.27");

        private PubHrbuildingDelete_10_27() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("BuildID") @NotNull String buildID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.28 获取单元列表 (List units): {@code api.aspx/pub.hrcell.list}, WE_CALL. */
    public static final class PubHrcellList_10_28 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.28");

        private PubHrcellList_10_28() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("BuildID") String buildID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("BuildID") JsonNode buildID,
                @JsonProperty("CellID") JsonNode cellID,
                @JsonProperty("Cells") JsonNode cells,
                @JsonProperty("Floors") JsonNode floors) {
        }
    }

    /** 10.29 新增单元 (Add unit): {@code api.aspx/pub.hrcell.add}, WE_CALL. */
    public static final class PubHrcellAdd_10_29 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.29");

        private PubHrcellAdd_10_29() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("BuildID") @NotNull String buildID,
                @JsonProperty("Cells") @NotNull String cells,
                @JsonProperty("Floors") @NotNull String floors,
                @JsonProperty("BasementFloors") String basementFloors) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CellID") JsonNode cellID) {
        }
    }

    /** 10.30 修改单元 (Update unit): {@code api.aspx/pub.hrcell.update}, WE_CALL. */
    public static final class PubHrcellUpdate_10_30 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.30");

        private PubHrcellUpdate_10_30() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CellID") @NotNull String cellID,
                @JsonProperty("Cells") @NotNull String cells) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.31 删除单元 (Delete unit): {@code api.aspx/pub.hrcell.delete}, WE_CALL. */
    public static final class PubHrcellDelete_10_31 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.31");

        private PubHrcellDelete_10_31() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CellID") @NotNull String cellID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.32 获取房号列表 (List rooms): {@code api.aspx/pub.hrroom.list}, WE_CALL. */
    public static final class PubHrroomList_10_32 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.32");

        private PubHrroomList_10_32() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CellID") @NotNull String cellID) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CellID") JsonNode cellID,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("Room") JsonNode room,
                @JsonProperty("FloorNo") JsonNode floorNo,
                @JsonProperty("DoorPlate") JsonNode doorPlate) {
        }
    }

    /** 10.33 新增房号 (Add room): {@code api.aspx/pub.hrroom.add}, WE_CALL. */
    public static final class PubHrroomAdd_10_33 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.33");

        private PubHrroomAdd_10_33() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CellID") @NotNull String cellID,
                @JsonProperty("Room") @NotNull String room,
                @JsonProperty("FloorNo") @NotNull String floorNo,
                @JsonProperty("DoorPlate") String doorPlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("RoomID") JsonNode roomID) {
        }
    }

    /** 10.34 修改房号 (Update room): {@code api.aspx/pub.hrroom.update}, WE_CALL. */
    public static final class PubHrroomUpdate_10_34 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.34");

        private PubHrroomUpdate_10_34() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("RoomID") @NotNull String roomID,
                @JsonProperty("Room") @NotNull String room,
                @JsonProperty("FloorNo") @NotNull String floorNo,
                @JsonProperty("DoorPlate") String doorPlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.35 删除房号 (Delete room): {@code api.aspx/pub.hrroom.delete}, WE_CALL. */
    public static final class PubHrroomDelete_10_35 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.35");

        private PubHrroomDelete_10_35() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("RoomID") @NotNull String roomID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.36 获取所有工作站参数 (List all workstations): {@code api.aspx/pub.workstation.get}, WE_CALL. */
    public static final class PubWorkstationGet_10_36 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.36");

        private PubWorkstationGet_10_36() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("LogType") JsonNode logType,
                @JsonProperty("WorkstationNo") JsonNode workstationNo,
                @JsonProperty("WorkstationName") JsonNode workstationName,
                @JsonProperty("WorkstationIP") JsonNode workstationIP,
                @JsonProperty("LogDirectory") JsonNode logDirectory) {
        }
    }

    /** 10.37 获取系统日志 (Get system log (chunked)): {@code api.aspx/pub.systemlog.get}, WE_CALL. */
    public static final class PubSystemlogGet_10_37 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.37");

        private PubSystemlogGet_10_37() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("LogType") @NotNull String logType,
                @JsonProperty("WorkstationNo") String workstationNo,
                @JsonProperty("LogDirectory") @NotNull String logDirectory,
                @JsonProperty("LogDate") @NotNull String logDate,
                @JsonProperty("FileName") String fileName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("FileExists") JsonNode fileExists,
                @JsonProperty("FileName") JsonNode fileName,
                @JsonProperty("PageData") JsonNode pageData) {
        }
    }

    /** 10.38 二维码扫码通知 (QR-code scan notification): {@code api.aspx/pub.qrcode.scan.notice}, WE_CALL. */
    public static final class PubQrcodeScanNotice_10_38 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.38");

        private PubQrcodeScanNotice_10_38() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("qrcodeType") @NotNull String qrcodeType,
                @JsonProperty("noticeDeviceId") @NotNull String noticeDeviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.39 获取人脸识别记录列表 (Face-recognition record list): {@code api.aspx/pub.viorecord.list}, WE_CALL. */
    public static final class PubViorecordList_10_39 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.39");

        private PubViorecordList_10_39() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("dateStart") String dateStart,
                @JsonProperty("dateEnd") String dateEnd,
                @JsonProperty("dateType") String dateType,
                @JsonProperty("returnImg") String returnImg) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("recordid") JsonNode recordid,
                @JsonProperty("comparetype") JsonNode comparetype,
                @JsonProperty("username") JsonNode username,
                @JsonProperty("capturedimg") JsonNode capturedimg,
                @JsonProperty("compareimg") JsonNode compareimg,
                @JsonProperty("similarity") JsonNode similarity,
                @JsonProperty("threshold") JsonNode threshold,
                @JsonProperty("facecontrast") JsonNode facecontrast,
                @JsonProperty("comparedatetime") JsonNode comparedatetime,
                @JsonProperty("moduletype") JsonNode moduletype,
                @JsonProperty("mobile") JsonNode mobile,
                @JsonProperty("deptid") JsonNode deptid,
                @JsonProperty("deptname") JsonNode deptname,
                @JsonProperty("controllerNo") JsonNode controllerNo,
                @JsonProperty("ioFlag") JsonNode ioFlag) {
        }
    }

    /** 10.40 获取门禁开门二维码 (Get door-opening QR code): {@code api.aspx/pub.door.qrcode.dec}, WE_CALL. */
    public static final class PubDoorQrcodeDec_10_40 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.40");

        private PubDoorQrcodeDec_10_40() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("ControllerNo") @NotNull String controllerNo,
                @JsonProperty("DoorNo") @NotNull String doorNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode,
                @JsonProperty("desc") JsonNode desc) {
        }
    }

    /** 10.41 获取卡信息列表 (Card list (common)): {@code api.aspx/pub.cards.get}, WE_CALL. */
    public static final class PubCardsGet_10_41 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.41");

        private PubCardsGet_10_41() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CardNo") String cardNo,
                @JsonProperty("CardID") String cardID,
                @JsonProperty("NumNo") String numNo,
                @JsonProperty("UserNo") String userNo,
                @JsonProperty("UserName") String userName,
                @JsonProperty("CardMaterial") String cardMaterial,
                @JsonProperty("Status") String status,
                @JsonProperty("IssueDateStart") String issueDateStart,
                @JsonProperty("IssueDateEnd") String issueDateEnd,
                @JsonProperty("Mobile") String mobile) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("CardID") JsonNode cardID,
                @JsonProperty("NumNo") JsonNode numNo,
                @JsonProperty("UserNo") JsonNode userNo,
                @JsonProperty("UserName") JsonNode userName,
                @JsonProperty("RoomID") JsonNode roomID,
                @JsonProperty("CardMaterial") JsonNode cardMaterial,
                @JsonProperty("Status") JsonNode status,
                @JsonProperty("IssueDate") JsonNode issueDate,
                @JsonProperty("Mobile") JsonNode mobile) {
        }
    }

    /** 10.42 卡修改 (Update card): {@code api.aspx/pub.card.update}, WE_CALL. */
    public static final class PubCardUpdate_10_42 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.42");

        private PubCardUpdate_10_42() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("CredentialType") @NotNull String credentialType,
                @JsonProperty("Credential") @NotNull String credential,
                @JsonProperty("Mobile") String mobile,
                @JsonProperty("HomeAddr") String homeAddr,
                @JsonProperty("Park") String park,
                @JsonProperty("GroupID") String groupID,
                @JsonProperty("Acss") String acss) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("CardNo") JsonNode cardNo,
                @JsonProperty("UserNo") JsonNode userNo) {
        }
    }

    /** 10.43 人脸识别发行 (Face registration (issue)): {@code api.aspx/pub.face.add}, WE_CALL. */
    public static final class PubFaceAdd_10_43 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.43");

        private PubFaceAdd_10_43() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("userName") @NotNull String userName,
                @JsonProperty("gender") @NotNull String gender,
                @JsonProperty("registerTime") @NotNull String registerTime,
                @JsonProperty("mobileNo") @NotNull String mobileNo,
                @JsonProperty("cardType") String cardType,
                @JsonProperty("cardID") String cardID,
                @JsonProperty("idCard") String idCard,
                @JsonProperty("certificationType") @NotNull String certificationType,
                @JsonProperty("faceImgData") @NotNull String faceImgData,
                @JsonProperty("faceFeature") String faceFeature,
                @JsonProperty("status") @NotNull String status,
                @JsonProperty("remark") String remark,
                @JsonProperty("access") @NotNull String access,
                @JsonProperty("allGrant") @NotNull String allGrant,
                @JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("expiryTime") String expiryTime,
                @JsonProperty("moduleType") @NotNull String moduleType,
                @JsonProperty("grantID") String grantID,
                @JsonProperty("isDeliverToFace") String isDeliverToFace,
                @JsonProperty("gate") @NotNull String gate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("uuid") JsonNode uuid,
                @JsonProperty("userNo") JsonNode userNo) {
        }
    }

    /** 10.44 人脸识别删除 (Face delete): {@code api.aspx/pub.face.delete}, WE_CALL. */
    public static final class PubFaceDelete_10_44 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.44");

        private PubFaceDelete_10_44() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("uuid") @NotNull String uuid,
                @JsonProperty("isDeliverToFace") String isDeliverToFace) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("uuid") JsonNode uuid,
                @JsonProperty("userNo") JsonNode userNo) {
        }
    }

    /** 10.45 人脸识别修改 (Face update): {@code api.aspx/pub.face.update}, WE_CALL. */
    public static final class PubFaceUpdate_10_45 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.45");

        private PubFaceUpdate_10_45() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("uuid") @NotNull String uuid,
                @JsonProperty("userNo") @NotNull String userNo,
                @JsonProperty("isDeliverToFace") String isDeliverToFace,
                @JsonProperty("userName") @NotNull String userName,
                @JsonProperty("gender") @NotNull String gender,
                @JsonProperty("registerTime") @NotNull String registerTime,
                @JsonProperty("mobileNo") @NotNull String mobileNo,
                @JsonProperty("cardType") String cardType,
                @JsonProperty("cardID") String cardID,
                @JsonProperty("idCard") String idCard,
                @JsonProperty("certificationType") @NotNull String certificationType,
                @JsonProperty("faceImgData") @NotNull String faceImgData,
                @JsonProperty("faceFeature") String faceFeature,
                @JsonProperty("status") @NotNull String status,
                @JsonProperty("remark") String remark,
                @JsonProperty("access") @NotNull String access,
                @JsonProperty("allGrant") @NotNull String allGrant,
                @JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("expiryTime") String expiryTime,
                @JsonProperty("moduleType") @NotNull String moduleType,
                @JsonProperty("grantID") String grantID,
                @JsonProperty("gate") @NotNull String gate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("uuid") JsonNode uuid,
                @JsonProperty("userNo") JsonNode userNo) {
        }
    }

    /** 10.46 人脸识别查询 (Face query): {@code api.aspx/pub.face.get}, WE_CALL. */
    public static final class PubFaceGet_10_46 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.46");

        private PubFaceGet_10_46() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("uuid") String uuid,
                @JsonProperty("userNo") String userNo,
                @JsonProperty("userName") String userName,
                @JsonProperty("mobileNo") String mobileNo,
                @JsonProperty("registerBeginTime") String registerBeginTime,
                @JsonProperty("registerEndTime") String registerEndTime,
                @JsonProperty("cardType") String cardType,
                @JsonProperty("cardID") String cardID,
                @JsonProperty("idCard") String idCard,
                @JsonProperty("certificationType") String certificationType,
                @JsonProperty("gender") String gender,
                @JsonProperty("status") String status) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("uuid") JsonNode uuid,
                @JsonProperty("userNo") JsonNode userNo,
                @JsonProperty("access") JsonNode access,
                @JsonProperty("gate") JsonNode gate) {
        }
    }

    /** 10.47 检测人脸图片 (Validate face image): {@code api.aspx/pub.face.validate}, WE_CALL. */
    public static final class PubFaceValidate_10_47 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.47");

        private PubFaceValidate_10_47() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("facePhoto") @NotNull String facePhoto) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.48 获取系统参数 (Get system parameters): {@code api.aspx/pub.params.get}, WE_CALL. */
    public static final class PubParamsGet_10_48 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.48");

        private PubParamsGet_10_48() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("visitorRetentionTime") JsonNode visitorRetentionTime) {
        }
    }

    /** 10.49 访客取消 (Cancel visitor order): {@code api.aspx/park.face.visitors.cancel}, WE_CALL. */
    public static final class ParkFaceVisitorsCancel_10_49 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.49");

        private ParkFaceVisitorsCancel_10_49() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("visitorOrderNo") @NotNull String visitorOrderNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.50 人脸下发 (Push face to terminals): {@code api.aspx/park.face.distributed}, WE_CALL. */
    public static final class ParkFaceDistributed_10_50 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.50");

        private ParkFaceDistributed_10_50() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("uuId") @NotNull String uuId,
                @JsonProperty("userNo") @NotNull String userNo,
                @JsonProperty("moduleType") @NotNull String moduleType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.51 添加人脸黑名单 (Add face blacklist): {@code api.aspx/park.face.add.blacklist}, WE_CALL. */
    public static final class ParkFaceAddBlacklist_10_51 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.51");

        private ParkFaceAddBlacklist_10_51() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("uuId") @NotNull String uuId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.52 解除人脸黑名单 (Remove face blacklist): {@code api.aspx/park.face.add.blacklist}, WE_CALL. */
    public static final class ParkFaceAddBlacklist_10_52 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.52");

        private ParkFaceAddBlacklist_10_52() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("uuId") @NotNull String uuId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.53 人脸下发结果回调 (Face push result callback): {@code callback/face.distribute.result}, VENDOR_CALLS_US. */
    public static final class FaceDistributeResult_10_53 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.53");

        private FaceDistributeResult_10_53() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("controllerNo") Object controllerNo,
                @JsonProperty("isCompleted") Object isCompleted,
                @JsonProperty("total") Object total,
                @JsonProperty("doneCount") Object doneCount,
                @JsonProperty("message") Object message,
                @JsonProperty("displayMessage") Object displayMessage,
                @JsonProperty("doLoadStr") Object doLoadStr) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 10.54 推送人脸比对记录信息 (Push face comparison records): {@code callback/face.compare.record}, VENDOR_CALLS_US. */
    public static final class FaceCompareRecord_10_54 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.54");

        private FaceCompareRecord_10_54() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("AutoID") Object autoID,
                @JsonProperty("ControllerNo") Object controllerNo,
                @JsonProperty("RecordID") Object recordID,
                @JsonProperty("UUID") Object uUID,
                @JsonProperty("UserName") Object userName,
                @JsonProperty("CardType") Object cardType,
                @JsonProperty("CardID") Object cardID,
                @JsonProperty("Location") Object location,
                @JsonProperty("CapturedImg") Object capturedImg,
                @JsonProperty("CompareImg") Object compareImg,
                @JsonProperty("Similarity") Object similarity,
                @JsonProperty("SimilarityFormat") Object similarityFormat,
                @JsonProperty("Threshold") Object threshold,
                @JsonProperty("FaceContrast") Object faceContrast,
                @JsonProperty("CompareDateTime") Object compareDateTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("status") JsonNode status,
                @JsonProperty("message") JsonNode message) {
        }
    }

    /** 10.55 访客注销 (Visitor logout (cancel registration)): {@code api.aspx/pub.guest.order.logout}, WE_CALL. */
    public static final class PubGuestOrderLogout_10_55 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.55");

        private PubGuestOrderLogout_10_55() {
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

    /** 10.56 快速访客登记 (Quick visitor registration): {@code api.aspx/pub.guest.order.add.quickly}, WE_CALL. */
    public static final class PubGuestOrderAddQuickly_10_56 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("10.56");

        private PubGuestOrderAddQuickly_10_56() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode,
                @JsonProperty("orderNo") JsonNode orderNo) {
        }
    }
}
