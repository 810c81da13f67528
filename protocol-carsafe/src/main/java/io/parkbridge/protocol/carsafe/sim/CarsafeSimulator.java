package io.parkbridge.protocol.carsafe.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind;
import io.parkbridge.protocol.carsafe.catalogue.FieldSpec;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.FieldCheck;
import io.parkbridge.protocol.carsafe.client.FieldValidator;
import io.parkbridge.protocol.carsafe.codec.CarsafeAmounts;
import io.parkbridge.protocol.carsafe.codec.CarsafeJson;
import io.parkbridge.protocol.carsafe.codec.CarsafeSigner;
import io.parkbridge.protocol.carsafe.codec.CarsafeTime;
import io.parkbridge.protocol.carsafe.codec.MoneyUnit;
import io.parkbridge.protocol.carsafe.codec.ReceivedEnvelope;
import io.parkbridge.protocol.support.crypto.NonceSource;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.sim.Faults;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake Chean interface service on 127.0.0.1: serves every interface we call (verifying
 * signatures and required fields), keeps a small car park in memory (vehicles, orders with a
 * simple tariff, stored-value and monthly cards, locks, blacklist, gate and door commands),
 * answers the rest with data shaped like the catalogue's response fields, and pushes the
 * chapter 13/14 interfaces to a third party the way Chean does. Faults come from
 * protocol-support's {@link Faults}.
 */
public final class CarsafeSimulator implements AutoCloseable {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final CarsafeKeys keys;
    private final Clock clock;
    private final ZoneId zone;
    private final SimulatorServer server;
    private final SimulatedParkState state = new SimulatedParkState();
    private final Map<String, CarsafeInterface> byPath = new HashMap<>();
    private final List<Push> pending = new java.util.ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger pushFailures = new java.util.concurrent.atomic.AtomicInteger();
    private volatile CarsafeClient pushTarget;

    /** A push waiting to be sent (outside the state lock). */
    private record Push(String number, Object data) {
    }

    private CarsafeSimulator(CarsafeKeys keys, Clock clock, ZoneId zone, String host, int port) throws IOException {
        this.keys = keys;
        this.clock = clock;
        this.zone = zone;
        for (CarsafeInterface i : CarsafeCatalogue.standard().all()) {
            if (i.direction().outbound()) {
                byPath.putIfAbsent("/" + i.path(), i); // 6.94/6.95 and 10.51/10.52 share a printed path
            }
        }
        this.server = SimulatorServer.start(host, port, this::handle);
    }

    /** Starts on 127.0.0.1 and a free port. */
    public static CarsafeSimulator start(CarsafeKeys keys, Clock clock) throws IOException {
        return new CarsafeSimulator(keys, clock, ZoneId.of("Asia/Shanghai"), "127.0.0.1", 0);
    }

    /** Starts on a loopback {@code host} and {@code port} (0 = any free port). */
    public static CarsafeSimulator start(CarsafeKeys keys, Clock clock, ZoneId zone, String host, int port)
            throws IOException {
        return new CarsafeSimulator(keys, clock, zone, host, port);
    }

    /** e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public Faults faults() {
        return server.faults();
    }

    // ---- state seeding and inspection ---------------------------------------------------------

    /**
     * Where Chean pushes chapter 13 records (13.2 on entry, 13.3 on exit, 13.4 on payment, 13.9
     * heartbeat): a third party's ServerURL root. Null stops pushing.
     */
    public void pushTo(String thirdPartyBaseUrl, CarsafeKeys pushKeys) {
        pushTarget = thirdPartyBaseUrl == null ? null : pusher(thirdPartyBaseUrl, pushKeys);
    }

    /** Pushes that the third party did not accept (status false, transport error). */
    public int pushFailures() {
        return pushFailures.get();
    }

    /** A vehicle enters at {@code at} (pushes 13.2 when a push target is set). */
    public void vehicleEntered(String plate, LocalDateTime at) {
        synchronized (this) {
            state.parked.put(plate, at);
            pending.add(new Push("13.2", List.of(Map.of("cardInId", cardInId(plate), "plateNo", plate, "inDate",
                    CarsafeTime.format(at), "inControllerNo", "1", "inControllerName", "入口1", "funcType", "0"))));
        }
        flushPushes();
    }

