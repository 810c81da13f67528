package io.parkbridge.protocol.washer.api;

/**
 * The reply of most commands and of the status query. {@code code} 0 only means the platform
 * took the command: the command succeeded when {@code iotStatus} is READY too.
 */
public record StatusReply(Integer code, String msg, String iotStatus) implements WasherReply {

    /** The device status, UNKNOWN for a value not in the pages ({@link #iotStatus()} keeps it raw). */
    public IotStatus status() {
        return IotStatus.of(iotStatus);
    }

    /** True if the platform accepted the command and the machine answered READY. */
    public boolean ready() {
        return code != null && code == 0 && status() == IotStatus.READY;
    }
}
