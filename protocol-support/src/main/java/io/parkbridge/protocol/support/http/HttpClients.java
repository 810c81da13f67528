package io.parkbridge.protocol.support.http;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** OkHttp set up the same way for every vendor. */
public final class HttpClients {
    private static final OkHttpClient SHARED = new OkHttpClient();

    private HttpClients() {
    }

    /**
     * A client with {@code settings}' timeouts. Derived from {@code base} when given (so the
     * user's connection pool, proxy and interceptors are kept), else from a shared client, so
     * all clients share one connection pool and dispatcher. OkHttp's own silent retry is off:
     * retries are decided by {@link RetryPolicy}, per call.
     */
    public static OkHttpClient create(OkHttpClient base, HttpSettings settings) {
        OkHttpClient root = base != null ? base : SHARED;
        return root.newBuilder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }
}
