package io.parkbridge.protocol.bluecard.catalog;

/** What {@code datas} of a reply is. */
public enum ReplyShape {
    /** A JSON object of the payload type. */
    OBJECT,
    /** A JSON array of the payload type (4.8, 4.11, 4.33, 4.34). */
    ARRAY,
    /** No {@code datas} at all (4.27, 4.28). */
    NONE
}
