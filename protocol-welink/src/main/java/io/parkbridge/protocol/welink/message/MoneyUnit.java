package io.parkbridge.protocol.welink.message;

import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import java.math.BigDecimal;

/**
 * The unit of WeLink's money fields (金额). The document never states it; every example
 * (parkingFee 10 for 120 minutes, monthlyRent 100) reads as yuan, so {@link #YUAN} is the
 * default. The client makes it configurable in case a deployment turns out to use fen.
 */
public enum MoneyUnit {
    /** Amounts are yuan, at most two decimals. */
    YUAN,
    /** Amounts are whole fen. */
    FEN;

    /**
     * Converts an exact decimal read from the wire.
     *
     * @throws InvalidAmountException if it does not fit the unit exactly
     */
    public Money toMoney(BigDecimal amount) {
        if (this == FEN) {
            try {
                return Money.ofFen(amount.longValueExact());
            } catch (ArithmeticException e) {
                // toString, not toPlainString: 1E-999999999 must not be expanded to a billion digits
                throw new InvalidAmountException(amount.toString(), "a whole number of fen");
            }
        }
        return Money.ofYuan(amount); // exact: 12.500 is 12.5 yuan, 12.505 is refused, no expansion of exponents
    }

    /** The amount as it goes on the wire: yuan with no needless zeros ("12", "12.5") or fen. */
    public BigDecimal toWire(Money money) {
        if (this == FEN) {
            return BigDecimal.valueOf(money.fen());
        }
        BigDecimal yuan = BigDecimal.valueOf(money.fen(), 2).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }
}
