package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Device-addressed commands. 6.25 (open gate) names the field {@code deviceId}; 6.58 (close
 * gate), 6.61, 6.80-6.83 name it {@code deviceID}: both spellings are kept as printed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GateRequest(@JsonProperty("deviceId") String deviceId, @JsonProperty("deviceID") String deviceID) {

    /** 6.25 body. */
    public static GateRequest open(String deviceId) {
        require(deviceId);
        return new GateRequest(deviceId, null);
    }

    /** 6.58 body. */
    public static GateRequest close(String deviceId) {
        require(deviceId);
        return new GateRequest(null, deviceId);
    }

    private static void require(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("deviceId: expected a controller device id");
        }
    }
}