    /** A vehicle leaves at {@code at} (pushes 13.3 when a push target is set). */
    public void vehicleExited(String plate, LocalDateTime at) {
        synchronized (this) {
            LocalDateTime in = state.parked.remove(plate);
            if (in == null) {
                throw new IllegalArgumentException("plate: expected a vehicle inside, got " + plate);
            }
            pending.add(new Push("13.3", List.of(Map.of("cardInId", cardInId(plate), "plateNo", plate, "inDate",
                    CarsafeTime.format(in), "inControllerNo", "1", "inControllerName", "入口1", "outDate",
                    CarsafeTime.format(at), "outControllerNo", "2", "outControllerName", "出口1"))));
        }
        flushPushes();
    }

    /** Pushes a 13.9 heartbeat now. */
    public void heartbeat() {
        synchronized (this) {
            pending.add(new Push("13.9", List.of()));
        }
        flushPushes();
    }

    /** A coupon barcode 6.30 accepts, taking {@code value} off an order. */
    public synchronized void coupon(String barcode, Money value) {
        state.couponValues.put(barcode, value);
    }

    private static String cardInId(String plate) {
        return Long.toString(Math.abs(plate.hashCode() % 100000));
    }

    private void flushPushes() {
        List<Push> out;
        synchronized (this) {
            out = List.copyOf(pending);
            pending.clear();
        }
        CarsafeClient target = pushTarget;
        if (target == null) {
            return;
        }
        for (Push p : out) {
            try {
                target.call(p.number(), p.data());
            } catch (RuntimeException e) {
                pushFailures.incrementAndGet(); // the document defines no retry rule for pushes
            }
        }
    }

    /** The tariff 6.1 quotes with (core fee engine); default 15 min free, 5.00 per started hour, 50.00 per 24 h. */
    public synchronized void tariff(io.parkbridge.core.fee.Tariff tariff) {
        state.tariff = java.util.Objects.requireNonNull(tariff, "tariff");
    }

    public synchronized void setTotalSpaces(int total) {
        state.totalSpaces = total;
    }

    public synchronized void storedValueCard(String credential, Money balance) {
        state.storedValue.put(credential, balance);
    }

    public synchronized Money storedValueBalance(String credential) {
        return state.storedValue.get(credential);
    }

    public synchronized void monthlyCard(String credential, LocalDate expiry) {
        state.monthly.put(credential, expiry);
    }

    public synchronized LocalDate monthlyCardExpiry(String credential) {
        return state.monthly.get(credential);
    }

    /** A parking card row for 6.4 (wire names, e.g. CardNo, LicensePlate1). */
    public synchronized void card(Map<String, String> row) {
        state.cards.add(Map.copyOf(row));
    }

    /** Gate and door commands received, e.g. "6.25 open 12", "7.6 door 1/2". */
    public synchronized List<String> deviceCommands() {
        return List.copyOf(state.deviceCommands);
    }

    /** "0" unlocked, "1" locked, "2" unlocked after lock, "3" not in park. */
    public synchronized String lockStatus(String plate) {
        return state.parked.containsKey(plate) ? state.locks.getOrDefault(plate, "0") : "3";
    }

    /** Order status "0" unpaid, "1" paid, or null if unknown. */
    public synchronized String orderStatus(String orderNo) {
        SimulatedParkState.Order o = state.orders.get(orderNo);
        return o == null ? null : o.status;
    }

    // ---- pushing to the third party -------------------------------------------------------------

    /**
     * A client that calls the third party's endpoints (chapters 13/14, callbacks, relays) as Chean
     * does: {@code from} = "PARK", signed with these keys, no retries.
     */
    public CarsafeClient pusher(String thirdPartyBaseUrl, CarsafeKeys pushKeys) {
        return CarsafeClient.builder().baseUrl(thirdPartyBaseUrl).from("PARK").branchNo("1001").keys(pushKeys)
                .clock(clock).zone(zone).nonceSource(NonceSource.secureRandom(0, 99)).retryPolicy(RetryPolicy.NONE)
                .fieldCheck(FieldCheck.NONE).build();
    }

