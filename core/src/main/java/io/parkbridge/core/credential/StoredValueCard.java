package io.parkbridge.core.credential;

import io.parkbridge.core.money.Money;
import java.util.Objects;

/**
 * A stored-value card.
 *
 * @param cardNumber the number printed on or read from the card
 * @param holder who holds it (may be empty)
 * @param balance current balance
 * @param overdraftLimit how far below zero the balance may go (zero: never negative)
 */
public record StoredValueCard(String cardNumber, String holder, Money balance, Money overdraftLimit) {
    public StoredValueCard {
        Objects.requireNonNull(cardNumber, "cardNumber");
        if (cardNumber.isBlank()) {
            throw new IllegalArgumentException("cardNumber: expected a card number, not a blank");
        }
        holder = holder == null ? "" : holder;
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(overdraftLimit, "overdraftLimit");
        if (overdraftLimit.isNegative()) {
            throw new IllegalArgumentException("overdraftLimit: expected zero or more, got " + overdraftLimit);
        }
    }

    /** The lowest balance a debit may leave. */
    public Money floor() {
        return Money.ZERO.minus(overdraftLimit);
    }

    /** Card numbers are printed masked: only the last four characters show. */
    @Override
    public String toString() {
        return "StoredValueCard[cardNumber=" + CardNumbers.mask(cardNumber) + ", holder=" + holder
                + ", balance=" + balance + ", overdraftLimit=" + overdraftLimit + "]";
    }
}
