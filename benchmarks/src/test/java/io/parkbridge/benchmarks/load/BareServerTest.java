package io.parkbridge.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test's baselines: the bare reply, the durable store on both databases, and a failing store. */
class BareServerTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void thePlainBaselineAnswersTheBareReply() throws Exception {
        try (BareServer server = new BareServer(null, 2)) {
            HttpResponse<byte[]> r = post(server, "{}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(LoadTestServer.BARE_REPLY);
        }
    }

    @Test
    void aStoreThatFailsGetsHttp500() throws Exception {
        try (BareServer server = new BareServer(body -> false, 2)) {
            assertThat(post(server, "{}").statusCode()).isEqualTo(500);
        }
    }

    @Test
    void onH2EachDistinctPushIsStoredOnceAndARepeatIsAnswered200() throws Exception {
        try (JdbcPushStore store = new JdbcPushStore("jdbc:h2:file:" + dir.resolve("bare") + ";WRITE_DELAY=0", null)) {
            storesDistinctPushesOnce(store);
        }
    }

    /** PostgreSQL reports a repeat through its own exception class: SQLState 23505 decides on both. */
    @Test
    void onPostgresqlEachDistinctPushIsStoredOnceAndARepeatIsAnswered200() throws Exception {
        String url = System.getenv().getOrDefault("PARKBRIDGE_TEST_JDBC_URL", LoadTest.DEFAULT_PG_URL);
        try (Connection c = DriverManager.getConnection(url)) {
            Assumptions.assumeTrue(c.isValid(2));
        } catch (SQLException unreachable) {
            Assumptions.abort("PostgreSQL not reachable: " + unreachable.getMessage());
        }
        String schema = "pbbare_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (JdbcPushStore store = new JdbcPushStore(url, schema)) {
            storesDistinctPushesOnce(store);
        } finally {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void storesDistinctPushesOnce(JdbcPushStore store) throws Exception {
        try (BareServer server = new BareServer(store, 2)) {
            for (String body : new String[] {"{\"orderId\":\"a\"}", "{\"orderId\":\"b\"}", "{\"orderId\":\"a\"}"}) {
                HttpResponse<byte[]> r = post(server, body);
                assertThat(r.statusCode()).as(body).isEqualTo(200);
                assertThat(r.body()).isEqualTo(LoadTestServer.BARE_REPLY);
            }
            assertThat(store.count()).isEqualTo(2);
        }
    }

    private static HttpResponse<byte[]> post(BareServer server, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bluecard/carIn"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
