package io.parkbridge.protocol.washer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpCaller;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpReply;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.validation.MessageValidator;
import io.parkbridge.protocol.washer.Washer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The platform's control API (merchant to platform): one generic call path, {@link #call}, and
 * a typed method per endpoint of {@link WasherApi}.
 *
 * <p>Each call validates the request (jakarta constraints and the page's field list), builds the
 * body {openId, time, ...fields} as compact JSON, signs it ({@link WasherSigner}, header
 * {@code sign}) with a time whose last three digits are 100-999, posts it, and maps the reply:
 * {@code code} 0 returns the typed reply, any other code throws {@link WasherBusinessException},
 * HTTP 401/403 {@link AuthenticationException}, other HTTP failures and timeouts
 * {@link TransportException}, an unreadable body {@link MalformedMessageException}. Only status
 * queries are retried (connect failures, timeouts, 5xx); commands never are, as a repeated lock
 * or start is not harmless.
 */
public final class WasherClient {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl baseUrl;
    private final String basePath;
    private final String openId;
    private final Secret secret;
    private final Clock clock;
    private final HttpCaller caller;

    private WasherClient(Builder b) {
        this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
        String path = baseUrl.encodedPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path; // a gateway prefix
        if (b.openId == null || b.openId.isBlank()) {
            throw new IllegalArgumentException("openId: expected the platform's communication id");
        }
        this.openId = b.openId;
        this.secret = Objects.requireNonNull(b.secret, "secret");
        if (secret.length() < 13) {
            throw new IllegalArgumentException("secret: expected at least 13 characters");
        }
        this.clock = b.clock;
        OkHttpClient http = HttpClients.create(b.okHttp, b.settings);
        this.caller = new HttpCaller(Washer.VENDOR, http, b.retryPolicy, b.sleeper);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The one call path: validates, signs, sends {@code request} to {@code endpoint} and returns its
     * typed reply (code 0), or throws as described on the class.
     */
    public <Q, R extends WasherReply> R call(Endpoint<Q, R> endpoint, Q request) {
        MessageValidator.requireValid(Washer.VENDOR, request);
        ObjectMapper mapper = JsonMappers.strict();
        JsonNode fields = mapper.valueToTree(request);
        ObjectNode body = mapper.createObjectNode();
        long time = WasherSigner.sendableTime(clock.millis());
        body.put("openId", openId);
        body.put("time", time);
        for (Iterator<String> it = fields.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!endpoint.fields().contains(name)) {
                throw new IllegalArgumentException(name + ": not a field of " + endpoint.path() + " (expected "
                        + endpoint.fields() + ")");
            }
            body.set(name, fields.get(name));
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        Request http = new Request.Builder()
                .url(baseUrl.newBuilder().encodedPath(basePath + endpoint.path()).build())
                .header("sign", WasherSigner.sign(openId, secret, time))
                .post(RequestBody.create(bytes, JSON))
                .build();
        HttpReply reply = caller.execute(http, endpoint.query());
        return decode(endpoint, reply);
    }

    private static <R extends WasherReply> R decode(Endpoint<?, R> endpoint, HttpReply reply) {
        if (reply.status() == 401 || reply.status() == 403) {
            throw new AuthenticationException(Washer.VENDOR, "", "HTTP " + reply.status() + " from " + endpoint.path()
                    + ": openId/secret or sign refused");
        }
        if (!reply.isSuccessful()) {
            throw new TransportException(Washer.VENDOR, "HTTP " + reply.status() + " from " + endpoint.path(),
                    reply.status(), null);
        }
        ObjectMapper mapper = endpoint.lenientReply() ? JsonMappers.lenient() : JsonMappers.strict();
        R decoded;
        try {
            decoded = mapper.readValue(reply.body(), endpoint.replyType());
        } catch (java.io.IOException e) {
            throw new MalformedMessageException(Washer.VENDOR, "", "a JSON reply of " + endpoint.path(), null);
        }
        if (decoded == null || decoded.code() == null) {
            throw new MalformedMessageException(Washer.VENDOR, "code", "the reply's code (0 for success)", null);
        }
        if (decoded.code() != 0) {
            throw new WasherBusinessException(decoded.code(), decoded.msg());
        }
        return decoded;
    }

    /** common/checkStatus (Check equipment status). */
    public StatusReply checkStatus(IotRequest request) {
        return call(WasherApi.CHECK_STATUS, request);
    }

    /** common/getIotInfo (Get device information). */
    public IotInfoReply getIotInfo(IotInfoRequest request) {
        return call(WasherApi.GET_IOT_INFO, request);
    }

    /** common/pageError (Get error log). */
    public ErrorLogReply pageError(ErrorLogRequest request) {
        return call(WasherApi.PAGE_ERROR, request);
    }

    /** common/checkWorkTime (Read the number of times of the device been started). */
    public WorkTimeReply checkWorkTime(WorkTimeRequest request) {
        return call(WasherApi.CHECK_WORK_TIME, request);
    }

    /** advOrder/checkAdvOrder (The query of order flow). */
    public OrderFlowReply checkAdvOrder(OrderFlowRequest request) {
        return call(WasherApi.CHECK_ADV_ORDER, request);
    }

    /** rt1/lock (Send car washer plan and lock the machine). */
    public StatusReply rt1Lock(PlanRequest request) {
        return call(WasherApi.RT1_LOCK, request);
    }

    /** rt1/start (Start the locked machine). */
    public StatusReply rt1Start(OrderRequest request) {
        return call(WasherApi.RT1_START, request);
    }

    /** rt1/lockAndStart (Send car washer plan and start the machine at the same time). */
    public StatusReply rt1LockAndStart(PlanRequest request) {
        return call(WasherApi.RT1_LOCK_AND_START, request);
    }

    /** rt1/stop (Emergency stop the machine after it has been started). */
    public AckReply rt1Stop(IotRequest request) {
        return call(WasherApi.RT1_STOP, request);
    }

    /** rt2/checkParkStatus (R2 Check parking status). */
    public ParkStatusReply rt2CheckParkStatus(IotRequest request) {
        return call(WasherApi.RT2_CHECK_PARK_STATUS, request);
    }

    /** rt2/start (R2 Start washing the car). */
    public StatusReply rt2Start(PlanRequest request) {
        return call(WasherApi.RT2_START, request);
    }

    /** rt2/pause (R2 Suspend). */
    public StatusReply rt2Pause(PauseRequest request) {
        return call(WasherApi.RT2_PAUSE, request);
    }

    /** rt2/continue (R2 Continue). */
    public StatusReply rt2Continue(OrderRequest request) {
        return call(WasherApi.RT2_CONTINUE, request);
    }

    /** rt3/lock (R3 Send car washer plan and lock the machine). */
    public StatusReply rt3Lock(PlanRequest request) {
        return call(WasherApi.RT3_LOCK, request);
    }

    /** rt3/start (R3 Start the locked machine). */
    public StatusReply rt3Start(StartLockedRequest request) {
        return call(WasherApi.RT3_START, request);
    }

    /** rt3/lockAndStart (R3 Send car washer plan and start the machine at the same time). */
    public StatusReply rt3LockAndStart(PlanRequest request) {
        return call(WasherApi.RT3_LOCK_AND_START, request);
    }

    /** rt3/stop (R3 Emergency stop the machine after it has been started). */
    public AckReply rt3Stop(IotRequest request) {
        return call(WasherApi.RT3_STOP, request);
    }

    /** nrt/carParkStatus (New Rollover Check parking status). */
    public ParkStatusReply nrtCarParkStatus(IotRequest request) {
        return call(WasherApi.NRT_CAR_PARK_STATUS, request);
    }

    /** nrt/lock (New Rollover Send car washer plan and lock the machine). */
    public StatusReply nrtLock(PlanRequest request) {
        return call(WasherApi.NRT_LOCK, request);
    }

    /** nrt/start (New Rollover Start the locked machine). */
    public StatusReply nrtStart(OrderRequest request) {
        return call(WasherApi.NRT_START, request);
    }

    /** nrt/lockAndStart (New Rollover Send car washer plan and start the machine at the same time). */
    public StatusReply nrtLockAndStart(PlanRequest request) {
        return call(WasherApi.NRT_LOCK_AND_START, request);
    }

    /** nrt/pause (New Rollover Suspend). */
    public StatusReply nrtPause(PauseRequest request) {
        return call(WasherApi.NRT_PAUSE, request);
    }

    /** nrt/continue (New Rollover Continue). */
    public StatusReply nrtContinue(OrderRequest request) {
        return call(WasherApi.NRT_CONTINUE, request);
    }

    /** nrt/reset (New Rollover Reset). */
    public StatusReply nrtReset(IotRequest request) {
        return call(WasherApi.NRT_RESET, request);
    }

    /** nt1/lock (Touchless 1 Send car washer plan and lock the machine). */
    public StatusReply nt1Lock(PlanRequest request) {
        return call(WasherApi.NT1_LOCK, request);
    }

    /** nt1/start (Touchless 1 Start the locked machine). */
    public StatusReply nt1Start(OrderRequest request) {
        return call(WasherApi.NT1_START, request);
    }

    /** nt1/lockAndStart (Touchless 1 Send car washer plan and start the machine at the same time). */
    public StatusReply nt1LockAndStart(PlanRequest request) {
        return call(WasherApi.NT1_LOCK_AND_START, request);
    }

    /** nt1/pause (Touchless 1 Suspend). */
    public StatusReply nt1Pause(OrderRequest request) {
        return call(WasherApi.NT1_PAUSE, request);
    }

    /** nt1/continue (Touchless 1 Continue). */
    public StatusReply nt1Continue(OrderRequest request) {
        return call(WasherApi.NT1_CONTINUE, request);
    }

    /** nt2/carParkStatus (Touchless 2 Check parking status). */
    public ParkStatusReply nt2CarParkStatus(IotRequest request) {
        return call(WasherApi.NT2_CAR_PARK_STATUS, request);
    }

    /** nt2/lock (Touchless 2 Send car washer plan and lock the machine). */
    public StatusReply nt2Lock(PlanRequest request) {
        return call(WasherApi.NT2_LOCK, request);
    }

    /** nt2/start (Touchless 2 Start the locked machine). */
    public StatusReply nt2Start(OrderRequest request) {
        return call(WasherApi.NT2_START, request);
    }

    /** nt2/lockAndStart (Touchless 2 Send car washer plan and start the machine at the same time). */
    public StatusReply nt2LockAndStart(PlanRequest request) {
        return call(WasherApi.NT2_LOCK_AND_START, request);
    }

    /** nt2/pause (Touchless 2 Suspend). */
    public StatusReply nt2Pause(OrderRequest request) {
        return call(WasherApi.NT2_PAUSE, request);
    }

    /** nt2/continue (Touchless 2 Continue). */
    public StatusReply nt2Continue(OrderRequest request) {
        return call(WasherApi.NT2_CONTINUE, request);
    }

    /** tt1/sendProgram (T1 Send car washer plan). */
    public StatusReply tt1SendProgram(PlanRequest request) {
        return call(WasherApi.TT1_SEND_PROGRAM, request);
    }

    /** tt1/pause (T1 Suspend). */
    public StatusReply tt1Pause(OrderRequest request) {
        return call(WasherApi.TT1_PAUSE, request);
    }

    /** tt1/continue (T1 Continue). */
    public StatusReply tt1Continue(OrderRequest request) {
        return call(WasherApi.TT1_CONTINUE, request);
    }

    /** tt1/reset (T1 Reset). */
    public StatusReply tt1Reset(OrderRequest request) {
        return call(WasherApi.TT1_RESET, request);
    }

    /** sht2/start (S2 Start washing the car). */
    public StatusReply sht2Start(SelfServiceStartRequest request) {
        return call(WasherApi.SHT2_START, request);
    }

    /** sht2/closeOrder (S2 Close washing order). */
    public StatusReply sht2CloseOrder(OrderRequest request) {
        return call(WasherApi.SHT2_CLOSE_ORDER, request);
    }

    /** wp1/lock (W1 Send water purifier plan and lock the machine). */
    public StatusReply wp1Lock(WaterPlanRequest request) {
        return call(WasherApi.WP1_LOCK, request);
    }

    /** wp1/cancelLock (W1 Unlock the machine). */
    public StatusReply wp1CancelLock(OrderRequest request) {
        return call(WasherApi.WP1_CANCEL_LOCK, request);
    }

    /** wp1/openTheDoor (W1 Open the door by hand). */
    public StatusReply wp1OpenTheDoor(OpenDoorRequest request) {
        return call(WasherApi.WP1_OPEN_THE_DOOR, request);
    }

    /** Builds a {@link WasherClient}. */
    public static final class Builder {
        private HttpUrl baseUrl;
        private String openId;
        private Secret secret;
        private Clock clock = Clock.systemUTC();
        private HttpSettings settings = HttpSettings.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private OkHttpClient okHttp;

        private Builder() {
        }

        /**
         * The platform's address, e.g. https://SERVER_URL (paths /api/open/v1/... are appended,
         * after any path prefix the URL has).
         */
        public Builder baseUrl(String url) {
            HttpUrl parsed = HttpUrl.parse(url);
            if (parsed == null) {
                throw new IllegalArgumentException("baseUrl: expected an http(s) URL, got " + url);
            }
            this.baseUrl = parsed;
            return this;
        }

        /** The communication id shown in the merchant back office. */
        public Builder openId(String openId) {
            this.openId = openId;
            return this;
        }

        /** The communication key (at least 13 characters). */
        public Builder secret(Secret secret) {
            this.secret = secret;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Connect/read/call timeouts (default 5 s / 15 s / 30 s). */
        public Builder httpSettings(HttpSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Retries of status queries (commands are never retried). */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** An OkHttp client to derive from (its pool, proxy, interceptors are kept). */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttp = client;
            return this;
        }

        public WasherClient build() {
            return new WasherClient(this);
        }
    }
}
