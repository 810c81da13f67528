package io.parkbridge.core.credential;

import io.parkbridge.core.money.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link CardLedger} in memory: for tests and simulators, and the reference semantics the
 * adapters' database ledger must match.
 *
 * <ul>
 * <li>Every operation is atomic (one lock for the ledger).</li>
 * <li>An order id belongs to one movement across the whole ledger: repeating it with the same
 *     card, direction and amount returns the first result with {@code repeated = true} and
 *     changes nothing; repeating it with anything different is an {@link DebitResult.OrderConflict}.</li>
 * <li>A debit never takes the balance below the card's floor ({@code -overdraftLimit}); a
 *     refused debit records nothing, so the same order id may be tried again later.</li>
 * </ul>
 */
public final class InMemoryCardLedger implements CardLedger {

    private record Order(String cardNumber, Money signedAmount, DebitResult.Debited result) {
    }

    private final Clock clock;
    private final Map<String, StoredValueCard> cards = new HashMap<>();
    private final Map<String, List<CardMovement>> movements = new HashMap<>();
    private final Map<String, Order> orders = new HashMap<>();

    /** A ledger stamping movements with {@code clock}'s time. */
    public InMemoryCardLedger(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized StoredValueCard open(StoredValueCard card) {
        Objects.requireNonNull(card, "card");
        if (card.balance().compareTo(card.floor()) < 0) {
            throw new IllegalArgumentException("balance: expected at least the card's floor " + card.floor() + ", got "
                    + card.balance());
        }
        if (cards.containsKey(card.cardNumber())) {
            throw new IllegalArgumentException("cardNumber: card " + CardNumbers.mask(card.cardNumber())
                    + " is already open");
        }
        cards.put(card.cardNumber(), card);
        movements.put(card.cardNumber(), new ArrayList<>());
        return card;
    }

    @Override
    public synchronized Optional<StoredValueCard> find(String cardNumber) {
        return Optional.ofNullable(cards.get(cardNumber));
    }

    @Override
    public synchronized DebitResult debit(String cardNumber, String orderId, Money amount) {
        return move(cardNumber, orderId, amount, true);
    }

    @Override
    public synchronized DebitResult credit(String cardNumber, String orderId, Money amount) {
        return move(cardNumber, orderId, amount, false);
    }

    private DebitResult move(String cardNumber, String orderId, Money amount, boolean debit) {
        Objects.requireNonNull(cardNumber, "cardNumber");
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId: expected an order id, not a blank");
        }
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("amount: expected more than zero, got " + amount);
        }
        Money signed = debit ? Money.ZERO.minus(amount) : amount;
        Order previous = orders.get(orderId);
        if (previous != null) {
            if (previous.cardNumber.equals(cardNumber) && previous.signedAmount.equals(signed)) {
                DebitResult.Debited first = previous.result;
                return new DebitResult.Debited(first.orderId(), first.amount(), first.balanceAfter(), true);
            }
            return new DebitResult.OrderConflict(orderId);
        }
        StoredValueCard card = cards.get(cardNumber);
        if (card == null) {
            return new DebitResult.UnknownCard();
        }
        Money after = card.balance().plus(signed); // throws ArithmeticException before any change
        if (debit && after.compareTo(card.floor()) < 0) {
            return new DebitResult.InsufficientBalance(card.balance(), amount);
        }
        cards.put(cardNumber, new StoredValueCard(cardNumber, card.holder(), after, card.overdraftLimit()));
        movements.get(cardNumber).add(new CardMovement(cardNumber, orderId, signed, after, clock.instant()));
        DebitResult.Debited result = new DebitResult.Debited(orderId, amount, after, false);
        orders.put(orderId, new Order(cardNumber, signed, result));
        return result;
    }

    @Override
    public synchronized List<CardMovement> history(String cardNumber) {
        return List.copyOf(movements.getOrDefault(cardNumber, List.of()));
    }
}
