package io.parkbridge.core.event;

/** Builds idempotency keys from vendor record ids. */
public final class EventKey {
    private EventKey() {
    }

    /**
     * {@code vendor:type:recordId}, e.g. {@code bluecard:entry:P123-0001}. The same vendor record
     * always gives the same key; different vendors or record types never collide.
     */
    public static String of(String vendor, String type, String recordId) {
        requirePart(vendor, "vendor");
        requirePart(type, "type");
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("recordId: expected the vendor's record id, not a blank");
        }
        return vendor + ":" + type + ":" + recordId;
    }

    /** Vendor and type may not contain ':' so that no two (vendor, type, id) triples give one key. */
    private static void requirePart(String value, String name) {
        if (value == null || value.isBlank() || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(name + ": expected a non-blank name without ':', got "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
    }
}
