package io.parkbridge.core.credential;

import io.parkbridge.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * Port: the stored-value card accounts. Implementations must make {@link #debit} atomic and
 * idempotent by order id, and never take a balance below the card's floor, even under
 * concurrent calls.
 */
public interface CardLedger {

    /** Creates a card; fails if the number exists. */
    StoredValueCard open(StoredValueCard card);

    Optional<StoredValueCard> find(String cardNumber);

    /**
     * Debits {@code amount} for {@code orderId}. A second call with the same order id, card and
     * amount returns the first result with {@code repeated = true} and changes nothing.
     */
    DebitResult debit(String cardNumber, String orderId, Money amount);

    /** Credits (tops up) {@code amount}, idempotent by {@code orderId} like debit. */
    DebitResult credit(String cardNumber, String orderId, Money amount);

    /** The card's movements, oldest first. */
    List<CardMovement> history(String cardNumber);
}
