package io.parkbridge.protocol.washer.api;

/** The parking status of a rollover 2, new rollover or touchless 2 washer. */
public record ParkStatusReply(Integer code, String msg, String rt2ParkStatus) implements WasherReply {

    public ParkStatus parkStatus() {
        return ParkStatus.of(rt2ParkStatus);
    }
}
