package io.parkbridge.protocol.welink.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeLinkSignerTest {
    private static final Secret SECRET = Secret.of("27a06832a2214a4fa3b7105e4a72d370");
    private static final String CONTENT = "ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=";

    private static Map<String, String> specExample() {
        // Deliberately in the document's (unsorted) order.
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AppId", "289efb7512e54146273b982456b03f42ea93");
        p.put("Timestamp", "1484718385");
        p.put("Nonce", "11886");
        p.put("ParkId", "10001088");
        p.put("encryptCode", "0");
        p.put("zipCode", "0");
        p.put("content", CONTENT);
        return p;
    }

    @Test
    void signingExampleStringToSignIsAsciiSortedUpperCaseFirst() {
        assertThat(WeLinkSigner.stringToSign(specExample())).isEqualTo(
                "AppId=289efb7512e54146273b982456b03f42ea93&Nonce=11886&ParkId=10001088&Timestamp=1484718385"
                        + "&content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=&encryptCode=0&zipCode=0");
    }

    @Test
    void signingExampleCorrectedVector() {
        assertThat(new WeLinkSigner(SECRET).sign(specExample())).isEqualTo("wjcPhdy3jaRJp5GWjpEI/+4gvos=");
    }

    @Test
    void signingExampleUrlEncodedSignatureUsesUpperCaseEscapes() {
        assertThat(PercentEncoding.encode("wjcPhdy3jaRJp5GWjpEI/+4gvos=")).isEqualTo("wjcPhdy3jaRJp5GWjpEI%2F%2B4gvos%3D");
    }

    @Test
    void signingExampleContentDecodesToTheDocumentedJson() {
        String json = new ContentCodec(SECRET, CipherSettings.DEFAULT).decode(CONTENT, ContentFlags.PLAIN);
        assertThat(json).isEqualTo("{\r\n    \"Parameter\": \"1\"\r\n}");
        assertThat(new String(Base64.getDecoder().decode(CONTENT), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void emptyValuesAndSignatureAreLeftOut() {
        Map<String, String> p = specExample();
        p.put("content", "");
        p.put("Signature", "whatever");
        assertThat(WeLinkSigner.stringToSign(p)).isEqualTo(
                "AppId=289efb7512e54146273b982456b03f42ea93&Nonce=11886&ParkId=10001088&Timestamp=1484718385"
                        + "&encryptCode=0&zipCode=0");
    }

    @Test
    void underscoreInANameBecomesADot() {
        assertThat(WeLinkSigner.stringToSign(Map.of("a_b", "1", "B", "2"))).isEqualTo("B=2&a.b=1");
    }

    @Test
    void verifyAcceptsTheVectorAndRejectsTampering() {
        WeLinkSigner signer = new WeLinkSigner(SECRET);
        Map<String, String> p = specExample();
        p.put("Signature", "wjcPhdy3jaRJp5GWjpEI/+4gvos=");
        assertThat(signer.verify(p)).isTrue();
        p.put("Nonce", "11887");
        assertThat(signer.verify(p)).isFalse();
        p.put("Nonce", "11886");
        p.put("Signature", "wjcPhdy3jaRJP5GWjpEI/+4gvos="); // the OCR's capital P
        assertThat(signer.verify(p)).isFalse();
        p.remove("Signature");
        assertThat(signer.verify(p)).isFalse();
    }

    @Test
    void envelopeSignsTheDocumentExample() {
        RequestEnvelope envelope = new RequestEnvelope("289efb7512e54146273b982456b03f42ea93", "1484718385", "11886",
                "10001088", ContentFlags.PLAIN, CONTENT);
        Map<String, String> signed = envelope.signed(new WeLinkSigner(SECRET));
        assertThat(signed).containsExactly(
                Map.entry("AppId", "289efb7512e54146273b982456b03f42ea93"),
                Map.entry("Timestamp", "1484718385"),
                Map.entry("Nonce", "11886"),
                Map.entry("Signature", "wjcPhdy3jaRJp5GWjpEI/+4gvos="),
                Map.entry("ParkId", "10001088"),
                Map.entry("encryptCode", "0"),
                Map.entry("zipCode", "0"),
                Map.entry("content", CONTENT));
        // The document's example URL, with the OCR damage repaired and upper-case escapes.
        assertThat(PercentEncoding.join(signed)).isEqualTo("AppId=289efb7512e54146273b982456b03f42ea93"
                + "&Timestamp=1484718385&Nonce=11886&Signature=wjcPhdy3jaRJp5GWjpEI%2F%2B4gvos%3D&ParkId=10001088"
                + "&encryptCode=0&zipCode=0&content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0%3D");
    }
}
