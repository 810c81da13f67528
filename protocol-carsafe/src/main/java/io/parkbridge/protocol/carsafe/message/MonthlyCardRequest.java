package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 6.5 月卡信息 / 6.6 月卡缴费 request. 6.6 takes {@code paytype} in lower case (v1.95), months in
 * {@code number}, or an {@code expirydate}; Chean computes the fee.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonthlyCardRequest(@JsonProperty("credentialtype") String credentialType,
        @JsonProperty("credential") String credential, @JsonProperty("number") String months,
        @JsonProperty("expirydate") String expiryDate, @JsonProperty("paytype") String payType,
        @JsonProperty("orderNo") String orderNo, @JsonProperty("thirdPayId") String thirdPayId,
        @JsonProperty("thirdPayTime") String thirdPayTime) {

    /** 6.5 query for {@code months} months ahead (null = current state). */
    public static MonthlyCardRequest info(Credential c, Integer months) {
        return new MonthlyCardRequest(c.type(), c.value(), months == null ? null : months.toString(), null, null, null,
                null, null);
    }

    /** 6.6 charge for {@code months} months. */
    public static MonthlyCardRequest charge(Credential c, int months, String payType, String thirdPayId,
            String thirdPayTime) {
        if (months < 1) {
            throw new IllegalArgumentException("number: expected 1 or more months, got " + months);
        }
        return new MonthlyCardRequest(c.type(), c.value(), Integer.toString(months), null, payType, null, thirdPayId,
                thirdPayTime);
    }
}
