package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 9 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter9Messages {
    private Chapter9Messages() {
    }

    /** 9.1 上传入场记录到车安通 (Upload entry record to 车安通): {@code api.aspx/cat.upload.indata}, UPLOAD. */
    public static final class CatUploadIndata_9_1 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.1");

        private CatUploadIndata_9_1() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("areaId") @NotNull String areaId,
                @JsonProperty("cardInId") @NotNull String cardInId,
                @JsonProperty("cardNo") String cardNo,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("inDate") @NotNull String inDate,
                @JsonProperty("bookingNo") String bookingNo,
                @JsonProperty("userId") String userId,
                @JsonProperty("sourceType") String sourceType,
                @JsonProperty("userno") String userno,
                @JsonProperty("username") String username,
                @JsonProperty("idCard") String idCard,
                @JsonProperty("mobile") String mobile,
                @JsonProperty("gateno") String gateno,
                @JsonProperty("gatename") String gatename,
                @JsonProperty("openmode") String openmode,
                @JsonProperty("openmodename") String openmodename,
                @JsonProperty("videoCtrlNo") String videoCtrlNo,
                @JsonProperty("videoCtrlName") String videoCtrlName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("afterPay") JsonNode afterPay) {
        }
    }

    /** 9.2 上传出场记录到车安通 (Upload exit record to 车安通): {@code api.aspx/cat.upload.outdata}, UPLOAD. */
    public static final class CatUploadOutdata_9_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.2");

        private CatUploadOutdata_9_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("areaId") @NotNull String areaId,
                @JsonProperty("cardInId") @NotNull String cardInId,
                @JsonProperty("outDate") @NotNull String outDate,
                @JsonProperty("cardNo") String cardNo,
                @JsonProperty("sourceType") String sourceType,
                @JsonProperty("userno") String userno,
                @JsonProperty("username") String username,
                @JsonProperty("idCard") String idCard,
                @JsonProperty("mobile") String mobile,
                @JsonProperty("gateno") String gateno,
                @JsonProperty("gatename") String gatename,
                @JsonProperty("openmode") String openmode,
                @JsonProperty("openmodename") String openmodename,
                @JsonProperty("videoCtrlNo") String videoCtrlNo,
                @JsonProperty("videoCtrlName") String videoCtrlName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.3 更新车位地图 (Update space map on 车安通): {@code api.aspx/cat.pls.map.update}, UPLOAD. */
    public static final class CatPlsMapUpdate_9_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.3");

        private CatPlsMapUpdate_9_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("areaId") @NotNull String areaId,
                @JsonProperty("mapNo") @NotNull String mapNo,
                @JsonProperty("mapName") String mapName,
                @JsonProperty("imgData") @NotNull String imgData) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.4 通知解除车辆锁定 (Notify user to unlock vehicle): {@code api.aspx/cat.notice.unlockcar}, UPLOAD. */
    public static final class CatNoticeUnlockcar_9_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.4");

        private CatNoticeUnlockcar_9_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("areaId") @NotNull String areaId,
                @JsonProperty("licensePlate") @NotNull String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.5 获取统一收款码 (Get unified receivables QR code): {@code api.aspx/cat.unifiedReceivablesQrcode.get}, UPLOAD. */
    public static final class CatUnifiedReceivablesQrcodeGet_9_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.5");

        private CatUnifiedReceivablesQrcodeGet_9_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("calcId") String calcId,
                @JsonProperty("orderNo") String orderNo,
                @JsonProperty("wsNo") String wsNo,
                @JsonProperty("sourceFlag") String sourceFlag) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("calcId") JsonNode calcId,
                @JsonProperty("qrcode") JsonNode qrcode,
                @JsonProperty("needLoopCharge") JsonNode needLoopCharge) {
        }
    }

    /** 9.6 凭付款码收款 (Collect by customer payment code (micropay)): {@code api.aspx/cat.micropay}, UPLOAD. */
    public static final class CatMicropay_9_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.6");

        private CatMicropay_9_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("paymentCode") @NotNull String paymentCode,
                @JsonProperty("calcId") String calcId,
                @JsonProperty("orderNo") String orderNo,
                @JsonProperty("wsNo") String wsNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("payStatus") JsonNode payStatus) {
        }
    }

    /** 9.7 获取动态入场二维码 (Get dynamic entry QR code): {@code api.aspx/cat.dynamicInQrcode.get}, UPLOAD. */
    public static final class CatDynamicInQrcodeGet_9_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.7");

        private CatDynamicInQrcodeGet_9_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceId") @NotNull String deviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode) {
        }
    }

    /** 9.8 获取动态出场二维码 (Get dynamic exit QR code): {@code api.aspx/cat.dynamicOutQrcode.get}, UPLOAD. */
    public static final class CatDynamicOutQrcodeGet_9_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.8");

        private CatDynamicOutQrcodeGet_9_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceId") @NotNull String deviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode) {
        }
    }

    /** 9.9 获取停车缴费二维码 (Get parking payment QR code): {@code api.aspx/cat.parkPayQrcode.get}, UPLOAD. */
    public static final class CatParkPayQrcodeGet_9_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.9");

        private CatParkPayQrcodeGet_9_9() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("noticeAfterScan") String noticeAfterScan,
                @JsonProperty("noticeDeviceID") String noticeDeviceID,
                @JsonProperty("licensePlate") String licensePlate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode) {
        }
    }

    /** 9.10 获取自助寻车二维码 (Get self-service car-finding QR code): {@code api.aspx/cat.selfFindCarQrcode.get}, UPLOAD. */
    public static final class CatSelfFindCarQrcodeGet_9_10 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.10");

        private CatSelfFindCarQrcodeGet_9_10() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceId") @NotNull String deviceId) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode) {
        }
    }

    /** 9.11 获取商家固定二维码 (Get merchant fixed QR code): {@code api.aspx/cat.business.fixedQrcode.get}, UPLOAD. */
    public static final class CatBusinessFixedQrcodeGet_9_11 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.11");

        private CatBusinessFixedQrcodeGet_9_11() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("businessID") @NotNull String businessID,
                @JsonProperty("tollDevID") String tollDevID,
                @JsonProperty("discountID") @NotNull String discountID) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("qrcode") JsonNode qrcode) {
        }
    }

    /** 9.12 上传报警信息到车安通 (Upload alarm to 车安通): {@code api.aspx/cat.upload.alarm}, UPLOAD. */
    public static final class CatUploadAlarm_9_12 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.12");

        private CatUploadAlarm_9_12() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("time") @NotNull String time,
                @JsonProperty("type") String type,
                @JsonProperty("typeDesc") String typeDesc,
                @JsonProperty("content") @NotNull String content) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.13 统一无感支付 (Unified contactless payment): {@code api.aspx/cat.unifiedPayNoPsw}, UPLOAD. */
    public static final class CatUnifiedPayNoPsw_9_13 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.13");

        private CatUnifiedPayNoPsw_9_13() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("calcId") String calcId,
                @JsonProperty("orderNo") String orderNo,
                @JsonProperty("wsNo") String wsNo) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("amount") JsonNode amount,
                @JsonProperty("payType") JsonNode payType,
                @JsonProperty("payStatus") JsonNode payStatus) {
        }
    }

    /** 9.14 上传车位状态到车安通 (Upload space status to 车安通): {@code api.aspx/cat.upload.parklotstatus}, UPLOAD. */
    public static final class CatUploadParklotstatus_9_14 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.14");

        private CatUploadParklotstatus_9_14() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("from") String from,
                @JsonProperty("parkLotNo") @NotNull String parkLotNo,
                @JsonProperty("status") @NotNull String status,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("imgUrl") String imgUrl,
                @JsonProperty("updateDate") @NotNull String updateDate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.15 获取开票二维码 (Get invoicing QR code): {@code api.aspx/cat.einvoice.open.qrcode}, UPLOAD. */
    public static final class CatEinvoiceOpenQrcode_9_15 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.15");

        private CatEinvoiceOpenQrcode_9_15() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("amount") String amount) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("orderNo") JsonNode orderNo,
                @JsonProperty("qrcode") JsonNode qrcode) {
        }
    }

    /** 9.16 开具电子发票 (Issue e-invoice via 车安通): {@code api.aspx/cat.einvoice.open}, UPLOAD. */
    public static final class CatEinvoiceOpen_9_16 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.16");

        private CatEinvoiceOpen_9_16() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("gfmc") @NotNull String gfmc,
                @JsonProperty("gfnsrsbh") String gfnsrsbh,
                @JsonProperty("gfdzdh") String gfdzdh,
                @JsonProperty("gfyhmczh") String gfyhmczh,
                @JsonProperty("email") String email,
                @JsonProperty("mobile") String mobile,
                @JsonProperty("orderNo") @NotNull String orderNo,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("amount") String amount) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("einvoiceID") JsonNode einvoiceID,
                @JsonProperty("einvoiceCode") JsonNode einvoiceCode,
                @JsonProperty("einvoiceNumber") JsonNode einvoiceNumber,
                @JsonProperty("url") JsonNode url,
                @JsonProperty("status") JsonNode status) {
        }
    }

    /** 9.17 上传异常出场记录到车安通 (Upload abnormal exit record): {@code api.aspx/cat.upload.abnormaloutdata}, UPLOAD. */
    public static final class CatUploadAbnormaloutdata_9_17 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.17");

        private CatUploadAbnormaloutdata_9_17() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("deviceName") String deviceName,
                @JsonProperty("licensePlate") String licensePlate,
                @JsonProperty("imgUrl") String imgUrl,
                @JsonProperty("openId") String openId,
                @JsonProperty("outDate") @NotNull String outDate) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.18 车牌通行在线验证 (Online plate pass validation): {@code api.aspx/cat.pass.validate}, UPLOAD. */
    public static final class CatPassValidate_9_18 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.18");

        private CatPassValidate_9_18() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("carNo") @NotNull String carNo,
                @JsonProperty("passTime") @NotNull String passTime,
                @JsonProperty("inOutFlag") @NotNull String inOutFlag) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response(@JsonProperty("carNo") JsonNode carNo,
                @JsonProperty("passFlag") JsonNode passFlag,
                @JsonProperty("hintVoice") JsonNode hintVoice,
                @JsonProperty("hintText") JsonNode hintText,
                @JsonProperty("hintType") JsonNode hintType,
                @JsonProperty("hintTime") JsonNode hintTime,
                @JsonProperty("offMoney") JsonNode offMoney) {
        }
    }

    /** 9.19 通知车牌识别结果 (Notify plate-recognition result): {@code api.aspx/cat.car.inout.notice}, UPLOAD. */
    public static final class CatCarInoutNotice_9_19 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.19");

        private CatCarInoutNotice_9_19() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("inOut") @NotNull String inOut,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("plateColor") @NotNull String plateColor,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("image") @NotNull String image) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.20 通知闸杆状态变化 (Notify barrier state change): {@code api.aspx/cat.gate.state.notice}, UPLOAD. */
    public static final class CatGateStateNotice_9_20 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.20");

        private CatGateStateNotice_9_20() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("inOut") @NotNull String inOut,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("gateLimitState") @NotNull String gateLimitState,
                @JsonProperty("coilGateState") String coilGateState) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.21 通知闸故障报警 (TOC: 通知道闸故障报警) (Notify barrier-gate fault alarm): {@code api.aspx/cat.park.gateFault}, UPLOAD. */
    public static final class CatParkGateFault_9_21 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.21");

        private CatParkGateFault_9_21() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("ioFlag") @NotNull String ioFlag,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("gateFault") @NotNull String gateFault,
                @JsonProperty("coilGateFaultType") String coilGateFaultType,
                @JsonProperty("LicensePlateReaderState") String licensePlateReaderState) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.22 通知通道状态变化 (Notify channel (turnstile) state change): {@code api.aspx/cat.gate.gateStatus}, UPLOAD. */
    public static final class CatGateGateStatus_9_22 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.22");

        private CatGateGateStatus_9_22() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("ioFlag") @NotNull String ioFlag,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("gateStatus") @NotNull String gateStatus) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.23 通知通道故障报警 (Notify channel fault alarm): {@code api.aspx/cat.gate.gateFault}, UPLOAD. */
    public static final class CatGateGateFault_9_23 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.23");

        private CatGateGateFault_9_23() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("ioFlag") @NotNull String ioFlag,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("gateFault") @NotNull String gateFault) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.24 通知门点状态变化 (Notify door-point state change): {@code api.aspx/cat.acss.doorStatus}, UPLOAD. */
    public static final class CatAcssDoorStatus_9_24 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.24");

        private CatAcssDoorStatus_9_24() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("doorno") @NotNull String doorno,
                @JsonProperty("doorStatus") @NotNull String doorStatus) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.25 通知门点故障报警 (Notify door-point fault alarm): {@code api.aspx/cat.acss.doorFault}, UPLOAD. */
    public static final class CatAcssDoorFault_9_25 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.25");

        private CatAcssDoorFault_9_25() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("doorno") @NotNull String doorno,
                @JsonProperty("doorFault") @NotNull String doorFault) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 9.26 对讲请求 (Intercom request): {@code api.aspx/cat.intercom.request}, UPLOAD. */
    public static final class CatIntercomRequest_9_26 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("9.26");

        private CatIntercomRequest_9_26() {
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
}
