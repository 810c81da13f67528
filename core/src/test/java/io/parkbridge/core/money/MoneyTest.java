package io.parkbridge.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} yuan = {1} fen")
    @CsvSource({"12,1200", "12.5,1250", "12.50,1250", "0.01,1", "0.1,10", "0,0", "0.00,0", "-3.20,-320", "+7,700",
        "-0,0", "007.05,705", "92233720368547758.07,9223372036854775807", "-92233720368547758.07,-9223372036854775807"})
    void parsesYuanExactly(String text, long fen) {
        assertThat(Money.parseYuan(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", " ", " 1", "1 ", "1.234", "0.001", "1e3", "1E2", "1,000", "1.", ".5", "-", "+", "-.5",
        "abc", "12a", "1.2.3", "0x10", "１２", "1_000", "NaN", "Infinity", "92233720368547758.08",
        "99999999999999999999", "--1", "¥12"})
    void rejectsWhatIsNotExact(String text) {
        assertThatThrownBy(() -> Money.parseYuan(text)).isInstanceOf(InvalidAmountException.class)
                .hasMessageStartingWith("invalid amount \"" + text + "\": expected")
                .satisfies(e -> assertThat(((InvalidAmountException) e).input()).isEqualTo(text));
    }

    @Test
    void rejectsNullYuan() {
        assertThatThrownBy(() -> Money.parseYuan(null)).isInstanceOf(InvalidAmountException.class)
                .hasMessageStartingWith("invalid amount null");
    }

    @Test
    void decimalsAndOverflowGetTheirOwnExplanation() {
        assertThatThrownBy(() -> Money.parseYuan("1.234")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> Money.parseYuan("99999999999999999999")).hasMessageContaining("64-bit");
    }

    @ParameterizedTest(name = "{0} fen")
    @CsvSource({"1250,1250", "0,0", "-5,-5", "+5,5", "9223372036854775807,9223372036854775807"})
    void parsesFen(String text, long fen) {
        assertThat(Money.parseFen(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "\"{0}\" fen is rejected")
    @ValueSource(strings = {"", " 1", "12.5", "1e3", "１２", "٣", "-", "+", "9223372036854775808", "abc"})
    void rejectsBadFen(String text) {
        assertThatThrownBy(() -> Money.parseFen(text)).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest(name = "{0} fen prints {1}")
    @CsvSource({"0,0.00", "1,0.01", "10,0.10", "1250,12.50", "-5,-0.05", "-1250,-12.50", "100,1.00",
        "9223372036854775807,92233720368547758.07", "-9223372036854775808,-92233720368547758.08"})
    void formatsWithTwoDecimals(long fen, String text) {
        assertThat(Money.ofFen(fen).toYuanString()).isEqualTo(text);
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(Money.ofFen(123456).toYuanString()).isEqualTo("1234.56");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void roundTripsThroughText() {
        for (long fen : new long[] {0, 1, 99, 100, 101, 123456789, -1, -99, -100, Long.MAX_VALUE}) {
            Money m = Money.ofFen(fen);
            assertThat(Money.parseYuan(m.toYuanString())).isEqualTo(m);
            assertThat(Money.parseFen(Long.toString(fen))).isEqualTo(m);
        }
    }

    @Test
    void fromBigDecimalExactly() {
        assertThat(Money.ofYuan(new BigDecimal("12.5"))).isEqualTo(Money.ofFen(1250));
        assertThat(Money.ofYuan(new BigDecimal("12.500"))).isEqualTo(Money.ofFen(1250));
        assertThat(Money.ofYuan(new BigDecimal("1E+2"))).isEqualTo(Money.ofFen(10000));
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("0.005"))).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("0.005");
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1E+30"))).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> Money.ofYuan((BigDecimal) null)).isInstanceOf(InvalidAmountException.class);
        // extreme exponents are refused as written, without expanding them
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1E-999999999"))).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("\"1E-999999999\"");
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("-1E+999999999"))).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("\"-1E+999999999\"");
    }

    @Test
    void arithmeticNeverWrapsSilently() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        Money min = Money.ofFen(Long.MIN_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
        assertThat(Money.ofFen(250).plus(Money.ofFen(-300))).isEqualTo(Money.ofFen(-50));
        assertThat(Money.ofFen(-50).atLeastZero()).isSameAs(Money.ZERO);
        assertThat(Money.ofFen(3).times(7)).isEqualTo(Money.ofFen(21));
        assertThat(Money.ofYuan(12)).isEqualTo(Money.ofFen(1200));
    }

    @Test
    void comparesAndPrints() {
        assertThat(Money.ofFen(1).compareTo(Money.ofFen(2))).isNegative();
        assertThat(Money.ofFen(5).min(Money.ofFen(3))).isEqualTo(Money.ofFen(3));
        assertThat(Money.ofFen(5).max(Money.ofFen(3))).isEqualTo(Money.ofFen(5));
        assertThat(Money.ofFen(0)).isSameAs(Money.ZERO);
        assertThat(Money.ofFen(1250).toString()).isEqualTo("¥12.50");
        assertThat(Money.ofFen(1).isPositive()).isTrue();
        assertThat(Money.ofFen(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
    }
}
