package io.parkbridge.protocol.welink.codec;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Digests;
import io.parkbridge.protocol.support.crypto.Secret;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Signs and verifies WeLink requests (document section "签名方法", corrected per the errata):
 * every parameter except {@code Signature} with a non-empty value, names sorted by ASCII code
 * (case-sensitive, upper case first), {@code _} in a name written as {@code .}, joined as
 * {@code name=rawValue&...}; HMAC-SHA1 keyed by the SecretKey's UTF-8 bytes; standard Base64.
 * Pure and thread-safe.
 */
public final class WeLinkSigner {
    /** The parameter that carries the signature; never part of the string to sign. */
    public static final String SIGNATURE = "Signature";

    private final Secret secretKey;

    public WeLinkSigner(Secret secretKey) {
        this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    }

    /** The exact string the signature covers, from the raw (not URL-encoded) parameter values. */
    public static String stringToSign(Map<String, String> parameters) {
        TreeMap<String, String> sorted = new TreeMap<>(); // String order = ASCII order for ASCII names
        parameters.forEach((name, value) -> {
            if (!SIGNATURE.equals(name) && value != null && !value.isEmpty()) {
                sorted.put(name.replace('_', '.'), value);
            }
        });
        int length = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            length += e.getKey().length() + e.getValue().length() + 2;
        }
        // Sized exactly: content is kilobytes, and a growing builder would copy it several times.
        StringBuilder text = new StringBuilder(length);
        sorted.forEach((name, value) -> {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(name).append('=').append(value);
        });
        return text.toString();
    }

    /** The Signature value for these parameters. */
    public String sign(Map<String, String> parameters) {
        return signString(stringToSign(parameters));
    }

    /** Base64(HMAC-SHA1(SecretKey, text)). */
    public String signString(String text) {
        return Digests.hmacSha1Base64(secretKey, text);
    }

    /** True if {@code parameters} carry a {@code Signature} matching the others (constant-time compare). */
    public boolean verify(Map<String, String> parameters) {
        String given = parameters.get(SIGNATURE);
        return given != null && ConstantTime.equals(sign(parameters), given);
    }
}
