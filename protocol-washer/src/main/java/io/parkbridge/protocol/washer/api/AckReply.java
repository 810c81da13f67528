package io.parkbridge.protocol.washer.api;

/** A reply with nothing but the code (emergency stop). */
public record AckReply(Integer code, String msg) implements WasherReply {
}
