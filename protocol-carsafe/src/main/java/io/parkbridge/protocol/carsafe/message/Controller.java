package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 6.21-6.23 控制机 (lane controller). */
public record Controller(@JsonProperty("controllerNo") String controllerNo, @JsonProperty("fullName") String fullName,
        @JsonProperty("deviceID") String deviceId) {
}
