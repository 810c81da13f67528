package io.parkbridge.protocol.bluecard;

import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The document's units, converted exactly. Money is a yuan string (L219) with 0, 1 or 2
 * decimals; the exceptions are the amount coupon's {@code position} (4.23/4.24, fen) and
 * {@code couponTime} (4.4, hours). Malformed values raise {@link MalformedMessageException}
 * naming the field, which inbound handling turns into the vendor's {@code fail} reply.
 */
public final class BluecardMoney {
    /** What a yuan field must look like: digits, optionally one to two decimals, optional minus. */
    public static final String YUAN_PATTERN = "-?[0-9]{1,15}(\\.[0-9]{1,2})?";

    private BluecardMoney() {
    }

    /** Parses a yuan string ("12", "2.5", "12.50"). */
    public static Money yuan(String field, String text) {
        if (text == null) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a yuan amount such as 12.50, got nothing", null);
        }
        if (!text.matches(YUAN_PATTERN)) {
            throw new MalformedMessageException(Bluecard.VENDOR, field,
                    "a yuan amount with at most two decimals such as 12.50", null);
        }
        try {
            return Money.parseYuan(text);
        } catch (InvalidAmountException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "a yuan amount such as 12.50", e);
        }
    }

    /**
     * Parses a yuan string that must not be negative: an amount to collect or that was collected
     * (the general {@link #yuan} also reads signed values).
     */
    public static Money paidYuan(String field, String text) {
        Money m = yuan(field, text);
        if (m.isNegative()) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "an amount of zero or more such as 12.50", null);
        }
        return m;
    }

    /** Parses a yuan string, treating null or "" as zero (optional amounts). */
    public static Money yuanOrZero(String field, String text) {
        return text == null || text.isEmpty() ? Money.ZERO : yuan(field, text);
    }

    /** The wire form of an amount: always two decimals ("12.50"). */
    public static String toYuan(Money money) {
        return money.toYuanString();
    }

    /** An amount coupon's {@code position}: a whole number of fen ("800" = 8.00 yuan). */
    public static Money couponFen(String field, String text) {
        if (text == null || !text.matches("[0-9]{1,15}")) {
            throw new MalformedMessageException(Bluecard.VENDOR, field,
                    "an amount coupon face value as a whole number of fen such as 800", null);
        }
        return Money.ofFen(Long.parseLong(text));
    }

    /** The wire form of an amount coupon's face value: whole fen. */
    public static String toCouponFen(Money money) {
        if (!money.isPositive()) {
            throw new IllegalArgumentException("position: expected a face value above zero, got " + money);
        }
        return Long.toString(money.fen());
    }

    /**
     * {@code couponTime} of 4.4 is in hours. Minutes are converted exactly: whole hours as
     * {@code "2"}, fractions only when they fit two decimals (90 min → {@code "1.5"}, 15 min →
     * {@code "0.25"}); anything else (e.g. 10 min = 0.1666… h) is refused rather than rounded.
     */
    public static String couponHours(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("couponTime: expected zero or more minutes, got " + minutes);
        }
        try {
            BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.UNNECESSARY);
            return hours.stripTrailingZeros().toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("couponTime: " + minutes
                    + " minutes is not a whole number of hundredths of an hour; use a multiple of 3 minutes", e);
        }
    }

    /** Minutes in a {@code couponTime} hours string ("1.5" → 90). */
    public static long couponMinutes(String field, String text) {
        if (text == null || !text.matches("[0-9]{1,6}(\\.[0-9]{1,2})?")) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "hours such as 0, 2 or 1.5", null);
        }
        BigDecimal minutes = new BigDecimal(text).multiply(BigDecimal.valueOf(60));
        try {
            return minutes.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, field, "hours that are a whole number of minutes", e);
        }
    }
}
