package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;

/** 6.5 月卡信息 response ({@code monthlyrent} in yuan). */
public record MonthlyCardInfo(@JsonProperty("UserNo") String userNo, @JsonProperty("name") String name,
        @JsonProperty("monthlyrent") Money monthlyRent, @JsonProperty("tariffid") String tariffId,
        @JsonProperty("carno") String carNo, @JsonProperty("expirydate") String expiryDate,
        @JsonProperty("newexpirydate") String newExpiryDate, @JsonProperty("groupID") String groupId,
        @JsonProperty("berth") String berth, @JsonProperty("chargeBy") String chargeBy) {
}
