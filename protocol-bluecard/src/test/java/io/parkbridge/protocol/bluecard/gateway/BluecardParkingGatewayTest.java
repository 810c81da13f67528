package io.parkbridge.protocol.bluecard.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.core.port.ParkingGateway;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.protocol.bluecard.MutableClock;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.bluecard.sim.BluecardSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core port on the whole Bluecard stack: simulator → inbound handler → OpenStays → gateway → client → simulator. */
class BluecardParkingGatewayTest {
    static final String PARK = "p180329111018";
    final MutableClock clock = new MutableClock(Instant.parse("2019-01-09T01:00:00Z"));
    final OpenStays stays = new OpenStays();
    BluecardInboundHandler handler;
    SimulatorServer ours;
    BluecardSimulator sim;
    ParkingGateway gateway;

    @BeforeEach
    void start() throws IOException {
        handler = BluecardInboundHandler.builder().park(PARK, Secret.of("abc123")).inbox(new InMemoryInbox())
                .listener(stays).clock(clock).build();
        ours = SimulatorServer.start(handler.asHandler());
        sim = BluecardSimulator.builder().parkNumber(PARK).key(Secret.of("abc123")).clock(clock)
                .pushTarget(ours.baseUrl() + "/bluecard").start();
        BluecardClient client = BluecardClient.builder().baseUrl(sim.baseUrl()).parkNumber(PARK).key(Secret.of("abc123"))
                .clock(clock).sleeper(clock::advance).build();
        gateway = new BluecardParkingGateway(client, stays, handler.linkHealth(), clock);
    }

    @AfterEach
    void stop() {
        sim.close();
        ours.close();
    }

    @Test
    void quoteCouponPayAndQuoteAgain() {
        Plate plate = Plate.parse("京A12345");
        sim.vehicleEnters("京A12345", "东门入口");
        sim.runDuePushes(); // 4.2 reaches us, OpenStays learns the orderId
        clock.advance(Duration.ofMinutes(150));
        FeeQuote q = gateway.quoteFee(new FeeQuery(PARK, plate, clock.instant(), List.of(new Coupon.MinutesOff("h", 60))));
        assertThat(q.gross()).isEqualTo(Money.ofYuan(6));
        assertThat(q.payable()).isEqualTo(Money.ofYuan(4));
        gateway.grantCoupon(PARK, plate, new Coupon.AmountOff("A-1", Money.ofYuan(1)));
        FeeQuote q2 = gateway.quoteFee(new FeeQuery(PARK, plate, clock.instant(), List.of()));
        assertThat(q2.payable()).isEqualTo(Money.ofYuan(5));
        assertThat(gateway.reportPayment(new PaymentReport(PARK, plate, "PAY-1", q2.payable(), Money.ZERO,
                clock.instant(), "微信")).reference()).isEqualTo("PAY-1");
        assertThat(gateway.quoteFee(new FeeQuery(PARK, plate, clock.instant(), List.of())).payable()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> gateway.quoteFee(new FeeQuery(PARK, plate, clock.instant(),
                List.of(new Coupon.PercentOff("p", 10))))).isInstanceOf(NotSupportedByVendorException.class);
        assertThatThrownBy(() -> gateway.quoteFee(new FeeQuery(PARK, Plate.parse("京B99999"), clock.instant(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no open stay");
    }

    @Test
    void aQuoteOfThePlatesPreviousStayIsNotUsedToPayTheNextOne() {
        Plate plate = Plate.parse("京A12345");
        String first = sim.vehicleEnters("京A12345", "东门入口");
        sim.runDuePushes();
        clock.advance(Duration.ofMinutes(150));
        gateway.quoteFee(new FeeQuery(PARK, plate, clock.instant(), List.of())); // never paid through us
        sim.vehicleExits(first, "西门出口");
        sim.runDuePushes();
        clock.advance(Duration.ofMinutes(1));
        String second = sim.vehicleEnters("京A12345", "东门入口");
        sim.runDuePushes();
        clock.advance(Duration.ofMinutes(150));
        assertThat(gateway.reportPayment(new PaymentReport(PARK, plate, "PAY-2", Money.ofYuan(6), Money.ZERO,
                clock.instant(), "微信")).reference()).isEqualTo("PAY-2");
        assertThat(sim.stay(second).orElseThrow().paid()).isEqualTo(Money.ofYuan(6));
    }

    @Test
    void aPaymentReportSendsReceivableAndReceivedApartAndTheDocumentsPayType() {
        Plate plate = Plate.parse("京A12345");
        String order = sim.vehicleEnters("京A12345", "东门入口");
        sim.runDuePushes();
        clock.advance(Duration.ofMinutes(150));
        gateway.reportPayment(new PaymentReport(PARK, plate, "PAY-3", Money.ofYuan(5), Money.ofYuan(1),
                clock.instant(), "wechat"));
        BluecardSimulator.Stay stay = sim.stay(order).orElseThrow();
        assertThat(stay.paid()).isEqualTo(Money.ofYuan(5));            // realCharge
        assertThat(stay.lastReceivable()).isEqualTo(Money.ofYuan(6));  // payCharge = paid + discount
        assertThat(stay.lastPayType()).isEqualTo("微信");
    }

    @Test
    void listsPassesGateAndSpaces() {
        Instant from = Instant.parse("2019-01-01T00:00:00+08:00");
        Instant to = Instant.parse("2020-01-01T00:00:00+08:00");
        gateway.savePass(new Pass("P-1", Set.of(Plate.parse("京A12345")), from, to, Set.of("1"), "张三"));
        assertThat(sim.whitelist().get("京A12345").end()).isEqualTo("2019-12-31");
        assertThat(sim.whitelist().get("京A12345").areasAndValidity()).singleElement()
                .satisfies(a -> assertThat(a.areaId()).isEqualTo(1));
        gateway.removePass("P-1", Plate.parse("京A12345"));
        assertThat(sim.whitelist()).isEmpty();
        gateway.addListEntry(new ListEntry(ListKind.BLACK, Plate.parse("京A66666"), "逃费", from, to));
        assertThat(sim.blacklist()).containsOnlyKeys("京A66666");
        gateway.removeListEntry(ListKind.BLACK, Plate.parse("京A66666"));
        assertThat(sim.blacklist()).isEmpty();
        gateway.openGate(new DeviceCommand.OpenGate("2"));
        assertThat(sim.lifts()).containsExactly("2");

        sim.vehicleEnters("京A12345", "东门入口");
        assertThat(gateway.spaceStatus(PARK).freeSpaces()).isEqualTo(9); // no heartbeat yet: counted from 4.33
        sim.sendHeartbeat();
        assertThat(gateway.spaceStatus(PARK)).satisfies(s -> {
            assertThat(s.totalSpaces()).isEqualTo(10);
            assertThat(s.freeSpaces()).isEqualTo(9);
            assertThat(s.at()).isEqualTo(clock.instant());
        });
        assertThatThrownBy(() -> gateway.lockCar(new DeviceCommand.LockCar(Plate.parse("京A12345"), true)))
                .isInstanceOf(NotSupportedByVendorException.class);
    }
}
