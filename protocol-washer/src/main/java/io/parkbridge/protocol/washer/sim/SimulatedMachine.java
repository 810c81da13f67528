package io.parkbridge.protocol.washer.sim;

import io.parkbridge.protocol.washer.api.ErrorRecord;
import io.parkbridge.protocol.washer.api.ParkStatus;
import io.parkbridge.protocol.washer.device.WasherModel;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated machine: idle → locked → washing (→ paused → washing) → idle, with a parking
 * status, online flag, fault flag, start counter and fault history. Guarded by the simulator.
 */
public final class SimulatedMachine {
    /** Where the machine is in its session. */
    public enum State {
        IDLE, LOCKED, WASHING, PAUSED
    }

    private final long iotId;
    private final WasherModel model;
    private final String name;
    State state = State.IDLE;
    String orderId;
    Integer mark;
    int volume;
    ParkStatus park = ParkStatus.WAIT;
    boolean online = true;
    boolean fault;
    long starts;
    boolean doorOpen;
    final List<ErrorRecord> errors = new ArrayList<>();

    SimulatedMachine(long iotId, WasherModel model, String name) {
        this.iotId = iotId;
        this.model = model;
        this.name = name;
    }

    public long iotId() {
        return iotId;
    }

    public WasherModel model() {
        return model;
    }

    public String name() {
        return name;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized String orderId() {
        return orderId;
    }

    public synchronized ParkStatus park() {
        return park;
    }

    public synchronized long starts() {
        return starts;
    }

    public synchronized boolean doorOpen() {
        return doorOpen;
    }

    /** The platform's code for this machine's type (families without one use their model name). */
    public String machineType() {
        return switch (model) {
            case SELF_SERVICE_1 -> "NSELF_HELP_1";
            case ROLLOVER_1 -> "NFULL_AUTO_1";
            case ROLLOVER_2 -> "NFULL_AUTO_2";
            case ROLLOVER_3 -> "NFULL_AUTO_3";
            case TUNNEL_1 -> "NTUNNEL_1";
            case WATER_PURIFIER_1 -> "WATER_PURIFIER_1";
            default -> model.name();
        };
    }

    /** The device status the platform reports now. */
    synchronized String status() {
        if (!online) {
            return "OFFLINE";
        }
        if (fault) {
            return "ERROR";
        }
        boolean wp = model == WasherModel.WATER_PURIFIER_1;
        return switch (state) {
            case IDLE -> "READY";
            case LOCKED -> wp ? "WP_LOCKING" : "LOCKING";
            case WASHING -> wp ? "WP_RUNNING" : "WASHING";
            case PAUSED -> wp ? "WP_PAUSING" : "WASHING";
        };
    }
}
