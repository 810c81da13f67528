package io.parkbridge.protocol.bluecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.ParkingGateway;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.bluecard.fee.BluecardFees;
import io.parkbridge.protocol.bluecard.gateway.BluecardParkingGateway;
import io.parkbridge.protocol.bluecard.gateway.OpenStays;
import io.parkbridge.protocol.bluecard.inbound.BluecardApplication;
import io.parkbridge.protocol.bluecard.inbound.BluecardInboundHandler;
import io.parkbridge.protocol.bluecard.inbound.GateDecision;
import io.parkbridge.protocol.bluecard.inbound.LinkHealth;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.sim.BluecardSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/vendors/bluecard.md, run against the simulator. */
class DocsExampleTest {

    @Test
    void theDocumentedExampleWorks() throws Exception {
        Secret key = Secret.of("abc123");
        MutableClock clock = new MutableClock(Instant.parse("2019-01-09T01:00:00Z"));
        InMemoryInbox inbox = new InMemoryInbox();
        List<DomainEvent> myApp = new ArrayList<>();

        OpenStays stays = new OpenStays();
        BluecardInboundHandler inbound = BluecardInboundHandler.builder()
                .park("p180329111018", key)
                .inbox(inbox)
                .listener(event -> {
                    stays.handle(event);
                    myApp.add(event);
                })
                .application(new BluecardApplication() {
                    @Override
                    public GateDecision openGate(OpenGate.Request r) {
                        return r.carType().equals("固定车") ? GateDecision.open("VIP") : GateDecision.parkDecides("");
                    }
                })
                .clock(clock)
                .build();
        List<Route> routes = inbound.routes();
        assertThat(routes).extracting(Route::path).contains("/bluecard/heartbeat", "/bluecard/carIn", "/bluecard/general");

        try (SimulatorServer ours = SimulatorServer.start(inbound.asHandler());
                BluecardSimulator sim = BluecardSimulator.builder().key(key).clock(clock)
                        .pushTarget(ours.baseUrl() + "/bluecard").start()) {
            String orderId = sim.vehicleEnters("京A12345", "东门入口");
            sim.runDuePushes();
            sim.sendHeartbeat();
            clock.advance(Duration.ofMinutes(100));

            BluecardClient client = BluecardClient.builder()
                    .baseUrl(sim.baseUrl())
                    .parkNumber("p180329111018")
                    .key(key)
                    .clock(clock)
                    .build();
            FeeQuote quote = client.quoteFee(orderId, "京A12345", 0);
            assertThat(quote.payable()).isEqualTo(Money.ofYuan(4));
            client.sendPayRes(new BluecardClient.Payment(orderId, "京A12345", quote.payable(), quote.payable(),
                    clock.instant(), "微信", "扫码付", quote.exit(), "T-20190109-1", BluecardFees.outTradeNo(quote)));
            client.remoteLiftRod("1");

            ParkingGateway gateway = new BluecardParkingGateway(client, stays, inbound.linkHealth(), clock);
            assertThat(gateway.quoteFee(new FeeQuery("p180329111018", Plate.parse("京A12345"), clock.instant(), List.of()))
                    .payable()).isEqualTo(Money.ZERO);

            LinkHealth.Status s = inbound.linkHealth().status("p180329111018");
            assertThat(s.missedBeats()).isEqualTo(200); // 100 min without a beat
            assertThat(s.online()).isFalse();
            assertThat(myApp).hasAtLeastOneElementOfType(DomainEvent.VehicleEntered.class);
            assertThat(sim.lifts()).containsExactly("1");
        }
    }
}
