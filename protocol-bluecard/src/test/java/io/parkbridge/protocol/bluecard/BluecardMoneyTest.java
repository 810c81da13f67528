package io.parkbridge.protocol.bluecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BluecardMoneyTest {

    @ParameterizedTest(name = "\"{0}\" yuan = {1} fen")
    @CsvSource({"12, 1200", "0.05, 5", "2.5, 250", "5.00, 500", "12.50, 1250", "50, 5000", "0, 0", "-3.20, -320",
            "8643, 864300"})
    void yuanStringsFromTheDocumentConvertExactly(String text, long fen) {
        assertThat(BluecardMoney.yuan("payCharge", text)).isEqualTo(Money.ofFen(fen));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "1,000", "1e3", " 12", "12 ", "", "abc", ".5", "5.", "0x10", "NaN", "2.0 "})
    void malformedYuanIsRejectedNamingTheField(String text) {
        assertThatThrownBy(() -> BluecardMoney.yuan("payCharge", text))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("payCharge")
                .satisfies(e -> assertThat(((MalformedMessageException) e).field()).isEqualTo("payCharge"));
    }

    @Test
    void yuanIsWrittenWithTwoDecimals() {
        assertThat(BluecardMoney.toYuan(Money.ofFen(5))).isEqualTo("0.05");
        assertThat(BluecardMoney.toYuan(Money.ofFen(1250))).isEqualTo("12.50");
    }

    @Test
    void amountCouponPositionIsInFen() {
        assertThat(BluecardMoney.couponFen("position", "800")).isEqualTo(Money.ofYuan(8));
        assertThat(BluecardMoney.toCouponFen(Money.parseYuan("8.00"))).isEqualTo("800");
        assertThatThrownBy(() -> BluecardMoney.couponFen("position", "8.00"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("fen");
    }

    @Test
    void couponTimeIsInHoursExactly() {
        assertThat(BluecardMoney.couponHours(0)).isEqualTo("0");
        assertThat(BluecardMoney.couponHours(120)).isEqualTo("2");
        assertThat(BluecardMoney.couponHours(90)).isEqualTo("1.5");
        assertThat(BluecardMoney.couponHours(15)).isEqualTo("0.25");
        assertThatThrownBy(() -> BluecardMoney.couponHours(10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BluecardMoney.couponMinutes("couponTime", "1.5")).isEqualTo(90);
        assertThat(BluecardMoney.couponMinutes("couponTime", "2")).isEqualTo(120);
    }
}
