package io.parkbridge.adapter.http.store.jdbc;

import io.parkbridge.core.credential.CardLedger;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.CardNumbers;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The core {@link CardLedger} on the database.
 *
 * <p>A debit or credit locks the card row ({@code SELECT ... FOR UPDATE}), so movements on one
 * card are serialised even across servers sharing the database; the order id is unique per
 * movement kind (a constraint), which makes a repeat idempotent; and a check constraint keeps
 * the balance at or above the card's floor even if the code above were wrong.
 */
public final class JdbcCardLedger implements CardLedger {
    private static final String DEBIT = "DEBIT";
    private static final String CREDIT = "CREDIT";

    private final Database db;
    private final Clock clock;

    public JdbcCardLedger(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StoredValueCard open(StoredValueCard card) {
        if (card.balance().compareTo(card.floor()) < 0) {
            throw new IllegalArgumentException("balance: expected at least the floor " + card.floor() + ", got "
                    + card.balance());
        }
        try {
            return Jdbc.inTransaction(db, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_card (card_number, holder, balance_fen,"
                        + " overdraft_fen, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, card.cardNumber());
                    ps.setString(2, card.holder());
                    ps.setLong(3, card.balance().fen());
                    ps.setLong(4, card.overdraftLimit().fen());
                    ps.setObject(5, Jdbc.ts(clock.instant()));
                    ps.executeUpdate();
                }
                return card;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && Jdbc.isUniqueViolation(s)) {
                throw new IllegalArgumentException("cardNumber: card " + CardNumbers.mask(card.cardNumber())
                        + " exists already");
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredValueCard> find(String cardNumber) {
        return Jdbc.inTransaction(db, c -> Optional.ofNullable(load(c, cardNumber, false)));
    }

    @Override
    public DebitResult debit(String cardNumber, String orderId, Money amount) {
        return move(cardNumber, orderId, amount, DEBIT);
    }

    @Override
    public DebitResult credit(String cardNumber, String orderId, Money amount) {
        return move(cardNumber, orderId, amount, CREDIT);
    }

    private DebitResult move(String cardNumber, String orderId, Money amount, String kind) {
        Objects.requireNonNull(cardNumber, "cardNumber");
        if (orderId == null || orderId.isBlank() || orderId.length() > 128) {
            throw new IllegalArgumentException("orderId: expected 1..128 characters");
        }
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("amount: expected more than zero, got " + amount);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return Jdbc.inTransaction(db, c -> moveLocked(c, cardNumber, orderId, amount, kind));
            } catch (StoreException e) {
                // Same order id on another card committed between our check and insert: look again.
                if (attempt == 0 && e.getCause() instanceof SQLException s && Jdbc.isUniqueViolation(s)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private DebitResult moveLocked(Connection c, String cardNumber, String orderId, Money amount, String kind)
            throws SQLException {
        StoredValueCard card = load(c, cardNumber, true);
        if (card == null) {
            return new DebitResult.UnknownCard();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT card_number, amount_fen, balance_after_fen"
                + " FROM pb_card_movement WHERE kind = ? AND order_id = ?")) {
            ps.setString(1, kind);
            ps.setString(2, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long storedAmount = Math.abs(rs.getLong("amount_fen"));
                    if (rs.getString("card_number").equals(cardNumber) && storedAmount == amount.fen()) {
                        return new DebitResult.Debited(orderId, amount, Money.ofFen(rs.getLong("balance_after_fen")),
                                true);
                    }
                    return new DebitResult.OrderConflict(orderId);
                }
            }
        }
        Money after = DEBIT.equals(kind) ? card.balance().minus(amount) : card.balance().plus(amount);
        if (DEBIT.equals(kind) && after.compareTo(card.floor()) < 0) {
            return new DebitResult.InsufficientBalance(card.balance(), amount);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE pb_card SET balance_fen = ? WHERE card_number = ?")) {
            ps.setLong(1, after.fen());
            ps.setString(2, cardNumber);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pb_card_movement (card_number, order_id, kind,"
                + " amount_fen, balance_after_fen, moved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, cardNumber);
            ps.setString(2, orderId);
            ps.setString(3, kind);
            ps.setLong(4, DEBIT.equals(kind) ? -amount.fen() : amount.fen());
            ps.setLong(5, after.fen());
            ps.setObject(6, Jdbc.ts(clock.instant()));
            ps.executeUpdate();
        }
        return new DebitResult.Debited(orderId, amount, after, false);
    }

    private static StoredValueCard load(Connection c, String cardNumber, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT card_number, holder, balance_fen, overdraft_fen"
                + " FROM pb_card WHERE card_number = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, cardNumber);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new StoredValueCard(rs.getString("card_number"), rs.getString("holder"),
                        Money.ofFen(rs.getLong("balance_fen")), Money.ofFen(rs.getLong("overdraft_fen")));
            }
        }
    }

    @Override
    public List<CardMovement> history(String cardNumber) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT card_number, order_id, amount_fen,"
                    + " balance_after_fen, moved_at FROM pb_card_movement WHERE card_number = ? ORDER BY id")) {
                ps.setString(1, cardNumber);
                List<CardMovement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CardMovement(rs.getString("card_number"), rs.getString("order_id"),
                                Money.ofFen(rs.getLong("amount_fen")), Money.ofFen(rs.getLong("balance_after_fen")),
                                Jdbc.instant(rs, "moved_at")));
                    }
                }
                return out;
            }
        });
    }
}
