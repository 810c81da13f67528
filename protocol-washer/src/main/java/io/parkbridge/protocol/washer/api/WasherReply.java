package io.parkbridge.protocol.washer.api;

/** Every control API reply: {@code code} 0 is success, else {@code msg} says why. */
public interface WasherReply {
    /** The platform's code; null only in a malformed reply (the client rejects those). */
    Integer code();

    String msg();
}
