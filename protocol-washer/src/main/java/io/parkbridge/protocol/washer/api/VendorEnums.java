package io.parkbridge.protocol.washer.api;

/** Maps the platform's enumeration strings to Java enums without failing on new values. */
public final class VendorEnums {
    private VendorEnums() {
    }

    /** The constant named {@code raw}, or {@code unknown} (the raw value stays with the message). */
    public static <E extends Enum<E>> E of(Class<E> type, String raw, E unknown) {
        if (raw == null) {
            return unknown;
        }
        for (E e : type.getEnumConstants()) {
            if (e != unknown && e.name().equals(raw)) {
                return e;
            }
        }
        return unknown;
    }
}
