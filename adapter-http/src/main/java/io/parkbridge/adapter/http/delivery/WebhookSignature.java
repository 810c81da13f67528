package io.parkbridge.adapter.http.delivery;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code X-ParkBridge-Signature: v1=<hex>} where hex is
 * HMAC-SHA256(secret, timestamp + "." + raw body) and timestamp is the
 * {@code X-ParkBridge-Timestamp} header (Unix seconds). Receivers recompute it over the bytes
 * they received, compare in constant time, and reject timestamps far from their clock.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-ParkBridge-Signature";
    public static final String TIMESTAMP_HEADER = "X-ParkBridge-Timestamp";
    public static final String EVENT_ID_HEADER = "X-ParkBridge-Event-Id";
    public static final String EVENT_TYPE_HEADER = "X-ParkBridge-Event-Type";

    private WebhookSignature() {
    }

    /** {@code v1=} and the lower-case hex HMAC. */
    public static String sign(Secret secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.utf8(), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            mac.update(body);
            return "v1=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** True if {@code signatureHeader} is the signature of {@code body} at {@code timestampSeconds}. */
    public static boolean verify(Secret secret, long timestampSeconds, byte[] body, String signatureHeader) {
        return signatureHeader != null && ConstantTime.equals(sign(secret, timestampSeconds, body), signatureHeader);
    }
}