    // ---- serving ------------------------------------------------------------------------------

    private InboundResponse handle(InboundRequest request) {
        CarsafeInterface iface = byPath.get(request.path());
        if (iface == null) {
            return reply(404, false, 100001, "no interface at " + request.path(), null);
        }
        try {
            return switch (iface.envelope()) {
                case STANDARD -> standard(iface, request);
                case ALIPAY_PAGE -> InboundResponse.text(200, "<html><body>simulated " + iface.path() + "</body></html>");
                default -> InboundResponse.json(200, CarsafeJson.compact(synthesise(iface, readBare(request))));
            };
        } catch (MalformedMessageException | IllegalArgumentException e) {
            return reply(200, false, 100001, e.getMessage(), null);
        } catch (Refusal e) {
            return reply(200, false, e.code, e.getMessage(), null);
        }
    }

    private InboundResponse standard(CarsafeInterface iface, InboundRequest request) {
        ReceivedEnvelope env = ReceivedEnvelope.parse(request.body());
        if (env.from() == null || env.sign() == null || env.nonce() == null || env.timestamp() == null) {
            return reply(200, false, 100001, "缺少 from/sign/nonce/timestamp", null);
        }
        if (!CarsafeSigner.verify(keys.keyFor(iface), env.from(), env.timestamp(), env.nonce(), env.rawData(),
                env.sign())) {
            return reply(200, false, 100003, "认证错误 (signature)", null);
        }
        FieldValidator.checkInbound(iface, env.data(), FieldCheck.REQUIRED_ONLY);
        JsonNode queryFormat = queryFormat(request.body());
        if (iface.number().equals("10.37")) {
            return systemLogChunk(queryFormat);
        }
        JsonNode data;
        synchronized (this) {
            data = serve(iface, env.data());
        }
        flushPushes();
        if (data != null && data.isArray() && queryFormat != null) {
            int from = queryFormat.path("rowindex").asInt(0);
            int size = Math.max(1, queryFormat.path("pagesize").asInt(100));
            ArrayNode page = F.arrayNode();
            for (int i = from; i < Math.min(data.size(), from + size); i++) {
                page.add(data.get(i));
            }
            return InboundResponse.json(200, envelope(true, 200, null, page, from, data.size()));
        }
        long total = data != null && data.isArray() ? data.size() : 0;
        return InboundResponse.json(200, envelope(true, 200, null, data, 0, total));
    }

    /** The log text 10.37 serves, in chunks of {@code pagesize} characters. */
    static final String SYSTEM_LOG = "2019-12-09 15:42:45 simulated log line\n".repeat(40);

