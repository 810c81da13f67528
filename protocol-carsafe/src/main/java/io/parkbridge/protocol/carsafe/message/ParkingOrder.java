package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;

/** 6.26/6.29 停车缴费订单; {@code status} is OrderStatus 0/1/2. */
public record ParkingOrder(@JsonProperty("orderNo") String orderNo, @JsonProperty("cardInId") String cardInId,
        @JsonProperty("chargeSeqNo") String chargeSeqNo, @JsonProperty("numno") String numNo,
        @JsonProperty("carno") @JsonAlias("carNo") String carNo, @JsonProperty("entertime") String enterTime,
        @JsonProperty("parktime") String parkMinutes, @JsonProperty("parkcost") Money parkCost,
        @JsonProperty("amount") Money amount, @JsonProperty("calcstarttime") String calcStartTime,
        @JsonProperty("calcendtime") String calcEndTime, @JsonProperty("payType") String payType,
        @JsonProperty("tradeNo") String tradeNo, @JsonProperty("tradeTime") String tradeTime,
        @JsonProperty("status") String status) {
}
