package io.parkbridge.protocol.washer.callback;

import io.parkbridge.protocol.washer.api.MachineType;
import io.parkbridge.protocol.washer.api.ParkStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One callback from the platform, typed after its page. Every record keeps the body as received
 * ({@code rawJson}) and the fields its page does not document ({@code unknownFields}, name to raw
 * JSON text), so nothing the platform adds is lost. Enumerations are kept raw with a typed
 * accessor that answers UNKNOWN for new values.
 */
public sealed interface WasherCallback {

    /** The documented type, {@link CallbackType#UNKNOWN} for others. */
    CallbackType type();

    /** The type as sent. */
    default String callbackType() {
        return type().name();
    }

    /** When the platform sent the callback (epoch ms), null if absent. */
    Long callTime();

    Map<String, String> unknownFields();

    String rawJson();

    /** FINISH_WASH: a wash is complete. */
    record FinishWash(Long callTime, long iotId, String orderId, Map<String, String> unknownFields, String rawJson)
            implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.FINISH_WASH;
        }
    }

    /** MACHINE_UPDATE_INFO: the machine's details changed. Coordinates are exact decimals. */
    record MachineInfo(Long callTime, long iotId, String name, String country, String address, BigDecimal longitude,
            BigDecimal latitude, String errorStatus, String onlineStatus, String machineType,
            Map<String, String> unknownFields, String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_UPDATE_INFO;
        }

        /** True when the page's errorStatus is ERROR (unhandled fault records). */
        public boolean hasError() {
            return "ERROR".equals(errorStatus);
        }

        /** True when onlineStatus is ONLINE. */
        public boolean online() {
            return "ONLINE".equals(onlineStatus);
        }

        public MachineType machine() {
            return MachineType.of(machineType);
        }
    }

    /** MACHINE_UPDATE_STATUS: machines went online (status 1) or offline (0). */
    record OnlineStatus(Long callTime, List<Long> iotIdList, int status, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_UPDATE_STATUS;
        }

        public boolean online() {
            return status == 1;
        }
    }

    /** MACHINE_ERROR: a fault; createTime is the platform's text (documented as yyyy-MM-dd). */
    record MachineError(Long callTime, long iotId, String errorMessage, String createTime,
            Map<String, String> unknownFields, String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_ERROR;
        }

        /** The fault code in brackets at the start of the message ("[M835]..." gives "M835"), or "". */
        public String errorCode() {
            if (errorMessage != null && errorMessage.startsWith("[")) {
                int end = errorMessage.indexOf(']');
                if (end > 1) {
                    return errorMessage.substring(1, end);
                }
            }
            return "";
        }
    }

    /** MACHINE_FA_CAR_CHANGE: car position in a rollover 1/3 or touchless 1 washer. */
    record RolloverCarChange(Long callTime, long iotId, String status, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_FA_CAR_CHANGE;
        }

        public CarPosition position() {
            return CarPosition.of(status);
        }
    }

    /** MACHINE_RT2_CAR_CHANGE: parking state of a rollover 2 washer. */
    record Rollover2CarChange(Long callTime, long iotId, String status, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_RT2_CAR_CHANGE;
        }

        public ParkStatus parkStatus() {
            return ParkStatus.of(status);
        }
    }

    /** MACHINE_TT1_CAR_INTO: a car entered a tunnel washer (or timed out entering). */
    record TunnelCarInto(Long callTime, long iotId, String status, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_TT1_CAR_INTO;
        }

        public TunnelEntry entry() {
            return TunnelEntry.of(status);
        }
    }

    /** MACHINE_TT1_CAR_PUSH_OUT: cars rolled out of a tunnel washer, with their orders. */
    record TunnelCarPushOut(Long callTime, long iotId, List<String> orderIdList, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.MACHINE_TT1_CAR_PUSH_OUT;
        }
    }

    /** WP1_WORK_FINISH: a purifier session ended; {@code volume} is the water LEFT (ml), null if absent. */
    record WaterWorkFinish(Long callTime, long iotId, String orderId, Integer volume,
            Map<String, String> unknownFields, String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.WP1_WORK_FINISH;
        }
    }

    /** WP1_WAIT_TIMEOUT: nobody pressed the button (or the pause lasted) too long. */
    record WaterWaitTimeout(Long callTime, long iotId, String orderId, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.WP1_WAIT_TIMEOUT;
        }
    }

    /** WP1_START_WATER: water started (also after a pause). */
    record WaterStart(Long callTime, long iotId, String orderId, Map<String, String> unknownFields, String rawJson)
            implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.WP1_START_WATER;
        }
    }

    /** WP1_CARD_CONSUME_READY: the purifier is locked for the order and ready for the button. */
    record WaterReady(Long callTime, long iotId, String orderId, Map<String, String> unknownFields, String rawJson)
            implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.WP1_CARD_CONSUME_READY;
        }
    }

    /** WP1_UPLOAD_TDS: water quality, total dissolved solids of source and purified water. */
    record TdsReport(Long callTime, long iotId, Integer sourceTds, Integer cleanTds,
            Map<String, String> unknownFields, String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.WP1_UPLOAD_TDS;
        }
    }

    /** ZY_RT_PARK_CHANGE: car position in a new rollover washer (status 0, 16 or 17). */
    record NewRolloverParkChange(Long callTime, long iotId, String status, Map<String, String> unknownFields,
            String rawJson) implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.ZY_RT_PARK_CHANGE;
        }

        public NewRolloverPosition position() {
            return NewRolloverPosition.of(status);
        }
    }

    /** A callback type not in the pages: kept whole, stored and acknowledged. */
    record Unknown(Long callTime, String callbackType, Map<String, String> unknownFields, String rawJson)
            implements WasherCallback {
        @Override
        public CallbackType type() {
            return CallbackType.UNKNOWN;
        }
    }
}
