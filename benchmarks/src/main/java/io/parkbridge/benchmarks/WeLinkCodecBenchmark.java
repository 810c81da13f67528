package io.parkbridge.benchmarks;

import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.welink.codec.CipherSettings;
import io.parkbridge.protocol.welink.codec.ContentCodec;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.codec.RequestEnvelope;
import io.parkbridge.protocol.welink.codec.WeLinkSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WeLink request encode+sign and decode+verify (3DES, then GZIP, then Base64; HMAC-SHA1 over the
 * sorted parameters) against the same primitives called directly on the same bytes, with the
 * string to sign prepared beforehand. Both sides do the same cryptographic work, so the ratio is
 * the codec's own overhead (parameter map, sorting, string building, strict UTF-8 decoding).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WeLinkCodecBenchmark {
    private static final ContentFlags FLAGS = ContentFlags.ENCRYPTED_ZIPPED;
    private static final String TIMESTAMP = "1772413200";
    private static final String NONCE = "11886";
    private static final String PARK_ID = "10001088";

    private String json;
    private ContentCodec codec;
    private WeLinkSigner signer;
    private Mac hmac;
    private SecretKeySpec desKey;
    /** A signed request as received: what decode+verify works on. */
    private Map<String, String> received;
    private String receivedStringToSign;
    private byte[] receivedSignature;

    @Setup
    public void setUp() {
        json = Payloads.welinkJson();
        Secret secret = Secret.of(Payloads.WELINK_SECRET);
        codec = new ContentCodec(secret, CipherSettings.DEFAULT);
        signer = new WeLinkSigner(secret);
        hmac = Primitives.hmacSha1(Payloads.WELINK_SECRET);
        desKey = Primitives.desedeKey(Payloads.WELINK_SECRET);
        received = encodeAndSign();
        receivedStringToSign = WeLinkSigner.stringToSign(received);
        receivedSignature = received.get(WeLinkSigner.SIGNATURE).getBytes(StandardCharsets.US_ASCII);
        // Both paths must produce the same wire values, else the comparison means nothing.
        if (!primitivesEncodeAndSign().equals(received.get(WeLinkSigner.SIGNATURE))) {
            throw new IllegalStateException("baseline signature differs from the codec's");
        }
        if (!primitivesDecodeAndVerify().equals(decodeAndVerify())) {
            throw new IllegalStateException("baseline decode differs from the codec's");
        }
    }

    private Map<String, String> encodeAndSign() {
        String content = codec.encode(json, FLAGS);
        return new RequestEnvelope(Payloads.WELINK_APP_ID, TIMESTAMP, NONCE, PARK_ID, FLAGS, content).signed(signer);
    }

    private String primitivesEncodeAndSign() {
        byte[] encrypted = Primitives.desede(Cipher.ENCRYPT_MODE, desKey, json.getBytes(StandardCharsets.UTF_8));
        String content = Base64.getEncoder().encodeToString(Primitives.gzip(encrypted));
        String toSign = "AppId=" + Payloads.WELINK_APP_ID + "&Nonce=" + NONCE + "&ParkId=" + PARK_ID + "&Timestamp="
                + TIMESTAMP + "&content=" + content + "&encryptCode=1&zipCode=1";
        return Primitives.hmacSha1Base64(hmac, toSign);
    }

    private String decodeAndVerify() {
        if (!signer.verify(received)) {
            throw new IllegalStateException("signature does not verify");
        }
        return codec.decode(received.get(RequestEnvelope.CONTENT), FLAGS);
    }

    private String primitivesDecodeAndVerify() {
        byte[] expected = Primitives.hmacSha1Base64(hmac, receivedStringToSign).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, receivedSignature)) {
            throw new IllegalStateException("signature does not verify");
        }
        byte[] zipped = Base64.getDecoder().decode(received.get(RequestEnvelope.CONTENT));
        byte[] plain = Primitives.desede(Cipher.DECRYPT_MODE, desKey, Primitives.gunzip(zipped));
        return new String(plain, StandardCharsets.UTF_8);
    }

    @Benchmark
    public Map<String, String> encodeSign() {
        return encodeAndSign();
    }

    @Benchmark
    public String encodeSignPrimitives() {
        return primitivesEncodeAndSign();
    }

    @Benchmark
    public String decodeVerify() {
        return decodeAndVerify();
    }

    @Benchmark
    public String decodeVerifyPrimitives() {
        return primitivesDecodeAndVerify();
    }
}
