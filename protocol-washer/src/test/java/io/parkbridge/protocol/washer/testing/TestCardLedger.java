package io.parkbridge.protocol.washer.testing;

import io.parkbridge.core.credential.CardLedger;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small in-memory CardLedger for tests (core's own is being written elsewhere). */
public final class TestCardLedger implements CardLedger {
    private final Map<String, StoredValueCard> cards = new HashMap<>();
    private final Map<String, CardMovement> byOrder = new HashMap<>();
    private final List<CardMovement> movements = new ArrayList<>();
    private final Clock clock;

    public TestCardLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized StoredValueCard open(StoredValueCard card) {
        if (cards.putIfAbsent(card.cardNumber(), card) != null) {
            throw new IllegalArgumentException("card exists");
        }
        return card;
    }

    @Override
    public synchronized Optional<StoredValueCard> find(String cardNumber) {
        return Optional.ofNullable(cards.get(cardNumber));
    }

    @Override
    public synchronized DebitResult debit(String cardNumber, String orderId, Money amount) {
        return move(cardNumber, orderId, Money.ZERO.minus(amount));
    }

    @Override
    public synchronized DebitResult credit(String cardNumber, String orderId, Money amount) {
        return move(cardNumber, orderId, amount);
    }

    private DebitResult move(String cardNumber, String orderId, Money delta) {
        CardMovement previous = byOrder.get(orderId);
        if (previous != null) {
            if (previous.cardNumber().equals(cardNumber) && previous.amount().equals(delta)) {
                return new DebitResult.Debited(orderId, delta.isNegative() ? Money.ZERO.minus(delta) : delta,
                        previous.balanceAfter(), true);
            }
            return new DebitResult.OrderConflict(orderId);
        }
        StoredValueCard card = cards.get(cardNumber);
        if (card == null) {
            return new DebitResult.UnknownCard();
        }
        Money after = card.balance().plus(delta);
        if (after.compareTo(card.floor()) < 0) {
            return new DebitResult.InsufficientBalance(card.balance(), Money.ZERO.minus(delta));
        }
        cards.put(cardNumber, new StoredValueCard(cardNumber, card.holder(), after, card.overdraftLimit()));
        CardMovement m = new CardMovement(cardNumber, orderId, delta, after, clock.instant());
        byOrder.put(orderId, m);
        movements.add(m);
        return new DebitResult.Debited(orderId, delta.isNegative() ? Money.ZERO.minus(delta) : delta, after, false);
    }

    @Override
    public synchronized List<CardMovement> history(String cardNumber) {
        return movements.stream().filter(m -> m.cardNumber().equals(cardNumber)).toList();
    }
}
