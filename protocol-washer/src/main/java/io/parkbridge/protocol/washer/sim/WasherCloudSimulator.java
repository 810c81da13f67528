package io.parkbridge.protocol.washer.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.washer.api.Endpoint;
import io.parkbridge.protocol.washer.api.ErrorRecord;
import io.parkbridge.protocol.washer.api.ParkStatus;
import io.parkbridge.protocol.washer.api.WasherApi;
import io.parkbridge.protocol.washer.api.WasherSigner;
import io.parkbridge.protocol.washer.device.WasherModel;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A simulated washer platform: the control API (all 44 endpoints, signature check with the
 * same rule as the client, documented error code 20005 with the documented messages, per-machine
 * state machines) and, through a {@link MerchantLink}, the callbacks that follow each command,
 * sent in order from one background thread after the reply (call {@link #drainCallbacks} to wait
 * for them).
 *
 * <p>Inferences, documented in docs/vendors/washer.md: a bad signature gets HTTP 401 with code
 * 10001 (the pages document no signature error); a command a machine's family does not have
 * answers code 0 with iotStatus CMD_ERROR; a purifier lock emits WP1_CARD_CONSUME_READY as the
 * swipe flow does.
 */
public final class WasherCloudSimulator implements InboundHandler, AutoCloseable {
    /** The code the simulator uses for a wrong signature (not documented by the platform). */
    public static final int SIGN_ERROR = 10001;

    private static final Set<String> OPTIONAL = Set.of("obstacleMark", "maxWaitTime", "page", "size", "iotIdList");
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String openId;
    private final Secret secret;
    private final Clock clock;
    private final ZoneId zone;
    private final MerchantLink merchant;
    private final CallbackBodies bodies;
    private final Map<Long, SimulatedMachine> machines = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<ObjectNode>> orderLogs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ExecutorService emitter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "washer-sim-callbacks");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean autoFinish = true;
    private SimulatorServer server;

    /**
     * A platform for {@code openId}/{@code secret}; {@code merchant} receives callbacks (null:
     * callbacks are not sent).
     */
    public WasherCloudSimulator(String openId, Secret secret, Clock clock, MerchantLink merchant) {
        this.openId = Objects.requireNonNull(openId, "openId");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = io.parkbridge.protocol.washer.Washer.DEFAULT_ZONE;
        this.merchant = merchant;
        this.bodies = new CallbackBodies(clock);
    }

    /** Serves the control API on 127.0.0.1, a free port. */
    public WasherCloudSimulator start() throws IOException {
        server = SimulatorServer.start(this);
        return this;
    }

    /** The server (for its base URL and faults); null before {@link #start}. */
    public SimulatorServer server() {
        return server;
    }

    /** Adds a machine. */
    public SimulatedMachine addMachine(long iotId, WasherModel model, String name) {
        SimulatedMachine m = new SimulatedMachine(iotId, model, name);
        machines.put(iotId, m);
        return m;
    }

    public SimulatedMachine machine(long iotId) {
        SimulatedMachine m = machines.get(iotId);
        if (m == null) {
            throw new IllegalArgumentException("iotId: no simulated machine " + iotId);
        }
        return m;
    }

    /** Whether a started wash finishes by itself (FINISH_WASH right after the start; default true). */
    public WasherCloudSimulator autoFinish(boolean on) {
        this.autoFinish = on;
        return this;
    }

    /** The merchant link (active requests, callbacks), or null. */
    public MerchantLink merchant() {
        return merchant;
    }

    // ----- things that happen at the machine -------------------------------------------------

    /** The car's position changes; the family's callback is sent. */
    public void carPosition(long iotId, ParkStatus status) {
        SimulatedMachine m = machine(iotId);
        synchronized (m) {
            m.park = status;
        }
        switch (m.model()) {
            case ROLLOVER_1, ROLLOVER_3, TOUCHLESS_1 -> emit(bodies.rolloverCarChange(iotId,
                    status == ParkStatus.FORWARD ? "ENTER" : status.name()));
            case ROLLOVER_2 -> emit(bodies.rollover2CarChange(iotId, status.name()));
            case NEW_ROLLOVER -> emit(bodies.newRolloverParkChange(iotId, switch (status) {
                case SUCCESS -> "0";
                case FORWARD -> "16";
                case BACK -> "17";
                default -> "16";
            }));
            case TUNNEL_1 -> emit(bodies.tunnelCarInto(iotId, status == ParkStatus.SUCCESS ? "SUCCESS"
                    : "INTO_TIME_OUT"));
            default -> {
            }
        }
    }

    /** The car parks correctly. */
    public void carParks(long iotId) {
        carPosition(iotId, ParkStatus.SUCCESS);
    }

    /** A running wash ends: FINISH_WASH (and, for a tunnel, the roll-out). */
    public void finishWash(long iotId) {
        SimulatedMachine m = machine(iotId);
        String order;
        synchronized (m) {
            if (m.state != SimulatedMachine.State.WASHING && m.state != SimulatedMachine.State.PAUSED) {
                throw new IllegalStateException("machine " + iotId + " is not washing");
            }
            order = m.orderId;
            m.state = SimulatedMachine.State.IDLE;
            m.orderId = null;
            m.park = ParkStatus.WAIT;
        }
        log(order, iotId, "COM_WOK_FNS", "READY");
        if (m.model() == WasherModel.TUNNEL_1) {
            emit(bodies.tunnelCarPushOut(iotId, List.of(order)));
        }
        emit(bodies.finishWash(iotId, order));
    }

    /** The purifier user presses the water button: WP1_START_WATER. */
    public void pressWaterButton(long iotId) {
        SimulatedMachine m = machine(iotId);
        String order;
        synchronized (m) {
            if (m.state != SimulatedMachine.State.LOCKED && m.state != SimulatedMachine.State.PAUSED) {
                throw new IllegalStateException("purifier " + iotId + " is not locked for an order");
            }
            m.state = SimulatedMachine.State.WASHING;
            m.starts++;
            order = m.orderId;
        }
        log(order, iotId, "WP1_START", "WP_RUNNING");
        emit(bodies.waterStart(iotId, order));
    }

    /** The purifier stops after {@code dispensedMl}: WP1_WORK_FINISH with the water left over. */
    public void waterFinished(long iotId, int dispensedMl) {
        SimulatedMachine m = machine(iotId);
        String order;
        int left;
        synchronized (m) {
            order = m.orderId;
            left = Math.max(0, m.volume - dispensedMl);
            m.state = SimulatedMachine.State.IDLE;
            m.orderId = null;
        }
        log(order, iotId, "WP1_WOK_FNS", "READY");
        emit(bodies.waterWorkFinish(iotId, order, left));
    }

    /** Nobody presses the button in time: WP1_WAIT_TIMEOUT, then the session ends. */
    public void waterWaitTimesOut(long iotId) {
        SimulatedMachine m = machine(iotId);
        String order;
        int volume;
        synchronized (m) {
            order = m.orderId;
            volume = m.volume;
            m.state = SimulatedMachine.State.IDLE;
            m.orderId = null;
        }
        emit(bodies.waterWaitTimeout(iotId, order));
        emit(bodies.waterWorkFinish(iotId, order, volume));
    }

    /** A fault: the machine reports MACHINE_ERROR and answers ERROR until {@link #clearFault}. */
    public void fault(long iotId, String message) {
        SimulatedMachine m = machine(iotId);
        String now = LocalDateTime.now(clock.withZone(zone)).format(LOG_TIME);
        synchronized (m) {
            m.fault = true;
            m.errors.add(0, new ErrorRecord(message, now, 0));
        }
        emit(bodies.machineError(iotId, message, now.substring(0, 10)));
    }

    public void clearFault(long iotId) {
        SimulatedMachine m = machine(iotId);
        synchronized (m) {
            m.fault = false;
        }
    }

    /** The machine goes online or offline: MACHINE_UPDATE_STATUS. */
    public void online(long iotId, boolean online) {
        SimulatedMachine m = machine(iotId);
        synchronized (m) {
            m.online = online;
        }
        emit(bodies.onlineStatus(List.of(iotId), online));
    }

    /**
     * A card is swiped at a purifier: the active request goes to the merchant, and an approval
     * locks the machine with the reply's volume (then WP1_CARD_CONSUME_READY).
     */
    public ActiveDecision purifierSwipe(long iotId, String card) {
        ActiveDecision d = merchant.purifierSwipe(iotId, card);
        if (d.approved()) {
            SimulatedMachine m = machine(iotId);
            synchronized (m) {
                m.state = SimulatedMachine.State.LOCKED;
                m.orderId = d.orderId();
                m.volume = d.reply().volume();
            }
            log(d.orderId(), iotId, "WP1_LOCK", "READY");
            emit(bodies.waterReady(iotId, d.orderId()));
        }
        return d;
    }

    /** A card is swiped at a washer: the active request goes to the merchant. */
    public ActiveDecision swipeCard(long iotId, String card) {
        return merchant.swipeCard(iotId, card);
    }

    /** Waits until every callback emitted so far has been delivered (or given up). */
    public void drainCallbacks() {
        try {
            emitter.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("callbacks did not drain", e);
        }
    }

    private void emit(ObjectNode body) {
        if (merchant != null) {
            emitter.submit(() -> merchant.sendCallback(body));
        }
    }

    private void log(String orderId, long iotId, String logType, String status) {
        if (orderId == null) {
            return;
        }
        ObjectNode e = JsonMappers.strict().createObjectNode();
        e.put("createTime", LocalDateTime.now(clock.withZone(zone)).format(LOG_TIME));
        e.put("iotId", iotId);
        e.put("iotStatus", status);
        e.put("logType", logType);
        orderLogs.computeIfAbsent(orderId, k -> Collections.synchronizedList(new ArrayList<>())).add(e);
    }

    // ----- the control API ---------------------------------------------------------------------

    @Override
    public InboundResponse handle(InboundRequest request) {
        Optional<Endpoint<?, ?>> found = WasherApi.ALL.stream().filter(e -> e.path().equals(request.path()))
                .findFirst();
        if (found.isEmpty()) {
            return InboundResponse.text(404, "no such endpoint");
        }
        if (!"POST".equals(request.method())) {
            return InboundResponse.text(405, "POST only");
        }
        Endpoint<?, ?> endpoint = found.get();
        JsonNode tree;
        try {
            tree = JsonMappers.strict().readTree(request.body());
        } catch (IOException | RuntimeException e) {
            return refused("Parameter cannot be empty");
        }
        if (tree == null || !tree.isObject() || !tree.path("time").canConvertToLong()
                || !tree.path("openId").isTextual()) {
            return refused("Parameter cannot be empty");
        }
        ObjectNode body = (ObjectNode) tree;
        long time = body.get("time").asLong();
        if (!io.parkbridge.protocol.support.crypto.ConstantTime.equals(openId, body.get("openId").asText())
                || !WasherSigner.verify(openId, secret, time, request.header("sign"))) {
            return InboundResponse.json(401, "{\"code\":" + SIGN_ERROR + ",\"msg\":\"Sign error\"}");
        }
        for (String field : endpoint.fields()) {
            JsonNode v = body.get(field);
            boolean missing = v == null || v.isNull() || (v.isTextual() && v.asText().isBlank());
            boolean optional = OPTIONAL.contains(field) || (endpoint == WasherApi.CHECK_WORK_TIME);
            if (missing && !optional) {
                return refused("Parameter cannot be empty");
            }
        }
        return dispatch(endpoint, body);
    }

    private InboundResponse dispatch(Endpoint<?, ?> e, ObjectNode body) {
        switch (e.group()) {
            case "common":
                return common(e, body);
            case "advOrder":
                return orderFlow(body.get("orderId").asText());
            default:
                break;
        }
        SimulatedMachine m = machines.get(body.get("iotId").asLong());
        if (m == null) {
            return refused("IotId does not exist");
        }
        // the wiki's rollover 2 menu links its emergency stop to the rt1/stop page
        boolean rt2Stop = e == WasherApi.RT1_STOP && m.model() == WasherModel.ROLLOVER_2;
        if (!m.model().group().equals(e.group()) && !rt2Stop) {
            return status("CMD_ERROR");
        }
        String orderId = body.path("orderId").asText(null);
        List<ObjectNode> toEmit = new ArrayList<>();
        InboundResponse reply;
        synchronized (m) {
            reply = command(m, e.action(), body, orderId, toEmit);
        }
        toEmit.forEach(this::emit);
        return reply;
    }

    /** One command on one machine; callbacks to send after the reply go to {@code toEmit}. */
    private InboundResponse command(SimulatedMachine m, String action, ObjectNode body, String orderId,
            List<ObjectNode> toEmit) {
        if (!m.online) {
            return status("OFFLINE");
        }
        if (m.fault && !action.equals("reset") && !action.equals("stop")) {
            return status("ERROR");
        }
        String prefix = logPrefix(m.model());
        switch (action) {
            case "checkParkStatus", "carParkStatus":
                return json(ok().put("rt2ParkStatus", m.park.name()));
            case "lock":
                if (m.state != SimulatedMachine.State.IDLE) {
                    return status(m.status());
                }
                m.state = SimulatedMachine.State.LOCKED;
                m.orderId = orderId;
                m.mark = body.path("mark").isMissingNode() ? null : body.get("mark").asInt();
                if (m.model() == WasherModel.WATER_PURIFIER_1) {
                    m.volume = body.get("volume").asInt();
                    toEmit.add(bodies.waterReady(m.iotId(), orderId));
                }
                log(orderId, m.iotId(), prefix + "_LOCK", "READY");
                return status("READY");
            case "start":
                if (m.model() == WasherModel.ROLLOVER_2 || m.model() == WasherModel.SELF_SERVICE_2) {
                    return startFromIdle(m, orderId, body, m.model() == WasherModel.ROLLOVER_2, toEmit);
                }
                if (m.state != SimulatedMachine.State.LOCKED) {
                    return status("NOT_LOCKING");
                }
                if (!orderId.equals(m.orderId)) {
                    return refused("Parameter cannot be empty");
                }
                if (m.park != ParkStatus.SUCCESS) {
                    return refused("Wrong parking");
                }
                return washing(m, orderId, prefix + "_CONF", toEmit);
            case "lockAndStart":
                return startFromIdle(m, orderId, body,
                        m.model() == WasherModel.NEW_ROLLOVER || m.model() == WasherModel.TOUCHLESS_2, toEmit);
            case "sendProgram":
                return startFromIdle(m, orderId, body, false, toEmit);
            case "pause":
                if (m.state != SimulatedMachine.State.WASHING || !orderId.equals(m.orderId)) {
                    return status(m.model() == WasherModel.ROLLOVER_2 ? "RT2_NOT_WASHING"
                            : m.model() == WasherModel.TUNNEL_1 ? "TT1_NOT_WASHING" : "NOT_READY");
                }
                m.state = SimulatedMachine.State.PAUSED;
                log(orderId, m.iotId(), prefix + "_PAUSE", "READY");
                return status("READY");
            case "continue":
                if (m.state != SimulatedMachine.State.PAUSED || !orderId.equals(m.orderId)) {
                    return status("NOT_READY");
                }
                m.state = SimulatedMachine.State.WASHING;
                log(orderId, m.iotId(), prefix + "_CONTINUE", "READY");
                return status("READY");
            case "reset", "stop":
                log(m.orderId, m.iotId(), prefix + (action.equals("stop") ? "_STOP" : "_RESET"), "READY");
                m.state = SimulatedMachine.State.IDLE;
                m.orderId = null;
                m.park = ParkStatus.WAIT;
                return action.equals("stop") ? json(ok()) : status("READY");
            case "closeOrder":
                if (m.state != SimulatedMachine.State.WASHING || !orderId.equals(m.orderId)) {
                    return status("NOT_READY");
                }
                m.state = SimulatedMachine.State.IDLE;
                m.orderId = null;
                log(orderId, m.iotId(), "COM_WOK_FNS", "READY");
                toEmit.add(bodies.finishWash(m.iotId(), orderId));
                return status("READY");
            case "cancelLock":
                if (m.state == SimulatedMachine.State.IDLE || !orderId.equals(m.orderId)) {
                    return status("NOT_READY");
                }
                if (m.state == SimulatedMachine.State.WASHING || m.state == SimulatedMachine.State.PAUSED) {
                    toEmit.add(bodies.waterWorkFinish(m.iotId(), orderId, 0));
                }
                m.state = SimulatedMachine.State.IDLE;
                m.orderId = null;
                log(orderId, m.iotId(), "WP1_CANCEL_LOCK", "READY");
                return status("READY");
            case "openTheDoor":
                m.doorOpen = true;
                log(m.orderId, m.iotId(), "WP1_OPEN_DOOR", "READY");
                return status("READY");
            default:
                return status("CMD_ERROR");
        }
    }

    private InboundResponse startFromIdle(SimulatedMachine m, String orderId, ObjectNode body, boolean needsParking,
            List<ObjectNode> toEmit) {
        if (m.state != SimulatedMachine.State.IDLE) {
            return status(m.status());
        }
        if (needsParking && m.park != ParkStatus.SUCCESS) {
            return refused("Wrong parking");
        }
        m.orderId = orderId;
        m.mark = body.path("mark").isMissingNode() ? null : body.get("mark").asInt();
        String prefix = logPrefix(m.model());
        return washing(m, orderId, m.model() == WasherModel.TUNNEL_1 ? "NTT_START"
                : m.model() == WasherModel.SELF_SERVICE_2 ? "SH_START"
                : m.model() == WasherModel.ROLLOVER_2 ? "RT2_START" : prefix + "_LOCK_CONF", toEmit);
    }

    private InboundResponse washing(SimulatedMachine m, String orderId, String logType, List<ObjectNode> toEmit) {
        m.state = SimulatedMachine.State.WASHING;
        m.starts++;
        log(orderId, m.iotId(), logType, "READY");
        if (autoFinish && m.model() != WasherModel.SELF_SERVICE_2) {
            // the wash runs "instantly": the machine is idle again when the callback goes out
            m.state = SimulatedMachine.State.IDLE;
            m.orderId = null;
            m.park = ParkStatus.WAIT;
            log(orderId, m.iotId(), "COM_WOK_FNS", "READY");
            if (m.model() == WasherModel.TUNNEL_1) {
                toEmit.add(bodies.tunnelCarPushOut(m.iotId(), List.of(orderId)));
            }
            toEmit.add(bodies.finishWash(m.iotId(), orderId));
        }
        return status("READY");
    }

    private static String logPrefix(WasherModel model) {
        return switch (model) {
            case ROLLOVER_1 -> "RT";
            case ROLLOVER_2 -> "RT2";
            case ROLLOVER_3 -> "RT3";
            case TUNNEL_1 -> "NTT";
            case WATER_PURIFIER_1 -> "WP1";
            default -> model.group().toUpperCase(java.util.Locale.ROOT);
        };
    }

    private InboundResponse common(Endpoint<?, ?> e, ObjectNode body) {
        if (e == WasherApi.GET_IOT_INFO) {
            ArrayNode list = JsonMappers.strict().createArrayNode();
            JsonNode ids = body.get("iotIdList");
            List<SimulatedMachine> all;
            synchronized (machines) {
                all = new ArrayList<>(machines.values());
            }
            for (SimulatedMachine m : all) {
                boolean wanted = ids == null || ids.isNull();
                if (!wanted) {
                    for (JsonNode id : ids) {
                        wanted |= id.asLong() == m.iotId();
                    }
                }
                if (wanted) {
                    synchronized (m) {
                        list.addObject().put("iotId", m.iotId()).put("name", m.name())
                                .put("address", "Huangdao District, Qingdao")
                                .put("errorStatus", m.fault ? "ERROR" : "OK").put("isOnline", m.online ? 1 : 0)
                                .put("machineType", m.machineType());
                    }
                }
            }
            ObjectNode reply = ok();
            reply.set("iotList", list);
            return json(reply);
        }
        JsonNode iot = body.get("iotId");
        SimulatedMachine m = iot == null ? null : machines.get(iot.asLong());
        if (m == null) {
            return refused("IotId does not exist");
        }
        synchronized (m) {
            if (e == WasherApi.CHECK_STATUS) {
                return status(m.status());
            }
            if (e == WasherApi.CHECK_WORK_TIME) {
                boolean readable = Set.of(WasherModel.SELF_SERVICE_1, WasherModel.ROLLOVER_1, WasherModel.ROLLOVER_2,
                        WasherModel.ROLLOVER_3, WasherModel.TUNNEL_1).contains(m.model());
                return json(ok().put("workTime", readable ? m.starts : -1));
            }
            int page = Math.max(1, body.path("page").asInt(1));
            int size = Math.min(20, Math.max(1, body.path("size").asInt(20)));
            ArrayNode list = JsonMappers.strict().createArrayNode();
            for (int i = (page - 1) * size; i < Math.min(m.errors.size(), page * size); i++) {
                ErrorRecord r = m.errors.get(i);
                list.addObject().put("errorMessage", r.errorMessage()).put("createTime", r.createTime())
                        .put("hasDealt", r.hasDealt());
            }
            ObjectNode reply = ok();
            reply.set("resList", list);
            return json(reply.put("total", m.errors.size()));
        }
    }

    private InboundResponse orderFlow(String orderId) {
        ArrayNode list = JsonMappers.strict().createArrayNode();
        List<ObjectNode> log = orderLogs.getOrDefault(orderId, List.of());
        synchronized (log) {
            log.forEach(list::add);
        }
        ObjectNode reply = ok();
        reply.set("advOrderList", list);
        return json(reply);
    }

    private static ObjectNode ok() {
        return JsonMappers.strict().createObjectNode().put("code", 0);
    }

    private static InboundResponse status(String status) {
        return json(ok().put("iotStatus", status));
    }

    private static InboundResponse refused(String message) {
        return json(JsonMappers.strict().createObjectNode().put("code", 20005).put("msg", message));
    }

    private static InboundResponse json(ObjectNode node) {
        return InboundResponse.json(200, node.toString());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        emitter.shutdownNow();
    }
}
