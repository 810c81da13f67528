package io.parkbridge.protocol.welink.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The eight top-level parameters of every request: the public ones (AppId, Timestamp, Nonce,
 * Signature, ParkId) and the business ones (encryptCode, zipCode, content), before signing.
 *
 * @param appId the application id
 * @param timestamp the request time as sent (seconds by default, see the client)
 * @param nonce a random positive integer
 * @param parkId the park the call acts on
 * @param flags encryptCode and zipCode
 * @param content the encoded business content; empty when the endpoint has no request fields
 */
public record RequestEnvelope(String appId, String timestamp, String nonce, String parkId, ContentFlags flags,
        String content) {

    public static final String APP_ID = "AppId";
    public static final String TIMESTAMP = "Timestamp";
    public static final String NONCE = "Nonce";
    public static final String PARK_ID = "ParkId";
    public static final String ENCRYPT_CODE = "encryptCode";
    public static final String ZIP_CODE = "zipCode";
    public static final String CONTENT = "content";

    public RequestEnvelope {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(parkId, "parkId");
        Objects.requireNonNull(flags, "flags");
        content = content == null ? "" : content;
    }

    /** The parameters without Signature, in the document's order. */
    public Map<String, String> unsigned() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(APP_ID, appId);
        p.put(TIMESTAMP, timestamp);
        p.put(NONCE, nonce);
        p.put(PARK_ID, parkId);
        p.put(ENCRYPT_CODE, flags.encryptCode());
        p.put(ZIP_CODE, flags.zipCode());
        p.put(CONTENT, content); // sent even when empty (as the vendor's demo client does); never signed then
        return p;
    }

    /** Every parameter as sent, Signature included, in the document's order. */
    public Map<String, String> signed(WeLinkSigner signer) {
        Map<String, String> unsigned = unsigned();
        Map<String, String> p = new LinkedHashMap<>();
        p.put(APP_ID, appId);
        p.put(TIMESTAMP, timestamp);
        p.put(NONCE, nonce);
        p.put(WeLinkSigner.SIGNATURE, signer.sign(unsigned));
        p.put(PARK_ID, parkId);
        p.put(ENCRYPT_CODE, flags.encryptCode());
        p.put(ZIP_CODE, flags.zipCode());
        p.put(CONTENT, content);
        return p;
    }
}
