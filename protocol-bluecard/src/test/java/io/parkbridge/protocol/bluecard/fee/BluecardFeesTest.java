package io.parkbridge.protocol.bluecard.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.BluecardTime;
import io.parkbridge.protocol.bluecard.message.ExitRecords;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three relations of the fee glossary (catalogue §4). */
class BluecardFeesTest {
    private final BluecardTime time = BluecardTime.shanghai();

    static FeeCalculation.Fee fee(String charge, String paid, String profit, String pay) {
        return new FeeCalculation.Fee("212", "京A12345", "2018-07-11 16:32:56", "2018-07-11 16:50:01", charge, pay, paid,
                profit, "0", "17", "15", "", "", "1_0_212_165002", "1531299001000");
    }

    @Test
    void the44ExampleHoldsRelation3() {
        // L614-L629: charge 0.05, paidTotal 0, profitChargeTotal 0, payCharge 0.05, 16:32:56 -> 16:50:01
        FeeQuote q = BluecardFees.toFeeQuote(fee("0.05", "0", "0", "0.05"), time);
        assertThat(q.payable()).isEqualTo(Money.ofFen(5));
        assertThat(q.notes()).noneMatch(n -> n.contains("differs"));
        assertThat(BluecardFees.outTradeNo(q)).isEqualTo("1_0_212_165002");
    }

    @Test
    void relation3HoldsForEveryMappedQuoteOverSeededRandomAmounts() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            long charge = random.nextInt(100_000);
            long paid = random.nextInt((int) charge + 1);
            long profit = random.nextInt((int) (charge - paid) + 1);
            FeeQuote q = BluecardFees.toFeeQuote(fee(Money.ofFen(charge).toYuanString(), Money.ofFen(paid).toYuanString(),
                    Money.ofFen(profit).toYuanString(), Money.ofFen(charge - paid - profit).toYuanString()), time);
            assertThat(q.payable()).isEqualTo(q.gross().minus(q.alreadyPaid()).minus(q.alreadyDiscounted()));
            // the core identity agrees with the vendor's one
            assertThat(FeeQuote.of(q.entry(), q.exit(), q.lines(), q.gross(), q.discounts(), q.alreadyPaid(),
                    q.alreadyDiscounted(), q.notes()).payable()).isEqualTo(q.payable());
        }
    }

    @Test
    void aQuoteBreakingRelation3KeepsTheVendorsNumberAndSaysSo() {
        FeeQuote q = BluecardFees.toFeeQuote(fee("5.00", "1.00", "1.00", "2.50"), time);
        assertThat(q.payable()).isEqualTo(Money.ofFen(250));
        assertThat(q.notes()).anyMatch(n -> n.contains("differs from charge - paidTotal - profitChargeTotal = 3.00"));
    }

    @Test
    void relations1And2OfASettledExit() {
        ExitRecords.ChargeStatistics ok = new ExitRecords.ChargeStatistics("12.00", "5.00", "2.00", "5.00", "3.00",
                "2.00", "1.00", "1.00", "60", "1.50", "30", "0.50");
        assertThat(BluecardFees.exitIdentityViolations(ok)).isEmpty();
        ExitRecords.ChargeStatistics bad = new ExitRecords.ChargeStatistics("12.00", "5.00", "2.00", "4.00", "3.00",
                "2.00", "1.00", "1.00", "60", "1.50", "30", "0.50");
        assertThat(BluecardFees.exitIdentityViolations(bad)).hasSize(2);
    }
}
