package io.parkbridge.protocol.washer.callback;

import static io.parkbridge.protocol.washer.callback.Fields.optionalDecimal;
import static io.parkbridge.protocol.washer.callback.Fields.optionalInt;
import static io.parkbridge.protocol.washer.callback.Fields.optionalLong;
import static io.parkbridge.protocol.washer.callback.Fields.optionalText;
import static io.parkbridge.protocol.washer.callback.Fields.requireLong;
import static io.parkbridge.protocol.washer.callback.Fields.requireLongList;
import static io.parkbridge.protocol.washer.callback.Fields.requireText;
import static io.parkbridge.protocol.washer.callback.Fields.textList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.json.JsonLimits;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.washer.Washer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses a callback body (strict JSON: the platform's callback example is strict) into a typed
 * {@link WasherCallback}. Known types must carry the fields needed to identify them (machine,
 * order); other documented fields are optional. Errors name the field.
 */
public final class CallbackParser {
    private CallbackParser() {
    }

    /** Parses {@code body}; throws {@link MalformedMessageException} naming the field at fault. */
    public static WasherCallback parse(byte[] body) {
        JsonNode tree;
        try {
            tree = JsonMappers.strict().readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new MalformedMessageException(Washer.VENDOR, "", "a JSON object", null);
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedMessageException(Washer.VENDOR, "", "a JSON object", null);
        }
        JsonLimits.DEFAULT.check(Washer.VENDOR, tree); // refused here, not left to fail in storage (503, retried forever)
        ObjectNode n = (ObjectNode) tree;
        String raw = new String(body, StandardCharsets.UTF_8);
        String typeText = requireText(n, "callbackType");
        CallbackType type = CallbackType.of(typeText);
        Long callTime = optionalLong(n, "callTime");
        Map<String, String> unknown = unknownFields(n, type.allFields());
        return switch (type) {
            case FINISH_WASH -> new WasherCallback.FinishWash(callTime, requireLong(n, "iotId"),
                    requireText(n, "orderId"), unknown, raw);
            case MACHINE_UPDATE_INFO -> new WasherCallback.MachineInfo(callTime, requireLong(n, "iotId"),
                    optionalText(n, "name"), optionalText(n, "country"), optionalText(n, "address"),
                    optionalDecimal(n, "longitude"), optionalDecimal(n, "latitude"), optionalText(n, "errorStatus"),
                    optionalText(n, "onlineStatus"), optionalText(n, "machineType"), unknown, raw);
            case MACHINE_UPDATE_STATUS -> new WasherCallback.OnlineStatus(callTime, requireLongList(n, "iotIdList"),
                    onlineFlag(n), unknown, raw);
            case MACHINE_ERROR -> new WasherCallback.MachineError(callTime, requireLong(n, "iotId"),
                    optionalText(n, "errorMessage"), optionalText(n, "createTime"), unknown, raw);
            case MACHINE_FA_CAR_CHANGE -> new WasherCallback.RolloverCarChange(callTime, requireLong(n, "iotId"),
                    requireText(n, "status"), unknown, raw);
            case MACHINE_RT2_CAR_CHANGE -> new WasherCallback.Rollover2CarChange(callTime, requireLong(n, "iotId"),
                    requireText(n, "status"), unknown, raw);
            case MACHINE_TT1_CAR_INTO -> new WasherCallback.TunnelCarInto(callTime, requireLong(n, "iotId"),
                    requireText(n, "status"), unknown, raw);
            case MACHINE_TT1_CAR_PUSH_OUT -> new WasherCallback.TunnelCarPushOut(callTime, requireLong(n, "iotId"),
                    textList(n, "orderIdList"), unknown, raw);
            case WP1_WORK_FINISH -> new WasherCallback.WaterWorkFinish(callTime, requireLong(n, "iotId"),
                    requireText(n, "orderId"), optionalInt(n, "volume"), unknown, raw);
            case WP1_WAIT_TIMEOUT -> new WasherCallback.WaterWaitTimeout(callTime, requireLong(n, "iotId"),
                    requireText(n, "orderId"), unknown, raw);
            case WP1_START_WATER -> new WasherCallback.WaterStart(callTime, requireLong(n, "iotId"),
                    requireText(n, "orderId"), unknown, raw);
            case WP1_CARD_CONSUME_READY -> new WasherCallback.WaterReady(callTime, requireLong(n, "iotId"),
                    requireText(n, "orderId"), unknown, raw);
            case WP1_UPLOAD_TDS -> new WasherCallback.TdsReport(callTime, requireLong(n, "iotId"),
                    optionalInt(n, "sourceTds"), optionalInt(n, "cleanTds"), unknown, raw);
            case ZY_RT_PARK_CHANGE -> new WasherCallback.NewRolloverParkChange(callTime, requireLong(n, "iotId"),
                    requireText(n, "status"), unknown, raw);
            case UNKNOWN -> new WasherCallback.Unknown(callTime, typeText, unknown, raw);
        };
    }

    private static int onlineFlag(ObjectNode n) {
        Integer status = optionalInt(n, "status");
        if (status == null || (status != 0 && status != 1)) {
            throw new MalformedMessageException(Washer.VENDOR, "status", "1 (online) or 0 (offline)", null);
        }
        return status;
    }

    private static Map<String, String> unknownFields(ObjectNode n, Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!known.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue().toString());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
