package io.parkbridge.protocol.welink.message;

import io.parkbridge.core.money.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Section 5.8: bills paid outside WeLink. The third party queries a bill (getting a
 * {@code payToken}), collects the money, then notifies WeLink (the document calls those
 * notifications 回调, "callbacks", but we call WeLink). Money in the client's {@link MoneyUnit}.
 */
public final class Pay {
    private Pay() {
    }

    /** 5.8.1 /pay/queryLongRentBill: {@code period} is a count (the document wrongly prints a date format). */
    public record LongRentBillRequest(@NotBlank @Size(max = 10) String plateNumber,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_REGEX) String startDate, @NotNull @Min(1) Integer period,
            @NotBlank @Size(max = 32) String userId) {
    }

    /** 5.8.1 a long-rent bill: payable due, discount, money to pay; comment explains the discount. */
    public record LongRentBill(@NotNull Long tradeNo, @NotBlank String payToken, Money payable, Money discount,
            @NotNull Money money, String comment) {
    }

    /** 5.8.2 /pay/queryTmpRentBill. errCode NoBill / NoEnterRecord when there is nothing to pay. */
    public record TmpRentBillRequest(@NotBlank @Size(max = 10) String plateNumber,
            @NotBlank @Size(max = 32) String userId) {
    }

    /**
     * 5.8.2 a temporary-parking bill. {@code plateNumber} may differ from the one asked for
     * (fuzzy matching); {@code leaveTime} is the latest time to leave after paying.
     */
    public record TmpRentBill(@NotNull Long tradeNo, @NotBlank String payToken, String plateNumber, Money payable,
            Money discount, Money payed, @NotNull Money money, String comment, String leaveTime, String startTime,
            String endTime, Integer minutes, Long enterLaneId) {
    }

    /** 5.8.3 /pay/payLongRentBill and 5.8.4 /pay/payTmpRentBill: the bill paid, named by its payToken. */
    public record PaidBillRequest(@NotBlank @Size(max = 10) String plateNumber, @NotBlank String payToken) {
    }

    /**
     * 5.8.5 /pay/addTmpRentBill: a bill already settled elsewhere. {@code enterLaneId} is typed
     * string here (long elsewhere); names are paid/amount, not payed/money.
     */
    public record AddTmpRentBillRequest(@NotBlank @Size(max = 10) String plateNumber, @NotBlank String enterLaneId,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String enterTime,
            @NotNull @Pattern(regexp = WeLinkFormats.DATE_TIME_REGEX) String billEndTime, @NotNull Money payable,
            @NotNull Money discount, @NotNull Money paid, @NotNull Money amount) {
    }
}
