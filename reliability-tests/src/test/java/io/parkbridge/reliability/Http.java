package io.parkbridge.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP to 127.0.0.1 only, and how a reply is judged. */
final class Http {
    enum Outcome { ACCEPTED, REJECTED, SERVER_ERROR }

    /** A reply, or the I/O failure in its place (status -1). */
    record Reply(int status, String body, String refusalHeader, String ioError) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static Reply send(int port, Target.Request r) {
        return send(port, r.method(), r.path(), r.headers(), r.body());
    }

    static Reply send(int port, String method, String path, java.util.Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        headers.forEach(b::header);
        b.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> resp = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(resp.statusCode(), new String(resp.body(), StandardCharsets.UTF_8),
                    resp.headers().firstValue("X-ParkBridge-Refusal").orElse(null), null);
        } catch (IOException e) {
            return new Reply(-1, "", null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * 4xx, or the vendor's refusal shape (Bluecard {@code "status":"fail"}, Carsafe
     * {@code "status":false}, the washer's refusal header) is a rejection; 5xx or a reply that
     * admits an internal failure is a server error; anything else is acceptance.
     */
    static Outcome judge(Reply r, boolean tooLarge) {
        if (r.status() == -1) {
            // The JDK server answers 413 and closes while a large body is still being sent; the
            // client may see the reset before the status. Anything else without a reply is a failure.
            return tooLarge ? Outcome.REJECTED : Outcome.SERVER_ERROR;
        }
        if (r.status() >= 500) {
            return Outcome.SERVER_ERROR;
        }
        if (r.status() >= 400) {
            return Outcome.REJECTED;
        }
        String b = r.body();
        if (b.contains("internal error") || b.contains("could not store")) {
            return Outcome.SERVER_ERROR;
        }
        if (b.contains("\"status\":\"fail\"") || b.contains("\"status\":false") || r.refusalHeader() != null) {
            return Outcome.REJECTED;
        }
        return Outcome.ACCEPTED;
    }

    static boolean alive(int port) {
        Reply r = send(port, "GET", "/health/live", java.util.Map.of(), new byte[0]);
        return r.status() == 200;
    }
}
