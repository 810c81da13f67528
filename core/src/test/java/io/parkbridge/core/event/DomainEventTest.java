package io.parkbridge.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainEventTest {
    static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    static final Plate PLATE = Plate.parse("粤B12345");

    @Test
    void keysAreStableAndDoNotCollide() {
        assertThat(EventKey.of("bluecard", "entry", "P123-0001")).isEqualTo("bluecard:entry:P123-0001");
        assertThat(EventKey.of("bluecard", "entry", "P123-0001")).isEqualTo(EventKey.of("bluecard", "entry",
                "P123-0001"));
        assertThat(EventKey.of("bluecard", "entry", "1")).isNotEqualTo(EventKey.of("bluecard", "exit", "1"));
        assertThat(EventKey.of("welink", "entry", "1")).isNotEqualTo(EventKey.of("bluecard", "entry", "1"));
        assertThat(EventKey.of("washer", "tds", "a:b")).isEqualTo("washer:tds:a:b");
        // with ':' allowed in vendor or type, ("a:b","c","1") and ("a","b:c","1") would give one key
        assertThatThrownBy(() -> EventKey.of("a:b", "c", "1")).hasMessageStartingWith("vendor");
        assertThatThrownBy(() -> EventKey.of("a", "b:c", "1")).hasMessageStartingWith("type");
        assertThatThrownBy(() -> EventKey.of("a", "b", " ")).hasMessageStartingWith("recordId");
        assertThatThrownBy(() -> EventKey.of(null, "b", "1")).hasMessageStartingWith("vendor");
        assertThatThrownBy(() -> EventKey.of("a", "", "1")).hasMessageStartingWith("type");
    }

    @Test
    void everyEventRequiresKeyVendorAndTime() {
        assertThatThrownBy(() -> new DomainEvent.HeartbeatReceived("", "bluecard", T, "P1")).hasMessageStartingWith("key");
        assertThatThrownBy(() -> new DomainEvent.HeartbeatReceived("k", " ", T, "P1")).hasMessageStartingWith("vendor");
        assertThatThrownBy(() -> new DomainEvent.HeartbeatReceived("k", "bluecard", null, "P1"))
                .isInstanceOf(NullPointerException.class).hasMessage("occurredAt");
        assertThatThrownBy(() -> new DomainEvent.VendorNotice("k", "v", T, null, "{}")).hasMessage("type");
    }

    @Test
    void vehicleEventsCopyImagesAndRequireAPlate() {
        List<String> images = new ArrayList<>(List.of("http://127.0.0.1/a.jpg"));
        DomainEvent.VehicleEntered in = new DomainEvent.VehicleEntered(EventKey.of("bluecard", "entry", "r1"),
                "bluecard", T, "P1", PLATE, "lane-1", "r1", images);
        images.clear();
        assertThat(in.imageUrls()).containsExactly("http://127.0.0.1/a.jpg");
        assertThat(new DomainEvent.VehicleEntered("k", "v", T, "P1", PLATE, "l", "r", null).imageUrls()).isEmpty();
        assertThatThrownBy(() -> new DomainEvent.VehicleEntered("k", "v", T, "P1", null, "l", "r", List.of()))
                .hasMessage("plate");
        DomainEvent.VehicleExited out = new DomainEvent.VehicleExited("k", "v", T, "P1", PLATE, "l", "r",
                T.minusSeconds(3600), Money.ofFen(500), null);
        assertThat(out.charged()).isEqualTo(Money.ofFen(500));
        assertThatThrownBy(() -> new DomainEvent.VehicleExited("k", "v", T, "P1", PLATE, "l", "r", T,
                Money.ofFen(-1), List.of())).hasMessageStartingWith("charged: expected zero or more");
    }

    @Test
    void paymentsAreNotNegative() {
        assertThat(new DomainEvent.PaymentCompleted("k", "v", T, "P1", PLATE, "o1", Money.ofFen(900), Money.ZERO,
                "wechat").amount()).isEqualTo(Money.ofFen(900));
        assertThatThrownBy(() -> new DomainEvent.PaymentCompleted("k", "v", T, "P1", PLATE, "o1", Money.ofFen(-1),
                Money.ZERO, "cash")).hasMessageStartingWith("amount");
        assertThatThrownBy(() -> new DomainEvent.PaymentCompleted("k", "v", T, "P1", PLATE, "o1", Money.ZERO, null,
                "cash")).hasMessage("discount");
    }

    @Test
    void waterVolumeIsKnownOrMinusOne() {
        assertThat(new DomainEvent.WaterDispensed("k", "washer", T, "d", "o", -1, "{}").volumeMl()).isEqualTo(-1);
        assertThatThrownBy(() -> new DomainEvent.WaterDispensed("k", "washer", T, "d", "o", -2, "{}"))
                .hasMessageStartingWith("volumeMl");
    }

    @Test
    void theHierarchyIsSealedAndCoversEveryVendorReport() {
        assertThat(DomainEvent.class.isSealed()).isTrue();
        assertThat(DomainEvent.class.getPermittedSubclasses()).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("VehicleEntered", "VehicleExited", "PaymentCompleted", "WashFinished",
                        "DeviceInfoChanged", "DeviceOnlineChanged", "DeviceErrorReported", "CarPositionChanged",
                        "WaterReady", "WaterStarted", "WaterDispensed", "WaterWaitTimedOut", "TdsReported",
                        "ParkingSpaceChanged", "AccessEvent", "HeartbeatReceived", "VendorNotice");
        for (Class<?> c : DomainEvent.class.getPermittedSubclasses()) {
            assertThat(c.isRecord()).as(c.getSimpleName()).isTrue();
        }
    }
}
