package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeServices;
import io.parkbridge.protocol.carsafe.message.DoorOpenRequest;
import io.parkbridge.protocol.carsafe.message.EntryUpload;
import io.parkbridge.protocol.carsafe.message.VisitorRegistration;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chapters 7-10 typed methods against the simulator. */
class CarsafeServicesTest {
    private static final CarsafeKeys KEYS = CarsafeKeys.single(Secret.of("111111"));
    private CarsafeSimulator sim;
    private CarsafeServices services;

    @BeforeEach
    void start() throws Exception {
        sim = CarsafeSimulator.start(KEYS, Samples.CLOCK);
        services = new CarsafeServices(CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(KEYS)
                .clock(Samples.CLOCK).build());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void section_7_6_open_door_is_recorded_by_the_simulator() {
        assertThat(services.openDoor(new DoorOpenRequest("U1", "3", "2")).ok()).isTrue();
        assertThat(sim.deviceCommands()).containsExactly("7.6 door 3/2");
    }

    @Test
    void section_7_6_blank_fields_are_refused_naming_the_field() {
        assertThatThrownBy(() -> services.openDoor(new DoorOpenRequest("U1", " ", "2")))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("controllerNo");
    }

    @Test
    void section_10_3_visitor_registration_round_trip_and_validation() {
        VisitorRegistration ok = new VisitorRegistration("1", "13800000000", null, null, "张三", "1", "2",
                "440300199001011234", null, "粤B12345", "visit", "13900000000", "2019-12-09 16:00:00",
                "2019-12-09 18:00:00");
        assertThat(services.registerVisitor(ok).orderNo()).isNotBlank();
        assertThat(ok.toString()).doesNotContain("440300199001011234");
        VisitorRegistration bad = new VisitorRegistration("3", "13800000000", null, null, "张三", "1", "2",
                "4403", null, null, null, null, "2019-12-09 16:00:00", "2019-12-09 18:00:00");
        assertThatThrownBy(() -> services.registerVisitor(bad)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("credentialType");
    }

    @Test
    void chapter_8_and_9_typed_calls() {
        assertThat(services.guidanceSpaces(null).total()).isNotNegative();
        assertThat(services.positionByPlate("粤B12345").licensePlate()).isEqualTo("sim-LicensePlate");
        services.uploadEntry(new EntryUpload("1", "88", null, "粤B12345", "2019-12-09 15:00:00", null, null));
        assertThatThrownBy(() -> new EntryUpload("1", "88", null, " ", "2019-12-09 15:00:00", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("licensePlate");
        assertThat(services.micropay("134567890123456789", "O1").orderNo()).isEqualTo("O1");
    }

    @Test
    void section_10_37_system_log_is_downloaded_chunk_by_chunk() {
        byte[] log = services.systemLog("J", "1", "D:/log", "2019-12-09", 100);
        String text = new String(log, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("2019-12-09 15:42:45 simulated log line\n").hasSize(40 * 39);
    }

    @Test
    void generated_records_enforce_required_fields_before_sending() {
        var missing = new io.parkbridge.protocol.carsafe.message.generated.Chapter6Messages.Calc_6_1.Request(
                "1", null, "1970-01-01 00:00:00", null, null, null, null, null);
        CarsafeClient client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(KEYS)
                .clock(Samples.CLOCK).build();
        assertThatThrownBy(() -> client.call("6.1", missing)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("credential");
    }

    @Test
    void section_10_40_door_qrcode() {
        assertThat(services.doorQrcode("1", 2).qrcode()).isEqualTo("sim-qrcode");
    }
}
