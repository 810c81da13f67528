package io.parkbridge.protocol.washer.api;

/** How many times a machine was started; -1 when it could not be read. */
public record WorkTimeReply(Integer code, String msg, Long workTime) implements WasherReply {
}
