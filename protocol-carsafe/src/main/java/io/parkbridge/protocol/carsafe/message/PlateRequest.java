package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {licensePlate}}: 6.16-6.19 (lock/unlock) and 6.54 (lock status). */
public record PlateRequest(@JsonProperty("licensePlate") String licensePlate) {
    public PlateRequest {
        if (licensePlate == null || licensePlate.isBlank()) {
            throw new IllegalArgumentException("licensePlate: expected a plate");
        }
    }
}
