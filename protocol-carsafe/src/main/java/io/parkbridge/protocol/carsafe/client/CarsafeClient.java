package io.parkbridge.protocol.carsafe.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.codec.CarsafeAmounts;
import io.parkbridge.protocol.carsafe.codec.CarsafeEnvelope;
import io.parkbridge.protocol.carsafe.codec.CarsafeJson;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.codec.CarsafeTime;
import io.parkbridge.protocol.carsafe.codec.QueryFormat;
import io.parkbridge.protocol.support.crypto.NonceSource;
import io.parkbridge.protocol.support.crypto.Redactor;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpCaller;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpReply;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.validation.MessageValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The one client for every Carsafe interface. Each call takes a catalogue entry and its
 * {@code data}; one path validates the field names against the catalogue, builds the envelope,
 * signs the exact bytes it sends, posts, and maps the reply to a {@link CarsafeResponse} or a
 * typed exception. Only queries are retried. Thread-safe.
 */
public final class CarsafeClient {
    static final String VENDOR = "carsafe";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl baseUrl;
    private final Map<String, HttpUrl> familyBaseUrls;
    private final Map<String, String> pathOverrides;
    private final String from;
    private final String branchNo;
    private final CarsafeKeys keys;
    private final HttpCaller caller;
    private final Clock clock;
    private final ZoneId zone;
    private final NonceSource nonces;
    private final FieldCheck fieldCheck;
    private final CarsafeAmounts amounts;
    private final CarsafeCatalogue catalogue = CarsafeCatalogue.standard();
    private final Redactor redactor;

    private CarsafeClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.familyBaseUrls = Map.copyOf(b.familyBaseUrls);
        this.pathOverrides = Map.copyOf(b.pathOverrides);
        this.from = b.from;
        this.branchNo = b.branchNo;
        this.keys = b.keys;
        OkHttpClient http = HttpClients.create(b.okHttpClient, b.httpSettings);
        this.caller = new HttpCaller(VENDOR, http, b.retryPolicy, b.sleeper);
        this.clock = b.clock;
        this.zone = b.zone;
        this.nonces = b.nonces;
        this.fieldCheck = b.fieldCheck;
        this.amounts = b.amounts;
        this.redactor = Redactor.of(keys.all());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The amount reader configured for this client (units per field). */
    public CarsafeAmounts amounts() {
        return amounts;
    }

    /** Calls interface {@code number} (e.g. "6.1") with {@code data} (a Map, record or JsonNode; null = none). */
    public CarsafeResponse call(String number, Object data) {
        return call(catalogue.require(number), data, null);
    }

    public CarsafeResponse call(CarsafeInterface iface, Object data) {
        return call(iface, data, null);
    }

    /** Calls with paging ({@code queryFormat} may be null). */
    public CarsafeResponse call(CarsafeInterface iface, Object data, QueryFormat queryFormat) {
        Prepared prepared = prepare(iface, data, queryFormat);
        HttpReply reply = caller.execute(prepared.request(), iface.query());
        return interpret(iface, reply);
    }

    /** Calls and maps the reply's {@code data} onto {@code type}. */
    public <T> T call(String number, Object data, Class<T> type) {
        CarsafeInterface iface = catalogue.require(number);
        return convert(iface, call(iface, data, null).data(), type);
    }

    /** Calls and maps the reply's {@code data} (an array, or one object) onto a list of {@code type}. */
    public <T> List<T> list(String number, Object data, Class<T> type) {
        CarsafeInterface iface = catalogue.require(number);
        JsonNode d = call(iface, data, null).data();
        List<T> out = new ArrayList<>();
        if (d.isArray()) {
            for (JsonNode n : d) {
                out.add(convert(iface, n, type));
            }
        } else if (!d.isNull() && !d.isMissingNode()) {
            out.add(convert(iface, d, type));
        }
        return out;
    }

