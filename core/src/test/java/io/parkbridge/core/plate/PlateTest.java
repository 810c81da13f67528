package io.parkbridge.core.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlateTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            粤B12345     | 粤B12345  | ORDINARY
            京A88888     | 京A88888  | ORDINARY
            沪AB1C23     | 沪AB1C23  | ORDINARY
            粤O12345     | 粤O12345  | ORDINARY
            新A12345     | 新A12345  | ORDINARY
            粤BD12345    | 粤BD12345 | NEW_ENERGY_SMALL
            粤BF12345    | 粤BF12345 | NEW_ENERGY_SMALL
            沪AA12345    | 沪AA12345 | NEW_ENERGY_SMALL
            浙AK1234     | 浙AK1234  | ORDINARY
            浙AKA1234    | 浙AKA1234 | NEW_ENERGY_SMALL
            京AG12345    | 京AG12345 | NEW_ENERGY_SMALL
            粤B12345D    | 粤B12345D | NEW_ENERGY_LARGE
            粤B12345F    | 粤B12345F | NEW_ENERGY_LARGE
            粤B1234警    | 粤B1234警 | POLICE
            粤B1234学    | 粤B1234学 | COACH
            粤B1234挂    | 粤B1234挂 | TRAILER
            粤Z1234港    | 粤Z1234港 | HONG_KONG
            粤Z1234澳    | 粤Z1234澳 | MACAO
            沪A1234领    | 沪A1234领 | CONSULATE
            粤B1234试    | 粤B1234试 | TEST
            粤B1234超    | 粤B1234超 | OVERSIZE
            使014001     | 使014001  | EMBASSY
            224001使     | 224001使  | EMBASSY
            WJ粤12345    | WJ粤12345 | ARMED_POLICE
            WJ粤1234消   | WJ粤1234消 | ARMED_POLICE
            WJ12345      | WJ12345   | ARMED_POLICE
            VA12345      | VA12345   | MILITARY
            KB·12345     | KB12345   | MILITARY
            北K12345     | 北K12345  | MILITARY
            无牌车       | 无牌车    | UNLICENSED
            无牌         | 无牌车    | UNLICENSED
            无车牌       | 无牌车    | UNLICENSED
            未识别       | 无牌车    | UNLICENSED
            """)
    void classifiesRealFormats(String raw, String number, PlateKind kind) {
        Plate p = Plate.parse(raw);
        assertThat(p.number()).isEqualTo(number);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.color()).isEqualTo(PlateColor.UNKNOWN);
    }

    @ParameterizedTest(name = "\"{0}\" normalises to 粤B12345")
    @ValueSource(strings = {"粤B12345", " 粤B12345 ", "粤B·12345", "粤 B 12345", "粤B-12345", "粤b12345",
        "粤Ｂ１２３４５", "粤Ｂ－１２３４５", "\u3000粤B\u300012345", "粤B•12345", "粤B・12345", "粤B.12345",
        "粤B\t12345", "粤B‐12345", "粤B—12345"})
    void normalisesSeparatorsWidthAndCase(String raw) {
        Plate p = Plate.parse(raw);
        assertThat(p.number()).isEqualTo("粤B12345");
        assertThat(p.kind()).isEqualTo(PlateKind.ORDINARY);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "   ", "·-", "12345", "粤B1234", "粤B1234567", "粤BI2345", "粤B12O45", "X粤B12345",
        "港B12345", "粤112345", "粤BD123", "粤BL12345", "粤B12345A", "粤B12345学", "使12345", "ABC", "无",
        "粤B12345; DROP TABLE", "粤BDI1234"})
    void rejectsWhatIsNotAPlate(String raw) {
        assertThatThrownBy(() -> Plate.parse(raw)).isInstanceOf(InvalidPlateException.class)
                .hasMessageStartingWith("invalid plate \"" + raw.substring(0, Math.min(raw.length(), 40)))
                .hasMessageContaining("expected");
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String raw) {
        assertThatThrownBy(() -> Plate.parse(raw)).isInstanceOf(InvalidPlateException.class)
                .hasMessage("invalid plate null: expected a plate number, not null");
    }

    @Test
    void rejectsLongInputWithoutEchoingAllOfIt() {
        String raw = "粤".repeat(10_000);
        assertThatThrownBy(() -> Plate.parse(raw)).isInstanceOf(InvalidPlateException.class)
                .hasMessageContaining("at most 32 characters")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    }

    @Test
    void keepsTheVendorsColourAndComparesByNumber() {
        Plate blue = Plate.parse("粤B12345", PlateColor.BLUE);
        Plate yellow = Plate.parse("粤B·12345").withColor(PlateColor.YELLOW);
        assertThat(blue.color()).isEqualTo(PlateColor.BLUE);
        assertThat(yellow.color()).isEqualTo(PlateColor.YELLOW);
        assertThat(blue.sameNumber(yellow)).isTrue();
        assertThat(blue).isNotEqualTo(yellow);
        assertThat(blue.sameNumber(Plate.parse("粤B12346"))).isFalse();
        assertThat(blue.sameNumber(null)).isFalse();
        assertThat(blue.toString()).isEqualTo("粤B12345");
    }

    @Test
    void everyUnlicensedMarkerIsTheSameVehicle() {
        assertThat(Plate.parse("无牌").sameNumber(Plate.unlicensed())).isTrue();
        assertThat(Plate.parse("未识别").isUnlicensed()).isTrue();
        assertThat(Plate.unlicensed().number()).isEqualTo(Plate.UNLICENSED_NUMBER);
        assertThat(Plate.parse("粤B12345").isUnlicensed()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"蓝,BLUE", "蓝色,BLUE", "黄牌,YELLOW", "绿,GREEN", "渐变绿,GREEN", "黄绿,YELLOW_GREEN", "白,WHITE",
        "黑色,BLACK", "blue,BLUE", "Yellow,YELLOW", "其他,UNKNOWN", "'',UNKNOWN"})
    void coloursFromVendorNames(String name, PlateColor expected) {
        assertThat(PlateColor.fromName(name)).isEqualTo(expected);
    }

    @Test
    void nullColourNameIsUnknown() {
        assertThat(PlateColor.fromName(null)).isEqualTo(PlateColor.UNKNOWN);
    }
}
