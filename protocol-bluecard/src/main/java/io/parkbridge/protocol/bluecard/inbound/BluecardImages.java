package io.parkbridge.protocol.bluecard.inbound;

import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.util.Base64;

/** The 4.14 image content: Base64 whose '+' may arrive as ' ' (L1204; the vendor's sample replaces it back). */
public final class BluecardImages {
    private BluecardImages() {
    }

    /** The image bytes of a 4.14 {@code image} field. */
    public static byte[] decode(String image) {
        if (image == null || image.isEmpty()) {
            throw new MalformedMessageException(Bluecard.VENDOR, "image", "Base64 image content", null);
        }
        try {
            return Base64.getDecoder().decode(image.replace(" ", "+").replace("\r", "").replace("\n", ""));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException(Bluecard.VENDOR, "image", "Base64 image content", e);
        }
    }
}
