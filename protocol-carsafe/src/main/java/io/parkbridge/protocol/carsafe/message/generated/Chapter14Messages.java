package io.parkbridge.protocol.carsafe.message.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import jakarta.validation.constraints.NotNull;

/**
 * Request and response records for every chapter 14 interface, generated from the catalogue by
 * src/build/generate_catalogue.py (do not edit). Wire names are kept exactly ({@code @JsonProperty});
 * Java names are cleaned. Use with {@code client.call(X.INTERFACE, new X.Request(...))} and
 * {@code client.call(X.INTERFACE.number(), request, X.Response.class)}.
 */
public final class Chapter14Messages {
    private Chapter14Messages() {
    }

    /** 14.2 通知道闸故障报警 (Notify barrier-gate fault): {@code notify/parkGateFault}, VENDOR_CALLS_US. */
    public static final class ParkGateFault_14_2 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("14.2");

        private ParkGateFault_14_2() {
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

    /** 14.3 通知通道状态变化 (Notify channel state change): {@code notify/gateStatus}, VENDOR_CALLS_US. */
    public static final class GateStatus_14_3 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("14.3");

        private GateStatus_14_3() {
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

    /** 14.4 通知通道故障报警 (Notify channel fault): {@code notify/gateFault}, VENDOR_CALLS_US. */
    public static final class GateFault_14_4 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("14.4");

        private GateFault_14_4() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("gateFault") @NotNull String gateFault,
                @JsonProperty("deviceID") @NotNull String deviceID,
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

    /** 14.5 通知门点状态变化 (Notify door-point state): {@code notify/acssDoorStatus}, VENDOR_CALLS_US. */
    public static final class AcssDoorStatus_14_5 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("14.5");

        private AcssDoorStatus_14_5() {
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

    /** 14.6 通知门点故障报警 (Notify door-point fault): {@code notify/acssDoorFault}, VENDOR_CALLS_US. */
    public static final class AcssDoorFault_14_6 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("14.6");

        private AcssDoorFault_14_6() {
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

    /** 14.7 通知闸杆状态变化 (Notify barrier-arm state): {@code notify/parkGateState}, VENDOR_CALLS_US. */
    public static final class ParkGateState_14_7 {
        /** The catalogue entry. */
        public static final CarsafeInterface INTERFACE = CarsafeCatalogue.of("14.7");

        private ParkGateState_14_7() {
        }

        /** Request {@code data}; wire names as printed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Request(@JsonProperty("deviceID") @NotNull String deviceID,
                @JsonProperty("controllerNo") @NotNull String controllerNo,
                @JsonProperty("fullName") @NotNull String fullName,
                @JsonProperty("inOut") @NotNull String inOut,
                @JsonProperty("time") @NotNull String time,
                @JsonProperty("gateLimitState") @NotNull String gateLimitState) {
        }

        /** Response {@code data}; values kept as JSON (strings or numbers). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Response() {
        }
    }
}
