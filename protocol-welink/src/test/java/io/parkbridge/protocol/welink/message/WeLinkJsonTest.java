package io.parkbridge.protocol.welink.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.validation.MessageValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document's reply examples (repaired: OCR `ld`, missing commas, spaces in plates) read as it prints them. */
class WeLinkJsonTest {
    private final ObjectMapper yuan = WeLinkJson.mapper(MoneyUnit.YUAN);
    private final ObjectMapper fen = WeLinkJson.mapper(MoneyUnit.FEN);

    @Test
    void section552SpaceExampleWithStringIdsAndBooleanValidFlags() throws Exception {
        List<Info.AreaSpace> spaces = yuan.readValue("""
                [{"areaId":"1150779322741001","totalSpace":100,"tmpSpace":80,"longSpace":20,"freeSpace":18,
                  "tmpFreeSpace":10,"longFreeSpace":30,"freeSpaceValid":true,"tmpFreeSpaceValid":1,
                  "longFreeSpaceValid":"false"}]""", new TypeReference<>() { });
        assertThat(spaces).singleElement().satisfies(s -> {
            assertThat(s.areaId()).isEqualTo(1150779322741001L);
            assertThat(s.freeSpaceValid()).isTrue();
            assertThat(s.tmpFreeSpaceValid()).isTrue();
            assertThat(s.longFreeSpaceValid()).isFalse();
        });
    }

    @Test
    void section551TmpRentRecordsExampleInYuan() throws Exception {
        List<ParkingFees.TmpRentRecord> records = yuan.readValue("""
                [{"plateNumber":"川A23456","startTime":"2017-08-15 13:44:12","endTime":"2017-08-15 15:44:12",
                  "feeMinutes":120,"areaId":1479949628021,"areaName":"地面区域","carType":1,"tradeNo":993232312,
                  "parkingFee":10,"discountFee":0,"payedFee":0,"realFee":10,"payChannel":1,
                  "operateTime":"2017-08-15 15:44:25","operatorName":1}]""", new TypeReference<>() { });
        ParkingFees.TmpRentRecord r = records.get(0);
        assertThat(r.parkingFee()).isEqualTo(Money.ofYuan(10));
        assertThat(r.realFee()).isEqualTo(Money.ofFen(1000));
        assertThat(r.operatorName()).isEqualTo("1");
        assertThat(r.payChannelValue()).isEqualTo(PayChannel.WECHAT);
        MessageValidator.requireValid("welink", r);
    }

    @Test
    void section582TmpRentBillExampleWithItsRepeatedTradeNo() throws Exception {
        Pay.TmpRentBill bill = yuan.readValue("""
                {"tradeNo":98000988,"payToken":"BOJ3yd6UUylodm9Wu$1539919301180","tradeNo":993232313,
                 "payable":10,"discount":0,"payed":0,"money":10,"leaveTime":"2018-10-10 10:10:10",
                 "enterLaneId":"1479949628021"}""", Pay.TmpRentBill.class);
        assertThat(bill.tradeNo()).isEqualTo(993232313L);
        assertThat(bill.money()).isEqualTo(Money.ofYuan(10));
        assertThat(bill.enterLaneId()).isEqualTo(1479949628021L);
    }

    @Test
    void section594BookingIdBeyond2pow53NeverThroughDouble() throws Exception {
        long id = 911151314366657102L;
        assertThat((double) id == (double) (id + 1)).isTrue(); // a double could not tell them apart
        assertThat(yuan.readValue("{\"bookingId\":911151314366657102}", Bookings.Booking.class).bookingId()).isEqualTo(id);
        assertThat(yuan.readValue("{\"bookingId\":\"911151314366657103\"}", Bookings.Booking.class).bookingId())
                .isEqualTo(id + 1);
        assertThat(yuan.readValue("911151314366657102", Long.class)).isEqualTo(id);
        assertThat(yuan.writeValueAsString(new Bookings.BookingRef(0L, id)))
                .isEqualTo("{\"mchId\":0,\"bookingId\":911151314366657102}");
    }

