package io.parkbridge.protocol.welink.codec;

/**
 * Every WeLink reply: {@code responseStatus{code, message, errCode}} and, on success,
 * {@code responseData{encryptCode, zipCode, content}} (flags are integers here, strings in
 * requests). Read by the client, written by the simulator.
 */
public record ResponseEnvelope(Status responseStatus, Data responseData) {

    /** Success code. */
    public static final String SUCCESS = "0000";

    /**
     * @param code "0000" success, "0001"-"0006", "9999"
     * @param message "Success"/"success" or a reason; compare the code, not this
     * @param errCode detailed business error such as NoBill, NoEnterRecord; may be absent
     */
    public record Status(String code, String message, String errCode) {
    }

    /** The encoded business data and the flags it was encoded with. */
    public record Data(Integer encryptCode, Integer zipCode, String content) {
        public ContentFlags flags() {
            return new ContentFlags(encryptCode != null && encryptCode == 1, zipCode != null && zipCode == 1);
        }

        public static Data of(ContentFlags flags, String content) {
            return new Data(flags.encrypt() ? 1 : 0, flags.zip() ? 1 : 0, content);
        }
    }

    /** A success with content. */
    public static ResponseEnvelope success(ContentFlags flags, String content) {
        return new ResponseEnvelope(new Status(SUCCESS, "Success", null), Data.of(flags, content));
    }

    /** A failure without data. */
    public static ResponseEnvelope failure(String code, String message, String errCode) {
        return new ResponseEnvelope(new Status(code, message, errCode), null);
    }
}
