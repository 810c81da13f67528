package io.parkbridge.core.money;

import java.util.Objects;

/**
 * An amount of Chinese yuan held exactly as a whole number of fen (1 yuan = 100 fen).
 *
 * <p>Vendors send money as yuan strings ("12.50"), yuan numbers or fen integers; every
 * conversion here is exact and rejects what does not fit, so a fee is never rounded
 * silently. Arithmetic throws {@link ArithmeticException} on overflow instead of wrapping.
 */
public record Money(long fen) implements Comparable<Money> {

    /** Zero fen. */
    public static final Money ZERO = new Money(0);

    /** The amount of {@code fen} fen. */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /** The amount of whole {@code yuan}. */
    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses a yuan amount such as {@code "12"}, {@code "12.5"}, {@code "12.50"},
     * {@code "0.01"} or {@code "-3.20"}.
     *
     * @throws InvalidAmountException for blanks, signs without digits, more than two
     *     decimals, exponents, grouping, any other character, or overflow; the message
     *     names the input
     */
    public static Money parseYuan(String text) {
        if (text == null) {
            throw new InvalidAmountException(null, "a yuan amount such as 12.50, not null");
        }
        String s = text;
        if (s.isEmpty() || !s.equals(s.strip())) {
            throw new InvalidAmountException(text, "a yuan amount such as 12.50 without surrounding blanks");
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long whole = 0;
        int wholeDigits = 0;
        try {
            while (i < s.length() && s.charAt(i) != '.') {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new InvalidAmountException(text, "digits with at most two decimals (such as 12.50)");
                }
                whole = Math.addExact(Math.multiplyExact(whole, 10L), c - '0');
                wholeDigits++;
                i++;
            }
            long cents = 0;
            int decimals = 0;
            if (i < s.length()) { // at '.'
                i++;
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (c < '0' || c > '9') {
                        throw new InvalidAmountException(text, "digits with at most two decimals (such as 12.50)");
                    }
                    decimals++;
                    if (decimals > 2) {
                        throw new InvalidAmountException(text, "at most two decimals: a fen is the smallest unit");
                    }
                    cents = cents * 10 + (c - '0');
                    i++;
                }
                if (decimals == 0) {
                    throw new InvalidAmountException(text, "digits after the decimal point");
                }
            }
            if (wholeDigits == 0) {
                throw new InvalidAmountException(text, "a yuan amount with digits before the point, such as 0.50");
            }
            if (decimals == 1) {
                cents *= 10;
            }
            long fen = Math.addExact(Math.multiplyExact(whole, 100L), cents);
            return ofFen(negative ? -fen : fen);
        } catch (ArithmeticException overflow) {
            throw new InvalidAmountException(text, "an amount small enough to hold in fen as a 64-bit integer");
        }
    }

    /**
     * The exact amount of {@code yuan} (as JSON numbers are read: a {@link java.math.BigDecimal}).
     *
     * @throws InvalidAmountException for null, more than two significant decimals, or overflow
     */
    public static Money ofYuan(java.math.BigDecimal yuan) {
        if (yuan == null) {
            throw new InvalidAmountException(null, "a yuan amount, not null");
        }
        try {
            return ofFen(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            // toString, not toPlainString: 1E-999999999 must not be expanded to a billion digits
            throw new InvalidAmountException(yuan.toString(),
                    "at most two decimals and small enough to hold in fen as a 64-bit integer");
        }
    }

    /**
     * Parses a whole number of fen such as {@code "1250"}.
     *
     * @throws InvalidAmountException if the text is not an integer or overflows
     */
    public static Money parseFen(String text) {
        if (text == null || text.isEmpty() || !text.equals(text.strip())) {
            throw new InvalidAmountException(text, "a whole number of fen such as 1250");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+') && text.length() > 1;
            if (!sign && (c < '0' || c > '9')) { // Long.parseLong would also take full-width digits
                throw new InvalidAmountException(text, "a whole number of fen such as 1250 (ASCII digits only)");
            }
        }
        try {
            return ofFen(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new InvalidAmountException(text, "a whole number of fen small enough for a 64-bit integer");
        }
    }

    /** The yuan string with exactly two decimals, e.g. {@code "12.50"} or {@code "-0.05"}. */
    public String toYuanString() {
        long abs = Math.abs(fen);
        if (fen == Long.MIN_VALUE) {
            return "-92233720368547758.08";
        }
        long cents = abs % 100;
        String digits = (abs / 100) + (cents < 10 ? ".0" : ".") + cents; // no locale: always ASCII
        return fen < 0 ? "-" + digits : digits;
    }

    /** This plus {@code other}; throws {@link ArithmeticException} on overflow. */
    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, Objects.requireNonNull(other, "other").fen));
    }

    /** This minus {@code other}; throws {@link ArithmeticException} on overflow. */
    public Money minus(Money other) {
        return ofFen(Math.subtractExact(fen, Objects.requireNonNull(other, "other").fen));
    }

    /** This times {@code factor}; throws {@link ArithmeticException} on overflow. */
    public Money times(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /** The smaller of the two. */
    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    /** The larger of the two. */
    public Money max(Money other) {
        return fen >= other.fen ? this : other;
    }

    /** Zero if this is negative, else this. */
    public Money atLeastZero() {
        return fen < 0 ? ZERO : this;
    }

    /** True for zero fen. */
    public boolean isZero() {
        return fen == 0;
    }

    /** True below zero. */
    public boolean isNegative() {
        return fen < 0;
    }

    /** True above zero. */
    public boolean isPositive() {
        return fen > 0;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public String toString() {
        return "¥" + toYuanString();
    }
}
