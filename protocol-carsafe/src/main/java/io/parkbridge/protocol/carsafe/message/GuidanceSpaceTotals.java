package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 8.14 剩余车位查询 (space guidance): totals plus per space type when asked. */
public record GuidanceSpaceTotals(@JsonProperty("total") long total, @JsonProperty("remain") long remain,
        @JsonProperty("standardTotal") Long standardTotal, @JsonProperty("standardRemain") Long standardRemain,
        @JsonProperty("chargingTotal") Long chargingTotal, @JsonProperty("chargingRemain") Long chargingRemain,
        @JsonProperty("barrierFreeTotal") Long barrierFreeTotal,
        @JsonProperty("barrierFreeRemain") Long barrierFreeRemain) {
}
