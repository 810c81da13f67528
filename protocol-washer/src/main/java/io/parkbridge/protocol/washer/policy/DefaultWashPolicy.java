package io.parkbridge.protocol.washer.policy;

import io.parkbridge.core.credential.CardLedger;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.AccessDecision;
import io.parkbridge.core.credential.AccessPolicy;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.AccessListRepository;
import io.parkbridge.core.port.PassRepository;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.core.wash.WashDecisionPolicy;
import io.parkbridge.core.wash.WashRequest;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy a merchant gets without writing one, built on the core credentials:
 * <ul>
 *   <li>card swipe at a washer: the card is debited the default scheme's price through the
 *       {@link CardLedger};</li>
 *   <li>card swipe at a purifier: the card is debited the water price (per 100 ml); a card that
 *       cannot pay the full volume gets the largest multiple of 100 ml it can pay;</li>
 *   <li>plate: allowed free when the core {@link AccessPolicy} finds a valid pass or white-list
 *       entry and no black-list entry.</li>
 * </ul>
 * The order id is derived from the machine and the request time ({@code W<iotId>-<callTime>}),
 * so a request the platform repeats is debited once (the ledger is idempotent by order id) and a
 * repeated purifier swipe gets the volume its first debit paid for. Free schemes or water (price 0)
 * need a known card and debit nothing. The
 * balance shown is the balance after the debit, in fen; a refused card sees its current balance.
 */
public final class DefaultWashPolicy implements WashDecisionPolicy {
    private final CardLedger ledger;
    private final AccessPolicy access;
    private final WashTariff tariff;
    private final Clock clock;

    public DefaultWashPolicy(CardLedger ledger, PassRepository passes, AccessListRepository lists, WashTariff tariff,
            Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.access = new AccessPolicy(passes, lists);
        this.tariff = Objects.requireNonNull(tariff, "tariff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The order id for {@code request}: the same request always gets the same id. */
    public static String orderIdFor(WashRequest request) {
        return "W" + request.deviceId() + "-" + request.requestedAt().toEpochMilli();
    }

    @Override
    public WashDecision decide(WashRequest request) {
        String orderId = orderIdFor(request);
        return switch (request.type()) {
            case CARD_WASH -> cardWash(request.cardNumber(), orderId);
            case WATER_CARD -> water(request.cardNumber(), orderId);
            case CAR_PLATE -> plate(request.plate().orElseThrow(), orderId);
        };
    }

    private WashDecision cardWash(String card, String orderId) {
        int scheme = tariff.defaultScheme();
        Money price = tariff.priceOf(scheme);
        if (price.isZero()) {
            // A free scheme: the ledger debits only positive amounts, so only the card is checked.
            return ledger.find(card).map(c -> WashDecision.wash(orderId, scheme, c.balance()))
                    .orElseGet(() -> WashDecision.refuse(orderId, "unknown card"));
        }
        DebitResult result = ledger.debit(card, orderId, price);
        if (result instanceof DebitResult.Debited d) {
            return WashDecision.wash(orderId, scheme, d.balanceAfter());
        }
        return refusal(orderId, result);
    }

    private WashDecision water(String card, String orderId) {
        Optional<StoredValueCard> found = ledger.find(card);
        if (found.isEmpty()) {
            return WashDecision.refuse(orderId, "unknown card");
        }
        Optional<CardMovement> paid = ledger.history(card).stream()
                .filter(m -> m.orderId().equals(orderId) && m.amount().isNegative()).findFirst();
        if (paid.isPresent()) {
            // The platform repeated the swipe: grant what was paid for then, not what the balance
            // left after that debit allows now (which would refuse or conflict with the first debit).
            return WashDecision.water(orderId, volumePaidBy(paid.get().amount()), tariff.waterMaxWaitSeconds(),
                    paid.get().balanceAfter());
        }
        int volume = tariff.waterVolumeMl();
        Money per100 = tariff.waterPricePer100Ml();
        if (per100.isPositive()) {
            long spendable = found.get().balance().minus(found.get().floor()).fen();
            long affordable = Math.max(0, spendable / per100.fen()) * 100;
            volume = (int) Math.min(volume, affordable);
        }
        if (volume <= 0) {
            return new WashDecision(false, 1, found.get().balance(), orderId, 0, 0,
                    "balance below the price of 100 ml");
        }
        if (!per100.isPositive()) {
            return WashDecision.water(orderId, volume, tariff.waterMaxWaitSeconds(), found.get().balance()); // free water
        }
        DebitResult result = ledger.debit(card, orderId, tariff.waterPrice(volume));
        if (result instanceof DebitResult.Debited d) {
            return WashDecision.water(orderId, volume, tariff.waterMaxWaitSeconds(), d.balanceAfter());
        }
        return refusal(orderId, result);
    }

    /** The volume a water debit of {@code signedAmount} (negative) paid for, at the tariff's price. */
    private int volumePaidBy(Money signedAmount) {
        Money per100 = tariff.waterPricePer100Ml();
        if (!per100.isPositive()) {
            return tariff.waterVolumeMl();
        }
        long units = Math.max(1, -signedAmount.fen() / per100.fen()); // >= 1 even if the price has changed since
        return (int) Math.min(tariff.waterVolumeMl(), units * 100);
    }

    private WashDecision plate(Plate plate, String orderId) {
        AccessDecision decision = access.decide(plate, clock.instant(), null);
        if (decision.outcome() == AccessDecision.Outcome.REFUSED_BLACK_LIST) {
            return WashDecision.refuse(orderId, "plate is black-listed");
        }
        if (decision.free()) {
            return WashDecision.wash(orderId, tariff.defaultScheme(), Money.ZERO);
        }
        return WashDecision.refuse(orderId, "plate has no pass and is not white-listed");
    }

    private static WashDecision refusal(String orderId, DebitResult result) {
        if (result instanceof DebitResult.InsufficientBalance b) {
            return new WashDecision(false, 1, b.balance(), orderId, 0, 0, "insufficient balance");
        }
        if (result instanceof DebitResult.UnknownCard) {
            return WashDecision.refuse(orderId, "unknown card");
        }
        if (result instanceof DebitResult.OrderConflict) {
            return WashDecision.refuse(orderId, "order id already used for another debit");
        }
        return WashDecision.refuse(orderId, "unexpected ledger result");
    }
}
