package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 6.4 停车卡信息 row (the most used fields; the rest stay available through the generic call). */
public record ParkingCard(@JsonProperty("CardNo") String cardNo, @JsonProperty("CardID") String cardId,
        @JsonProperty("NumNo") String numNo, @JsonProperty("UserNo") String userNo,
        @JsonProperty("UserName") String userName, @JsonProperty("LicensePlate1") String licensePlate1,
        @JsonProperty("LicensePlate2") String licensePlate2, @JsonProperty("FuncType") String funcType,
        @JsonProperty("StartDate") String startDate, @JsonProperty("ExpiryDate") String expiryDate,
        @JsonProperty("Status") String status) {
}
