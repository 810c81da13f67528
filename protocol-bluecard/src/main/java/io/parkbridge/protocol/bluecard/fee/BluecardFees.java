package io.parkbridge.protocol.bluecard.fee;

import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardTime;
import io.parkbridge.protocol.bluecard.message.ExitRecords;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Bluecard's fee fields in core terms, and the three relations the document states (fee
 * glossary): (1) {@code charge = onLineCharge + offLineCharge + profitChargeTotal} and (2)
 * {@code profitChargeTotal = Σ …Value} for a settled exit (4.3); (3) {@code payCharge = charge -
 * paidTotal - profitChargeTotal} for a quote (4.4, 4.30). Relations are checked, not enforced:
 * a quote that breaks one keeps the vendor's numbers and says so in its notes.
 */
public final class BluecardFees {
    private BluecardFees() {
    }

    /**
     * Maps a 4.4/4.30 fee block 1:1: charge → gross, paidTotal → alreadyPaid, profitChargeTotal →
     * alreadyDiscounted, payCharge → payable (the vendor's value, never recomputed). Durations and
     * the {@code outTradeNo} to echo in 4.5 travel as notes.
     */
    public static FeeQuote toFeeQuote(FeeCalculation.Fee fee, BluecardTime time) {
        Money charge = BluecardMoney.yuan("charge", fee.charge());
        Money paid = BluecardMoney.yuan("paidTotal", fee.paidTotal());
        Money profit = BluecardMoney.yuan("profitChargeTotal", fee.profitChargeTotal());
        Money payable = BluecardMoney.yuan("payCharge", fee.payCharge());
        Instant entry = time.parse("inTime", fee.inTime());
        Instant exit = time.parse("getTime", fee.getTime());
        List<String> notes = new ArrayList<>();
        notes.add("outTradeNo=" + fee.outTradeNo());
        notes.add("profitTimeTotal=" + fee.profitTimeTotal() + " min");
        notes.add("stopTimeTotal=" + fee.stopTimeTotal() + " min");
        notes.add("paidfreeTime=" + fee.paidfreeTime() + " min");
        quoteIdentityViolation(charge, paid, profit, payable).ifPresent(notes::add);
        return new FeeQuote(entry, exit, List.of(), charge, List.of(), paid, profit, payable, notes);
    }

    /** The {@code outTradeNo} a quote made by {@link #toFeeQuote} carries, to echo in 4.5. */
    public static String outTradeNo(FeeQuote quote) {
        return quote.notes().stream().filter(n -> n.startsWith("outTradeNo=")).map(n -> n.substring(11)).findFirst()
                .orElse("");
    }

    /** Relation 3, or a note describing how the vendor's payCharge differs from it. */
    public static java.util.Optional<String> quoteIdentityViolation(Money charge, Money paid, Money profit,
            Money payCharge) {
        Money expected = charge.minus(paid).minus(profit);
        return expected.equals(payCharge) ? java.util.Optional.empty()
                : java.util.Optional.of("vendor payCharge " + payCharge.toYuanString()
                        + " differs from charge - paidTotal - profitChargeTotal = " + expected.toYuanString());
    }

    /** Relations 1 and 2 of a settled exit record; empty when both hold. */
    public static List<String> exitIdentityViolations(ExitRecords.ChargeStatistics s) {
        Money charge = BluecardMoney.yuan("charge", s.charge());
        Money online = BluecardMoney.yuan("onLineCharge", s.onLineCharge());
        Money offline = BluecardMoney.yuan("offLineCharge", s.offLineCharge());
        Money profit = BluecardMoney.yuan("profitChargeTotal", s.profitChargeTotal());
        Money values = BluecardMoney.yuan("onLineProfitChargeValue", s.onLineProfitChargeValue())
                .plus(BluecardMoney.yuan("offLineProfitChargeValue", s.offLineProfitChargeValue()))
                .plus(BluecardMoney.yuan("onLineProfitTimeValue", s.onLineProfitTimeValue()))
                .plus(BluecardMoney.yuan("offLineProfitTimeValue", s.offLineProfitTimeValue()));
        List<String> out = new ArrayList<>();
        if (!charge.equals(online.plus(offline).plus(profit))) {
            out.add("charge " + charge.toYuanString() + " != onLineCharge + offLineCharge + profitChargeTotal = "
                    + online.plus(offline).plus(profit).toYuanString());
        }
        if (!profit.equals(values)) {
            out.add("profitChargeTotal " + profit.toYuanString() + " != sum of the four ...Value fields = "
                    + values.toYuanString());
        }
        return out;
    }
}
