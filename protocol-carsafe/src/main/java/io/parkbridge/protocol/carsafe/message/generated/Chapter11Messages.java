package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 11 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter11Messages {
    private Chapter11Messages() {
    }

    /** 11.1 （优停车）查询月租车套餐信息 ((Upark) Query monthly-rental package): {@code api.aspx/Upark.GetMCardInfo}, WE_CALL. */
    public static final class UparkGetMcardInfo_11_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.1");

        private UparkGetMcardInfo_11_1() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("carPlate") @NotNull String carPlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("userName") JsonNode userName,
                @JsonProperty("carPlate") JsonNode carPlate,
                @JsonProperty("beginDate") JsonNode beginDate,
                @JsonProperty("endDate") JsonNode endDate,
                @JsonProperty("status") JsonNode status,
                @JsonProperty("stopTime") JsonNode stopTime,
                @JsonProperty("stopDays") JsonNode stopDays,
                @JsonProperty("endPayDate") JsonNode endPayDate,
                @JsonProperty("ruleName") JsonNode ruleName,
                @JsonProperty("yearFee") JsonNode yearFee,
                @JsonProperty("seasonFee") JsonNode seasonFee,
                @JsonProperty("monthFee") JsonNode monthFee,
                @JsonProperty("dayFee") JsonNode dayFee) {
        }
    }

    /** 11.2 （优停车）月租车缴费通知 ((Upark) Monthly-rental payment notice): {@code api.aspx/Upark.SetMCardInfo}, WE_CALL. */
    public static final class UparkSetMcardInfo_11_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.2");

        private UparkSetMcardInfo_11_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") @NotNull String parkId,
                @JsonProperty("carPlate") @NotNull String carPlate,
                @JsonProperty("payStandard") @NotNull String payStandard,
                @JsonProperty("payCount") @NotNull String payCount,
                @JsonProperty("needPay") @NotNull String needPay,
                @JsonProperty("actualPay") @NotNull String actualPay,
                @JsonProperty("beginDate") @NotNull String beginDate,
                @JsonProperty("endDate") @NotNull String endDate,
                @JsonProperty("payTime") @NotNull String payTime,
                @JsonProperty("remark") String remark,
                @JsonProperty("billSN") String billSN) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 11.3 （优停车）查询临时车停车费 ((Upark) Query temporary-car fee): {@code api.aspx/Upark.GetTChargeInfo}, WE_CALL. */
    public static final class UparkGetTchargeInfo_11_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.3");

        private UparkGetTchargeInfo_11_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("carPlate") @NotNull String carPlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkname") JsonNode parkname,
                @JsonProperty("carPlate") JsonNode carPlate,
                @JsonProperty("inTime") JsonNode inTime,
                @JsonProperty("parkDuration") JsonNode parkDuration,
                @JsonProperty("fee") JsonNode fee) {
        }
    }

    /** 11.4 （优停车）临时车通过 APP 缴费成功 ((Upark) Temporary car paid via APP): {@code api.aspx/Upark.SetTChargeInfoByAPP}, WE_CALL. */
    public static final class UparkSetTchargeInfoByApp_11_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.4");

        private UparkSetTchargeInfoByApp_11_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") @NotNull String parkId,
                @JsonProperty("carPlate") @NotNull String carPlate,
                @JsonProperty("needPay") @NotNull String needPay,
                @JsonProperty("actualPay") @NotNull String actualPay,
                @JsonProperty("payTime") @NotNull String payTime,
                @JsonProperty("remark") String remark,
                @JsonProperty("billSN") String billSN) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 11.5 （优停车）临时车通过二维码缴费成功 ((Upark) Temporary car paid via QR code): {@code api.aspx/Upark.SetTChargeInfoByQr}, WE_CALL. */
    public static final class UparkSetTchargeInfoByQr_11_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.5");

        private UparkSetTchargeInfoByQr_11_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") @NotNull String parkId,
                @JsonProperty("deviceId") @NotNull String deviceId,
                @JsonProperty("actualPay") @NotNull String actualPay,
                @JsonProperty("payTime") @NotNull String payTime,
                @JsonProperty("remark") String remark,
                @JsonProperty("billSN") String billSN) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("carPlate") JsonNode carPlate,
                @JsonProperty("inTime") JsonNode inTime,
                @JsonProperty("parkDuration") JsonNode parkDuration,
                @JsonProperty("needPay") JsonNode needPay,
                @JsonProperty("actualPay") JsonNode actualPay) {
        }
    }

    /** 11.6 （优停车）查询车场基础信息 ((Upark) Car-park basic info): {@code api.aspx/Upark.GetParkInfo}, WE_CALL. */
    public static final class UparkGetParkInfo_11_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.6");

        private UparkGetParkInfo_11_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") @NotNull String parkId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkname") JsonNode parkname,
                @JsonProperty("address") JsonNode address,
                @JsonProperty("coordinate") JsonNode coordinate,
                @JsonProperty("total_lot") JsonNode totalLot,
                @JsonProperty("Left_lot") JsonNode leftLot,
                @JsonProperty("in_fixcars") JsonNode inFixcars,
                @JsonProperty("Total_monthusers") JsonNode totalMonthusers,
                @JsonProperty("in_tempcars") JsonNode inTempcars) {
        }
    }

    /** 11.7 （优停车）月卡对帐接口 ((Upark) Monthly-card reconciliation): {@code api.aspx/Upark.GetMCardPayAccount}, WE_CALL. */
    public static final class UparkGetMcardPayAccount_11_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.7");

        private UparkGetMcardPayAccount_11_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") @NotNull String parkId,
                @JsonProperty("beginDate") @NotNull String beginDate,
                @JsonProperty("endDate") @NotNull String endDate,
                @JsonProperty("pageNo") @NotNull String pageNo,
                @JsonProperty("pageSize") String pageSize) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkname") JsonNode parkname,
                @JsonProperty("pageCnt") JsonNode pageCnt,
                @JsonProperty("itemCnt") JsonNode itemCnt,
                @JsonProperty("billLst") JsonNode billLst,
                @JsonProperty("userName") JsonNode userName,
                @JsonProperty("carPlate") JsonNode carPlate,
                @JsonProperty("mobile") JsonNode mobile,
                @JsonProperty("rechargeType") JsonNode rechargeType,
                @JsonProperty("paytime") JsonNode paytime,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("actualPay") JsonNode actualPay,
                @JsonProperty("payCount") JsonNode payCount,
                @JsonProperty("payStandard") JsonNode payStandard,
                @JsonProperty("beginDate") JsonNode beginDate,
                @JsonProperty("endDate") JsonNode endDate,
                @JsonProperty("billSN") JsonNode billSN) {
        }
    }

    /** 11.8 （金鹰）查询门店的剩余车位信息接口 ((Golden Eagle) Store remaining spaces): {@code AppPort/getParkingSpacesByGroupNo}, WE_CALL. */
    public static final class GetParkingSpacesByGroupNo_11_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.8");

        private GetParkingSpacesByGroupNo_11_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("group_id") @NotNull String groupId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resultCode") JsonNode resultCode,
                @JsonProperty("resultMessage") JsonNode resultMessage,
                @JsonProperty("result") JsonNode result,
                @JsonProperty("Floor") JsonNode floor,
                @JsonProperty("Nums") JsonNode nums) {
        }
    }

    /** 11.9 （金鹰）查询停车位置及费用接口 ((Golden Eagle) Parking position and fee): {@code AppPort/getParkingSpaceInfo}, WE_CALL. */
    public static final class GetParkingSpaceInfo_11_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.9");

        private GetParkingSpaceInfo_11_9() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("commType") String commType,
                @JsonProperty("carNo") String carNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("shakeFlag") JsonNode shakeFlag,
                @JsonProperty("commType") JsonNode commType,
                @JsonProperty("carNo") JsonNode carNo,
                @JsonProperty("companyNo") JsonNode companyNo,
                @JsonProperty("posNo") JsonNode posNo,
                @JsonProperty("beginTime") JsonNode beginTime,
                @JsonProperty("payTime") JsonNode payTime,
                @JsonProperty("dayTime") JsonNode dayTime,
                @JsonProperty("nightTime") JsonNode nightTime,
                @JsonProperty("daySum") JsonNode daySum,
                @JsonProperty("nightSum") JsonNode nightSum) {
        }
    }

    /** 11.10 (金鹰) 支付停车费用 ((Golden Eagle) Pay parking fee): {@code AppPort/payFeeInfo}, WE_CALL. */
    public static final class PayFeeInfo_11_10 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.10");

        private PayFeeInfo_11_10() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("commType") String commType,
                @JsonProperty("payNo") String payNo,
                @JsonProperty("carNo") String carNo,
                @JsonProperty("companyNo") String companyNo,
                @JsonProperty("glideNo") String glideNo,
                @JsonProperty("dayPayTime") String dayPayTime,
                @JsonProperty("nightPayTime") String nightPayTime,
                @JsonProperty("dayPaySum") String dayPaySum,
                @JsonProperty("nightPaySum") String nightPaySum) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("shakeFlag") JsonNode shakeFlag,
                @JsonProperty("commType") JsonNode commType,
                @JsonProperty("carNo") JsonNode carNo) {
        }
    }

    /** 11.11 （金鹰）冲正接口 ((Golden Eagle) Reversal): {@code AppPort/reversePay}, WE_CALL. */
    public static final class ReversePay_11_11 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.11");

        private ReversePay_11_11() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("glideNo") String glideNo,
                @JsonProperty("commType") String commType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("shakeFlag") JsonNode shakeFlag) {
        }
    }

    /** 11.12 （金鹰先行后付）检查车辆权限 ((Golden Eagle pay-later) Check vehicle right): {@code api.aspx/jinying.checkCarRule}, VENDOR_CALLS_US. */
    public static final class JinyingCheckCarRule_11_12 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.12");

        private JinyingCheckCarRule_11_12() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carNo") @NotNull String carNo,
                @JsonProperty("passTime") @NotNull String passTime,
                @JsonProperty("flag") @NotNull String flag) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("afterPay") JsonNode afterPay) {
        }
    }

    /** 11.13 （金鹰先行后付）新增“先行后付”订单 ((Golden Eagle pay-later) Create pay-later order): {@code api.aspx/jinying.addAfterPayOrder}, VENDOR_CALLS_US. */
    public static final class JinyingAddAfterPayOrder_11_13 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.13");

        private JinyingAddAfterPayOrder_11_13() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carNo") @NotNull String carNo,
                @JsonProperty("dayTime") String dayTime,
                @JsonProperty("nightTime") String nightTime,
                @JsonProperty("daySum") String daySum,
                @JsonProperty("nightSum") String nightSum,
                @JsonProperty("enterTime") @NotNull String enterTime,
                @JsonProperty("outTime") @NotNull String outTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo) {
        }
    }

    /** 11.14 （猫酷）停车费查询 ((Mallcoo) Parking fee query): {@code maoku/Maoku.GetParkingPaymentInfo}, WE_CALL. */
    public static final class MaokuGetParkingPaymentInfo_11_14 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.14");

        private MaokuGetParkingPaymentInfo_11_14() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("plateNo") String plateNo,
                @JsonProperty("barcode") String barcode,
                @JsonProperty("freeMinutes") String freeMinutes,
                @JsonProperty("freeAmount") String freeAmount) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resCode") JsonNode resCode,
                @JsonProperty("resMsg") JsonNode resMsg,
                @JsonProperty("feeId") JsonNode feeId,
                @JsonProperty("entryTime") JsonNode entryTime,
                @JsonProperty("parkingMinutes") JsonNode parkingMinutes,
                @JsonProperty("totalAmount") JsonNode totalAmount,
                @JsonProperty("unPayAmount") JsonNode unPayAmount,
                @JsonProperty("deductionAmount") JsonNode deductionAmount,
                @JsonProperty("paidAmount") JsonNode paidAmount,
                @JsonProperty("offlineDeduction") JsonNode offlineDeduction) {
        }
    }

    /** 11.15 （猫酷）停车费通知 ((Mallcoo) Parking fee paid notice): {@code maoku/Maoku.PayParkingFee}, WE_CALL. */
    public static final class MaokuPayParkingFee_11_15 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.15");

        private MaokuPayParkingFee_11_15() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("feeId") String feeId,
                @JsonProperty("orderNo") String orderNo,
                @JsonProperty("thirdTradeNo") String thirdTradeNo,
                @JsonProperty("plateNo") String plateNo,
                @JsonProperty("barcode") String barcode,
                @JsonProperty("payTime") String payTime,
                @JsonProperty("unPayAmount") String unPayAmount,
                @JsonProperty("amount") String amount,
                @JsonProperty("deductionAmount") String deductionAmount,
                @JsonProperty("payChannel") String payChannel,
                @JsonProperty("payType") String payType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resCode") JsonNode resCode,
                @JsonProperty("resMsg") JsonNode resMsg) {
        }
    }

    /** 11.16 （猫酷）停车流量查询 ((Mallcoo) Traffic query): {@code maoku/Maoku.GetTraffic}, WE_CALL. */
    public static final class MaokuGetTraffic_11_16 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.16");

        private MaokuGetTraffic_11_16() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("startTime") @NotNull String startTime,
                @JsonProperty("endTime") @NotNull String endTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resCode") JsonNode resCode,
                @JsonProperty("resMsg") JsonNode resMsg,
                @JsonProperty("inNum") JsonNode inNum,
                @JsonProperty("outNum") JsonNode outNum) {
        }
    }

    /** 11.17 （猫酷）空余车位数查询 ((Mallcoo) Free space count): {@code maoku/Maoku.GetFreeSpaceNum}, WE_CALL. */
    public static final class MaokuGetFreeSpaceNum_11_17 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.17");

        private MaokuGetFreeSpaceNum_11_17() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resCode") JsonNode resCode,
                @JsonProperty("resMsg") JsonNode resMsg,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkName") JsonNode parkName,
                @JsonProperty("freeSpaceNum") JsonNode freeSpaceNum) {
        }
    }

    /** 11.18 （猫酷）车辆停放位置查询 ((Mallcoo) Vehicle location): {@code maoku/Maoku.GetCarLocInfoList}, WE_CALL. */
    public static final class MaokuGetCarLocInfoList_11_18 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.18");

        private MaokuGetCarLocInfoList_11_18() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("plateNo") @NotNull String plateNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resCode") JsonNode resCode,
                @JsonProperty("resMsg") JsonNode resMsg,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("count") JsonNode count,
                @JsonProperty("list") JsonNode list,
                @JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkName") JsonNode parkName,
                @JsonProperty("area") JsonNode area,
                @JsonProperty("spaceNo") JsonNode spaceNo,
                @JsonProperty("floorName") JsonNode floorName,
                @JsonProperty("plateNo") JsonNode plateNo,
                @JsonProperty("carImage") JsonNode carImage,
                @JsonProperty("entryTime") JsonNode entryTime,
                @JsonProperty("parkMinutes") JsonNode parkMinutes) {
        }
    }

    /** 11.19 （猫酷）车位状态查询 ((Mallcoo) Space status): {@code maoku/Maoku.GetSpaceInfo}, WE_CALL. */
    public static final class MaokuGetSpaceInfo_11_19 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.19");

        private MaokuGetSpaceInfo_11_19() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") String parkId,
                @JsonProperty("floorName") String floorName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("resCode") JsonNode resCode,
                @JsonProperty("resMsg") JsonNode resMsg,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkName") JsonNode parkName,
                @JsonProperty("area") JsonNode area,
                @JsonProperty("spaceNo") JsonNode spaceNo,
                @JsonProperty("floorName") JsonNode floorName,
                @JsonProperty("status") JsonNode status) {
        }
    }

    /** 11.20 （深圳供电局）停车场数据同步接口 ((Shenzhen Power Supply Bureau) Car-park data sync): {@code szgdj/api/park}, WE_CALL. */
    public static final class Park_11_20 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.20");

        private Park_11_20() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request() {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("id") JsonNode id,
                @JsonProperty("name") JsonNode name,
                @JsonProperty("location") JsonNode location,
                @JsonProperty("total") JsonNode total,
                @JsonProperty("used") JsonNode used,
                @JsonProperty("free") JsonNode free) {
        }
    }

    /** 11.21 （深圳供电局）车辆进出记录 ((SZ Power Bureau) Vehicle in/out records): {@code szgdj/api/park/vehicle}, WE_CALL. */
    public static final class Vehicle_11_21 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.21");

        private Vehicle_11_21() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("lastUpdateTime") @NotNull String lastUpdateTime) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("vehicleNumber") JsonNode vehicleNumber,
                @JsonProperty("picture") JsonNode picture,
                @JsonProperty("parkingType") JsonNode parkingType,
                @JsonProperty("time") JsonNode time,
                @JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("type") JsonNode type) {
        }
    }

    /** 11.22 (深圳供电局) 车辆出入授权添加 (预约功能) ((SZ Power Bureau) Add vehicle access authorisation (booking)): {@code szgdj/api/park/rules/new}, WE_CALL. */
    public static final class New_11_22 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.22");

        private New_11_22() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("parkId") @NotNull String parkId,
                @JsonProperty("vehicleNumber") @NotNull String vehicleNumber,
                @JsonProperty("startTime") String startTime,
                @JsonProperty("endTime") String endTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("success") JsonNode success) {
        }
    }

    /** 11.23 （汉王智慧社区）月卡车辆编辑 ((Hanwang smart community) Monthly-card vehicle edit): {@code hanwang/HanWang.VehicleHandling}, WE_CALL. */
    public static final class HanWangVehicleHandling_11_23 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.23");

        private HanWangVehicleHandling_11_23() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("operation") String operation,
                @JsonProperty("plateNum") String plateNum,
                @JsonProperty("carType") String carType,
                @JsonProperty("cardType") String cardType,
                @JsonProperty("name") String name,
                @JsonProperty("sex") String sex,
                @JsonProperty("phoneNum") String phoneNum,
                @JsonProperty("department") String department,
                @JsonProperty("startTime") String startTime,
                @JsonProperty("endTime") String endTime,
                @JsonProperty("Idcard") String idcard,
                @JsonProperty("userId") String userId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("result") JsonNode result,
                @JsonProperty("message") JsonNode message) {
        }
    }

    /** 11.24 （绿灯停车）车辆入场请求 ((Lvdeng Parking) Vehicle entry request): {@code api.aspx/cat.parkIn.request}, VENDOR_CALLS_US. */
    public static final class CatParkInRequest_11_24 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.24");

        private CatParkInRequest_11_24() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plate_number") @NotNull String plateNumber,
                @JsonProperty("channel") @NotNull String channel) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("status") JsonNode status,
                @JsonProperty("msg_code") JsonNode msgCode,
                @JsonProperty("message") JsonNode message) {
        }
    }

    /** 11.25 （绿灯停车）车辆出场请求 ((Lvdeng Parking) Vehicle exit request): {@code api.aspx/cat.parkOut.request}, VENDOR_CALLS_US. */
    public static final class CatParkOutRequest_11_25 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.25");

        private CatParkOutRequest_11_25() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("plate_number") @NotNull String plateNumber,
                @JsonProperty("channel") @NotNull String channel) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("status") JsonNode status,
                @JsonProperty("msg_code") JsonNode msgCode,
                @JsonProperty("message") JsonNode message) {
        }
    }

    /** 11.26 （畅停）是否换乘接口 ((Changting P+R) Transfer check / fee calculation): {@code changting/pr/calc}, WE_CALL. */
    public static final class Calc_11_26 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.26");

        private Calc_11_26() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceNum") @NotNull String deviceNum,
                @JsonProperty("transfer") @NotNull String transfer) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("msg") JsonNode msg,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("carNum") JsonNode carNum,
                @JsonProperty("stratTime") JsonNode startTime,
                @JsonProperty("shouldMoney") JsonNode shouldMoney,
                @JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkName") JsonNode parkName,
                @JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("calcId") JsonNode calcId) {
        }
    }

    /** 11.27 （畅停）出场接口 ((Changting P+R) Exit / commit fee): {@code changting/pr/commit}, WE_CALL. */
    public static final class Commit_11_27 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.27");

        private Commit_11_27() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carNum") @NotNull String carNum,
                @JsonProperty("payState") @NotNull String payState,
                @JsonProperty("calcId") @NotNull String calcId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("msg") JsonNode msg,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("carNum") JsonNode carNum,
                @JsonProperty("stratTime") JsonNode startTime,
                @JsonProperty("leaveTime") JsonNode leaveTime,
                @JsonProperty("shouldMoney") JsonNode shouldMoney,
                @JsonProperty("dealTime") JsonNode dealTime,
                @JsonProperty("leaveState") JsonNode leaveState,
                @JsonProperty("parkId") JsonNode parkId,
                @JsonProperty("parkName") JsonNode parkName,
                @JsonProperty("orderNo") JsonNode orderNo) {
        }
    }

    /** 11.28 （浙江大学）金额扣款 ((Zhejiang University) Amount deduction): {@code api.aspx/zjdx.userPricePay}, VENDOR_CALLS_US. */
    public static final class ZjdxUserPricePay_11_28 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.28");

        private ZjdxUserPricePay_11_28() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("userId") String userId,
                @JsonProperty("cardNo") String cardNo,
                @JsonProperty("diningHallId") @NotNull String diningHallId,
                @JsonProperty("cashierId") String cashierId,
                @JsonProperty("deviceNo") String deviceNo,
                @JsonProperty("price") @NotNull String price,
                @JsonProperty("payTime") String payTime,
                @JsonProperty("payType") @NotNull String payType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("userId") JsonNode userId,
                @JsonProperty("cardNo") JsonNode cardNo,
                @JsonProperty("userName") JsonNode userName,
                @JsonProperty("employeeNo") JsonNode employeeNo,
                @JsonProperty("departmentName") JsonNode departmentName,
                @JsonProperty("realityPayAmount") JsonNode realityPayAmount,
                @JsonProperty("freeBalance") JsonNode freeBalance) {
        }
    }

    /** 11.29 (浙江大学) 二维码扣款 ((ZJU) QR-code deduction): {@code api.aspx/zjdx.userQRCodePay}, VENDOR_CALLS_US. */
    public static final class ZjdxUserQrcodePay_11_29 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.29");

        private ZjdxUserQrcodePay_11_29() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("QRcode") String qRcode,
                @JsonProperty("diningHallId") @NotNull String diningHallId,
                @JsonProperty("cashierId") String cashierId,
                @JsonProperty("price") @NotNull String price,
                @JsonProperty("payTime") String payTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("QRcode") JsonNode qRcode,
                @JsonProperty("userName") JsonNode userName,
                @JsonProperty("employeeNo") JsonNode employeeNo,
                @JsonProperty("departmentName") JsonNode departmentName,
                @JsonProperty("realityPayAmount") JsonNode realityPayAmount,
                @JsonProperty("freeBalance") JsonNode freeBalance) {
        }
    }

    /** 11.30 （东岭停车场）预约车辆进场通知 ((Dongling car park) Booked vehicle entry notice): {@code api.aspx/dltcc.upload.reservation}, VENDOR_CALLS_US. */
    public static final class DltccUploadReservation_11_30 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.30");

        private DltccUploadReservation_11_30() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carNo") @NotNull String carNo,
                @JsonProperty("inTime") @NotNull String inTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("Code") JsonNode code,
                @JsonProperty("Status") JsonNode status,
                @JsonProperty("Message") JsonNode message) {
        }
    }

    /** 11.31 （海信天悦）非预约车辆请求入场 ((Hisense Tianyue) Non-booked vehicle entry request): {@code api.aspx/hisense.regIn}, VENDOR_CALLS_US. */
    public static final class HisenseRegIn_11_31 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.31");

        private HisenseRegIn_11_31() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("licensePlate") @NotNull String licensePlate,
                @JsonProperty("inTime") @NotNull String inTime,
                @JsonProperty("devId") @NotNull String devId,
                @JsonProperty("devName") @NotNull String devName,
                @JsonProperty("inPic") @NotNull String inPic) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("rtnCode") JsonNode rtnCode,
                @JsonProperty("rtnName") JsonNode rtnName) {
        }
    }

    /** 11.32 （爱笔）设置设备信息 ((Aibee) Set device info): {@code api/setDeviceInfo}, UNCLEAR. */
    public static final class SetDeviceInfo_11_32 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.32");

        private SetDeviceInfo_11_32() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceId") @NotNull String deviceId,
                @JsonProperty("deviceName") @NotNull String deviceName,
                @JsonProperty("deviceType") @NotNull String deviceType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("message") JsonNode message,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 11.33 （爱笔）获取车位红绿灯列表接口 ((Aibee) List space indicator lights): {@code api/getRedGreenLightStatusList}, UNCLEAR. */
    public static final class GetRedGreenLightStatusList_11_33 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.33");

        private GetRedGreenLightStatusList_11_33() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("pageSize") @NotNull String pageSize,
                @JsonProperty("pageNo") @NotNull String pageNo,
                @JsonProperty("deviceId") String deviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("message") JsonNode message,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("totalPage") JsonNode totalPage,
                @JsonProperty("pageNo") JsonNode pageNo,
                @JsonProperty("pageSize") JsonNode pageSize,
                @JsonProperty("devices") JsonNode devices,
                @JsonProperty("deviceId") JsonNode deviceId,
                @JsonProperty("deviceName") JsonNode deviceName,
                @JsonProperty("status") JsonNode status,
                @JsonProperty("ipAdress") JsonNode ipAddress,
                @JsonProperty("color") JsonNode color) {
        }
    }

    /** 11.34 （爱笔）设置红绿灯状态接口 ((Aibee) Set indicator light state): {@code api/setRedGreenLightStatus}, UNCLEAR. */
    public static final class SetRedGreenLightStatus_11_34 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.34");

        private SetRedGreenLightStatus_11_34() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("devices") String devices,
                @JsonProperty("deviceId") @NotNull String deviceId,
                @JsonProperty("status") String status,
                @JsonProperty("color") @NotNull String color) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("message") JsonNode message,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 11.35 （爱笔）获取所有引导屏的状态 ((Aibee) List guidance screens): {@code api/getGuideLedInfoList}, UNCLEAR. */
    public static final class GetGuideLedInfoList_11_35 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.35");

        private GetGuideLedInfoList_11_35() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("pageSize") @NotNull String pageSize,
                @JsonProperty("pageNo") @NotNull String pageNo,
                @JsonProperty("deviceId") String deviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("message") JsonNode message,
                @JsonProperty("data") JsonNode data,
                @JsonProperty("totalPage") JsonNode totalPage,
                @JsonProperty("pageNo") JsonNode pageNo,
                @JsonProperty("pageSize") JsonNode pageSize,
                @JsonProperty("devices") JsonNode devices,
                @JsonProperty("deviceId") JsonNode deviceId,
                @JsonProperty("deviceName") JsonNode deviceName,
                @JsonProperty("status") JsonNode status,
                @JsonProperty("number") JsonNode number,
                @JsonProperty("color") JsonNode color,
                @JsonProperty("direction") JsonNode direction,
                @JsonProperty("ipAddress") JsonNode ipAddress,
                @JsonProperty("type") JsonNode type) {
        }
    }

    /** 11.36 （爱笔）设置引导屏的状态 ((Aibee) Set guidance screen state): {@code api/setGuideLedStatus}, UNCLEAR. */
    public static final class SetGuideLedStatus_11_36 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.36");

        private SetGuideLedStatus_11_36() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("devices") String devices,
                @JsonProperty("deviceId") @NotNull String deviceId,
                @JsonProperty("status") String status,
                @JsonProperty("showInfo") @NotNull String showInfo,
                @JsonProperty("direction") String direction,
                @JsonProperty("color") @NotNull String color,
                @JsonProperty("number") @NotNull String number,
                @JsonProperty("directionDisplay") @NotNull String directionDisplay,
                @JsonProperty("directionPosition") String directionPosition) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("code") JsonNode code,
                @JsonProperty("message") JsonNode message,
                @JsonProperty("data") JsonNode data) {
        }
    }

    /** 11.37 （湖南力天）车辆缴费记录接口 ((Hunan Litian) Vehicle payment records): {@code api.aspx/hunanlitian.order.list}, WE_CALL. */
    public static final class HunanlitianOrderList_11_37 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.37");

        private HunanlitianOrderList_11_37() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("chargeTimeStart") @NotNull String chargeTimeStart,
                @JsonProperty("chargeTimeEnd") String chargeTimeEnd) {
        }

        /** Response {@code data} (one row; the data is an array); values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("serial_number") JsonNode serialNumber,
                @JsonProperty("source_channel") JsonNode sourceChannel,
                @JsonProperty("parkname") JsonNode parkname,
                @JsonProperty("paytype") JsonNode paytype,
                @JsonProperty("numno") JsonNode numno,
                @JsonProperty("createDate") JsonNode createDate,
                @JsonProperty("entertime") JsonNode entertime,
                @JsonProperty("calcendtime") JsonNode calcendtime,
                @JsonProperty("Exittime") JsonNode exittime,
                @JsonProperty("parktime") JsonNode parktime,
                @JsonProperty("scoreDiscount") JsonNode scoreDiscount,
                @JsonProperty("parkcost") JsonNode parkcost,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("flag") JsonNode flag) {
        }
    }

    /** 11.38 （延吉-百利城）停车缴费减免查询 ((Yanji Bailicheng) Parking fee reduction query): {@code api.aspx/yanjibailicheng.parkchargequery}, VENDOR_CALLS_US. */
    public static final class YanjibailichengParkchargequery_11_38 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.38");

        private YanjibailichengParkchargequery_11_38() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("strOrderNo") @NotNull Object strOrderNo,
                @JsonProperty("strCarNo") @NotNull Object strCarNo,
                @JsonProperty("strEnterTime") @NotNull Object strEnterTime,
                @JsonProperty("decPay") @NotNull Object decPay,
                @JsonProperty("intElapsedTime") @NotNull Object intElapsedTime) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("strCustomerNo") JsonNode strCustomerNo,
                @JsonProperty("strTele") JsonNode strTele,
                @JsonProperty("strCardNo") JsonNode strCardNo,
                @JsonProperty("strCustomerName") JsonNode strCustomerName,
                @JsonProperty("decPayMoney") JsonNode decPayMoney,
                @JsonProperty("decDisMoney") JsonNode decDisMoney,
                @JsonProperty("strCoupon") JsonNode strCoupon,
                @JsonProperty("decCouponMoney") JsonNode decCouponMoney,
                @JsonProperty("decAccountMoney") JsonNode decAccountMoney,
                @JsonProperty("decScore") JsonNode decScore,
                @JsonProperty("decScoreMoney") JsonNode decScoreMoney,
                @JsonProperty("decUnPayMoney") JsonNode decUnPayMoney,
                @JsonProperty("dtNow") JsonNode dtNow) {
        }
    }

    /** 11.39 （延吉-百利城）停车缴费减免执行 ((Yanji Bailicheng) Execute fee reduction): {@code api.aspx/yanjibailicheng.parkchargeperform}, VENDOR_CALLS_US. */
    public static final class YanjibailichengParkchargeperform_11_39 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("11.39");

        private YanjibailichengParkchargeperform_11_39() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("strOrderNo") @NotNull Object strOrderNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("strCustomerNo") JsonNode strCustomerNo,
                @JsonProperty("strTele") JsonNode strTele,
                @JsonProperty("strCardNo") JsonNode strCardNo,
                @JsonProperty("strCustomerName") JsonNode strCustomerName,
                @JsonProperty("decPayMoney") JsonNode decPayMoney,
                @JsonProperty("decDisMoney") JsonNode decDisMoney,
                @JsonProperty("strCoupon") JsonNode strCoupon,
                @JsonProperty("decCouponMoney") JsonNode decCouponMoney,
                @JsonProperty("decAccountMoney") JsonNode decAccountMoney,
                @JsonProperty("decRemainAccount") JsonNode decRemainAccount,
                @JsonProperty("decScore") JsonNode decScore,
                @JsonProperty("decScoreMoney") JsonNode decScoreMoney,
                @JsonProperty("decRemainScore") JsonNode decRemainScore,
                @JsonProperty("strIndentNo") JsonNode strIndentNo) {
        }
    }
}
