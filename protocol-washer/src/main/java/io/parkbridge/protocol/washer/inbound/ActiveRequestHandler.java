package io.parkbridge.protocol.washer.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.plate.InvalidPlateException;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.wash.WashDecision;
import io.parkbridge.core.wash.WashDecisionPolicy;
import io.parkbridge.core.wash.WashRequest;
import io.parkbridge.core.wash.WashRequestType;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.validation.MessageValidator;
import io.parkbridge.protocol.washer.Washer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the platform's active request (card swipe, plate recognised, purifier card swipe).
 *
 * <p>The body is parsed leniently (the platform's own example has a trailing comma), validated,
 * turned into a core {@link WashRequest} and decided by the {@link WashDecisionPolicy} within a
 * time budget. The reply is always HTTP 200 with {isOk, mark, balance, orderId[, volume,
 * maxWaitTime]}: whatever goes wrong (bad input, unknown call type, a policy that throws, hangs
 * or answers something the machine cannot use) becomes a refusal {@code isOk 0}, sent in time.
 * The reason of a refusal is logged and returned in the {@code X-ParkBridge-Refusal} header, never
 * card numbers.
 */
public final class ActiveRequestHandler implements InboundHandler, AutoCloseable {
    /** Header carrying why a request was refused (for the operator; the platform ignores it). */
    public static final String REFUSAL_HEADER = "X-ParkBridge-Refusal";

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRequestHandler.class);
    private static final int REFUSAL_WAIT_SECONDS = 30;

    private final WashDecisionPolicy policy;
    private final Duration budget;
    private final Clock clock;
    private final ExecutorService executor;
    private final InboundGuard guard;
    private final WaterPlans waterPlans;
    private final BiConsumer<WashRequest, WashDecision> lateDecisions;
    private final boolean ownsExecutor;

    private ActiveRequestHandler(Builder b) {
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.budget = b.budget;
        this.clock = b.clock;
        this.executor = b.executor != null ? b.executor : defaultExecutor(b.maxConcurrent);
        this.guard = b.guard;
        this.waterPlans = b.waterPlans;
        this.lateDecisions = b.lateDecisions;
        this.ownsExecutor = b.executor == null;
    }

    /** Stops the decision threads this handler created (an executor given to the builder is left alone). */
    @Override
    public void close() {
        if (ownsExecutor) {
            executor.shutdownNow();
        }
    }

    /** A builder for a handler deciding with {@code policy}. */
    public static Builder builder(WashDecisionPolicy policy) {
        return new Builder(policy);
    }

    @Override
    public InboundResponse handle(InboundRequest request) {
        Optional<InboundResponse> blocked = guard.admitPost(request);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        JsonNode tree;
        try {
            tree = readObject(request.body());
        } catch (MalformedMessageException e) {
            return refuse(null, false, e.getMessage());
        }
        // known before the fields are checked, so a malformed purifier swipe still gets volume and wait
        boolean water = "WP1_SWIPE_CARD".equals(tree.path("callType").asText());
        ActiveRequest active;
        WashRequest wash;
        try {
            active = toActiveRequest(tree);
        } catch (MalformedMessageException e) {
            return refuse(null, water, e.getMessage());
        }
        try {
            wash = toWashRequest(active);
        } catch (MalformedMessageException e) {
            return refuse(active, water, e.getMessage());
        }
        return decide(active, wash, water);
    }

    /** Parses and validates an active request body (lenient JSON, as the platform's example). */
    static ActiveRequest parse(byte[] body) {
        return toActiveRequest(readObject(body));
    }

    private static JsonNode readObject(byte[] body) {
        JsonNode tree;
        try {
            tree = JsonMappers.lenient().readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            throw new MalformedMessageException(Washer.VENDOR, "", "a JSON object", null);
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedMessageException(Washer.VENDOR, "", "a JSON object", null);
        }
        return tree;
    }

    private static ActiveRequest toActiveRequest(JsonNode tree) {
        ActiveRequest active;
        try {
            active = JsonMappers.lenient().treeToValue(tree, ActiveRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String field = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                    && !m.getPath().isEmpty() ? m.getPath().get(0).getFieldName() : "";
            throw new MalformedMessageException(Washer.VENDOR, field, "a value of the documented type", null);
        }
        return MessageValidator.requireValid(Washer.VENDOR, active);
    }

    private static WashRequest toWashRequest(ActiveRequest a) {
        Instant at = Instant.ofEpochMilli(a.callTime());
        String device = String.valueOf(a.iotId());
        try {
            return switch (a.callType()) {
                case "CARD_WASH" -> new WashRequest(at, device, WashRequestType.CARD_WASH, requireCard(a),
                        Optional.empty());
                case "WP1_SWIPE_CARD" -> new WashRequest(at, device, WashRequestType.WATER_CARD, requireCard(a),
                        Optional.empty());
                case "CAR_PLATE" -> new WashRequest(at, device, WashRequestType.CAR_PLATE, "",
                        Optional.of(parsePlate(a.carPlateNum())));
                default -> throw new MalformedMessageException(Washer.VENDOR, "callType",
                        "CARD_WASH, CAR_PLATE or WP1_SWIPE_CARD", null);
            };
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException(Washer.VENDOR, "", e.getMessage(), null);
        }
    }

    private static String requireCard(ActiveRequest a) {
        if (a.cardNum() == null || a.cardNum().isBlank()) {
            throw new MalformedMessageException(Washer.VENDOR, "cardNum", "a card number for " + a.callType(), null);
        }
        return a.cardNum().strip();
    }

    private static Plate parsePlate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new MalformedMessageException(Washer.VENDOR, "carPlateNum", "a plate for CAR_PLATE", null);
        }
        try {
            return Plate.parse(raw);
        } catch (InvalidPlateException e) {
            throw new MalformedMessageException(Washer.VENDOR, "carPlateNum", "a mainland plate", null);
        }
    }

    private InboundResponse decide(ActiveRequest active, WashRequest wash, boolean water) {
        // Whoever sets this first owns the outcome: the policy (its decision is the reply) or the
        // handler giving up (the decision, if it comes, is reported as late). A decision finishing
        // exactly as the budget runs out is therefore either sent or reported, never lost.
        AtomicBoolean settled = new AtomicBoolean();
        Future<WashDecision> future;
        try {
            future = executor.submit(() -> {
                WashDecision d = policy.decide(wash);
                if (!settled.compareAndSet(false, true) && d != null) {
                    lateDecisions.accept(wash, d);
                }
                return d;
            });
        } catch (RejectedExecutionException e) {
            return refuse(active, water, "busy: too many decisions in progress");
        }
        WashDecision decision;
        try {
            decision = future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            boolean interrupted = e instanceof InterruptedException;
            if (settled.compareAndSet(false, true)) {
                future.cancel(true);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                    return refuse(active, water, "interrupted while deciding");
                }
                return refuse(active, water, "policy: no decision within " + budget.toMillis() + " ms");
            }
            decision = decidedJustNow(future); // the policy won the race: it is returning its decision
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (ExecutionException e) {
            return refuse(active, water, "policy: failed with " + e.getCause().getClass().getSimpleName());
        }
        String problem = unusable(decision, water);
        if (problem != null) {
            return refuse(active, water, "policy: " + problem);
        }
        if (water && decision.approved()) {
            try {
                waterPlans.record(decision.orderId(), decision.volumeMl());
            } catch (RuntimeException e) {
                // The plan only refines WP1_WORK_FINISH (dispensed = plan - left over); the session
                // is decided and paid, so it is still served rather than answered with a 500.
                LOG.warn("washer purifier plan of order {} not recorded: {}", decision.orderId(),
                        e.getClass().getSimpleName());
            }
        }
        ActiveReply reply = new ActiveReply(decision.approved() ? 1 : 0, decision.scheme(),
                decision.balanceAfter().fen(), decision.orderId(), water ? waterVolume(decision) : null,
                water ? waterWait(decision) : null);
        if (!decision.approved()) {
            LOG.info("washer active request refused by policy: {} ({})", active, decision.reason());
        }
        return write(reply, decision.approved() ? null : decision.reason());
    }

    /** The result of a policy that has already settled the race and is only returning (waits briefly). */
    private static WashDecision decidedJustNow(Future<WashDecision> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    return null; // cannot happen after the policy returned; refused as "no decision"
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Integer waterVolume(WashDecision d) {
        return d.approved() ? d.volumeMl() : 0;
    }

    private static Integer waterWait(WashDecision d) {
        return d.approved() || d.maxWaitSeconds() != 0 ? d.maxWaitSeconds() : REFUSAL_WAIT_SECONDS;
    }

    /** Why a decision cannot be sent to the machine, or null. */
    private static String unusable(WashDecision d, boolean water) {
        if (d == null) {
            return "no decision (null)";
        }
        if (water && d.approved() && (d.volumeMl() <= 0 || d.maxWaitSeconds() == 0)) {
            return "an approved purifier session needs volume (multiple of 100) and maxWaitTime 30-120";
        }
        return null;
    }

    private InboundResponse refuse(ActiveRequest active, Boolean water, String reason) {
        String orderId = refusalOrderId(active);
        boolean wp1 = Boolean.TRUE.equals(water);
        LOG.info("washer active request refused: {} ({})", active, reason);
        return write(new ActiveReply(0, 1, 0, orderId, wp1 ? 0 : null, wp1 ? REFUSAL_WAIT_SECONDS : null), reason);
    }

    private static final AtomicInteger REFUSALS = new AtomicInteger();

    /** Deterministic for a known request (a repeated swipe gets the same id), unique otherwise. */
    private String refusalOrderId(ActiveRequest a) {
        if (a != null && a.iotId() != null && a.callTime() != null) {
            return "RF" + a.iotId() + "-" + a.callTime();
        }
        return "RF-" + clock.millis() + "-" + REFUSALS.incrementAndGet();
    }

    private static InboundResponse write(ActiveReply reply, String refusal) {
        String json;
        try {
            json = JsonMappers.strict().writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an ActiveReply", e);
        }
        InboundResponse ok = InboundResponse.json(200, json);
        if (refusal == null || refusal.isEmpty()) {
            return ok;
        }
        return new InboundResponse(200, Map.of("Content-Type", "application/json; charset=UTF-8", REFUSAL_HEADER,
                refusal.replaceAll("[\\r\\n]", " ")), ok.body());
    }

    private static ExecutorService defaultExecutor(int maxConcurrent) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(0, maxConcurrent, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "washer-decision-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds an {@link ActiveRequestHandler}. */
    public static final class Builder {
        private final WashDecisionPolicy policy;
        private Duration budget = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();
        private ExecutorService executor;
        private int maxConcurrent = 64;
        private InboundGuard guard = InboundGuard.none();
        private WaterPlans waterPlans = WaterPlans.none();
        private BiConsumer<WashRequest, WashDecision> lateDecisions = (r, d) -> LOG.warn(
                "washer policy decided after the budget; the machine was refused: {} -> approved={} order={}", r,
                d.approved(), d.orderId());

        private Builder(WashDecisionPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * How long the policy may take (default 5 s). Must be below the platform's 20 s read
         * timeout with room for the network: at most 15 s.
         */
        public Builder budget(Duration budget) {
            if (budget.isNegative() || budget.isZero() || budget.compareTo(Duration.ofSeconds(15)) > 0) {
                throw new IllegalArgumentException("budget: expected more than 0 and at most 15 s, got " + budget);
            }
            this.budget = budget;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where decisions run (default: a pool of at most {@link #maxConcurrent} daemon threads). */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Decisions running at once before new requests are refused as busy (default 64). */
        public Builder maxConcurrent(int maxConcurrent) {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("maxConcurrent: expected 1 or more, got " + maxConcurrent);
            }
            this.maxConcurrent = maxConcurrent;
            return this;
        }

        public Builder guard(InboundGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /** Where approved purifier volumes are remembered for the callbacks (default: nowhere). */
        public Builder waterPlans(WaterPlans waterPlans) {
            this.waterPlans = Objects.requireNonNull(waterPlans, "waterPlans");
            return this;
        }

        /**
         * Told about a decision that arrived after the budget (the machine was refused, so an
         * approved decision's debit may need a refund). Default: logs a warning.
         */
        public Builder onLateDecision(BiConsumer<WashRequest, WashDecision> listener) {
            this.lateDecisions = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public ActiveRequestHandler build() {
            return new ActiveRequestHandler(this);
        }
    }

    /** The path to mount this handler on: {@code base}, plus the guard's path token if any. */
    public String mountPath(String base) {
        return guard.mountPath(base);
    }
}
