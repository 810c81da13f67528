package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;
import java.util.Objects;

/**
 * 6.2 停车缴费 request ({@code api.aspx/commit}): reports a payment for the order 6.1 created.
 * Amounts go out as yuan strings ("24.00").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentCommitRequest(@JsonProperty("credentialtype") String credentialType,
        @JsonProperty("credential") String credential, @JsonProperty("calcendtime") String calcEndTime,
        @JsonProperty("numno") String numNo, @JsonProperty("carno") String carNo,
        @JsonProperty("entertime") String enterTime, @JsonProperty("parkcost") Money parkCost,
        @JsonProperty("amount") Money amount, @JsonProperty("payType") String payType,
        @JsonProperty("orderNo") String orderNo, @JsonProperty("calcId") String calcId,
        @JsonProperty("thirdPayId") String thirdPayId, @JsonProperty("thirdPayTime") String thirdPayTime,
        @JsonProperty("freeType") String freeType, @JsonProperty("onlyPartialFee") String onlyPartialFee) {

    public PaymentCommitRequest {
        Objects.requireNonNull(credentialType, "credentialtype");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(parkCost, "parkcost");
        if (parkCost.isNegative() || (amount != null && amount.isNegative())) {
            throw new IllegalArgumentException("parkcost/amount: expected zero or more");
        }
    }

    /** Commits payment of a 6.1 calculation in full. */
    public static PaymentCommitRequest paying(FeeCalculation calc, Credential credential, Money paid, String payType,
            String thirdPayId, String thirdPayTime) {
        return new PaymentCommitRequest(credential.type(), credential.value(), calc.calcEndTime(), calc.numNo(),
                calc.carNo(), calc.enterTime(), calc.parkCost(), paid, payType, calc.orderNo(), null, thirdPayId,
                thirdPayTime, null, null);
    }
}
