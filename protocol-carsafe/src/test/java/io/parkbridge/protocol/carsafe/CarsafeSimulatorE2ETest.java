package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.client.CarsafeBusinessException;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.inbound.CarsafeInbound;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.FeeCalculation;
import io.parkbridge.protocol.carsafe.message.FeeCalculationRequest;
import io.parkbridge.protocol.carsafe.message.MonthlyCardRequest;
import io.parkbridge.protocol.carsafe.message.PaymentCommitRequest;
import io.parkbridge.protocol.carsafe.message.StoredValueTopUp;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real HTTP on 127.0.0.1: our client against the simulator, and the simulator pushing to our inbound routes. */
class CarsafeSimulatorE2ETest {
    private static final CarsafeKeys KEYS = CarsafeKeys.builder(Secret.of("111111"))
            .family("report", Secret.of("push-key")).build();
    private static CarsafeSimulator sim;
    private static CarsafeClient client;
    private static InMemoryInbox inbox;
    private static SimulatorServer ourServer;

    @BeforeAll
    static void start() throws Exception {
        sim = CarsafeSimulator.start(KEYS, Samples.CLOCK);
        client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").branchNo("1001").keys(KEYS)
                .clock(Samples.CLOCK).sleeper(d -> { })
                .httpSettings(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .build();
        inbox = new InMemoryInbox();
        CarsafeInbound inbound = CarsafeInbound.builder().keys(KEYS).inbox(inbox).clock(Samples.CLOCK).build();
        ourServer = SimulatorServer.start(inbound.handler());
    }

    @AfterAll
    static void stop() {
        sim.close();
        ourServer.close();
    }

    @BeforeEach
    void seed() {
        sim.faults().reset();
        sim.vehicleEntered("粤B12345", LocalDateTime.of(2019, 12, 9, 13, 0, 0));
    }

    static Stream<CarsafeInterface> outbound() {
        return Samples.outbound().filter(i -> !Samples.STATEFUL.contains(i.number()));
    }

    static Stream<CarsafeInterface> inbound() {
        return Samples.inbound();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outbound")
    void every_outbound_interface_round_trips_through_the_simulator(CarsafeInterface iface) {
        CarsafeResponse r = client.call(iface, Samples.data(iface));
        assertThat(r.status()).isTrue();
        if (!iface.response().isEmpty() && iface.envelope() == EnvelopeKind.STANDARD) {
            assertThat(r.data().isNull()).as("data for " + iface.number()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inbound")
    void the_simulator_pushes_every_inbound_interface_to_our_routes(CarsafeInterface iface) {
        int before = inbox.messages().size();
        CarsafeClient pusher = sim.pusher(ourServer.baseUrl(), KEYS);
        Object data = Samples.data(iface);
        if (iface.chapter() == 13 && !iface.number().equals("13.7")) {
            data = data == null ? List.of() : List.of(data);
        }
        CarsafeResponse r = pusher.call(iface, data);
        if (iface.envelope() == EnvelopeKind.VERIFY_REQUEST) {
            assertThat(r.data().get("status").asText()).isEqualTo("success");
        } else if (iface.envelope() == EnvelopeKind.STATUS_MESSAGE) {
            assertThat(r.data().get("status").asBoolean()).isTrue();
        } else {
            assertThat(r.status()).isTrue();
        }
        assertThat(inbox.messages()).hasSize(before + 1);
    }

    @Test
    void the_simulator_pushes_entry_payment_exit_and_heartbeat_as_chean_does() {
        sim.pushTo(ourServer.baseUrl(), KEYS);
        try {
            int before = inbox.messages().size();
            sim.vehicleEntered("京A12345", LocalDateTime.of(2019, 12, 9, 14, 0, 0));
            CarsafeParking parking = new CarsafeParking(client);
            FeeCalculation calc = parking.calculateFee(FeeCalculationRequest.now(Credential.plate("京A12345")));
            parking.commitPayment(PaymentCommitRequest.paying(calc, Credential.plate("京A12345"), calc.amount(), "7",
                    "T-9", "2019-12-09 15:42:40"));
            sim.vehicleExited("京A12345", LocalDateTime.of(2019, 12, 9, 15, 42, 0));
            sim.heartbeat();
            assertThat(sim.pushFailures()).isZero();
            var events = inbox.messages().subList(before, inbox.messages().size()).stream().map(m -> m.event()).toList();
            assertThat(events).hasSize(4);
            assertThat(events.get(0)).isInstanceOfSatisfying(io.parkbridge.core.event.DomainEvent.VehicleEntered.class,
                    e -> assertThat(e.plate().number()).isEqualTo("京A12345"));
            assertThat(events.get(1)).isInstanceOfSatisfying(io.parkbridge.core.event.DomainEvent.PaymentCompleted.class,
                    e -> assertThat(e.amount()).isEqualTo(Money.ofFen(1000)));
            assertThat(events.get(2)).isInstanceOf(io.parkbridge.core.event.DomainEvent.VehicleExited.class);
            assertThat(events.get(3)).isInstanceOf(io.parkbridge.core.event.DomainEvent.HeartbeatReceived.class);
        } finally {
            sim.pushTo(null, null);
        }
    }

    @Test
    void coupons_on_an_order_reduce_what_is_due() {
        sim.coupon("CP5", Money.ofFen(500));
        CarsafeParking parking = new CarsafeParking(client);
        FeeCalculation calc = parking.calculateFee(FeeCalculationRequest.now(Credential.plate("粤B12345")));
        FeeCalculation after = client.call("6.30", Map.of("orderNo", calc.orderNo(), "barcode", "CP5"),
                FeeCalculation.class);
        assertThat(after.parkCost()).isEqualTo(Money.ofFen(1500));
        assertThat(after.amount()).isEqualTo(Money.ofFen(1000));
        FeeCalculation removed = client.call("6.31", Map.of("orderNo", calc.orderNo(), "barcode", "CP5"),
                FeeCalculation.class);
        assertThat(removed.amount()).isEqualTo(Money.ofFen(1500));
        assertThatThrownBy(() -> client.call("6.30", Map.of("orderNo", calc.orderNo(), "barcode", "NOPE")))
                .isInstanceOfSatisfying(CarsafeBusinessException.class, e -> assertThat(e.code()).isEqualTo("603"));
    }

    @Test
    void a_push_with_a_wrong_key_is_refused_by_our_inbound() {
        CarsafeClient pusher = sim.pusher(ourServer.baseUrl(), CarsafeKeys.single(Secret.of("wrong")));
        assertThatThrownBy(() -> pusher.call("13.9", List.of())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void fee_query_then_payment_then_duplicate() {
        CarsafeParking parking = new CarsafeParking(client);
        FeeCalculation calc = parking.calculateFee(FeeCalculationRequest.now(Credential.plate("粤B12345")));
        // 13:00:00 to 15:42:45 = 163 minutes (seconds round up) = 3 started hours at 5.00
        assertThat(calc.parkMinutes()).isEqualTo("163");
        assertThat(calc.parkCost()).isEqualTo(Money.ofFen(1500));
        PaymentCommitRequest pay = PaymentCommitRequest.paying(calc, Credential.plate("粤B12345"), calc.parkCost(), "10",
                "T-1", "2019-12-09 15:42:40");
        assertThat(parking.commitPayment(pay).ok()).isTrue();
        assertThat(sim.orderStatus(calc.orderNo())).isEqualTo("1");
        assertThat(parking.order(calc.orderNo()).status()).isEqualTo("1");
        assertThatThrownBy(() -> parking.commitPayment(pay)).isInstanceOfSatisfying(CarsafeBusinessException.class,
                e -> assertThat(e.duplicateTransaction()).isTrue());
    }

    @Test
    void the_simulator_quotes_with_the_core_fee_engine_and_a_configured_tariff() {
        sim.tariff(io.parkbridge.core.fee.Tariff.simple(Duration.ZERO, Duration.ofHours(1), Money.ofFen(1000),
                Duration.ofMinutes(30), Money.ofFen(200), null));
        try {
            // 163 minutes: first hour 10.00, then 103 minutes = 4 started half hours at 2.00
            FeeCalculation calc = new CarsafeParking(client).calculateFee(FeeCalculationRequest.now(
                    Credential.plate("粤B12345")));
            assertThat(calc.parkCost()).isEqualTo(Money.ofFen(1800));
        } finally {
            sim.tariff(io.parkbridge.core.fee.Tariff.simple(Duration.ofMinutes(15), Duration.ZERO, Money.ZERO,
                    Duration.ofHours(1), Money.ofFen(500), Money.ofFen(5000)));
        }
    }

    @Test
    void vehicle_not_in_park_is_a_business_error() {
        assertThatThrownBy(() -> new CarsafeParking(client).calculateFee(FeeCalculationRequest.now(
                Credential.plate("粤B99999")))).isInstanceOf(CarsafeBusinessException.class).hasMessageContaining("500");
    }

    @Test
    void stored_value_and_monthly_cards() {
        sim.storedValueCard("C1", Money.ofFen(160000));
        CarsafeParking parking = new CarsafeParking(client);
        assertThat(parking.storedValueCard(Credential.card("C1")).balance()).isEqualTo(Money.ofFen(160000));
        assertThat(parking.topUp(StoredValueTopUp.of(Credential.card("C1"), Money.ofFen(10050))).ok()).isTrue();
        assertThat(sim.storedValueBalance("C1")).isEqualTo(Money.ofFen(170050));

        sim.monthlyCard("粤B12345", LocalDate.of(2019, 12, 31));
        assertThat(parking.monthlyCard(Credential.plate("粤B12345"), 2).monthlyRent()).isEqualTo(Money.ofFen(24000));
        assertThat(parking.chargeMonthlyCard(MonthlyCardRequest.charge(Credential.plate("粤B12345"), 2, "-1", "T2",
                "2019-12-09 15:42:40")).receivable()).isEqualTo(Money.ofFen(24000));
        assertThat(sim.monthlyCardExpiry("粤B12345")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void lock_unlock_gate_and_blacklist() {
        CarsafeParking parking = new CarsafeParking(client);
        parking.lockCar("粤B12345");
        assertThat(parking.lockStatus("粤B12345").locked()).isTrue();
        parking.cancelLock("粤B12345");
        assertThat(sim.lockStatus("粤B12345")).isEqualTo("2");
        parking.openGate("12");
        parking.closeGate("12");
        assertThat(sim.deviceCommands()).contains("6.25 open 12", "6.58 close 12");
        parking.addToBlacklist(new io.parkbridge.protocol.carsafe.message.BlacklistEntry(null, "粤B66666", null,
                "2019-12-09 00:00:00", "2099-01-01 00:00:00", null, "test"));
        var entries = parking.blacklist();
        assertThat(entries).extracting(e -> e.plateNo()).contains("粤B66666");
        parking.deleteFromBlacklist(entries.get(entries.size() - 1).autoId());
        assertThat(parking.blacklist()).extracting(e -> e.plateNo()).doesNotContain("粤B66666");
    }

    @Test
    void paging_against_the_simulator_reads_every_row() {
        for (int i = 0; i < 5; i++) {
            sim.card(Map.of("CardNo", "C" + i, "CardID", "I" + i, "NumNo", "N" + i));
        }
        List<String> seen = new ArrayList<>();
        client.rows("6.4", Map.of(), 2).forEach(r -> seen.add(r.get("CardNo").asText()));
        assertThat(seen).startsWith("C0", "C1", "C2", "C3", "C4");
    }

    @Test
    void faults_5xx_then_recovery_for_queries_and_malformed_bodies() {
        sim.faults().failNext(1, 503);
        assertThat(new CarsafeParking(client).remainingSpaces().total()).isEqualTo(100);
        sim.faults().failNext(1, 503);
        assertThatThrownBy(() -> new CarsafeParking(client).openGate("1")).isInstanceOf(TransportException.class);
        sim.faults().malformedNext(1);
        CarsafeClient noRetry = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(KEYS)
                .clock(Samples.CLOCK).retryPolicy(RetryPolicy.NONE).build();
        assertThatThrownBy(() -> noRetry.call("6.3", Map.of())).isInstanceOf(MalformedMessageException.class);
        sim.faults().dropNext(1);
        assertThatThrownBy(() -> noRetry.call("6.3", Map.of())).isInstanceOf(TransportException.class);
    }

    @Test
    void wrong_key_is_refused_by_the_simulator() {
        CarsafeClient bad = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(CarsafeKeys.single(
                Secret.of("nope"))).clock(Samples.CLOCK).build();
        assertThatThrownBy(() -> bad.call("6.3", Map.of())).isInstanceOf(AuthenticationException.class);
    }
}
