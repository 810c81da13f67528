package io.parkbridge.protocol.washer.callback;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The 14 callback types of the platform, with the fields each one's page documents. A type not
 * listed here is {@link #UNKNOWN}: stored and acknowledged, never rejected.
 */
public enum CallbackType {
    FINISH_WASH("Callback-Finish-washing-the-car.md", "iotId", "orderId"),
    MACHINE_UPDATE_INFO("Callback-Equipment-information-update.md", "iotId", "name", "country", "address",
            "longitude", "latitude", "errorStatus", "onlineStatus", "machineType"),
    MACHINE_UPDATE_STATUS("Callback-Device-online-status-update.md", "iotIdList", "status"),
    MACHINE_ERROR("Callback-Device-fault-notification.md", "iotId", "errorMessage", "createTime"),
    MACHINE_FA_CAR_CHANGE(
            "Callback-Car-position-change-for-Rollover-car-washer-1,Rollover-car-washer-3-and-Touchless-car-washer-1.md",
            "iotId", "status"),
    MACHINE_RT2_CAR_CHANGE("Callback-Car-position-change-for-Rollover-car-washer-2.md", "iotId", "status"),
    MACHINE_TT1_CAR_INTO("Callback-Car-entry-for-Tunnel-car-washer-1.md", "iotId", "status"),
    MACHINE_TT1_CAR_PUSH_OUT("Callback-Car-rolled-out-for-Tunnel-car-washer-1.md", "iotId", "orderIdList"),
    WP1_WORK_FINISH("Callback-The-notice-of-finish-water-purification-for-Water-purifier-1.md", "iotId", "orderId",
            "volume"),
    WP1_WAIT_TIMEOUT("Callback-The-operation-timed-out-for-Water-purifier-1.md", "iotId", "orderId"),
    WP1_START_WATER("Callback-Send-out-water-for-Water-purifier-1.md", "iotId", "orderId"),
    WP1_CARD_CONSUME_READY(
            "Callback-The-notice-of-ready-water-of-equipment-after-card-swiping-for-Water-purifier-1.md", "iotId",
            "orderId"),
    WP1_UPLOAD_TDS("Callback-TDS-report-of-Water-purifier-1.md", "iotId", "sourceTds", "cleanTds"),
    ZY_RT_PARK_CHANGE("Callback-Car-position-change-for-New-Rollover-car-washer.md", "iotId", "status"),
    /** A type the platform added after our pages. */
    UNKNOWN("", new String[0]);

    private final String page;
    private final List<String> fields;

    CallbackType(String page, String... fields) {
        this.page = page;
        this.fields = List.of(fields);
    }

    /** The wiki page documenting this type's fields. */
    public String page() {
        return page;
    }

    /** The type-specific fields the page documents (besides callTime and callbackType). */
    public List<String> fields() {
        return fields;
    }

    /** Every documented field including the common ones. */
    public Set<String> allFields() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of("callTime", "callbackType"));
        all.addAll(fields);
        return all;
    }

    /** The type for {@code raw}, {@link #UNKNOWN} when not documented. */
    public static CallbackType of(String raw) {
        return Arrays.stream(values()).filter(t -> t != UNKNOWN && t.name().equals(raw)).findFirst().orElse(UNKNOWN);
    }
}
