package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;
import java.util.Objects;

/** 6.8 储值卡充值 request; {@code payamount} sent as a yuan string. */
public record StoredValueTopUp(@JsonProperty("credentialtype") String credentialType,
        @JsonProperty("credential") String credential, @JsonProperty("payamount") Money payAmount) {
    public StoredValueTopUp {
        Objects.requireNonNull(payAmount, "payamount");
        if (!payAmount.isPositive()) {
            throw new IllegalArgumentException("payamount: expected more than zero, got " + payAmount);
        }
    }

    /** A top-up of {@code amount} for the card of {@code c}. */
    public static StoredValueTopUp of(Credential c, Money amount) {
        return new StoredValueTopUp(c.type(), c.value(), amount);
    }
}
