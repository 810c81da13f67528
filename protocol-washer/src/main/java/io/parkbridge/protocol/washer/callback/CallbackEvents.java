package io.parkbridge.protocol.washer.callback;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventKey;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.washer.Washer;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Maps typed callbacks to core events, with idempotency keys built from what identifies each
 * callback: the order for once-per-order callbacks (FINISH_WASH, WP1_WORK_FINISH,
 * WP1_WAIT_TIMEOUT, WP1_CARD_CONSUME_READY), else machine and callTime (a repeated callback keeps
 * its body), and for unknown types a digest of the body
 * (key type UNKNOWN). MACHINE_UPDATE_STATUS lists several
 * machines and yields one event per machine.
 */
public final class CallbackEvents {
    private final Clock clock;
    private final WaterPlans waterPlans;

    public CallbackEvents(Clock clock, WaterPlans waterPlans) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.waterPlans = Objects.requireNonNull(waterPlans, "waterPlans");
    }

    /** The events of {@code callback}: one, or one per machine for MACHINE_UPDATE_STATUS. */
    public List<DomainEvent> events(WasherCallback callback) {
        String v = Washer.VENDOR;
        String raw = callback.rawJson();
        Instant at = callback.callTime() != null ? Instant.ofEpochMilli(callback.callTime()) : clock.instant();
        String type = callback.callbackType();
        if (callback instanceof WasherCallback.FinishWash c) {
            return List.of(new DomainEvent.WashFinished(
                    key(type, c.iotId() + ":" + c.orderId()), v, at, id(c.iotId()), c.orderId(), raw));
        }
        if (callback instanceof WasherCallback.MachineInfo c) {
            return List.of(new DomainEvent.DeviceInfoChanged(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), raw));
        }
        if (callback instanceof WasherCallback.OnlineStatus c) {
            List<DomainEvent> out = new ArrayList<>();
            for (Long iot : c.iotIdList()) {
                out.add(new DomainEvent.DeviceOnlineChanged(key(type, iot + ":" + timeOf(c) + ":" + c.status()), v,
                        at, id(iot), c.online(), raw));
            }
            return out;
        }
        if (callback instanceof WasherCallback.MachineError c) {
            return List.of(new DomainEvent.DeviceErrorReported(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), c.errorCode(),
                    c.errorMessage() == null ? "" : c.errorMessage(), raw));
        }
        if (callback instanceof WasherCallback.RolloverCarChange c) {
            return List.of(new DomainEvent.CarPositionChanged(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), c.status(), raw));
        }
        if (callback instanceof WasherCallback.Rollover2CarChange c) {
            return List.of(new DomainEvent.CarPositionChanged(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), c.status(), raw));
        }
        if (callback instanceof WasherCallback.TunnelCarInto c) {
            return List.of(new DomainEvent.CarPositionChanged(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), "ENTRY_" + c.status(), raw));
        }
        if (callback instanceof WasherCallback.TunnelCarPushOut c) {
            return List.of(new DomainEvent.CarPositionChanged(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), "ROLLED_OUT", raw));
        }
        if (callback instanceof WasherCallback.NewRolloverParkChange c) {
            return List.of(new DomainEvent.CarPositionChanged(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()), newRolloverPosition(c), raw));
        }
        if (callback instanceof WasherCallback.WaterWorkFinish c) {
            return List.of(new DomainEvent.WaterDispensed(
                    key(type, c.iotId() + ":" + c.orderId()), v, at, id(c.iotId()), c.orderId(), dispensed(c), raw));
        }
        if (callback instanceof WasherCallback.WaterWaitTimeout c) {
            return List.of(new DomainEvent.WaterWaitTimedOut(
                    key(type, c.iotId() + ":" + c.orderId()), v, at, id(c.iotId()), c.orderId(), raw));
        }
        if (callback instanceof WasherCallback.WaterStart c) {
            return List.of(new DomainEvent.WaterStarted(
                    key(type, c.iotId() + ":" + c.orderId() + ":" + timeOf(c)), v, at, id(c.iotId()), c.orderId(), raw));
        }
        if (callback instanceof WasherCallback.WaterReady c) {
            return List.of(new DomainEvent.WaterReady(
                    key(type, c.iotId() + ":" + c.orderId()), v, at, id(c.iotId()), c.orderId(), raw));
        }
        if (callback instanceof WasherCallback.TdsReport c) {
            return List.of(new DomainEvent.TdsReported(
                    key(type, c.iotId() + ":" + timeOf(c)), v, at, id(c.iotId()),
                    c.cleanTds() == null ? "" : String.valueOf(c.cleanTds()), raw));
        }
        if (callback instanceof WasherCallback.Unknown c) {
            // the raw type may hold any character; the key uses a fixed type and the body's digest
            return List.of(new DomainEvent.VendorNotice(
                    key("UNKNOWN", digest(raw)), v, at, type, raw));
        }
        throw new IllegalStateException("unmapped callback " + type);
    }

    /** Position in the vocabulary of the other washers: SUCCESS, FORWARD, BACK (raw code when unknown). */
    private static String newRolloverPosition(WasherCallback.NewRolloverParkChange c) {
        return switch (c.position()) {
            case PARKED -> "SUCCESS";
            case NEED_FORWARD -> "FORWARD";
            case NEED_BACK -> "BACK";
            case UNKNOWN -> c.status();
        };
    }

    /** Dispensed = planned - left over, when the plan is known; -1 otherwise. */
    private long dispensed(WasherCallback.WaterWorkFinish c) {
        var planned = waterPlans.planned(c.orderId());
        if (planned.isEmpty() || c.volume() == null) {
            return -1;
        }
        return Math.max(0, planned.getAsInt() - c.volume());
    }

    private static long timeOf(WasherCallback c) {
        if (c.callTime() == null) {
            throw new MalformedMessageException(Washer.VENDOR, "callTime",
                    "the send time (it identifies " + c.callbackType() + ")", null);
        }
        return c.callTime();
    }

    private static String id(long iotId) {
        return String.valueOf(iotId);
    }

    private static String key(String type, String recordId) {
        return EventKey.of(Washer.VENDOR, type, recordId);
    }

    private static String digest(String raw) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
