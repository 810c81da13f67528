package io.parkbridge.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable baseline stores each distinct push once, answers the bare server's reply, and 200 for a repeat. */
class DurableBareServerTest {

    @TempDir
    Path dir;

    @Test
    void storesEachDistinctBodyOnceAndAnswersLikeTheBareServer() throws Exception {
        try (DurableBareServer server = new DurableBareServer("jdbc:h2:file:" + dir.resolve("bare") + ";WRITE_DELAY=0",
                null, 2)) {
            HttpClient client = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/bluecard/carIn");
            for (String body : new String[] {"{\"orderId\":\"a\"}", "{\"orderId\":\"b\"}", "{\"orderId\":\"a\"}"}) {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).isEqualTo(LoadTestServer.BARE_REPLY);
            }
            assertThat(server.count()).isEqualTo(2);
        }
    }
}
