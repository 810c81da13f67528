package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;

/** 9.6 凭付款码收款 / 9.13 统一无感支付 response; {@code payStatus} 0 success, 1 failure, 2/3 see docs. */
public record MicropayResult(@JsonProperty("orderNo") String orderNo, @JsonProperty("amount") Money amount,
        @JsonProperty("payType") String payType, @JsonProperty("payStatus") String payStatus) {

    public boolean paid() {
        return "0".equals(payStatus);
    }
}
