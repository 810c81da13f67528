package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 8.5/8.6 车辆停车位置 (PascalCase on the wire since v1.08). */
public record VehiclePosition(@JsonProperty("LicensePlate") String licensePlate,
        @JsonProperty("ParkLotName") String parkLotName, @JsonProperty("FloorName") String floorName,
        @JsonProperty("ImgUrl") String imgUrl, @JsonProperty("InDate") String inDate,
        @JsonProperty("ParkingTime") String parkingTime) {
}
