package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.credential.CardNumbers;

/** 6.4 停车卡信息 row (the most used fields; the rest stay available through the generic call). */
public record ParkingCard(@JsonProperty("CardNo") String cardNo, @JsonProperty("CardID") String cardId,
        @JsonProperty("NumNo") String numNo, @JsonProperty("UserNo") String userNo,
        @JsonProperty("UserName") String userName, @JsonProperty("LicensePlate1") String licensePlate1,
        @JsonProperty("LicensePlate2") String licensePlate2, @JsonProperty("FuncType") String funcType,
        @JsonProperty("StartDate") String startDate, @JsonProperty("ExpiryDate") String expiryDate,
        @JsonProperty("Status") String status) {

    /** Card numbers masked to their last four characters. */
    @Override
    public String toString() {
        return "ParkingCard[cardNo=" + CardNumbers.mask(cardNo) + ", cardId=" + CardNumbers.mask(cardId) + ", numNo="
                + numNo + ", userNo=" + userNo + ", userName=" + userName + ", licensePlate1=" + licensePlate1
                + ", licensePlate2=" + licensePlate2 + ", funcType=" + funcType + ", startDate=" + startDate
                + ", expiryDate=" + expiryDate + ", status=" + status + "]";
    }
}
