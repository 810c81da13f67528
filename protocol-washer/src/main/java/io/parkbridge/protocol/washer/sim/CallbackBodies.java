package io.parkbridge.protocol.washer.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Realistic callback bodies, one builder per documented type, stamped with the clock's time. */
public final class CallbackBodies {
    private final Clock clock;

    public CallbackBodies(Clock clock) {
        this.clock = clock;
    }

    private ObjectNode base(String type) {
        ObjectNode n = JsonMappers.strict().createObjectNode();
        n.put("callTime", clock.millis());
        n.put("callbackType", type);
        return n;
    }

    private ObjectNode machine(String type, long iotId) {
        return base(type).put("iotId", iotId);
    }

    public ObjectNode finishWash(long iotId, String orderId) {
        return machine("FINISH_WASH", iotId).put("orderId", orderId);
    }

    public ObjectNode machineInfo(long iotId, String name, String machineType, boolean online, boolean error) {
        return machine("MACHINE_UPDATE_INFO", iotId).put("name", name).put("country", "China")
                .put("address", "Huangdao District, Qingdao").put("longitude", new BigDecimal("120.132349"))
                .put("latitude", new BigDecimal("35.992877")).put("errorStatus", error ? "ERROR" : "OK")
                .put("onlineStatus", online ? "ONLINE" : "OFFLINE").put("machineType", machineType);
    }

    public ObjectNode onlineStatus(List<Long> iotIds, boolean online) {
        ObjectNode n = base("MACHINE_UPDATE_STATUS");
        iotIds.forEach(n.putArray("iotIdList")::add);
        return n.put("status", online ? 1 : 0);
    }

    public ObjectNode machineError(long iotId, String message, String createDate) {
        return machine("MACHINE_ERROR", iotId).put("errorMessage", message).put("createTime", createDate);
    }

    /** MACHINE_FA_CAR_CHANGE: SUCCESS, FAIL, BACK, ENTER or WAIT. */
    public ObjectNode rolloverCarChange(long iotId, String status) {
        return machine("MACHINE_FA_CAR_CHANGE", iotId).put("status", status);
    }

    /** MACHINE_RT2_CAR_CHANGE: SUCCESS, BACK, FORWARD or WAIT. */
    public ObjectNode rollover2CarChange(long iotId, String status) {
        return machine("MACHINE_RT2_CAR_CHANGE", iotId).put("status", status);
    }

    /** MACHINE_TT1_CAR_INTO: SUCCESS or INTO_TIME_OUT. */
    public ObjectNode tunnelCarInto(long iotId, String status) {
        return machine("MACHINE_TT1_CAR_INTO", iotId).put("status", status);
    }

    public ObjectNode tunnelCarPushOut(long iotId, List<String> orderIds) {
        ObjectNode n = machine("MACHINE_TT1_CAR_PUSH_OUT", iotId);
        orderIds.forEach(n.putArray("orderIdList")::add);
        return n;
    }

    /** WP1_WORK_FINISH; {@code leftOverMl} is the water NOT dispensed, as the page says. */
    public ObjectNode waterWorkFinish(long iotId, String orderId, int leftOverMl) {
        return machine("WP1_WORK_FINISH", iotId).put("orderId", orderId).put("volume", leftOverMl);
    }

    public ObjectNode waterWaitTimeout(long iotId, String orderId) {
        return machine("WP1_WAIT_TIMEOUT", iotId).put("orderId", orderId);
    }

    public ObjectNode waterStart(long iotId, String orderId) {
        return machine("WP1_START_WATER", iotId).put("orderId", orderId);
    }

    public ObjectNode waterReady(long iotId, String orderId) {
        return machine("WP1_CARD_CONSUME_READY", iotId).put("orderId", orderId);
    }

    public ObjectNode tds(long iotId, int sourceTds, int cleanTds) {
        return machine("WP1_UPLOAD_TDS", iotId).put("sourceTds", sourceTds).put("cleanTds", cleanTds);
    }

    /** ZY_RT_PARK_CHANGE: "0" parked, "16" forward, "17" back. */
    public ObjectNode newRolloverParkChange(long iotId, String status) {
        return machine("ZY_RT_PARK_CHANGE", iotId).put("status", status);
    }
}
