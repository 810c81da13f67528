package io.parkbridge.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripting contract of issue 10, checked against values computed outside ParkBridge.
 * Each expected value says how it was computed (openssl / md5sum / gzip / base64 on Linux).
 */
class ScriptingContractTest {
    static final String WELINK_SECRET = "27a06832a2214a4fa3b7105e4a72d370";

    // ---- WeLink sign -------------------------------------------------------------------------

    /**
     * The corrected vector of the specs README. Independently:
     * {@code printf '%s' 'AppId=…&zipCode=0' | openssl dgst -sha1 -hmac 27a06832a2214a4fa3b7105e4a72d370 -binary | base64}.
     */
    @Test
    void welinkSignPrintsTheCorrectedSpecVector() {
        CliRunner r = CliRunner.run("welink", "sign", "--secret", WELINK_SECRET,
                "--param", "AppId=289efb7512e54146273b982456b03f42ea93", "--param", "ParkId=10001088",
                "--param", "Timestamp=1484718385", "--param", "Nonce=11886",
                "--param", "content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=",
                "--param", "encryptCode=0", "--param", "zipCode=0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("wjcPhdy3jaRJp5GWjpEI/+4gvos=\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void welinkSignJsonCarriesTheStringToSignAndTheSecretComesFromTheEnvironment() {
        CliRunner r = CliRunner.withInput("", Map.of(WeLinkCommand.SECRET_ENV, WELINK_SECRET), "welink", "sign", "--json",
                "--param", "zipCode=0", "--param", "encryptCode=0", "--param", "Signature=ignored",
                "--param", "AppId=289efb7512e54146273b982456b03f42ea93", "--param", "ParkId=10001088",
                "--param", "Timestamp=1484718385", "--param", "Nonce=11886", "--param", "empty=",
                "--param", "content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("{\"signature\":\"wjcPhdy3jaRJp5GWjpEI/+4gvos=\",\"stringToSign\":\""
                + "AppId=289efb7512e54146273b982456b03f42ea93&Nonce=11886&ParkId=10001088&Timestamp=1484718385"
                + "&content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=&encryptCode=0&zipCode=0\"}\n");
        assertThat(r.out()).doesNotContain(WELINK_SECRET);
    }

    @Test
    void welinkSignReadsTheSecretFileIgnoringOneTrailingNewline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("welink.key"), WELINK_SECRET + "\n");
        CliRunner r = CliRunner.in(dir, "", Map.of(), "welink", "sign", "--secret-file", "welink.key",
                "--param", "AppId=289efb7512e54146273b982456b03f42ea93", "--param", "ParkId=10001088",
                "--param", "Timestamp=1484718385", "--param", "Nonce=11886",
                "--param", "content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=",
                "--param", "encryptCode=0", "--param", "zipCode=0");
        assertThat(r.out()).isEqualTo("wjcPhdy3jaRJp5GWjpEI/+4gvos=\n");
    }

    @Test
    void welinkSignUsageErrorsExitTwoWithOneLineAndNeverEchoTheSecret() {
        CliRunner noSecret = CliRunner.run("welink", "sign", "--param", "a=1");
        assertThat(noSecret.exitCode()).isEqualTo(2);
        assertThat(noSecret.err()).contains("--secret").contains(WeLinkCommand.SECRET_ENV).hasLineCount(1);
        assertThat(noSecret.out()).isEmpty();

        CliRunner badParam = CliRunner.run("welink", "sign", "--secret", "TOPSECRET", "--param", "novalue");
        assertThat(badParam.exitCode()).isEqualTo(2);
        assertThat(badParam.err()).contains("--param: expected NAME=VALUE").doesNotContain("TOPSECRET").hasLineCount(1);

        CliRunner noParam = CliRunner.run("welink", "sign", "--secret", "TOPSECRET");
        assertThat(noParam.exitCode()).isEqualTo(2);
        assertThat(noParam.err()).contains("--param").doesNotContain("TOPSECRET").hasLineCount(1);
    }

    // ---- WeLink encode / decode --------------------------------------------------------------

    /** The content of the spec's signing example is Base64 of this JSON (CRLF line ends). */
    @Test
    void welinkEncodePlainMatchesTheSpecExampleContent() {
        CliRunner r = CliRunner.withInput("{\r\n    \"Parameter\": \"1\"\r\n}\n", "welink", "encode",
                "--secret", WELINK_SECRET, "--encrypt", "0", "--zip", "0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0=\n");
    }

    /**
     * Independently: {@code printf '{"parkId":"10001088"}' | openssl enc -des-ede3 -nosalt
     * -K $(printf '%s' 27a06832a2214a4fa3b7105e | xxd -p) | base64} (3DES-ECB, PKCS#5, key = first 24 chars).
     */
    @Test
    void welinkEncodeEncryptedMatchesOpenssl() {
        CliRunner r = CliRunner.withInput("{\"parkId\":\"10001088\"}", "welink", "encode", "--secret", WELINK_SECRET,
                "--encrypt", "1", "--zip", "0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("2YDXw5I1wVH+uzjU96oki/S8zRT8itNY\n");

        CliRunner back = CliRunner.withInput("2YDXw5I1wVH+uzjU96oki/S8zRT8itNY\n", "welink", "decode",
                "--secret", WELINK_SECRET, "--encrypt", "1", "--zip", "0");
        assertThat(back.exitCode()).isZero();
        assertThat(back.out()).isEqualTo("{\"parkId\":\"10001088\"}\n");
    }

    /** Independently: {@code printf '{"parkId":"10001088"}' | gzip -n | base64 -w0}. */
    @Test
    void welinkDecodeReadsGzipMadeByTheGzipTool() {
        CliRunner r = CliRunner.withInput("H4sIAAAAAAAAA6tWKkgsyvZMUbJSMjQwMDA0sLBQqgUACtMu4hUAAAA=", "welink", "decode",
                "--encrypt", "0", "--zip", "1", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("{\"json\":\"{\\\"parkId\\\":\\\"10001088\\\"}\"}\n");
    }

    @Test
    void welinkEncodeThenDecodeRoundTripsWithBothFlags() {
        String json = "{\"plate\":\"粤B12345\",\"fee\":\"12.50\"}";
        CliRunner enc = CliRunner.withInput(json, "welink", "encode", "--secret", WELINK_SECRET, "--encrypt", "1",
                "--zip", "1");
        assertThat(enc.exitCode()).isZero();
        CliRunner dec = CliRunner.withInput(enc.out(), "welink", "decode", "--secret", WELINK_SECRET, "--encrypt", "1",
                "--zip", "1");
        assertThat(dec.out()).isEqualTo(json + "\n");
    }

    @Test
    void welinkCodecErrors() {
        CliRunner badFlag = CliRunner.withInput("{}", "welink", "encode", "--encrypt", "2", "--zip", "0");
        assertThat(badFlag.exitCode()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--encrypt: expected 0 or 1").hasLineCount(1);

        CliRunner encryptWithoutSecret = CliRunner.withInput("{}", "welink", "encode", "--encrypt", "1", "--zip", "0");
        assertThat(encryptWithoutSecret.exitCode()).isEqualTo(2);

        CliRunner wrongKey = CliRunner.withInput("2YDXw5I1wVH+uzjU96oki/S8zRT8itNY", "welink", "decode",
                "--secret", "ffffffffffffffffffffffffffffffff", "--encrypt", "1", "--zip", "0");
        assertThat(wrongKey.exitCode()).isEqualTo(1);
        assertThat(wrongKey.err()).startsWith("parkbridge: error: ").hasLineCount(1).doesNotContain("ffffffff");

        CliRunner notBase64 = CliRunner.withInput("%%%", "welink", "decode", "--encrypt", "0", "--zip", "0");
        assertThat(notBase64.exitCode()).isEqualTo(1);
        assertThat(notBase64.err()).contains("Base64").hasLineCount(1);
    }

    // ---- Carsafe ----------------------------------------------------------------------------

    /**
     * The 10.40 vector of the specs README. Independently:
     * {@code printf '%s' '2019-12-09 15:42:4547UT{"ControllerNo":"1","DoorNo":2}' | openssl dgst -sha1 -hmac 111111 -binary | base64}.
     */
    @Test
    void carsafeSignPrintsThe1040VectorIgnoringOneTrailingNewline() {
        for (String stdin : new String[] {"{\"ControllerNo\":\"1\",\"DoorNo\":2}", "{\"ControllerNo\":\"1\",\"DoorNo\":2}\n"}) {
            CliRunner r = CliRunner.withInput(stdin, "carsafe", "sign", "--key", "111111", "--from", "UT",
                    "--timestamp", "2019-12-09 15:42:45", "--nonce", "47");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).isEqualTo("07TJX7gHAvoKqzR1YRVkBfqapVI=\n");
        }
    }

    @Test
    void carsafeSignsTheExactBytesNotAReformattedJson() {
        CliRunner r = CliRunner.withInput("{\"ControllerNo\": \"1\", \"DoorNo\": 2}", "carsafe", "sign", "--key", "111111",
                "--from", "UT", "--timestamp", "2019-12-09 15:42:45", "--nonce", "47", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("07TJX7gHAvoKqzR1YRVkBfqapVI=")
                .contains("\"stringToSign\":\"2019-12-09 15:42:4547UT{\\\"ControllerNo\\\": \\\"1\\\", \\\"DoorNo\\\": 2}\"");
    }

    @Test
    void carsafeVerifyAcceptsTheVectorAndRejectsAnyChange() {
        Map<String, String> env = Map.of(CarsafeCommand.KEY_ENV, "111111");
        CliRunner ok = CliRunner.withInput("{\"ControllerNo\":\"1\",\"DoorNo\":2}\n", env, "carsafe", "verify",
                "--from", "UT", "--timestamp", "2019-12-09 15:42:45", "--nonce", "47", "--sign", "07TJX7gHAvoKqzR1YRVkBfqapVI=");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).isEqualTo("valid\n");

        CliRunner bad = CliRunner.withInput("{\"ControllerNo\":\"1\",\"DoorNo\":3}", env, "carsafe", "verify", "--json",
                "--from", "UT", "--timestamp", "2019-12-09 15:42:45", "--nonce", "47", "--sign", "07TJX7gHAvoKqzR1YRVkBfqapVI=");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).isEqualTo("{\"valid\":false}\n");
    }

    @Test
    void carsafeUsageErrors() {
        CliRunner badTime = CliRunner.withInput("{}", "carsafe", "sign", "--key", "111111", "--from", "UT",
                "--timestamp", "2019-12-09T15:42:45", "--nonce", "47");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("--timestamp: expected yyyy-MM-dd HH:mm:ss").hasLineCount(1);

        CliRunner missingNonce = CliRunner.withInput("{}", "carsafe", "sign", "--key", "111111", "--from", "UT",
                "--timestamp", "2019-12-09 15:42:45");
        assertThat(missingNonce.exitCode()).isEqualTo(2);
        assertThat(missingNonce.err()).contains("--nonce").doesNotContain("111111");
    }

    // ---- Bluecard ---------------------------------------------------------------------------

    /** Independently: {@code printf '%s' KEY123P0001 | md5sum}. */
    @Test
    void bluecardSignIsMd5OfKeyAndPark(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("bluecard", "sign", "--key", "KEY123", "--park", "P0001");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("668c3556a16bc7020d40196ec074a644\n");

        Files.writeString(dir.resolve("k"), "KEY123");
        CliRunner fromFile = CliRunner.in(dir, "", Map.of(), "bluecard", "sign", "--secret-file", "k", "--park", "P0001",
                "--json");
        assertThat(fromFile.out()).isEqualTo("{\"sign\":\"668c3556a16bc7020d40196ec074a644\"}\n");

        CliRunner noPark = CliRunner.run("bluecard", "sign", "--key", "KEY123");
        assertThat(noPark.exitCode()).isEqualTo(2);
        assertThat(noPark.err()).contains("--park").hasLineCount(1);
    }

    // ---- Washer -----------------------------------------------------------------------------

    /**
     * The control API page's vector. Independently:
     * {@code printf aaaaaaaaaaaaaaaa | openssl enc -aes-128-ecb -K $(printf bbbbbbbbbbbbb928 | xxd -p) | base64}.
     */
    @Test
    void washerSignPrintsThePageVector() {
        CliRunner r = CliRunner.run("washer", "sign", "--open-id", "aaaaaaaaaaaaaaaa", "--secret", "bbbbbbbbbbbbbbbb",
                "--time", "1613633983928");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("036ytW2zWyI0V6JqEhCDrrH9YiW31PkQLodR694kwTs=\n");

        CliRunner env = CliRunner.withInput("", Map.of(WasherCommand.SECRET_ENV, "bbbbbbbbbbbbbbbb"), "washer", "sign",
                "--open-id", "aaaaaaaaaaaaaaaa", "--time", "1613633983928", "--json");
        assertThat(env.out()).isEqualTo("{\"sign\":\"036ytW2zWyI0V6JqEhCDrrH9YiW31PkQLodR694kwTs=\",\"time\":1613633983928}\n");
    }

    @Test
    void washerSignRefusesTimesEndingBelow100AtTheBoundaries() {
        CliRunner low = CliRunner.run("washer", "sign", "--open-id", "a", "--secret", "bbbbbbbbbbbbbbbb", "--time", "1613633983099");
        assertThat(low.exitCode()).isEqualTo(2);
        assertThat(low.err()).contains("--time").contains("100-999").contains("1613633983100").hasLineCount(1)
                .doesNotContain("bbbbbbbbbbbbbbbb");
        CliRunner edge = CliRunner.run("washer", "sign", "--open-id", "a", "--secret", "bbbbbbbbbbbbbbbb", "--time", "1613633983100");
        assertThat(edge.exitCode()).isZero();
        CliRunner notNumber = CliRunner.run("washer", "sign", "--open-id", "a", "--secret", "bbbbbbbbbbbbbbbb", "--time", "soon");
        assertThat(notNumber.exitCode()).isEqualTo(2);
        CliRunner shortSecret = CliRunner.run("washer", "sign", "--open-id", "a", "--secret", "short", "--time", "1613633983928");
        assertThat(shortSecret.exitCode()).isEqualTo(2);
        assertThat(shortSecret.err()).contains("at least 13").doesNotContain("short ");
    }

    // ---- General ----------------------------------------------------------------------------

    @Test
    void verboseAddsTheStackTraceOfARuntimeFailure() {
        CliRunner r = CliRunner.withInput("%%%", "welink", "decode", "--encrypt", "0", "--zip", "0", "--verbose");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void aVendorGroupWithoutVerbIsAUsageError() {
        CliRunner r = CliRunner.run("welink");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required subcommand").hasLineCount(1);
    }
}