    /** 10.37: file chunking with rowindex = chunk index and total = chunk count. */
    private InboundResponse systemLogChunk(JsonNode queryFormat) {
        int index = queryFormat == null ? 0 : queryFormat.path("rowindex").asInt(0);
        int size = queryFormat == null ? SYSTEM_LOG.length() : Math.max(1, queryFormat.path("pagesize").asInt(1024));
        int chunks = (SYSTEM_LOG.length() + size - 1) / size;
        if (index >= chunks) {
            return reply(200, false, 500, "rowindex beyond the last chunk", null);
        }
        String chunk = SYSTEM_LOG.substring(index * size, Math.min(SYSTEM_LOG.length(), (index + 1) * size));
        ObjectNode data = obj("FileExists", "0", "FileName", "sim-20191209.log", "PageData",
                java.util.Base64.getEncoder().encodeToString(chunk.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return InboundResponse.json(200, envelope(true, 200, null, data, index, chunks));
    }

    /** The stateful interfaces; everything else gets catalogue-shaped data. */
    private JsonNode serve(CarsafeInterface iface, JsonNode in) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        switch (iface.number()) {
            case "6.1": {
                String plate = text(in, "credential");
                LocalDateTime enter = state.parked.get(plate);
                if (enter == null) {
                    throw new Refusal(500, "车辆不在场 (vehicle not in the car park)");
                }
                long minutes = SimulatedParkState.minutes(enter, now);
                Money cost = state.fee(enter.atZone(zone).toInstant(), now.atZone(zone).toInstant());
                String orderNo = cost.isZero() ? null : "SIM" + state.sequence.incrementAndGet();
                String cardInId = cardInId(plate);
                if (orderNo != null) {
                    state.orders.put(orderNo, new SimulatedParkState.Order(orderNo, plate, cardInId, enter, now, minutes,
                            cost));
                }
                return feeCalculation(plate, enter, now, minutes, cost, cost, orderNo, cardInId);
            }
            case "6.30", "6.31": {
                SimulatedParkState.Order o = state.orders.get(text(in, "orderNo"));
                if (o == null) {
                    throw new Refusal(510, "订单超时或已取消 (order expired or cancelled)");
                }
                String barcode = text(in, "barcode");
                Money value = state.couponValues.get(barcode);
                if (value == null) {
                    throw new Refusal(603, "优惠不存在 (no such coupon)");
                }
                if (iface.number().equals("6.30") && o.coupons.add(barcode)) {
                    o.discount = o.discount.plus(value);
                } else if (iface.number().equals("6.31") && o.coupons.remove(barcode)) {
                    o.discount = o.discount.minus(value);
                }
                return feeCalculation(o.plate, o.enter, o.calcEnd, o.minutes, o.cost, o.due(), o.orderNo, o.cardInId);
            }
            case "6.2": {
                String orderNo = optional(in, "orderNo");
                SimulatedParkState.Order o = orderNo == null ? null : state.orders.get(orderNo);
                if (orderNo != null && o == null) {
                    throw new Refusal(510, "订单超时或已取消 (order expired or cancelled)");
                }
                if (o != null) {
                    if ("1".equals(o.status)) {
                        throw new Refusal(511, "重复交易 (duplicate transaction)");
                    }
                    Money cost = CarsafeAmounts.read(in.get("parkcost"), MoneyUnit.YUAN, "parkcost");
                    if (!cost.equals(o.cost) && !cost.equals(o.due())) {
                        throw new Refusal(500, "应收金额不符 (parkcost does not match the order)");
                    }
                    o.status = "1";
                    o.paid = in.hasNonNull("amount") ? CarsafeAmounts.read(in.get("amount"), MoneyUnit.YUAN, "amount")
                            : cost;
                    pending.add(new Push("13.4", List.of(Map.ofEntries(Map.entry("orderNo", o.orderNo),
                            Map.entry("cardInId", o.cardInId), Map.entry("chargeSeqNo", "1"),
                            Map.entry("plateNo", o.plate), Map.entry("entertime", CarsafeTime.format(o.enter)),
                            Map.entry("parktime", Long.toString(o.minutes)), Map.entry("parkcost", o.cost.toYuanString()),
                            Map.entry("discountAmount", o.discount.toYuanString()),
                            Map.entry("amount", o.paid.toYuanString()),
                            Map.entry("calcstarttime", CarsafeTime.format(o.enter)),
                            Map.entry("calcendtime", CarsafeTime.format(o.calcEnd)),
                            Map.entry("payType", in.path("payType").asText("10")), Map.entry("status", "1")))));
                }
                return obj("flag", "1", "memo", "", "FreeLeaveMinutes", "15", "credential", text(in, "credential"),
                        "orderNo", orderNo == null ? "" : orderNo);
            }
            case "6.3":
                return obj("total", Integer.toString(state.totalSpaces), "remain",
                        Integer.toString(Math.max(0, state.totalSpaces - state.parked.size())));
            case "6.4": {
                ArrayNode rows = F.arrayNode();
                state.cards.forEach(c -> {
                    ObjectNode n = F.objectNode();
                    c.forEach(n::put);
                    rows.add(n);
                });
                return rows;
            }
            case "6.5", "6.6": {
                String credential = text(in, "credential");
                LocalDate expiry = state.monthly.get(credential);
                if (expiry == null) {
                    throw new Refusal(500, "月卡不存在 (no monthly card)");
                }
                int months = in.hasNonNull("number") ? Integer.parseInt(in.get("number").asText().strip()) : 0;
                Money rent = Money.ofFen(12000L * Math.max(1, months));
                if (iface.number().equals("6.6")) {
                    String until = optional(in, "expirydate");
                    if (months < 1 && until == null) {
                        throw new Refusal(100001, "number 或 expirydate 必填 (number or expirydate required)");
                    }
                    state.monthly.put(credential, until != null ? LocalDate.parse(until.strip())
                            : expiry.plusMonths(months));
                    return obj("flag", "1", "months", Integer.toString(months), "days", "0", "receivable",
                            rent.toYuanString(), "memo", "");
                }
                return obj("UserNo", "U" + credential.hashCode(), "name", "模拟用户", "monthlyrent", rent.toYuanString(),
                        "carno", credential, "expirydate", expiry.toString(), "newexpirydate",
                        expiry.plusMonths(months).toString());
            }
            case "6.7", "6.8": {
                String credential = text(in, "credential");
                Money balance = state.storedValue.get(credential);
                if (balance == null) {
                    throw new Refusal(500, "储值卡不存在 (no stored-value card)");
                }
                if (iface.number().equals("6.8")) {
                    Money add = CarsafeAmounts.read(in.get("payamount"), MoneyUnit.YUAN, "payamount");
                    if (!add.isPositive()) {
                        throw new Refusal(500, "充值金额无效 (payamount must be positive)");
                    }
                    state.storedValue.put(credential, balance.plus(add));
                    return obj("flag", "1", "memo", "");
                }
                return obj("name", "模拟用户", "balance", balance.toYuanString(), "carno", credential);
            }
            case "6.16", "6.17", "6.18", "6.19": {
                String plate = text(in, "licensePlate");
                if (!state.parked.containsKey(plate)) {
                    throw new Refusal(500, "车辆不在场 (vehicle not in the car park)");
                }
                String status = switch (iface.number()) {
                    case "6.16", "6.17" -> "1";
                    default -> "2";
                };
                state.locks.put(plate, status);
                return null;
            }
            case "6.54": {
                String plate = text(in, "licensePlate");
                return obj("licensePlate", plate, "lockStatus", lockStatus(plate), "lockDate", "", "unlockDate", "");
            }
            case "6.25":
                state.deviceCommands.add("6.25 open " + text(in, "deviceId"));
                return null;
            case "6.58":
                state.deviceCommands.add("6.58 close " + text(in, "deviceID"));
                return null;
            case "7.6":
                state.deviceCommands.add("7.6 door " + text(in, "controllerno") + "/" + text(in, "doorno"));
                return obj("flag", "1", "memo", "");
            case "6.26": {
                SimulatedParkState.Order o = state.orders.get(text(in, "orderNo"));
                if (o == null) {
                    throw new Refusal(500, "订单不存在 (no such order)");
                }
                ObjectNode n = feeCalculation(o.plate, o.enter, o.calcEnd, o.minutes, o.cost, o.due(), o.orderNo,
                        o.cardInId);
                n.put("payType", "10");
                n.put("status", o.status);
                return n;
            }
            case "10.16": {
                if (state.monthly.remove(text(in, "Credential")) == null) {
                    throw new Refusal(500, "卡不存在 (no such card)");
                }
                return null;
            }
            case "6.72": {
                String id = Long.toString(state.sequence.incrementAndGet());
                Map<String, String> entry = new java.util.LinkedHashMap<>();
                entry.put("autoID", id);
                in.properties().forEach(e -> entry.put(e.getKey(), e.getValue().asText()));
                state.blacklist.put(id, entry);
                return null;
            }
            case "6.74":
                if (state.blacklist.remove(text(in, "autoId")) == null) {
                    throw new Refusal(500, "黑名单不存在 (no such entry)");
                }
                return null;
            case "6.76": {
                ArrayNode rows = F.arrayNode();
                state.blacklist.values().forEach(e -> {
                    ObjectNode n = F.objectNode();
                    e.forEach(n::put);
                    rows.add(n);
                });
                return rows;
            }
            default:
                return synthesise(iface, in);
        }
    }

    private static ObjectNode feeCalculation(String plate, LocalDateTime enter, LocalDateTime end, long minutes, Money cost,
            Money due, String orderNo, String cardInId) {
        ObjectNode n = obj("numno", "T" + cardInId, "carno", plate, "entertime", CarsafeTime.format(enter), "parkposi",
                "1", "parktime", Long.toString(minutes), "parkcost", cost.toYuanString(), "amount", due.toYuanString(),
                "calcstarttime", CarsafeTime.format(enter), "calcendtime", CarsafeTime.format(end), "cardInId", cardInId,
                "chargeSeqNo", "1");
        if (orderNo != null) {
            n.put("orderNo", orderNo);
        }
        return n;
    }

    /** Data shaped like the catalogue's response fields (an array of one row for list interfaces). */
    private static JsonNode synthesise(CarsafeInterface iface, JsonNode in) {
        if (iface.response().isEmpty()) {
            return iface.envelope() == EnvelopeKind.STANDARD ? null : obj("code", "0", "resCode", "0");
        }
        ObjectNode row = F.objectNode();
        for (FieldSpec f : iface.response()) {
            JsonNode echo = in == null ? null : in.get(f.name());
            row.put(f.name(), echo != null && echo.isValueNode() ? echo.asText() : sample(f.name()));
        }
        if (iface.responseArray()) {
            return F.arrayNode().add(row);
        }
        return row;
    }

    private static String sample(String field) {
        String f = field.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("rescode") || f.equals("resultcode") || f.equals("code") || f.equals("result")) {
            return "0";
        }
        if (f.contains("amount") || f.contains("cost") || f.contains("money") || f.contains("charge")
                || f.contains("balance")) {
            return "0.00";
        }
        if (f.contains("time") || f.contains("date")) {
            return "2019-12-09 15:42:45";
        }
        if (f.endsWith("total") || f.endsWith("remain") || f.endsWith("num") || f.endsWith("nums")
                || f.endsWith("count") || f.endsWith("cnt")) {
            return "0";
        }
        if (f.equals("flag") || f.equals("status")) {
            return "1";
        }
        return "sim-" + field;
    }

