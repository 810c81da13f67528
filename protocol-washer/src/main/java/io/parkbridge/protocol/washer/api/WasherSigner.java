package io.parkbridge.protocol.washer.api;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The control API's request signature (Comm-and-Encryption-Methods): header {@code sign} =
 * Base64(AES/ECB/PKCS5Padding(openId)) with the 16-byte key made of the secret's first 13
 * characters and the last three digits of the millisecond {@code time} sent in the body.
 *
 * <p>The page's demo appends {@code time % 1000} unpadded, which gives a 14- or 15-byte key (and
 * fails) when the remainder is below 100; whether the platform pads is unknown. So only times
 * whose last three digits are 100-999 are signed: {@link #sendableTime} moves a clock reading
 * forward to the next such millisecond (at most 100 ms), and {@link #sign} refuses others.
 * Pure functions, no I/O.
 */
public final class WasherSigner {
    private WasherSigner() {
    }

    /** The {@code sign} header for {@code openId} at {@code time}. */
    public static String sign(String openId, Secret secret, long time) {
        if (openId == null || openId.isEmpty()) {
            throw new IllegalArgumentException("openId: expected the platform's communication id");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(secret, time), "AES"));
            return Base64.getEncoder().encodeToString(cipher.doFinal(openId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/PKCS5Padding unavailable", e);
        }
    }

    /** True if {@code sign} is the signature of {@code openId} at {@code time} (constant-time compare). */
    public static boolean verify(String openId, Secret secret, long time, String sign) {
        if (sign == null || !signable(time)) {
            return false;
        }
        return ConstantTime.equals(sign(openId, secret, time), sign);
    }

    /** True if the last three digits of {@code time} are 100-999 (the key is then 16 bytes under every reading). */
    public static boolean signable(long time) {
        return time > 0 && time % 1000 >= 100;
    }

    /** {@code millis}, or the next millisecond whose last three digits are 100-999. */
    public static long sendableTime(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("time: expected a positive epoch millisecond, got " + millis);
        }
        long rest = millis % 1000;
        return rest >= 100 ? millis : millis - rest + 100;
    }

    /** The 16 key bytes: the secret's first 13 characters and the time's last three digits. */
    static byte[] key(Secret secret, long time) {
        if (!signable(time)) {
            throw new IllegalArgumentException("time: expected last three digits 100-999, got " + time
                    + " (see WasherSigner.sendableTime)");
        }
        if (secret.length() < 13) {
            throw new IllegalArgumentException("secret: expected at least 13 characters");
        }
        String key = secret.reveal().substring(0, 13) + (time % 1000);
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 16) {
            throw new IllegalArgumentException("secret: expected the first 13 characters to be ASCII");
        }
        return bytes;
    }
}
