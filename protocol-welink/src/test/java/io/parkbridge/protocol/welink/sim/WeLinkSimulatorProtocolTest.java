package io.parkbridge.protocol.welink.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator spoken to with raw HTTP, as a third party's own client would. */
class WeLinkSimulatorProtocolTest {
    /** The document's signing example, as sent (repaired OCR, the document's own lower-case %3d in content). */
    private static final String EXAMPLE_QUERY = "AppId=289efb7512e54146273b982456b03f42ea93&Timestamp=1484718385"
            + "&Nonce=11886&Signature=wjcPhdy3jaRJp5GWjpEI%2F%2B4gvos%3D&ParkId=10001088&encryptCode=0&zipCode=0"
            + "&content=ew0KICAgICJQYXJhbWV0ZXIiOiAiMSINCn0%3d";

    private WeLinkSimulator sim;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Clock documentTime = Clock.fixed(Instant.ofEpochSecond(1484718385L), ZoneOffset.UTC);
        sim = WeLinkSimulator.builder().clock(documentTime).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonNode get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return JsonMappers.strict().readTree(r.body());
    }

    private JsonNode post(String path, String query, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path + query))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JsonMappers.strict().readTree(r.body());
    }

    @Test
    void theDocumentsSigningExampleIsAuthenticatedThenRejectedForItsPlaceholderContent() throws Exception {
        JsonNode reply = get("/api/passport/get?" + EXAMPLE_QUERY);
        // Signature, AppId, ParkId and Timestamp pass; {"Parameter":"1"} names neither passportId nor plate.
        assertThat(reply.at("/responseStatus/code").asText()).isEqualTo("0001");
        assertThat(reply.at("/responseStatus/message").asText()).contains("exactlyOneKey");
        assertThat(reply.has("responseData")).isFalse();
        assertThat(get("/api/passport/get?" + EXAMPLE_QUERY).at("/responseStatus/message").asText())
                .contains("replayed");
    }

    @Test
    void aTamperedSignatureIs0003AndAMissingParameter0001() throws Exception {
        String tampered = EXAMPLE_QUERY.replace("Nonce=11886", "Nonce=11887");
        assertThat(get("/api/passport/get?" + tampered).at("/responseStatus/code").asText()).isEqualTo("0003");
        String noNonce = EXAMPLE_QUERY.replace("&Nonce=11886", "");
        JsonNode r = get("/api/passport/get?" + noNonce);
        assertThat(r.at("/responseStatus/code").asText()).isEqualTo("0001");
        assertThat(r.at("/responseStatus/message").asText()).isEqualTo("Nonce: missing");
    }

    @Test
    void postReadsTheBodyAndIgnoresTheQuery() throws Exception {
        JsonNode viaBody = post("/api/passport/get", "?junk=1", EXAMPLE_QUERY);
        assertThat(viaBody.at("/responseStatus/code").asText()).isEqualTo("0001"); // signature passed
        JsonNode viaQueryOnly = post("/api/passport/get", "?" + EXAMPLE_QUERY.replace("11886", "11888"), "");
        assertThat(viaQueryOnly.at("/responseStatus/message").asText()).isEqualTo("AppId: missing");
    }

    @Test
    void unknownInterfaceIs404WithAnEnvelope() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/nope")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JsonMappers.strict().readTree(r.body()).at("/responseStatus/code").asText()).isEqualTo("0005");
    }
}
