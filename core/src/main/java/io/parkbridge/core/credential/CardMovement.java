package io.parkbridge.core.credential;

import io.parkbridge.core.money.Money;
import java.time.Instant;

/** One debit (negative amount) or credit (positive amount) on a card. */
public record CardMovement(String cardNumber, String orderId, Money amount, Money balanceAfter, Instant at) {
    @Override
    public String toString() {
        return "CardMovement[cardNumber=" + CardNumbers.mask(cardNumber) + ", orderId=" + orderId + ", amount="
                + amount + ", balanceAfter=" + balanceAfter + ", at=" + at + "]";
    }
}
