package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.gateway.CarsafeDeviceController;
import io.parkbridge.protocol.carsafe.gateway.CarsafeParkingGateway;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core ports over the simulator. */
class CarsafeGatewayTest {
    private static final CarsafeKeys KEYS = CarsafeKeys.single(Secret.of("111111"));
    private CarsafeSimulator sim;
    private CarsafeParkingGateway gateway;
    private CarsafeDeviceController devices;
    private final Plate plate = Plate.parse("粤B12345");

    @BeforeEach
    void start() throws Exception {
        sim = CarsafeSimulator.start(KEYS, Samples.CLOCK);
        sim.vehicleEntered("粤B12345", LocalDateTime.of(2019, 12, 9, 13, 0, 0));
        CarsafeClient client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(KEYS)
                .clock(Samples.CLOCK).build();
        gateway = new CarsafeParkingGateway(client, Samples.CLOCK, ZoneId.of("Asia/Shanghai"));
        devices = new CarsafeDeviceController(client, gateway, "OPER1");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void quote_maps_cheans_fee_onto_the_core_quote() {
        FeeQuote q = gateway.quoteFee(new FeeQuery("1001", plate, Samples.CLOCK.instant(), List.of()));
        assertThat(q.gross()).isEqualTo(Money.ofFen(1500));
        assertThat(q.payable()).isEqualTo(Money.ofFen(1500));
        assertThat(q.entry()).isEqualTo(Instant.parse("2019-12-09T05:00:00Z"));
        assertThat(q.exit()).isEqualTo(Samples.CLOCK.instant());
    }

    @Test
    void quote_with_a_coupon_attaches_it_to_the_order() {
        sim.coupon("CP5", Money.ofFen(500));
        FeeQuote q = gateway.quoteFee(new FeeQuery("1001", plate, Samples.CLOCK.instant(),
                List.of(new io.parkbridge.core.fee.Coupon.AmountOff("CP5", Money.ofFen(500)))));
        assertThat(q.gross()).isEqualTo(Money.ofFen(1500));
        assertThat(q.payable()).isEqualTo(Money.ofFen(1000));
        assertThat(q.alreadyDiscounted()).isEqualTo(Money.ofFen(500));
    }

    @Test
    void payment_report_calculates_then_commits() {
        var result = gateway.reportPayment(new PaymentReport("1001", plate, "M-1", Money.ofFen(1500), Money.ZERO,
                Samples.CLOCK.instant(), "wechat"));
        assertThat(result.accepted()).isTrue();
        assertThat(sim.orderStatus(result.reference())).isEqualTo("1");
    }

    @Test
    void device_commands_reach_the_simulator() {
        devices.execute(new DeviceCommand.OpenGate("12"));
        devices.execute(new DeviceCommand.OpenDoor("3", 2));
        devices.execute(new DeviceCommand.LockCar(plate, true));
        assertThat(sim.lockStatus("粤B12345")).isEqualTo("1");
        devices.execute(new DeviceCommand.LockCar(plate, false));
        assertThat(sim.lockStatus("粤B12345")).isEqualTo("2");
        assertThat(sim.deviceCommands()).containsExactly("6.25 open 12", "7.6 door 3/2");
        assertThatThrownBy(() -> devices.execute(new DeviceCommand.StartWash("w", 1)))
                .isInstanceOf(NotSupportedByVendorException.class);
    }

    @Test
    void black_list_add_and_remove_one_plate_only() {
        Instant from = Samples.CLOCK.instant();
        gateway.addListEntry(new ListEntry(ListKind.BLACK, plate, "fraud", from, from.plusSeconds(86400)));
        gateway.addListEntry(new ListEntry(ListKind.BLACK, Plate.parse("粤B66666"), "x", from, from.plusSeconds(86400)));
        assertThat(gateway.removeListEntry(ListKind.BLACK, plate).accepted()).isTrue();
        assertThat(gateway.removeListEntry(ListKind.BLACK, plate).accepted()).isFalse();
        assertThatThrownBy(() -> gateway.addListEntry(new ListEntry(ListKind.WHITE, plate, "", from, from.plusSeconds(60))))
                .isInstanceOf(NotSupportedByVendorException.class);
    }

    @Test
    void pass_renewal_and_removal() {
        sim.monthlyCard("粤B12345", java.time.LocalDate.of(2019, 12, 31));
        var pass = new io.parkbridge.core.credential.Pass("P-1", java.util.Set.of(plate),
                Instant.parse("2019-12-31T16:00:00Z"), Instant.parse("2020-03-31T16:00:00Z"), java.util.Set.of(), "");
        assertThat(gateway.savePass(pass).accepted()).isTrue();
        assertThat(sim.monthlyCardExpiry("粤B12345")).isEqualTo(java.time.LocalDate.of(2020, 3, 31));
        var unknown = new io.parkbridge.core.credential.Pass("P-2", java.util.Set.of(Plate.parse("粤B99999")),
                Instant.parse("2019-12-31T16:00:00Z"), Instant.parse("2020-03-31T16:00:00Z"), java.util.Set.of(), "");
        assertThat(gateway.savePass(unknown).accepted()).isFalse();
        assertThat(gateway.removePass("P-1", plate).accepted()).isTrue();
        assertThat(sim.monthlyCardExpiry("粤B12345")).isNull();
    }

    @Test
    void space_status() {
        sim.setTotalSpaces(50);
        var s = gateway.spaceStatus("1001");
        assertThat(s.totalSpaces()).isEqualTo(50);
        assertThat(s.freeSpaces()).isEqualTo(49);
    }
}
