package io.parkbridge.protocol.washer.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.http.HttpClients;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.Sleeper;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.washer.Washer;
import io.parkbridge.protocol.washer.inbound.ActiveReply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The platform's side of the merchant interfaces: sends active requests with the platform's
 * 2000 ms connect / 20000 ms read timeouts and records the decisions, and delivers callbacks,
 * repeating one that is not answered 200 (the platform's exact retry schedule is not published:
 * attempts and delay are settings). Targets must be loopback addresses.
 */
public final class MerchantLink {
    private static final MediaType JSON = MediaType.get("application/json");

    private final String activeRequestUrl;
    private final String callbackUrl;
    private final OkHttpClient http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int callbackAttempts;
    private final Duration callbackRetryDelay;
    private final boolean trailingComma;
    private final List<ActiveDecision> decisions = Collections.synchronizedList(new ArrayList<>());
    private final List<CallbackDelivery> deliveries = Collections.synchronizedList(new ArrayList<>());

    private MerchantLink(Builder b) {
        this.activeRequestUrl = requireLoopback(b.activeRequestUrl, "activeRequestUrl");
        this.callbackUrl = requireLoopback(b.callbackUrl, "callbackUrl");
        Duration connect = b.connectTimeout;
        Duration read = b.readTimeout;
        this.http = HttpClients.create(null, new HttpSettings(connect, read, connect.plus(read).plusSeconds(1)));
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.callbackAttempts = b.callbackAttempts;
        this.callbackRetryDelay = b.callbackRetryDelay;
        this.trailingComma = b.trailingComma;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A card swiped at a washer (CARD_WASH). */
    public ActiveDecision swipeCard(long iotId, String cardNum) {
        return active(iotId, "CARD_WASH", "cardNum", cardNum);
    }

    /** A plate recognised by the washer's camera (CAR_PLATE). */
    public ActiveDecision recognisePlate(long iotId, String plate) {
        return active(iotId, "CAR_PLATE", "carPlateNum", plate);
    }

    /** A card swiped at a water purifier (WP1_SWIPE_CARD). */
    public ActiveDecision purifierSwipe(long iotId, String cardNum) {
        return active(iotId, "WP1_SWIPE_CARD", "cardNum", cardNum);
    }

    /** Every decision so far, oldest first. */
    public List<ActiveDecision> decisions() {
        synchronized (decisions) {
            return List.copyOf(decisions);
        }
    }

    /** Every callback delivery so far, oldest first. */
    public List<CallbackDelivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    private ActiveDecision active(long iotId, String callType, String field, String value) {
        ObjectNode n = JsonMappers.strict().createObjectNode();
        n.put("callTime", clock.millis()).put("iotId", iotId).put("callType", callType).put(field, value);
        String body = n.toString();
        if (trailingComma) {
            body = body.substring(0, body.length() - 1) + ",}"; // as in the platform's own example
        }
        long start = System.nanoTime();
        int status = -1;
        String replyText = null;
        try (Response response = http.newCall(post(activeRequestUrl, body)).execute()) {
            status = response.code();
            replyText = response.body().string();
        } catch (IOException e) {
            // no reply: recorded as status -1
        }
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
        List<String> violations = new ArrayList<>();
        ActiveReply reply = null;
        if (status != 200) {
            violations.add("HTTP status: expected 200, got " + status);
        } else {
            try {
                reply = JsonMappers.strict().readValue(replyText, ActiveReply.class);
                violations.addAll(ReplyRules.check(callType, replyText, reply));
            } catch (JsonProcessingException e) {
                violations.add("body: expected the JSON reply {isOk, mark, balance, orderId...}");
            }
        }
        ActiveDecision decision = new ActiveDecision(callType, iotId, body, status, reply, violations, elapsed);
        decisions.add(decision);
        return decision;
    }

    /** Delivers {@code body} to the callback URL, repeating until 200 or out of attempts. */
    public CallbackDelivery sendCallback(ObjectNode body) {
        String text = body.toString();
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 1; attempt <= callbackAttempts; attempt++) {
            if (attempt > 1) {
                try {
                    sleeper.sleep(callbackRetryDelay.multipliedBy(attempt - 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int status;
            try (Response response = http.newCall(post(callbackUrl, text)).execute()) {
                status = response.code();
            } catch (IOException e) {
                status = -1;
            }
            statuses.add(status);
            if (status == 200) {
                break;
            }
        }
        CallbackDelivery delivery = new CallbackDelivery(body.path("callbackType").asText(), text, statuses);
        deliveries.add(delivery);
        return delivery;
    }

    private static Request post(String url, String body) {
        return new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
    }

    static String requireLoopback(String url, String name) {
        Objects.requireNonNull(url, name);
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": expected an http URL, got " + url);
        }
        try {
            if (host == null || !InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress()) {
                throw new IllegalArgumentException(name + ": expected a loopback URL, got " + url);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(name + ": expected a loopback URL, got " + url);
        }
        return url;
    }

    /** Builds a {@link MerchantLink}. */
    public static final class Builder {
        private String activeRequestUrl;
        private String callbackUrl;
        private Duration connectTimeout = Washer.PLATFORM_CONNECT_TIMEOUT;
        private Duration readTimeout = Washer.PLATFORM_READ_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private int callbackAttempts = 3;
        private Duration callbackRetryDelay = Duration.ofSeconds(1);
        private boolean trailingComma;

        private Builder() {
        }

        /** The merchant's active request URL (loopback). */
        public Builder activeRequestUrl(String url) {
            this.activeRequestUrl = url;
            return this;
        }

        /** The merchant's callback URL (loopback). */
        public Builder callbackUrl(String url) {
            this.callbackUrl = url;
            return this;
        }

        /** The platform's timeouts; default 2000 ms connect, 20000 ms read, as documented. */
        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How to wait between callback attempts (tests inject one that does not sleep). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Attempts per callback (default 3) and the delay growing linearly between them (default 1 s). */
        public Builder callbackRetries(int attempts, Duration delay) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts: expected 1 or more, got " + attempts);
            }
            this.callbackAttempts = attempts;
            this.callbackRetryDelay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /** Send active requests with a trailing comma, as the platform's own example shows. */
        public Builder trailingComma(boolean on) {
            this.trailingComma = on;
            return this;
        }

        public MerchantLink build() {
            return new MerchantLink(this);
        }
    }
}