    /**
     * Every row of a list interface, fetched page by page with {@code queryFormat} (5.4.2) until
     * {@code total} rows were read or a page comes back empty.
     */
    public Iterable<JsonNode> rows(String number, Object data, int pageSize) {
        CarsafeInterface iface = catalogue.require(number);
        QueryFormat.of(0, pageSize); // validates pageSize now, not on first iteration
        return () -> new Iterator<>() {
            private final Deque<JsonNode> buffer = new ArrayDeque<>();
            private long next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && !done) {
                    CarsafeResponse r = call(iface, data, QueryFormat.of(next, pageSize));
                    JsonNode d = r.data();
                    int count = 0;
                    if (d.isArray()) {
                        for (JsonNode n : d) {
                            buffer.add(n);
                            count++;
                        }
                    } else if (d.isObject()) {
                        buffer.add(d);
                        count = 1;
                    }
                    next += count;
                    done = count == 0 || next >= r.total();
                }
                return !buffer.isEmpty();
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.poll();
            }
        };
    }

    /**
     * Builds (and signs) the HTTP request without sending it: what {@link #call} sends, for
     * tests and the CLI.
     */
    public Prepared prepare(CarsafeInterface iface, Object data, QueryFormat queryFormat) {
        Objects.requireNonNull(iface, "iface");
        JsonNode node = toNode(data);
        FieldValidator.check(iface, node, fieldCheck);
        HttpUrl url = urlFor(iface);
        RequestBody body;
        String text;
        switch (iface.envelope()) {
            case STANDARD -> {
                String timestamp = CarsafeTime.format(LocalDateTime.now(clock.withZone(zone)));
                String nonce = Long.toString(nonces.next());
                CarsafeEnvelope env = CarsafeEnvelope.signed(keys.keyFor(iface), from, nonce, branchNo, timestamp,
                        CarsafeJson.compact(node), queryFormat);
                text = env.toJson();
                body = RequestBody.create(text.getBytes(StandardCharsets.UTF_8), JSON);
            }
            case ALIPAY_PAGE -> {
                FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
                if (node.isObject()) {
                    node.properties().forEach(e -> form.add(e.getKey(), e.getValue().asText()));
                }
                FormBody fb = form.build();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < fb.size(); i++) {
                    sb.append(i == 0 ? "" : "&").append(fb.encodedName(i)).append('=').append(fb.encodedValue(i));
                }
                text = sb.toString();
                body = fb;
            }
            default -> {
                text = CarsafeJson.compact(node);
                body = RequestBody.create(text.getBytes(StandardCharsets.UTF_8), JSON);
            }
        }
        Request request = new Request.Builder().url(url).post(body).build();
        return new Prepared(request, text);
    }

    private HttpUrl urlFor(CarsafeInterface iface) {
        String path = pathOverrides.getOrDefault(iface.number(), iface.path());
        HttpUrl base = familyBaseUrls.getOrDefault(iface.keyFamily(), baseUrl);
        HttpUrl.Builder b = base.newBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                b.addPathSegment(segment);
            }
        }
        return b.build();
    }

    private CarsafeResponse interpret(CarsafeInterface iface, HttpReply reply) {
        if (reply.status() == 401 || reply.status() == 403) {
            throw new AuthenticationException(VENDOR, String.valueOf(reply.status()),
                    "[" + iface.number() + "] HTTP " + reply.status());
        }
        if (!reply.isSuccessful()) {
            throw new TransportException(VENDOR, "[" + iface.number() + "] HTTP " + reply.status() + " from "
                    + iface.path(), reply.status(), null);
        }
        byte[] body = reply.body();
        if (iface.envelope() == EnvelopeKind.ALIPAY_PAGE) {
            return CarsafeResponse.bare(TextNode.valueOf(new String(body, StandardCharsets.UTF_8)));
        }
        if (iface.envelope() != EnvelopeKind.STANDARD) {
            try {
                return CarsafeResponse.bare(CarsafeJson.mapper().readTree(body));
            } catch (IOException e) {
                throw new MalformedMessageException(VENDOR, "", "JSON from " + iface.label(), e);
            }
        }
        CarsafeResponse r = CarsafeResponse.parse(body);
        if (!r.status()) {
            String msg = redactor.redact(r.message());
            if ("100003".equals(r.code())) {
                throw new AuthenticationException(VENDOR, r.code(), "[" + iface.number() + "] " + msg);
            }
            throw new CarsafeBusinessException(iface.number(), r.code(), msg);
        }
        return r;
    }

    private static JsonNode toNode(Object data) {
        if (data == null) {
            return NullNode.getInstance();
        }
        if (data instanceof JsonNode n) {
            return n;
        }
        if (data instanceof Record) {
            MessageValidator.requireValid(VENDOR, data); // jakarta.validation constraints on typed requests
        }
        try {
            return CarsafeJson.mapper().valueToTree(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data: expected a JSON-serialisable object", e);
        }
    }

    private static <T> T convert(CarsafeInterface iface, JsonNode node, Class<T> type) {
        try {
            return CarsafeJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException jme
                    ? jme.getPathReference() : "";
            throw new MalformedMessageException(VENDOR, iface.number() + " data" + (field.isEmpty() ? "" : " " + field),
                    "fields matching " + type.getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "CarsafeClient[" + baseUrl + ", from=" + from + ", keys=****]";
    }

    /** A built request and the exact body text it carries. */
    public record Prepared(Request request, String bodyText) {
    }

    /** Configures a {@link CarsafeClient}. */
    public static final class Builder {
        private HttpUrl baseUrl;
        private final Map<String, HttpUrl> familyBaseUrls = new HashMap<>();
        private final Map<String, String> pathOverrides = new HashMap<>();
        private String from;
        private String branchNo;
        private CarsafeKeys keys;
        private HttpSettings httpSettings = HttpSettings.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private NonceSource nonces = NonceSource.secureRandom(0, 99);
        private OkHttpClient okHttpClient;
        private FieldCheck fieldCheck = FieldCheck.REQUIRED_ONLY;
        private CarsafeAmounts amounts = CarsafeAmounts.defaults();

        /** The interface service root, e.g. {@code http://192.168.1.225:9022}; paths are appended. */
        public Builder baseUrl(String url) {
            this.baseUrl = parse(url, "baseUrl");
            return this;
        }

        /** A different root for one key family (e.g. "aibee", "maoku"), for partner services elsewhere. */
        public Builder familyBaseUrl(String family, String url) {
            familyBaseUrls.put(Objects.requireNonNull(family, "family"), parse(url, "familyBaseUrl"));
            return this;
        }

        /** Replaces an interface's wire path (e.g. 6.95 and 10.52, whose real paths are not printed). */
        public Builder pathOverride(String number, String path) {
            CarsafeCatalogue.standard().require(number);
            pathOverrides.put(number, Objects.requireNonNull(path, "path"));
            return this;
        }

        /** The interface user id ({@code from}). */
        public Builder from(String from) {
            if (from == null || from.isBlank()) {
                throw new IllegalArgumentException("from: expected the interface user id");
            }
            this.from = from;
            return this;
        }

        /** The car-park number ({@code branchno}); omitted when not set. */
        public Builder branchNo(String branchNo) {
            this.branchNo = branchNo;
            return this;
        }

        /** Signing keys (default, per family, per interface). */
        public Builder keys(CarsafeKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** Connect, read and call timeouts. */
        public Builder httpSettings(HttpSettings settings) {
            this.httpSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Backoff for queries (commands are never retried). */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** How retries wait (tests inject one that does not sleep). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Source of envelope timestamps. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Zone of the envelope timestamps (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Nonce source (default: SecureRandom in 0-99, as the document suggests). */
        public Builder nonceSource(NonceSource nonces) {
            this.nonces = Objects.requireNonNull(nonces, "nonces");
            return this;
        }

        /** A base OkHttp client to derive from (pool, proxy, interceptors); null for the shared one. */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = client;
            return this;
        }

        /** How request field names are checked against the catalogue (default REQUIRED_ONLY). */
        public Builder fieldCheck(FieldCheck check) {
            this.fieldCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Money units per field for {@link CarsafeClient#amounts()}. */
        public Builder amounts(CarsafeAmounts amounts) {
            this.amounts = Objects.requireNonNull(amounts, "amounts");
            return this;
        }

        /** Builds the client; base URL, from and keys are required. */
        public CarsafeClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl: expected the interface service URL");
            }
            if (from == null) {
                throw new IllegalStateException("from: expected the interface user id");
            }
            if (keys == null) {
                throw new IllegalStateException("keys: expected at least a default signing key");
            }
            return new CarsafeClient(this);
        }

        private static HttpUrl parse(String url, String name) {
            HttpUrl u = url == null ? null : HttpUrl.parse(url);
            if (u == null) {
                throw new IllegalArgumentException(name + ": expected an http(s) URL, got " + url);
            }
            return u;
        }
    }
}