    @Test
    void idsThatAreNotIntegersAreRejected() {
        assertThatThrownBy(() -> yuan.readValue("{\"bookingId\":9.1E17}", Bookings.Booking.class))
                .hasMessageContaining("bookingId");
        assertThatThrownBy(() -> yuan.readValue("{\"bookingId\":\"12a\"}", Bookings.Booking.class))
                .hasMessageContaining("integer id");
        assertThatThrownBy(() -> yuan.readValue("{\"bookingId\":99999999999999999999}", Bookings.Booking.class))
                .hasMessageContaining("64-bit");
    }

    @Test
    void moneyIsExactInEitherUnit() throws Exception {
        String json = "{\"tradeNo\":1,\"payToken\":\"t\",\"money\":\"12.50\",\"payable\":12.500,\"discount\":0.1}";
        Pay.TmpRentBill y = yuan.readValue(json, Pay.TmpRentBill.class);
        assertThat(y.money()).isEqualTo(Money.ofFen(1250));
        assertThat(y.payable()).isEqualTo(Money.ofFen(1250));
        assertThat(y.discount()).isEqualTo(Money.ofFen(10));
        assertThatThrownBy(() -> fen.readValue(json, Pay.TmpRentBill.class)).hasMessageContaining("whole number")
                .hasMessageContaining("money");
        assertThat(fen.readValue("{\"tradeNo\":1,\"payToken\":\"t\",\"money\":1250}", Pay.TmpRentBill.class).money())
                .isEqualTo(Money.ofFen(1250));
        assertThat(fen.writeValueAsString(new Passports.RenewRequest("粤B1", "2026-01-01", "2026-01-31", 1,
                Money.ofFen(20000)))).endsWith("\"money\":20000}");
        assertThat(yuan.writeValueAsString(new Passports.RenewRequest("粤B1", "2026-01-01", "2026-01-31", 1,
                Money.ofFen(20050)))).endsWith("\"money\":200.5}");
    }

    @Test
    void extremeExponentsAreRejectedWithoutExpandingThem() {
        // A short number such as 1e-999999999 must not be expanded to a billion digits (memory, time).
        for (String amount : List.of("1e-999999999", "1e999999999", "\"1e-999999999\"", "\"-1E+999999999\"")) {
            String json = "{\"tradeNo\":1,\"payToken\":\"t\",\"money\":" + amount + "}";
            assertThatThrownBy(() -> yuan.readValue(json, Pay.TmpRentBill.class)).hasMessageContaining("money")
                    .hasMessageContaining("yuan");
            assertThatThrownBy(() -> fen.readValue(json, Pay.TmpRentBill.class)).hasMessageContaining("money")
                    .hasMessageContaining("whole number");
        }
        assertThatThrownBy(() -> MoneyUnit.YUAN.toMoney(new java.math.BigDecimal("1e-999999999")))
                .isInstanceOf(io.parkbridge.core.money.InvalidAmountException.class);
        assertThatThrownBy(() -> MoneyUnit.FEN.toMoney(new java.math.BigDecimal("1e999999999")))
                .isInstanceOf(io.parkbridge.core.money.InvalidAmountException.class);
        assertThat(MoneyUnit.YUAN.toMoney(new java.math.BigDecimal("1.2E+1"))).isEqualTo(Money.ofYuan(12));
        assertThat(MoneyUnit.FEN.toMoney(new java.math.BigDecimal("1250.00"))).isEqualTo(Money.ofFen(1250));
    }

