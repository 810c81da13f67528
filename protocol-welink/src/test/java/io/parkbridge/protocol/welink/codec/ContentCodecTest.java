package io.parkbridge.protocol.welink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.welink.codec.WeLinkContentException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentCodecTest {
    private static final Secret SECRET = Secret.of("27a06832a2214a4fa3b7105e4a72d370");
    private static final String JSON = "{\"plateNumber\":\"粤B871UY\",\"id\":911151314366657102,\"fee\":12.50}";
    private final ContentCodec codec = new ContentCodec(SECRET, CipherSettings.DEFAULT);

    static Stream<ContentFlags> allFlags() {
        return Stream.of(new ContentFlags(false, false), new ContentFlags(true, false), new ContentFlags(false, true),
                new ContentFlags(true, true));
    }

    @ParameterizedTest
    @MethodSource("allFlags")
    void everyFlagCombinationRoundTrips(ContentFlags flags) {
        String encoded = codec.encode(JSON, flags);
        assertThat(encoded).matches("[A-Za-z0-9+/]+=*");
        assertThat(codec.decode(encoded, flags)).isEqualTo(JSON);
    }

    @Test
    void plainContentIsJustBase64OfTheUtf8Json() {
        assertThat(codec.encode(JSON, ContentFlags.PLAIN))
                .isEqualTo(Base64.getEncoder().encodeToString(JSON.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encryptedThenZippedMatchesAnIndependentPipeline() throws Exception {
        // The vendor demo: Cipher.getInstance("DESede") keyed by the first 24 chars, then GZIP, then Base64.
        Cipher c = Cipher.getInstance("DESede");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(
                "27a06832a2214a4fa3b7105e".getBytes(StandardCharsets.UTF_8), "DESede"));
        byte[] encrypted = c.doFinal(JSON.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(encrypted);
        }
        String theirs = Base64.getEncoder().encodeToString(out.toByteArray());
        assertThat(codec.decode(theirs, ContentFlags.ENCRYPTED_ZIPPED)).isEqualTo(JSON);
        // Encryption without zip is deterministic in ECB mode: compare bytes exactly.
        assertThat(codec.encode(JSON, new ContentFlags(true, false)))
                .isEqualTo(Base64.getEncoder().encodeToString(encrypted));
    }

    @Test
    void wrongKeyIsATypedErrorNotGarbage() {
        String encoded = codec.encode(JSON, new ContentFlags(true, false));
        ContentCodec other = new ContentCodec(Secret.of("ffffffffffffffffffffffffffffffff"), CipherSettings.DEFAULT);
        assertThatThrownBy(() -> other.decode(encoded, new ContentFlags(true, false)))
                .isInstanceOfSatisfying(WeLinkContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED))
                .hasMessageNotContaining("ffffffff");
    }

    @Test
    void corruptedContentIsTyped() {
        assertThatThrownBy(() -> codec.decode("not base64!!", ContentFlags.PLAIN))
                .isInstanceOfSatisfying(WeLinkContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_BASE64));
        String plain = codec.encode(JSON, ContentFlags.PLAIN);
        assertThatThrownBy(() -> codec.decode(plain, new ContentFlags(false, true)))
                .isInstanceOfSatisfying(WeLinkContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_GZIP));
        String notBlocks = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> codec.decode(notBlocks, new ContentFlags(true, false)))
                .isInstanceOfSatisfying(WeLinkContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED));
        String latin1 = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> codec.decode(latin1, ContentFlags.PLAIN))
                .isInstanceOfSatisfying(WeLinkContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_UTF8));
    }

    @Test
    void cipherSettingsAreConfigurableIncludingBouncyCastleOnlyPaddings() {
        CipherSettings cbc = new CipherSettings("DESede", "DESede/CBC/PKCS7Padding", 24,
                "12345678".getBytes(StandardCharsets.US_ASCII));
        ContentCodec bc = new ContentCodec(SECRET, cbc);
        String encoded = bc.encode(JSON, ContentFlags.ENCRYPTED_ZIPPED);
        assertThat(bc.decode(encoded, ContentFlags.ENCRYPTED_ZIPPED)).isEqualTo(JSON);
        assertThatThrownBy(() -> codec.decode(encoded, ContentFlags.ENCRYPTED_ZIPPED))
                .isInstanceOf(WeLinkContentException.class);
        assertThat(cbc.toString()).doesNotContain("12345678");
    }

    @Test
    void mimeWrappedBase64IsAccepted() {
        String json = "{\"x\":\"" + "粤".repeat(60) + "\"}";
        String wrapped = java.util.Base64.getMimeEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        assertThat(wrapped).contains("\r\n");
        assertThat(codec.decode(wrapped, ContentFlags.PLAIN)).isEqualTo(json);
    }

    @Test
    void emptyContentStaysEmpty() {
        assertThat(codec.encode("", ContentFlags.ENCRYPTED_ZIPPED)).isEmpty();
        assertThat(codec.decode("", ContentFlags.ENCRYPTED_ZIPPED)).isEmpty();
    }

    @Test
    void shortSecretIsRejectedClearly() {
        ContentCodec shortKey = new ContentCodec(Secret.of("0123456789"), CipherSettings.DEFAULT);
        assertThatThrownBy(() -> shortKey.encode(JSON, new ContentFlags(true, false)))
                .isInstanceOfSatisfying(WeLinkContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CIPHER_UNAVAILABLE))
                .hasMessageNotContaining("0123456789");
    }
}
