package io.parkbridge.core.event;

import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a vendor reported, in the core's words. Every event carries
 * <ul>
 *   <li>{@code key}: a stable idempotency key derived from the vendor's record id (use
 *       {@link EventKey#of}), so the same vendor record always yields the same key;</li>
 *   <li>{@code vendor}: which vendor reported it ("bluecard", "carsafe", "welink", "washer");</li>
 *   <li>{@code occurredAt}: when it happened according to the vendor.</li>
 * </ul>
 * Fields a vendor leaves open travel as {@code rawJson}, the vendor's JSON text unchanged.
 */
public sealed interface DomainEvent {

    String key();

    String vendor();

    Instant occurredAt();

    /** A vehicle entered through {@code laneId}; image URLs if the vendor sent any. */
    record VehicleEntered(String key, String vendor, Instant occurredAt, String parkId, Plate plate, String laneId,
            String recordId, List<String> imageUrls) implements DomainEvent {
        public VehicleEntered {
            Checks.common(key, vendor, occurredAt);
            Objects.requireNonNull(plate, "plate");
            imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        }
    }

    /** A vehicle left; {@code charged} is what the stay cost as the vendor reports it. */
    record VehicleExited(String key, String vendor, Instant occurredAt, String parkId, Plate plate, String laneId,
            String recordId, Instant enteredAt, Money charged, List<String> imageUrls) implements DomainEvent {
        public VehicleExited {
            Checks.common(key, vendor, occurredAt);
            Objects.requireNonNull(plate, "plate");
            Checks.notNegative(charged, "charged");
            imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        }
    }

    /** A parking fee was paid. */
    record PaymentCompleted(String key, String vendor, Instant occurredAt, String parkId, Plate plate, String orderId,
            Money amount, Money discount, String method) implements DomainEvent {
        public PaymentCompleted {
            Checks.common(key, vendor, occurredAt);
            Checks.notNegative(amount, "amount");
            Checks.notNegative(discount, "discount");
        }
    }

    /** A washer finished a wash. */
    record WashFinished(String key, String vendor, Instant occurredAt, String deviceId, String orderId, String rawJson)
            implements DomainEvent {
        public WashFinished {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A device reported new information (name, firmware, configuration). */
    record DeviceInfoChanged(String key, String vendor, Instant occurredAt, String deviceId, String rawJson)
            implements DomainEvent {
        public DeviceInfoChanged {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A device went online or offline. */
    record DeviceOnlineChanged(String key, String vendor, Instant occurredAt, String deviceId, boolean online,
            String rawJson) implements DomainEvent {
        public DeviceOnlineChanged {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A device reported a fault. */
    record DeviceErrorReported(String key, String vendor, Instant occurredAt, String deviceId, String errorCode,
            String message, String rawJson) implements DomainEvent {
        public DeviceErrorReported {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A car moved inside a washer (entered, parked, rolled out...). */
    record CarPositionChanged(String key, String vendor, Instant occurredAt, String deviceId, String position,
            String rawJson) implements DomainEvent {
        public CarPositionChanged {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A water purifier is ready to dispense after a card swipe. */
    record WaterReady(String key, String vendor, Instant occurredAt, String deviceId, String orderId, String rawJson)
            implements DomainEvent {
        public WaterReady {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A water purifier started dispensing. */
    record WaterStarted(String key, String vendor, Instant occurredAt, String deviceId, String orderId, String rawJson)
            implements DomainEvent {
        public WaterStarted {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A water purifier finished; {@code volumeMl} dispensed (-1 when not reported). */
    record WaterDispensed(String key, String vendor, Instant occurredAt, String deviceId, String orderId, long volumeMl,
            String rawJson) implements DomainEvent {
        public WaterDispensed {
            Checks.common(key, vendor, occurredAt);
            if (volumeMl < -1) {
                throw new IllegalArgumentException("volumeMl: expected 0 or more, or -1 when not reported, got "
                        + volumeMl);
            }
        }
    }

    /** A water purifier session timed out with no water taken. */
    record WaterWaitTimedOut(String key, String vendor, Instant occurredAt, String deviceId, String orderId,
            String rawJson) implements DomainEvent {
        public WaterWaitTimedOut {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A water purifier reported total dissolved solids (ppm). */
    record TdsReported(String key, String vendor, Instant occurredAt, String deviceId, String tds, String rawJson)
            implements DomainEvent {
        public TdsReported {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A parking space (or a whole park's free count) changed. */
    record ParkingSpaceChanged(String key, String vendor, Instant occurredAt, String parkId, String spaceId,
            boolean occupied, int freeSpaces, String rawJson) implements DomainEvent {
        public ParkingSpaceChanged {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** A door was opened, or an access-control alarm was raised. */
    record AccessEvent(String key, String vendor, Instant occurredAt, String controllerNo, String doorNo, String type,
            String rawJson) implements DomainEvent {
        public AccessEvent {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /** The vendor link is alive. */
    record HeartbeatReceived(String key, String vendor, Instant occurredAt, String parkId) implements DomainEvent {
        public HeartbeatReceived {
            Checks.common(key, vendor, occurredAt);
        }
    }

    /**
     * A report the core has no type for yet (an unknown callback type, a vendor-specific
     * notice): stored and delivered as the vendor sent it, never rejected.
     */
    record VendorNotice(String key, String vendor, Instant occurredAt, String type, String rawJson)
            implements DomainEvent {
        public VendorNotice {
            Checks.common(key, vendor, occurredAt);
            Objects.requireNonNull(type, "type");
        }
    }

    /** Shared constructor checks. */
    final class Checks {
        private Checks() {
        }

        static void common(String key, String vendor, Instant occurredAt) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("key: expected a non-blank idempotency key");
            }
            if (vendor == null || vendor.isBlank()) {
                throw new IllegalArgumentException("vendor: expected a vendor name");
            }
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        static void notNegative(Money m, String name) {
            Objects.requireNonNull(m, name);
            if (m.isNegative()) {
                throw new IllegalArgumentException(name + ": expected zero or more, got " + m);
            }
        }
    }
}