    @Test
    void accessCardNumbersAreMaskedInRecordText() throws Exception {
        Passports.Passport p = yuan.readValue("{\"passportId\":11001,\"name\":\"张三\",\"plateNumber\":\"粤B12345\","
                + "\"cardNumber\":\"C000123456, C000987654\",\"inviteable\":1}", Passports.Passport.class);
        assertThat(p.cardNumber()).isEqualTo("C000123456, C000987654"); // the value itself is untouched
        assertThat(p.toString()).startsWith("Passport[passportId=11001, name=张三, ")
                .contains("plateNumber=粤B12345").contains("cardNumber=******3456,******7654")
                .doesNotContain("C000123456").doesNotContain("C000987654");
        assertThat(new Passports.HasCardNumbersRequest(0L, "C000123456").toString())
                .isEqualTo("HasCardNumbersRequest[passportId=0, cardNumbers=******3456]");
        assertThat(new PassRecords.AcRecord("C000123456", "2026-01-01 08:00:00", 1003L, "门禁1", 1).toString())
                .isEqualTo("AcRecord[cardNumber=******3456, time=2026-01-01 08:00:00, laneId=1003, laneName=门禁1, "
                        + "authType=1]");
        assertThat(new Passports.AddRequest(1L, "n", null, "13800000000", null, null, null, null, null, "C000123456",
                0, null, null, null).toString()).contains("cardNumber=******3456").doesNotContain("C000123456");
        assertThat(new PassRecords.AcRecord(null, "t", null, null, null).toString()).contains("cardNumber=null");
    }

    @Test
    void unknownEnumValuesAreKeptRaw() throws Exception {
        Auth.AuthResult r = yuan.readValue("{\"state\":42,\"errCode\":\"Whatever\"}", Auth.AuthResult.class);
        assertThat(r.state()).isEqualTo(42);
        assertThat(r.stateValue()).isEqualTo(AuthState.UNKNOWN);
        assertThat(RuleType.of(3)).isEqualTo(RuleType.FREE_UNTIL_DEADLINE);
        assertThat(BookingState.of(null)).isEqualTo(BookingState.UNKNOWN);
        Auth.AuthResult reAuth = yuan.readValue("{\"state\":7,\"errCode\":\"ReAuth\"}", Auth.AuthResult.class);
        assertThat(reAuth.reAuthRequested()).isTrue();
    }

    @Test
    void trailingSpaceKeysOfTheDocumentAreAccepted() throws Exception {
        Info.RentRule rule = yuan.readValue("{\"monthlyRent\":100,\"allowDiscontinuous \":\"true\"}", Info.RentRule.class);
        assertThat(rule.discontinuousAllowed()).isTrue();
        Coupons.Rule r = yuan.readValue("{\"ruleName\":\"x\",\"ruleType\":0,\"discountValue\":5,\"yearlyLimit \":9}",
                Coupons.Rule.class);
        assertThat(r.yearlyLimit()).isEqualTo(9);
        assertThat(r.amountOff(MoneyUnit.YUAN)).isEqualTo(Money.ofYuan(5));
        assertThat(r.amountOff(MoneyUnit.FEN)).isEqualTo(Money.ofFen(5));
    }

    @Test
    void requestConstraintsNameTheField() {
        assertThatThrownBy(() -> MessageValidator.requireValid("welink", new PassRecords.CarRecordsRequest(null, null,
                "2026-11-25", "2026-11-25 23:59:59", null, 0, 100)))
                .isInstanceOfSatisfying(MalformedMessageException.class,
                        e -> assertThat(e.field()).isEqualTo("startTime"));
        assertThatThrownBy(() -> MessageValidator.requireValid("welink", new Bookings.CreateRequest(0L, 1L, null, null,
                "2026-11-25 09:00:00", "2026-11-25 10:00:00", null, null)))
                .isInstanceOfSatisfying(MalformedMessageException.class,
                        e -> assertThat(e.field()).isEqualTo("plateOrUser"));
        assertThatThrownBy(() -> MessageValidator.requireValid("welink", new Blacklist.QueryRequest(null, -1, 10)))
                .isInstanceOfSatisfying(MalformedMessageException.class, e -> assertThat(e.field()).isEqualTo("offset"));
        assertThatThrownBy(() -> MessageValidator.requireValid("welink", new Passports.AddRequest(1L, "n", null,
                "138000000001", null, null, null, null, null, null, 0, null, null, null)))
                .isInstanceOfSatisfying(MalformedMessageException.class,
                        e -> assertThat(e.field()).isEqualTo("mobilePhone"));
        MessageValidator.requireValid("welink", new Blacklist.AddRequest("粤B1", "1,2", "2019-10-01", null, null));
    }
}
