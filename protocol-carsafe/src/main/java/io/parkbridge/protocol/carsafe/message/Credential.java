package io.parkbridge.protocol.carsafe.message;

import java.util.Objects;

/**
 * The {@code credentialtype}/{@code credential} pair most parking interfaces take: "1" a plate,
 * "2" a parking card number, "3" a user number.
 *
 * @param type the wire value
 * @param value the plate or number
 */
public record Credential(String type, String value) {
    public Credential {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credential: expected a plate or card number");
        }
        value = value.replace(" ", ""); // OCR-style spaces inside plates ("粤 B12345") never belong on the wire
    }

    /** A licence plate credential. */
    public static Credential plate(String plate) {
        return new Credential("1", plate);
    }

    /** A card number credential. */
    public static Credential card(String cardNo) {
        return new Credential("2", cardNo);
    }

    /** A user number credential. */
    public static Credential userNo(String userNo) {
        return new Credential("3", userNo);
    }
}
