package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 13 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter13Messages {
    private Chapter13Messages() {
    }

    /** 13.2 推送车辆入场信息 (Push vehicle entry): {@code report/parkInData}, VENDOR_CALLS_US. */
    public static final class ParkInData_13_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.2");

        private ParkInData_13_2() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("cardInId") @NotNull String cardInId,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("inDate") @NotNull String inDate,
                @JsonProperty("inControllerNo") @NotNull String inControllerNo,
                @JsonProperty("inControllerName") @NotNull String inControllerName,
                @JsonProperty("funcType") @NotNull String funcType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.3 推送车辆出场信息 (Push vehicle exit): {@code report/parkOutdata}, VENDOR_CALLS_US. */
    public static final class ParkOutdata_13_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.3");

        private ParkOutdata_13_3() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("cardInId") @NotNull String cardInId,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("inDate") @NotNull String inDate,
                @JsonProperty("inControllerNo") @NotNull String inControllerNo,
                @JsonProperty("inControllerName") @NotNull String inControllerName,
                @JsonProperty("outDate") @NotNull String outDate,
                @JsonProperty("outControllerNo") @NotNull String outControllerNo,
                @JsonProperty("outControllerName") @NotNull String outControllerName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.4 推送临时停车收费信息 (Push temporary-parking payment): {@code report/parkTempCarCharge}, VENDOR_CALLS_US. */
    public static final class ParkTempCarCharge_13_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.4");

        private ParkTempCarCharge_13_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("orderNo") String orderNo,
                @JsonProperty("cardInId") @NotNull String cardInId,
                @JsonProperty("chargeSeqNo") @NotNull String chargeSeqNo,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("openId") String openId,
                @JsonProperty("entertime") @NotNull String entertime,
                @JsonProperty("parktime") @NotNull String parktime,
                @JsonProperty("parkcost") @NotNull String parkcost,
                @JsonProperty("discountAmount") @NotNull String discountAmount,
                @JsonProperty("amount") @NotNull String amount,
                @JsonProperty("calcstarttime") @NotNull String calcstarttime,
                @JsonProperty("calcendtime") @NotNull String calcendtime,
                @JsonProperty("payType") @NotNull String payType,
                @JsonProperty("tradeNo") String tradeNo,
                @JsonProperty("tradeTime") String tradeTime,
                @JsonProperty("status") @NotNull String status) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.5 推送月租车续费信息 (Push monthly-rental renewal): {@code report/parkMonthlyCarCharge}, VENDOR_CALLS_US. */
    public static final class ParkMonthlyCarCharge_13_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.5");

        private ParkMonthlyCarCharge_13_5() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("seqNo") @NotNull String seqNo,
                @JsonProperty("cardNo") @NotNull String cardNo,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("chargeType") String chargeType,
                @JsonProperty("chargeTypeName") String chargeTypeName,
                @JsonProperty("cardGroupType") String cardGroupType,
                @JsonProperty("cardGroupName") String cardGroupName,
                @JsonProperty("userGroupName") String userGroupName,
                @JsonProperty("berthCount") String berthCount,
                @JsonProperty("payMonth") String payMonth,
                @JsonProperty("payDay") String payDay,
                @JsonProperty("payDateTime") @NotNull String payDateTime,
                @JsonProperty("preExpiry") String preExpiry,
                @JsonProperty("curExpiry") @NotNull String curExpiry,
                @JsonProperty("amount") @NotNull String amount,
                @JsonProperty("realAmount") @NotNull String realAmount,
                @JsonProperty("giftMonth") String giftMonth,
                @JsonProperty("discountAmount") String discountAmount,
                @JsonProperty("chargeName") String chargeName,
                @JsonProperty("chargeWorkStationNo") String chargeWorkStationNo,
                @JsonProperty("payType") String payType) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.6 推送停车场闸机异常开闸信息 (Push abnormal gate opening): {@code report/parkAbnormalOpenGate}, VENDOR_CALLS_US. */
    public static final class ParkAbnormalOpenGate_13_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.6");

        private ParkAbnormalOpenGate_13_6() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("recordId") @NotNull String recordId,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("controllerName") @NotNull String controllerName,
                @JsonProperty("ioFlag") @NotNull String ioFlag,
                @JsonProperty("occurDate") @NotNull String occurDate,
                @JsonProperty("abnormalType") @NotNull String abnormalType,
                @JsonProperty("abnormalName") @NotNull String abnormalName,
                @JsonProperty("operId") String operId,
                @JsonProperty("operName") String operName,
                @JsonProperty("workstationNo") String workstationNo,
                @JsonProperty("workstationName") String workstationName) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.7 推送车辆进出场图片信息 (Push entry/exit image): {@code report/parkInOutImage}, VENDOR_CALLS_US. */
    public static final class ParkInOutImage_13_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.7");

        private ParkInOutImage_13_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("cardInId") @NotNull String cardInId,
                @JsonProperty("occurDate") @NotNull String occurDate,
                @JsonProperty("plateNo") @NotNull String plateNo,
                @JsonProperty("eventType") @NotNull String eventType,
                @JsonProperty("plateImage") @NotNull String plateImage) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.8 推送临停车辆收费标准 (Push temporary-vehicle tariff): {@code report/parkTempCarChargeRule}, VENDOR_CALLS_US. */
    public static final class ParkTempCarChargeRule_13_8 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.8");

        private ParkTempCarChargeRule_13_8() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("carTariffID") @NotNull String carTariffID,
                @JsonProperty("carTypeID") @NotNull String carTypeID,
                @JsonProperty("carTypeName") @NotNull String carTypeName,
                @JsonProperty("description") @NotNull String description,
                @JsonProperty("timeLtd") String timeLtd,
                @JsonProperty("freeMin") String freeMin,
                @JsonProperty("storedLtd") String storedLtd) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }

    /** 13.9 推送心跳信息 (Push heartbeat): {@code report/parkHeartbeat}, VENDOR_CALLS_US. */
    public static final class ParkHeartbeat_13_9 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("13.9");

        private ParkHeartbeat_13_9() {
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
}
