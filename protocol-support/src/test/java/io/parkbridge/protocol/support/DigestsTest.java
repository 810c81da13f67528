package io.parkbridge.protocol.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.support.crypto.Digests;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DigestsTest {

    /**
     * RFC 2202 section 3 test cases 1, 2 and 5 (the ones whose key and data are text), then two
     * computed with OpenSSL 3: {@code printf '%s' DATA | openssl dgst -sha1 -hmac KEY -binary | base64}
     * (a non-ASCII key and data, and a 100-character key, longer than a SHA-1 block).
     */
    static Stream<Arguments> hmacSha1Vectors() {
        return Stream.of(
                Arguments.of("\u000b".repeat(20), "Hi There",
                        "b617318655057264e28bc0b6fb378c8ef146be00", "thcxhlUFcmTii8C2+zeMjvFGvgA="),
                Arguments.of("Jefe", "what do ya want for nothing?",
                        "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", "7/zfauXrL6LSdBbV8YTfnCWafHk="),
                Arguments.of("\f".repeat(20), "Test With Truncation",
                        "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04", "TBoDQktV4H/n8nvh1Yu5MkqaWgQ="),
                Arguments.of("蓝卡密钥", "粤B12345 东门入口",
                        "db7e43b41463bb49762aa6ba762c83547534834f", "235DtBRju0l2Kqa6diyDVHU0g08="),
                Arguments.of("k".repeat(100), "a key longer than one SHA-1 block is hashed first",
                        "dcf64ce3db096224fc5f2b203dac55c9127df671", "3PZM49sJYiT8XysgPaxVyRJ99nE="));
    }

    /**
     * RFC 2202 section 3 test cases 1, 2 and 5 (the ones whose key and data are text), then two
     * computed with OpenSSL 3: {@code printf '%s' DATA | openssl dgst -sha1 -hmac KEY -binary | base64}
     * (a non-ASCII key and data, and a 100-character key, longer than a SHA-1 block).
     */
    @ParameterizedTest(name = "HMAC-SHA1 vector {index}")
    @MethodSource("hmacSha1Vectors")
    void hmacSha1MatchesPublishedAndOpensslVectors(String key, String data, String hex, String base64) {
        Secret secret = Secret.of(key);
        assertThat(HexFormat.of().formatHex(Digests.hmacSha1(secret, data))).isEqualTo(hex);
        assertThat(Digests.hmacSha1Base64(secret, data)).isEqualTo(base64);
        assertThat(Digests.hmacSha1Base64(secret, data)).as("second use of the prepared key").isEqualTo(base64);
        for (int split = 0; split <= data.length(); split++) {
            assertThat(Digests.hmacSha1Base64(secret, data.substring(0, split), "", data.substring(split)))
                    .as("parts split at %d", split).isEqualTo(base64);
        }
    }

    @Test
    void hmacSha1OfNoPartsIsTheMacOfTheEmptyMessage() {
        // printf '' | openssl dgst -sha1 -hmac Jefe -binary | base64
        assertThat(Digests.hmacSha1Base64(Secret.of("Jefe"))).isEqualTo("CdnlnXIjnmKoFVxYPVJ0Pem3Ixo=");
        assertThat(Digests.hmacSha1Base64(Secret.of("Jefe"), "")).isEqualTo("CdnlnXIjnmKoFVxYPVJ0Pem3Ixo=");
    }

    /** RFC 1321 appendix A.5, each split at every position into a secret prefix and the text after it. */
    @ParameterizedTest(name = "MD5 {0}")
    @CsvSource({
        "a, 0cc175b9c0f1b6a831c399e269772661",
        "abc, 900150983cd24fb0d6963f7d28e17f72",
        "message digest, f96b697d7cb7938d525a2f31aaf161d0",
        "abcdefghijklmnopqrstuvwxyz, c3fcd3d76192e4007dfb496cca67e13b",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789, d174ab98d277d9f5a5611c2c9f419d9f",
        "12345678901234567890123456789012345678901234567890123456789012345678901234567890, 57edf4a22be3c955ac49da2e2107b67a",
    })
    void md5MatchesRfc1321(String message, String expected) {
        for (int split = 1; split <= message.length(); split++) {
            Secret prefix = Secret.of(message.substring(0, split));
            assertThat(Digests.md5Hex(prefix, message.substring(split))).as("split at %d", split).isEqualTo(expected);
            assertThat(Digests.md5(prefix, message.substring(split))).isEqualTo(HexFormat.of().parseHex(expected));
        }
    }

    @Test
    void theSecretStaysPrivateAfterUse() {
        Secret secret = Secret.of("Jefe");
        byte[] copy = secret.utf8();
        Arrays.fill(copy, (byte) 0); // a caller scribbling on its copy changes nothing
        assertThat(Digests.hmacSha1Base64(secret, "what do ya want for nothing?")).isEqualTo("7/zfauXrL6LSdBbV8YTfnCWafHk=");
        assertThat(secret.utf8()).isEqualTo("Jefe".getBytes(StandardCharsets.UTF_8));
        assertThat(secret).hasToString("****");
    }

    /**
     * Many threads sign and digest different messages at once under one secret that none of them
     * has used yet (so its key is prepared while they race); every answer must be the JDK's. The
     * expected values are computed beforehand, so the threads spend their time in the code under test.
     */
    @Test
    void concurrentSigningUnderOneSecretGivesEveryThreadTheRightAnswer() throws Exception {
        int threads = 8;
        int perThread = 500;
        String key = "shared-key-0042";
        String[][] messages = new String[threads][perThread];
        String[][] hmacs = new String[threads][perThread];
        String[][] md5s = new String[threads][perThread];
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                messages[t][i] = "thread " + t + " message " + i + " 粤B" + (10_000 + i) + "x".repeat(i % 150);
                hmacs[t][i] = jdkHmacSha1Base64(key, messages[t][i]);
                md5s[t][i] = jdkMd5Hex(key + messages[t][i]);
            }
        }
        for (int round = 0; round < 10; round++) {
            Secret secret = Secret.of(key); // fresh: its prepared key does not exist yet
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    Callable<List<String>> work = () -> {
                        start.await();
                        List<String> wrong = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            if (!Digests.hmacSha1Base64(secret, messages[thread][i]).equals(hmacs[thread][i])) {
                                wrong.add("hmac " + messages[thread][i]);
                            }
                            if (!Digests.md5Hex(secret, messages[thread][i]).equals(md5s[thread][i])) {
                                wrong.add("md5 " + messages[thread][i]);
                            }
                        }
                        return wrong;
                    };
                    results.add(pool.submit(work));
                }
                start.countDown();
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String jdkHmacSha1Base64(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private static String jdkMd5Hex(String text) throws Exception {
        return HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