    private static JsonNode readBare(InboundRequest request) {
        try {
            return request.bodyLength() == 0 ? null : CarsafeJson.mapper().readTree(request.body());
        } catch (IOException e) {
            throw new MalformedMessageException("carsafe", "", "a JSON body", e);
        }
    }

    private static JsonNode queryFormat(byte[] body) {
        try {
            JsonNode q = CarsafeJson.mapper().readTree(body).get("queryFormat");
            return q == null || q.isNull() ? null : q;
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectNode obj(String... kv) {
        ObjectNode n = F.objectNode();
        for (int i = 0; i < kv.length; i += 2) {
            n.put(kv[i], kv[i + 1]);
        }
        return n;
    }

    private static String text(JsonNode in, String field) {
        JsonNode n = in == null ? null : in.get(field);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw new MalformedMessageException("carsafe", field, "a value", null);
        }
        return n.asText().replace(" ", "");
    }

    private static String optional(JsonNode in, String field) {
        JsonNode n = in == null ? null : in.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private InboundResponse reply(int http, boolean ok, int code, String message, JsonNode data) {
        return InboundResponse.json(http, envelope(ok, code, message, data, 0, 0));
    }

    private String envelope(boolean ok, int code, String message, JsonNode data, long rowIndex, long total) {
        return "{\"status\":" + ok + ",\"message\":" + CarsafeJson.quote(message) + ",\"code\":" + code + ",\"data\":"
                + (data == null ? "null" : CarsafeJson.compact(data)) + ",\"rowindex\":" + rowIndex + ",\"total\":"
                + total + ",\"time\":" + CarsafeJson.quote(CarsafeTime.format(LocalDateTime.now(clock.withZone(zone))))
                + "}";
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * Runs a simulator until killed: {@code java ... CarsafeSimulator [port] [key]} (defaults: a free
     * port, key 111111). Prints the base URL. Loopback only.
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        String key = args.length > 1 ? args[1] : "111111";
        CarsafeSimulator sim = start(CarsafeKeys.single(io.parkbridge.protocol.support.crypto.Secret.of(key)),
                Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), "127.0.0.1", port);
        System.out.println("Carsafe simulator listening on " + sim.baseUrl());
        Thread.currentThread().join();
    }

    @Override
    public String toString() {
        return "CarsafeSimulator[" + baseUrl() + "]";
    }

    /** A business refusal with a Chean code. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Refusal(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
