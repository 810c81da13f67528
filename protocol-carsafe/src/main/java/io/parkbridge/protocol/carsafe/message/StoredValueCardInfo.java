package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;

/** 6.7 储值卡信息 response; {@code balance} read as yuan (the unit is not stated; see docs). */
public record StoredValueCardInfo(@JsonProperty("name") String name, @JsonProperty("balance") Money balance,
        @JsonProperty("carno") String carNo) {
}
