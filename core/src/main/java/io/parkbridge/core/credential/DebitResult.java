package io.parkbridge.core.credential;

import io.parkbridge.core.money.Money;

/** The outcome of {@link CardLedger#debit}. */
public sealed interface DebitResult {

    /** The card was debited (or, when {@code repeated}, had already been debited for this order). */
    record Debited(String orderId, Money amount, Money balanceAfter, boolean repeated) implements DebitResult {
    }

    /** The debit would take the balance below the card's floor; nothing changed. */
    record InsufficientBalance(Money balance, Money requested) implements DebitResult {
    }

    /** No such card; nothing changed. */
    record UnknownCard() implements DebitResult {
    }

    /** The order id was already used for a different amount or card; nothing changed. */
    record OrderConflict(String orderId) implements DebitResult {
    }
}
