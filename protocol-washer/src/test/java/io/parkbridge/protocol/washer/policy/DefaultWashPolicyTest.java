package io.parkbridge.protocol.washer.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.core.wash.WashRequest;
import io.parkbridge.core.wash.WashRequestType;
import io.parkbridge.protocol.washer.inbound.ActiveRequestHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.core.credential.InMemoryCardLedger;
import io.parkbridge.core.port.InMemoryAccessListRepository;
import io.parkbridge.core.port.InMemoryPassRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultWashPolicyTest {
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryCardLedger ledger = new InMemoryCardLedger(clock);
    final InMemoryPassRepository passes = new InMemoryPassRepository();
    final InMemoryAccessListRepository lists = new InMemoryAccessListRepository();
    final WashTariff tariff = new WashTariff(Map.of(1, Money.parseYuan("15.00"), 2, Money.parseYuan("25.00")), 1,
            Money.parseYuan("0.50"), 2000, 60);
    final DefaultWashPolicy policy = new DefaultWashPolicy(ledger, passes, lists, tariff, clock);

    static WashRequest card(WashRequestType type, String card, long at) {
        return new WashRequest(Instant.ofEpochMilli(at), "10024", type, card, Optional.empty());
    }

    static WashRequest plate(String plate) {
        return new WashRequest(NOW, "10024", WashRequestType.CAR_PLATE, "", Optional.of(Plate.parse(plate)));
    }

    @Test
    void aCardIsDebitedTheSchemePriceOnceEvenWhenThePlatformRepeatsTheRequest() {
        ledger.open(new StoredValueCard("6222000011112222", "", Money.parseYuan("100.00"), Money.ZERO));

        WashDecision first = policy.decide(card(WashRequestType.CARD_WASH, "6222000011112222", 1700000000123L));
        WashDecision again = policy.decide(card(WashRequestType.CARD_WASH, "6222000011112222", 1700000000123L));

        assertThat(first).isEqualTo(WashDecision.wash("W10024-1700000000123", 1, Money.ofFen(8500)));
        assertThat(again).isEqualTo(first);
        assertThat(ledger.history("6222000011112222")).hasSize(1);
    }

    @Test
    void aCardThatCannotPayIsRefusedAndSeesItsBalance() {
        ledger.open(new StoredValueCard("C1", "", Money.parseYuan("9.99"), Money.ZERO));

        WashDecision d = policy.decide(card(WashRequestType.CARD_WASH, "C1", 1L));

        assertThat(d.approved()).isFalse();
        assertThat(d.balanceAfter()).isEqualTo(Money.ofFen(999));
        assertThat(d.reason()).isEqualTo("insufficient balance");
    }

    @Test
    void anUnknownCardIsRefused() {
        assertThat(policy.decide(card(WashRequestType.CARD_WASH, "NOPE", 1L)).approved()).isFalse();
        assertThat(policy.decide(card(WashRequestType.WATER_CARD, "NOPE", 1L)).approved()).isFalse();
    }

    @Test
    void waterIsPricedPer100MlAndLimitedToWhatTheCardCanPay() {
        ledger.open(new StoredValueCard("RICH", "", Money.parseYuan("50.00"), Money.ZERO));
        ledger.open(new StoredValueCard("POOR", "", Money.parseYuan("3.20"), Money.ZERO));
        ledger.open(new StoredValueCard("BROKE", "", Money.parseYuan("0.49"), Money.ZERO));

        WashDecision rich = policy.decide(card(WashRequestType.WATER_CARD, "RICH", 5L));
        WashDecision poor = policy.decide(card(WashRequestType.WATER_CARD, "POOR", 6L));
        WashDecision broke = policy.decide(card(WashRequestType.WATER_CARD, "BROKE", 7L));

        assertThat(rich).isEqualTo(WashDecision.water("W10024-5", 2000, 60, Money.parseYuan("40.00")));
        assertThat(poor).isEqualTo(WashDecision.water("W10024-6", 600, 60, Money.parseYuan("0.20")));
        assertThat(broke.approved()).isFalse();
        assertThat(broke.balanceAfter()).isEqualTo(Money.ofFen(49));
    }

    @Test
    void aRepeatedWaterSwipeGetsWhatWasPaidForAndIsDebitedOnce() {
        // 0.50 per 100 ml, 2000 ml per swipe (10.00). After the first debit the balance no longer
        // pays for the same volume: the repeat must not be refused or conflict with the first debit.
        ledger.open(new StoredValueCard("MID", "", Money.parseYuan("15.00"), Money.ZERO));
        ledger.open(new StoredValueCard("POOR", "", Money.parseYuan("3.20"), Money.ZERO));

        WashDecision mid = policy.decide(card(WashRequestType.WATER_CARD, "MID", 8L));
        WashDecision midAgain = policy.decide(card(WashRequestType.WATER_CARD, "MID", 8L));
        WashDecision poor = policy.decide(card(WashRequestType.WATER_CARD, "POOR", 9L));
        WashDecision poorAgain = policy.decide(card(WashRequestType.WATER_CARD, "POOR", 9L));

        assertThat(mid).isEqualTo(WashDecision.water("W10024-8", 2000, 60, Money.parseYuan("5.00")));
        assertThat(midAgain).isEqualTo(mid);
        assertThat(poor).isEqualTo(WashDecision.water("W10024-9", 600, 60, Money.parseYuan("0.20")));
        assertThat(poorAgain).isEqualTo(poor);
        assertThat(ledger.history("MID")).hasSize(1);
        assertThat(ledger.history("POOR")).hasSize(1);
    }

    @Test
    void freeSchemesAndFreeWaterNeedAKnownCardButNoDebit() {
        WashTariff free = new WashTariff(Map.of(1, Money.parseYuan("15.00"), 3, Money.ZERO), 3, Money.ZERO, 500, 45);
        DefaultWashPolicy freePolicy = new DefaultWashPolicy(ledger, passes, lists, free, clock);
        ledger.open(new StoredValueCard("F1", "", Money.parseYuan("2.00"), Money.ZERO));

        assertThat(freePolicy.decide(card(WashRequestType.CARD_WASH, "F1", 10L)))
                .isEqualTo(WashDecision.wash("W10024-10", 3, Money.parseYuan("2.00")));
        assertThat(freePolicy.decide(card(WashRequestType.WATER_CARD, "F1", 11L)))
                .isEqualTo(WashDecision.water("W10024-11", 500, 45, Money.parseYuan("2.00")));
        assertThat(freePolicy.decide(card(WashRequestType.CARD_WASH, "NOPE", 12L)).reason()).isEqualTo("unknown card");
        assertThat(ledger.history("F1")).isEmpty();
    }

    @Test
    void platesNeedAPassOrAWhiteListEntryAndNoBlackListEntry() {
        passes.save(new Pass("P1", Set.of(Plate.parse("粤B12345")), NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), Set.of(), ""));
        passes.save(new Pass("P2", Set.of(Plate.parse("粤B99999")), NOW.minus(Duration.ofDays(30)),
                NOW.minus(Duration.ofDays(1)), Set.of(), ""));
        lists.save(new ListEntry(ListKind.WHITE, Plate.parse("京A12345"), "", NOW.minusSeconds(60), Instant.MAX));
        lists.save(new ListEntry(ListKind.WHITE, Plate.parse("沪C55555"), "", NOW.minusSeconds(60), Instant.MAX));
        lists.save(new ListEntry(ListKind.BLACK, Plate.parse("沪C55555"), "fraud", NOW.minusSeconds(60),
                Instant.MAX));

        assertThat(policy.decide(plate("粤B12345")).approved()).isTrue();
        assertThat(policy.decide(plate("京A12345"))).isEqualTo(WashDecision.wash("W10024-" + NOW.toEpochMilli(), 1,
                Money.ZERO));
        assertThat(policy.decide(plate("粤B99999")).approved()).as("expired pass").isFalse();
        assertThat(policy.decide(plate("沪C55555")).approved()).as("black wins").isFalse();
        assertThat(policy.decide(plate("浙A00001")).approved()).isFalse();
    }

    @Test
    void throughTheHandlerTheBalanceAfterTheDebitIsShownInFen() {
        ledger.open(new StoredValueCard("ABCD1234567", "", Money.parseYuan("100.00"), Money.ZERO));
        ActiveRequestHandler handler = ActiveRequestHandler.builder(policy).build();

        String reply = handler.handle(InboundRequest.post("/washer/active-request", Map.of(),
                "{\"callTime\":12345667890,\"iotId\":123456,\"callType\":\"CARD_WASH\",\"cardNum\":\"ABCD1234567\",}"))
                .bodyText();

        assertThat(reply).isEqualTo("{\"isOk\":1,\"mark\":1,\"balance\":8500,\"orderId\":\"W123456-12345667890\"}");
    }
}
