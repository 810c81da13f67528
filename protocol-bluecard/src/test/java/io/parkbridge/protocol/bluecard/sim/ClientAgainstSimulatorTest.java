package io.parkbridge.protocol.bluecard.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.MutableClock;
import io.parkbridge.protocol.bluecard.client.BluecardBusinessException;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.bluecard.fee.BluecardFees;
import io.parkbridge.protocol.bluecard.message.BlacklistIssue;
import io.parkbridge.protocol.bluecard.message.BookingIssue;
import io.parkbridge.protocol.bluecard.message.FeeCalculation;
import io.parkbridge.protocol.bluecard.message.WhitelistIssue;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the simulator over real HTTP on 127.0.0.1: every call, end to end. */
class ClientAgainstSimulatorTest {
    static final String PARK = "p180329111018";
    final MutableClock clock = new MutableClock(Instant.parse("2019-01-09T01:00:00Z"));
    BluecardSimulator sim;
    BluecardClient client;

    @BeforeEach
    void start() throws IOException {
        sim = BluecardSimulator.builder().parkNumber(PARK).key(Secret.of("abc123")).clock(clock).start();
        client = client("abc123");
    }

    BluecardClient client(String key) {
        return BluecardClient.builder().baseUrl(sim.baseUrl()).parkNumber(PARK).key(Secret.of(key)).clock(clock)
                .sleeper(d -> clock.advance(d)).retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1.0))
                .httpSettings(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .build();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void feeCouponPaymentFlowKeepsTheDocumentsIdentity() {
        String order = sim.vehicleEnters("京A12345", "东门入口");
        clock.advance(Duration.ofMinutes(150)); // 3 started hours at 2.00
        FeeQuote q = client.quoteFee(order, "京A12345", 0);
        assertThat(q.gross()).isEqualTo(Money.ofYuan(6));
        assertThat(q.payable()).isEqualTo(q.gross().minus(q.alreadyPaid()).minus(q.alreadyDiscounted()));

        // couponTime 1 h: 150 -> 90 min = 2 started hours, 2.00 off
        FeeQuote withHour = client.quoteFee(order, "京A12345", 60);
        assertThat(withHour.alreadyDiscounted()).isEqualTo(Money.ofYuan(2));
        assertThat(withHour.payable()).isEqualTo(Money.ofYuan(4));

        client.coupon(List.of(client.amountCoupon(1, "C-1", clock.instant().plus(Duration.ofDays(1)), order, "京A12345",
                Money.ofFen(150))));
        FeeCalculation.Fee fee = client.getChargebf(order, "京A12345", "", "", 0);
        assertThat(fee.profitChargeTotal()).isEqualTo("1.50");
        assertThat(fee.payCharge()).isEqualTo("4.50");
        assertThatThrownBy(() -> client.coupon(List.of(client.hourCoupon(1, "C-1", clock.instant(), order, "京A12345", 30))))
                .isInstanceOf(BluecardBusinessException.class).hasMessageContaining("couponCode repeated");

        FeeQuote before = BluecardFees.toFeeQuote(fee, client.time());
        client.sendPayRes(new BluecardClient.Payment(order, "京A12345", before.payable(), before.payable(), clock.instant(),
                "微信", "扫码付", before.exit(), "T-1", BluecardFees.outTradeNo(before)));
        // the same transaction again is acknowledged, not counted twice
        client.sendPayRes(new BluecardClient.Payment(order, "京A12345", before.payable(), before.payable(), clock.instant(),
                "微信", "扫码付", before.exit(), "T-1", BluecardFees.outTradeNo(before)));
        FeeQuote after = client.quoteFee(order, "京A12345", 0);
        assertThat(after.alreadyPaid()).isEqualTo(Money.ofFen(450));
        assertThat(after.payable()).isEqualTo(Money.ZERO);
        assertThat(after.payable()).isEqualTo(after.gross().minus(after.alreadyPaid()).minus(after.alreadyDiscounted()));
    }

    @Test
    void whiteAndBlackListsRoundTripAndClearingNeedsTheExplicitCall() {
        WhitelistIssue.WhiteEntry w = new WhitelistIssue.WhiteEntry("京A12345", "不收费", "张三", "", "", "", "蓝牌",
                "2019-01-01", "2019-12-31", "", "月租", "", List.of(new WhitelistIssue.AreaValidity(1, "2019-01-01",
                        "2019-12-31")));
        client.synWhite(List.of(w, new WhitelistIssue.WhiteEntry("京B00001", "挂账", "", "", "", "", "黄牌", "2019-01-01",
                "2019-06-30", "", "错峰", "", List.of())));
        assertThat(client.queryWhite(List.of("京A12345", "京C99999"))).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("张三"));
        client.delWhite("京A12345");
        assertThat(sim.whitelist()).containsOnlyKeys("京B00001");
        assertThatThrownBy(() -> client.delWhite("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.whitelist()).hasSize(1);
        client.clearWhitelist();
        assertThat(sim.whitelist()).isEmpty();

        client.synBlack("线上", List.of(new BlacklistIssue.BlackEntry("京A66666", "逃费")));
        assertThat(client.queryBlack(List.of("京A66666"))).extracting(BlacklistIssue.BlackEntry::memo).containsExactly("逃费");
        client.delBlack("京A66666");
        assertThat(client.queryBlack(List.of("京A66666"))).isEmpty();
        client.synBlack("线下", List.of(new BlacklistIssue.BlackEntry("京A77777", "")));
        client.clearBlacklist();
        assertThat(sim.blacklist()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void bookingsImagesGateUnlicensedSpacesAndTheDeprecatedCall() {
        client.synBookingCar(List.of(new BookingIssue.Booking("京A12345", "2019-01-10 08:00:00", "2019-01-10 18:00:00",
                "0", "1", "10.00", "B-1", "2019-01-09 09:00:00", "2019-01-10 07:30:00", "2019-01-10 09:00:00", "")));
        assertThat(client.queryBookingCar(List.of("京A12345"), null, null).bookList()).singleElement()
                .satisfies(b -> assertThat(b.bookOrderId()).isEqualTo("B-1"));
        assertThat(client.queryImgByName(List.of("a.jpg^17")).imageList().get(0).imageURL()).startsWith(sim.baseUrl());
        client.remoteLiftRod("3");
        assertThat(sim.lifts()).containsExactly("3");

        String plated = sim.vehicleEnters("京A12345", "东门");
        assertThat(client.alterCarType("京A12345", plated, "5", Money.ofYuan(50))).isNotNull();
        String temp = client.unlicensedCarIn("1", "oWX-1", "1", "").plate();
        assertThat(temp).startsWith("临B");
        clock.advance(Duration.ofMinutes(61));
        FeeCalculation.Fee out = client.unlicensedCarOut("1", "oWX-1", "2", "");
        assertThat(out.plate()).isEqualTo(temp);
        assertThat(out.charge()).isEqualTo("4.00");
        assertThatThrownBy(() -> client.unlicensedCarOut("1", "nobody", "2", "")).isInstanceOf(BluecardBusinessException.class);

        assertThat(client.getAllSpaceStatus()).hasSize(10).filteredOn(s -> s.rateState() == 1).hasSize(2);
        assertThat(client.getSpaceStatusByPlate("A12345")).singleElement().satisfies(l -> assertThat(l.plate()).isEqualTo("京A12345"));
        assertThat(client.getSpaceStatusByPlate("")).singleElement().satisfies(l -> assertThat(l.plate()).isEqualTo("无牌车"));
    }

    @Test
    void faultsMapToTypedErrors() {
        assertThatThrownBy(() -> client("wrong-key").remoteLiftRod("1")).isInstanceOf(AuthenticationException.class);
        sim.refuseNextCalls(1);
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(BluecardBusinessException.class)
                .hasMessageContaining("网络异常!");
        sim.faults().malformedNext(1);
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(MalformedMessageException.class);
        // a query survives two 5xx (retried), a command does not (never retried)
        String order = sim.vehicleEnters("京A12345", "东门");
        sim.faults().failNext(2, 503);
        assertThat(client.getChargebf(order, "京A12345", "", "", 0).orderId()).isEqualTo(order);
        sim.faults().failNext(1, 503);
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(TransportException.class);
        sim.faults().dropNext(1);
        assertThatThrownBy(() -> client.remoteLiftRod("1")).isInstanceOf(TransportException.class);
        assertThat(sim.lifts()).isEmpty();
    }
}
