package io.parkbridge.protocol.washer.device;

import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventHandler;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.port.DeviceController;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.protocol.washer.Washer;
import io.parkbridge.protocol.washer.api.IotInfoRequest;
import io.parkbridge.protocol.washer.api.IotInfo;
import io.parkbridge.protocol.washer.api.OpenDoorRequest;
import io.parkbridge.protocol.washer.api.OrderRequest;
import io.parkbridge.protocol.washer.api.ParkStatus;
import io.parkbridge.protocol.washer.api.PlanRequest;
import io.parkbridge.protocol.washer.api.StartLockedRequest;
import io.parkbridge.protocol.washer.api.SelfServiceStartRequest;
import io.parkbridge.protocol.washer.api.IotRequest;
import io.parkbridge.protocol.washer.api.StatusReply;
import io.parkbridge.protocol.washer.api.WasherBusinessException;
import io.parkbridge.protocol.washer.api.WasherClient;
import io.parkbridge.protocol.washer.api.WaterPlanRequest;
import io.parkbridge.protocol.washer.inbound.WaterPlans;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The core {@link DeviceController} for the washer platform: turns core device commands into
 * the right endpoint sequence of each machine family, validating before anything is sent.
 *
 * <ul>
 *   <li>{@code StartWash} on a rollover 1/3 or touchless 1: lock with the plan; the start is
 *       sent when the machine reports the car parked (feed this controller the platform's events
 *       through {@link #handle}); machines configured as gateless use lock-and-start at once;</li>
 *   <li>on a new rollover: parked → lock and start; else lock, start on ZY_RT_PARK_CHANGE 0;</li>
 *   <li>on a rollover 2: parked → start with the plan, else refused with the parking status;</li>
 *   <li>on a touchless 2: parked → lock and start, else refused;</li>
 *   <li>on a tunnel 1: send the program; on a self-service 2: open for the scheme's minutes;</li>
 *   <li>{@code DispenseWater} on a purifier: lock with volume, wait time and price;</li>
 *   <li>{@code OpenDoor} (door 1) on a purifier: open the door, relock after a delay.</li>
 * </ul>
 * Other commands throw {@link NotSupportedByVendorException}. A command is accepted when the
 * platform answers code 0 and READY; the result's reference is our order id.
 */
public final class WasherDeviceController implements DeviceController, EventHandler {
    private final WasherClient client;
    private final Map<Long, WasherModel> models;
    private final boolean discoverModels;
    private final java.util.Set<Long> gateless;
    private final Supplier<String> orderIds;
    private final Money waterPricePer100Ml;
    private final Map<Integer, Integer> selfServiceMinutes;
    private final int doorCloseDelaySeconds;
    private final WaterPlans waterPlans;
    private final Map<Long, PendingStart> pending = new ConcurrentHashMap<>();
    private final Map<Long, WasherModel> discovered = new ConcurrentHashMap<>();

    /** A lock waiting for the car to park before the start is sent. */
    public record PendingStart(long iotId, WasherModel model, String orderId) {
    }

    private WasherDeviceController(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.models = Map.copyOf(b.models);
        this.discoverModels = b.discoverModels;
        this.gateless = java.util.Set.copyOf(b.gateless);
        this.orderIds = b.orderIds;
        this.waterPricePer100Ml = b.waterPricePer100Ml;
        this.selfServiceMinutes = Map.copyOf(b.selfServiceMinutes);
        this.doorCloseDelaySeconds = b.doorCloseDelaySeconds;
        this.waterPlans = b.waterPlans;
    }

    public static Builder builder(WasherClient client) {
        return new Builder(client);
    }

    @Override
    public CommandResult execute(DeviceCommand command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof DeviceCommand.StartWash s) {
            return startWash(s);
        }
        if (command instanceof DeviceCommand.DispenseWater d) {
            return dispense(d);
        }
        if (command instanceof DeviceCommand.OpenDoor o) {
            return openDoor(o);
        }
        throw new NotSupportedByVendorException(Washer.VENDOR, command.getClass().getSimpleName());
    }

    /** Locks waiting for their car, by machine. */
    public Map<Long, PendingStart> pendingStarts() {
        return Map.copyOf(pending);
    }

    private CommandResult startWash(DeviceCommand.StartWash s) {
        long iot = iotId(s.deviceId(), "deviceId");
        WasherModel model = modelOf(iot);
        String orderId = orderIds.get();
        int mark = s.scheme();
        try {
            switch (model) {
                case ROLLOVER_1, ROLLOVER_3, TOUCHLESS_1: {
                    if (gateless.contains(iot)) {
                        return result(lockAndStart(model, iot, mark, orderId), orderId, "started");
                    }
                    StatusReply locked = lock(model, iot, mark, orderId);
                    if (locked.ready()) {
                        pending.put(iot, new PendingStart(iot, model, orderId));
                    }
                    return result(locked, orderId, "locked; starts when the car is parked");
                }
                case NEW_ROLLOVER: {
                    ParkStatus park = client.nrtCarParkStatus(new IotRequest(iot)).parkStatus();
                    if (park == ParkStatus.SUCCESS) {
                        return result(client.nrtLockAndStart(new PlanRequest(iot, mark, orderId)), orderId, "started");
                    }
                    StatusReply locked = client.nrtLock(new PlanRequest(iot, mark, orderId));
                    if (locked.ready()) {
                        pending.put(iot, new PendingStart(iot, model, orderId));
                    }
                    return result(locked, orderId, "locked; starts when the car is parked");
                }
                case ROLLOVER_2: {
                    ParkStatus park = client.rt2CheckParkStatus(new IotRequest(iot)).parkStatus();
                    if (park != ParkStatus.SUCCESS) {
                        return new CommandResult(false, orderId, "car not parked: " + park);
                    }
                    return result(client.rt2Start(new PlanRequest(iot, mark, orderId)), orderId, "started");
                }
                case TOUCHLESS_2: {
                    ParkStatus park = client.nt2CarParkStatus(new IotRequest(iot)).parkStatus();
                    if (park != ParkStatus.SUCCESS) {
                        return new CommandResult(false, orderId, "car not parked: " + park);
                    }
                    return result(client.nt2LockAndStart(new PlanRequest(iot, mark, orderId)), orderId, "started");
                }
                case TUNNEL_1:
                    return result(client.tt1SendProgram(new PlanRequest(iot, mark, orderId)), orderId, "started");
                case SELF_SERVICE_2: {
                    Integer minutes = selfServiceMinutes.get(mark);
                    if (minutes == null) {
                        throw new IllegalArgumentException("scheme: no self-service minutes configured for scheme "
                                + mark);
                    }
                    return result(client.sht2Start(new SelfServiceStartRequest(iot, minutes, orderId)), orderId,
                            "started");
                }
                default:
                    throw new IllegalArgumentException("deviceId: machine " + iot + " is a " + model
                            + ", which cannot be started by a wash command");
            }
        } catch (WasherBusinessException e) {
            return new CommandResult(false, orderId, "refused with code " + e.code() + ": " + e.vendorMessage());
        }
    }

    private StatusReply lock(WasherModel model, long iot, int mark, String orderId) {
        PlanRequest plan = new PlanRequest(iot, mark, orderId);
        return switch (model) {
            case ROLLOVER_1 -> client.rt1Lock(plan);
            case ROLLOVER_3 -> client.rt3Lock(plan);
            case TOUCHLESS_1 -> client.nt1Lock(plan);
            default -> throw new IllegalStateException("no lock for " + model);
        };
    }

    private StatusReply lockAndStart(WasherModel model, long iot, int mark, String orderId) {
        PlanRequest plan = new PlanRequest(iot, mark, orderId);
        return switch (model) {
            case ROLLOVER_1 -> client.rt1LockAndStart(plan);
            case ROLLOVER_3 -> client.rt3LockAndStart(plan);
            case TOUCHLESS_1 -> client.nt1LockAndStart(plan);
            default -> throw new IllegalStateException("no lock-and-start for " + model);
        };
    }

    private StatusReply start(PendingStart p) {
        return switch (p.model()) {
            case ROLLOVER_1 -> client.rt1Start(new OrderRequest(p.iotId(), p.orderId()));
            case ROLLOVER_3 -> client.rt3Start(new StartLockedRequest(p.iotId(), p.orderId(), null));
            case TOUCHLESS_1 -> client.nt1Start(new OrderRequest(p.iotId(), p.orderId()));
            case NEW_ROLLOVER -> client.nrtStart(new OrderRequest(p.iotId(), p.orderId()));
            default -> throw new IllegalStateException("no start for " + p.model());
        };
    }

    private CommandResult dispense(DeviceCommand.DispenseWater d) {
        long iot = iotId(d.deviceId(), "deviceId");
        requirePurifier(iot, "DispenseWater");
        String orderId = orderIds.get();
        long price = waterPricePer100Ml.times(d.volumeMl() / 100).fen();
        try {
            StatusReply reply = client.wp1Lock(new WaterPlanRequest(iot, d.volumeMl(), orderId, d.maxWaitSeconds(),
                    price));
            if (reply.ready()) {
                waterPlans.record(orderId, d.volumeMl());
            }
            return result(reply, orderId, "locked; water flows when the user presses the button");
        } catch (WasherBusinessException e) {
            return new CommandResult(false, orderId, "refused with code " + e.code() + ": " + e.vendorMessage());
        }
    }

    private CommandResult openDoor(DeviceCommand.OpenDoor o) {
        long iot = iotId(o.controllerNo(), "controllerNo");
        if (o.doorNo() != 1) {
            throw new IllegalArgumentException("doorNo: expected 1 (a purifier has one door), got " + o.doorNo());
        }
        requirePurifier(iot, "OpenDoor");
        try {
            return result(client.wp1OpenTheDoor(new OpenDoorRequest(iot, doorCloseDelaySeconds)), "", "door open");
        } catch (WasherBusinessException e) {
            return new CommandResult(false, "", "refused with code " + e.code() + ": " + e.vendorMessage());
        }
    }

    /**
     * Suspends a running wash (rollover 2, new rollover, touchless 1/2, tunnel 1). For rollover 2
     * and the new rollover {@code maxWaitSeconds} (at most 180, null for the platform's 60) is how
     * long the machine waits before resetting itself; the others take no wait.
     */
    public CommandResult suspend(String deviceId, String orderId, Integer maxWaitSeconds) {
        long iot = iotId(deviceId, "deviceId");
        WasherModel model = modelOf(iot);
        OrderRequest order = new OrderRequest(iot, orderId);
        return session(orderId, () -> switch (model) {
            case ROLLOVER_2 -> client.rt2Pause(new io.parkbridge.protocol.washer.api.PauseRequest(iot, orderId,
                    maxWaitSeconds));
            case NEW_ROLLOVER -> client.nrtPause(new io.parkbridge.protocol.washer.api.PauseRequest(iot, orderId,
                    maxWaitSeconds));
            case TOUCHLESS_1 -> client.nt1Pause(order);
            case TOUCHLESS_2 -> client.nt2Pause(order);
            case TUNNEL_1 -> client.tt1Pause(order);
            default -> throw new NotSupportedByVendorException(Washer.VENDOR, "suspend on a " + model);
        }, "suspended");
    }

    /** Continues a suspended wash (same families as {@link #suspend}). */
    public CommandResult resume(String deviceId, String orderId) {
        long iot = iotId(deviceId, "deviceId");
        WasherModel model = modelOf(iot);
        OrderRequest order = new OrderRequest(iot, orderId);
        return session(orderId, () -> switch (model) {
            case ROLLOVER_2 -> client.rt2Continue(order);
            case NEW_ROLLOVER -> client.nrtContinue(order);
            case TOUCHLESS_1 -> client.nt1Continue(order);
            case TOUCHLESS_2 -> client.nt2Continue(order);
            case TUNNEL_1 -> client.tt1Continue(order);
            default -> throw new NotSupportedByVendorException(Washer.VENDOR, "continue on a " + model);
        }, "continued");
    }

    /**
     * Ends a session early and frees the machine: reset (new rollover, tunnel 1), emergency stop
     * (rollover 1/3; rollover 2 through rt1/stop, as the wiki links it), close (self-service 2),
     * unlock (purifier). A start still waiting for the car is dropped.
     */
    public CommandResult end(String deviceId, String orderId) {
        long iot = iotId(deviceId, "deviceId");
        WasherModel model = modelOf(iot);
        OrderRequest order = new OrderRequest(iot, orderId);
        CommandResult r = session(orderId, () -> switch (model) {
            case NEW_ROLLOVER -> client.nrtReset(new IotRequest(iot));
            case TUNNEL_1 -> client.tt1Reset(order);
            case ROLLOVER_1, ROLLOVER_2 -> ready(client.rt1Stop(new IotRequest(iot)));
            case ROLLOVER_3 -> ready(client.rt3Stop(new IotRequest(iot)));
            case SELF_SERVICE_2 -> client.sht2CloseOrder(order);
            case WATER_PURIFIER_1 -> client.wp1CancelLock(order);
            default -> throw new NotSupportedByVendorException(Washer.VENDOR, "end on a " + model);
        }, "ended");
        if (r.accepted()) {
            pending.remove(iot);
        }
        return r;
    }

    /** A stop answers only a code: code 0 (no exception) counts as READY. */
    private static StatusReply ready(io.parkbridge.protocol.washer.api.AckReply ack) {
        return new StatusReply(ack.code(), ack.msg(), "READY");
    }

    private CommandResult session(String orderId, Supplier<StatusReply> call, String okMessage) {
        try {
            return result(call.get(), orderId, okMessage);
        } catch (WasherBusinessException e) {
            return new CommandResult(false, orderId, "refused with code " + e.code() + ": " + e.vendorMessage());
        }
    }

    /**
     * Sends the start of a pending lock once the machine reports the car parked
     * (MACHINE_FA_CAR_CHANGE SUCCESS for rollover 1/3 and touchless 1, ZY_RT_PARK_CHANGE 0 for the
     * new rollover, both arriving as {@link DomainEvent.CarPositionChanged} "SUCCESS"). Other
     * events are ignored. Throws when the start fails, so the event is delivered again.
     */
    @Override
    public void handle(DomainEvent event) {
        if (!(event instanceof DomainEvent.CarPositionChanged c) || !Washer.VENDOR.equals(c.vendor())
                || !"SUCCESS".equals(c.position())) {
            return;
        }
        long iot;
        try {
            iot = Long.parseLong(c.deviceId());
        } catch (NumberFormatException e) {
            return;
        }
        PendingStart p = pending.get(iot);
        if (p == null) {
            return;
        }
        StatusReply reply = start(p);
        if (!reply.ready()) {
            throw new IllegalStateException("start of order " + p.orderId() + " on " + iot + " answered "
                    + reply.iotStatus());
        }
        pending.remove(iot, p);
    }

    private void requirePurifier(long iot, String command) {
        WasherModel model = modelOf(iot);
        if (model != WasherModel.WATER_PURIFIER_1) {
            throw new IllegalArgumentException("deviceId: " + command + " needs a water purifier, machine " + iot
                    + " is a " + model);
        }
    }

    private WasherModel modelOf(long iot) {
        WasherModel m = models.get(iot);
        if (m == null) {
            m = discovered.get(iot);
        }
        if (m == null && discoverModels) {
            List<IotInfo> infos = client.getIotInfo(new IotInfoRequest(List.of(iot))).iotList();
            for (IotInfo info : infos) {
                WasherModel found = WasherModel.of(info.type());
                if (found != null && info.iotId() != null) {
                    discovered.put(info.iotId(), found);
                }
            }
            m = discovered.get(iot);
        }
        if (m == null) {
            throw new IllegalArgumentException("deviceId: machine " + iot
                    + " has no configured model and the platform does not report one");
        }
        return m;
    }

    private static long iotId(String id, String field) {
        try {
            long v = Long.parseLong(id.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(field + ": expected the platform's numeric machine id (iotId)");
    }

    private static CommandResult result(StatusReply reply, String orderId, String okMessage) {
        return reply.ready() ? new CommandResult(true, orderId, okMessage)
                : new CommandResult(false, orderId, "machine answered " + reply.iotStatus());
    }

    /** Builds a {@link WasherDeviceController}. */
    public static final class Builder {
        private static final SecureRandom RANDOM = new SecureRandom();

        private final WasherClient client;
        private final Map<Long, WasherModel> models = new HashMap<>();
        private boolean discoverModels = true;
        private final java.util.Set<Long> gateless = new java.util.HashSet<>();
        private java.time.Clock clock = java.time.Clock.systemUTC();
        private Supplier<String> orderIds;
        private Money waterPricePer100Ml = Money.ZERO;
        private Map<Integer, Integer> selfServiceMinutes = Map.of(1, 10, 2, 15, 3, 20);
        private int doorCloseDelaySeconds = 30;
        private WaterPlans waterPlans = WaterPlans.none();

        private Builder(WasherClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** The family of machine {@code iotId} (required for families the platform's type codes do not name). */
        public Builder machine(long iotId, WasherModel model) {
            models.put(iotId, Objects.requireNonNull(model, "model"));
            return this;
        }

        /** Ask the platform (getIotInfo) for machines not configured (default on). */
        public Builder discoverModels(boolean on) {
            this.discoverModels = on;
            return this;
        }

        /** A rollover 1/3 or touchless 1 without a parking gate: started with lock-and-start at once. */
        public Builder gateless(long iotId) {
            gateless.add(iotId);
            return this;
        }

        /** The clock of the default order ids. */
        public Builder clock(java.time.Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where order ids come from (default: "PB" + the clock's millis + 6 random digits). */
        public Builder orderIds(Supplier<String> orderIds) {
            this.orderIds = Objects.requireNonNull(orderIds, "orderIds");
            return this;
        }

        /** The programPrice sent with a purifier lock, per 100 ml (default zero). */
        public Builder waterPricePer100Ml(Money price) {
            if (price.isNegative()) {
                throw new IllegalArgumentException("waterPricePer100Ml: expected zero or more");
            }
            this.waterPricePer100Ml = price;
            return this;
        }

        /** Minutes a self-service 2 washer opens for, per scheme (default 1: 10, 2: 15, 3: 20). */
        public Builder selfServiceMinutes(Map<Integer, Integer> minutes) {
            minutes.forEach((k, v) -> {
                if (v == null || v <= 0) {
                    throw new IllegalArgumentException("selfServiceMinutes: expected positive minutes for scheme " + k);
                }
            });
            this.selfServiceMinutes = Map.copyOf(minutes);
            return this;
        }

        /** Seconds before a purifier door opened by OpenDoor locks again (default 30). */
        public Builder doorCloseDelaySeconds(int seconds) {
            if (seconds <= 0) {
                throw new IllegalArgumentException("doorCloseDelaySeconds: expected a positive number");
            }
            this.doorCloseDelaySeconds = seconds;
            return this;
        }

        /** Where purifier volumes are remembered for the WP1_WORK_FINISH callback. */
        public Builder waterPlans(WaterPlans plans) {
            this.waterPlans = Objects.requireNonNull(plans, "plans");
            return this;
        }

        public WasherDeviceController build() {
            if (orderIds == null) {
                java.time.Clock c = clock;
                orderIds = () -> "PB" + c.millis() + String.format("%06d", RANDOM.nextInt(1_000_000));
            }
            return new WasherDeviceController(this);
        }
    }
}
