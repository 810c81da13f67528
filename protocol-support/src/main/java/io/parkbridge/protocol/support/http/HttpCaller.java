package io.parkbridge.protocol.support.http;

import io.parkbridge.protocol.support.error.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one prepared request, retrying only when the caller says the call is idempotent and
 * only on I/O failures (connect, timeout, reset) and 5xx. Every vendor client's single call
 * path ends here.
 */
public final class HttpCaller {
    /**
     * Largest reply body read (16 MiB). Vendor replies are small JSON documents; a larger body
     * is refused (not retried) instead of being buffered into memory.
     */
    public static final int MAX_REPLY_BYTES = 16 * 1024 * 1024;

    private final String vendor;
    private final OkHttpClient client;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    /**
     * @param vendor the vendor name put on exceptions
     * @param client the configured client (see {@link HttpClients#create})
     * @param retryPolicy how idempotent calls are retried
     * @param sleeper how to wait between attempts
     */
    public HttpCaller(String vendor, OkHttpClient client, RetryPolicy retryPolicy, Sleeper sleeper) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.client = Objects.requireNonNull(client, "client");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Executes {@code request}. Returns the reply for any status below 500; throws
     * {@link TransportException} when no reply arrived or the last attempt got a 5xx.
     *
     * @param idempotent true only for calls that are safe to repeat (queries)
     */
    public HttpReply execute(Request request, boolean idempotent) {
        Objects.requireNonNull(request, "request");
        return execute(() -> request, idempotent);
    }

    /**
     * Like {@link #execute(Request, boolean)}, but builds the request afresh for every attempt,
     * so a vendor whose signature covers a timestamp and nonce gets a new one on each retry
     * (a replayed nonce would be refused).
     */
    public HttpReply execute(Supplier<Request> requestForAttempt, boolean idempotent) {
        int attempts = idempotent ? retryPolicy.maxAttempts() : 1;
        TransportException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(attempt - 1, last);
            }
            Request request = requestForAttempt.get();
            try (Response response = client.newCall(request).execute()) {
                ResponseBody body = response.body();
                byte[] bytes = body == null ? new byte[0] : readCapped(body);
                if (bytes == null) {
                    throw new TransportException(vendor, "reply from " + describe(request) + " over "
                            + MAX_REPLY_BYTES + " bytes (HTTP " + response.code() + ")", response.code(), null);
                }
                HttpReply reply = new HttpReply(response.code(), response.headers().toMultimap(), bytes);
                if (!RetryPolicy.retryableStatus(reply.status())) {
                    return reply;
                }
                last = new TransportException(vendor, "HTTP " + reply.status() + " from " + describe(request)
                        + " (attempt " + attempt + " of " + attempts + ")", reply.status(), null);
            } catch (IOException e) {
                last = new TransportException(vendor, kind(e) + " calling " + describe(request) + " (attempt "
                        + attempt + " of " + attempts + "): " + e.getClass().getSimpleName(), -1, e);
            }
        }
        throw last;
    }

    /** The whole body, or null when it is longer than {@link #MAX_REPLY_BYTES}. */
    private static byte[] readCapped(ResponseBody body) throws IOException {
        if (body.contentLength() > MAX_REPLY_BYTES) {
            return null;
        }
        BufferedSource source = body.source();
        if (source.request(MAX_REPLY_BYTES + 1L)) { // buffers up to the limit plus one byte, never more
            return null;
        }
        return source.getBuffer().readByteArray();
    }

    private void pause(int retry, TransportException cause) {
        try {
            sleeper.sleep(retryPolicy.delayFor(retry));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static String kind(IOException e) {
        return e instanceof InterruptedIOException ? "timeout" : "I/O failure";
    }

    /** Method and path only: query strings carry signatures and must not reach messages. */
    private static String describe(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }
}
