package io.parkbridge.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * A running server's admin API ({@code /admin/...}, bearer token). Used by {@code cards},
 * {@code passes} and {@code inbox} when {@code --server} is given instead of the local database.
 */
final class AdminClient {
    /** The environment variable read for the admin token. */
    static final String TOKEN_ENV = "PARKBRIDGE_ADMIN_TOKEN";

    private final String base;
    private final Secret token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private AdminClient(String base, Secret token) {
        this.base = base;
        this.token = token;
    }

    /** Where the admin commands work: the local database (default) or a running server. */
    static final class Target {
        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
                description = "The local embedded database's directory (default ./${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--server", paramLabel = "URL",
                description = "Use a running server's admin API instead of the local database.")
        String server;

        @Option(names = "--token", paramLabel = "T", description = "The admin token (prefer --token-file or $" + TOKEN_ENV + ").")
        String token;

        @Option(names = "--token-file", paramLabel = "FILE", description = "Read the admin token from FILE.")
        Path tokenFile;

        boolean remote() {
            return server != null;
        }

        AdminClient client(CliContext ctx) {
            return new AdminClient(RequestData.url("--server", server),
                    Secrets.resolve(ctx, token, tokenFile, TOKEN_ENV, "--token"));
        }

        LocalStore local(CliContext ctx, boolean create) {
            LocalStore.Options o = new LocalStore.Options();
            o.dataDir = dataDir;
            return o.open(ctx, create);
        }
    }

    static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode send(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token.reveal()).header("Accept", "application/json");
        try {
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(CliCommand.JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = r.body().isBlank() ? null : JsonMappers.lenient().readTree(r.body());
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new IllegalStateException("the server refused the admin token (HTTP " + r.statusCode() + ")");
            }
            if (r.statusCode() >= 400) {
                String msg = json != null && json.has("error") ? json.get("error").asText() : "HTTP " + r.statusCode();
                if (r.statusCode() == 400) {
                    throw new UsageException("the server refused the request: " + msg);
                }
                throw new IllegalStateException("server answered HTTP " + r.statusCode() + ": " + msg);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the server's answer is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + base + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Prints a server answer: pretty, or compact with {@code --json}. */
    static void print(CliCommand cmd, JsonNode json, boolean compact) {
        if (compact) {
            cmd.printJson(json);
        } else {
            cmd.out().println(json == null ? "" : json.toPrettyString());
        }
    }
}
