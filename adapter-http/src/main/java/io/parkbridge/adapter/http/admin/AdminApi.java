package io.parkbridge.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.adapter.http.json.EventJson;
import io.parkbridge.adapter.http.server.LogRedactor;
import io.parkbridge.adapter.http.store.jdbc.InboxEntry;
import io.parkbridge.adapter.http.store.jdbc.JdbcDeliveryQueue;
import io.parkbridge.adapter.http.store.jdbc.JdbcInbox;
import io.parkbridge.core.credential.CardLedger;
import io.parkbridge.core.credential.CardMovement;
import io.parkbridge.core.credential.DebitResult;
import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.InvalidAmountException;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.InvalidPlateException;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.AccessListRepository;
import io.parkbridge.core.port.PassRepository;
import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API under {@code /admin/}, behind {@code Authorization: Bearer <admin.token>}
 * (compared in constant time). JSON in and out; money as yuan strings ("12.50"), instants as
 * ISO-8601. Paths (path segments percent-encoded, e.g. plates):
 *
 * <pre>
 * POST   /admin/cards                      {cardNumber, holder, balance, overdraftLimit}
 * GET    /admin/cards/{card}               balance
 * POST   /admin/cards/{card}/top-up        {orderId, amount}  (idempotent by orderId)
 * GET    /admin/cards/{card}/history
 * PUT    /admin/passes/{id}                {plates[], validFrom, validTo, areas[], holder}
 * GET    /admin/passes/{id}   DELETE /admin/passes/{id}   GET /admin/passes?plate=...
 * PUT    /admin/lists/{white|black}/{plate} {reason, validFrom, validTo}
 * DELETE /admin/lists/{white|black}/{plate}                 GET /admin/lists?plate=...
 * GET    /admin/inbox?status=&limit=&before=   GET /admin/inbox/{id}
 * POST   /admin/inbox/{id}/replay
 * GET    /admin/dead-letters                    POST /admin/dead-letters/replay
 * </pre>
 */
public final class AdminApi {
    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);
    private static final ObjectMapper JSON = EventJson.mapper();

    private final Secret token;
    private final CardLedger cards;
    private final PassRepository passes;
    private final AccessListRepository lists;
    private final JdbcInbox inbox;
    private final JdbcDeliveryQueue queue;
    private final Clock clock;
    private final LogRedactor redactor;

    public AdminApi(Secret token, CardLedger cards, PassRepository passes, AccessListRepository lists,
            JdbcInbox inbox, JdbcDeliveryQueue queue, Clock clock, LogRedactor redactor) {
        this.token = token;
        this.cards = cards;
        this.passes = passes;
        this.lists = lists;
        this.inbox = inbox;
        this.queue = queue;
        this.clock = clock;
        this.redactor = redactor;
    }

    /** A client error: 4xx with a message naming the field and what was expected. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    public InboundResponse handle(InboundRequest request) {
        String auth = request.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")
                || !ConstantTime.equals(token.reveal(), auth.substring("Bearer ".length()).trim())) {
            return new InboundResponse(401, Map.of("Content-Type", "application/json; charset=UTF-8",
                    "WWW-Authenticate", "Bearer realm=\"parkbridge-admin\""),
                    "{\"error\":\"expected Authorization: Bearer <admin token>\"}".getBytes(StandardCharsets.UTF_8));
        }
        try {
            List<String> p = segments(request.path());
            return route(request.method(), p, query(request.rawQuery()), request);
        } catch (BadRequest e) {
            return error(e.status, e.getMessage());
        } catch (IllegalArgumentException e) { // core validation (amounts, plates, validity): names the field
            return error(400, redactor.clean(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("admin request failed: {}", redactor.clean(String.valueOf(e)));
            return error(500, "internal error");
        }
    }

    private InboundResponse route(String method, List<String> p, Map<String, String> q, InboundRequest r) {
        // p.get(0) is "admin"
        String area = p.size() > 1 ? p.get(1) : "";
        int n = p.size();
        switch (area) {
            case "cards":
                if (n == 2 && method.equals("POST")) {
                    return createCard(body(r));
                }
                if (n == 3 && method.equals("GET")) {
                    return cardJson(p.get(2));
                }
                if (n == 4 && p.get(3).equals("top-up") && method.equals("POST")) {
                    return topUp(p.get(2), body(r));
                }
                if (n == 4 && p.get(3).equals("history") && method.equals("GET")) {
                    return history(p.get(2));
                }
                break;
            case "passes":
                if (n == 2 && method.equals("GET")) {
                    return passList(plate(required(q, "plate"), "plate"));
                }
                if (n == 3 && method.equals("PUT")) {
                    return savePass(p.get(2), body(r));
                }
                if (n == 3 && method.equals("GET")) {
                    return passes.find(p.get(2)).map(x -> ok(passJson(x))).orElseGet(() -> error(404, "no such pass"));
                }
                if (n == 3 && method.equals("DELETE")) {
                    return passes.remove(p.get(2)) ? ok(JSON.createObjectNode().put("removed", true))
                            : error(404, "no such pass");
                }
                break;
            case "lists":
                if (n == 2 && method.equals("GET")) {
                    ArrayNode out = JSON.createArrayNode();
                    lists.findByPlate(plate(required(q, "plate"), "plate")).forEach(e -> out.add(listJson(e)));
                    return ok(out);
                }
                if (n == 4 && method.equals("PUT")) {
                    return saveListEntry(kind(p.get(2)), plate(p.get(3), "plate"), body(r));
                }
                if (n == 4 && method.equals("DELETE")) {
                    return lists.remove(kind(p.get(2)), plate(p.get(3), "plate"))
                            ? ok(JSON.createObjectNode().put("removed", true)) : error(404, "no such entry");
                }
                break;
            case "inbox":
                if (n == 2 && method.equals("GET")) {
                    String status = q.get("status");
                    if (status != null && !Set.of("PENDING", "CLAIMED", "DONE", "DEAD").contains(status)) {
                        throw new BadRequest(400, "status: expected PENDING, CLAIMED, DONE or DEAD, got " + status);
                    }
                    return inboxList(status, intParam(q, "limit", 50), longParam(q, "before", 0));
                }
                if (n == 3 && method.equals("GET")) {
                    return inbox.find(id(p.get(2))).map(e -> ok(entryJson(e, true)))
                            .orElseGet(() -> error(404, "no such message"));
                }
                if (n == 4 && p.get(3).equals("replay") && method.equals("POST")) {
                    long id = id(p.get(2));
                    if (inbox.find(id).isEmpty()) {
                        return error(404, "no such message");
                    }
                    return ok(JSON.createObjectNode().put("requeued", queue.replay(id, clock.instant())));
                }
                break;
            case "dead-letters":
                if (n == 2 && method.equals("GET")) {
                    return inboxList("DEAD", intParam(q, "limit", 50), longParam(q, "before", 0));
                }
                if (n == 3 && p.get(2).equals("replay") && method.equals("POST")) {
                    return ok(JSON.createObjectNode().put("requeued", queue.replayDeadLetters(clock.instant())));
                }
                break;
            default:
                break;
        }
        return error(404, "no such admin path or method");
    }

    private InboundResponse createCard(JsonNode b) {
        String number = text(b, "cardNumber");
        if (!number.matches("[A-Za-z0-9]{4,64}")) {
            throw new BadRequest(400, "cardNumber: expected 4..64 letters or digits");
        }
        StoredValueCard card = new StoredValueCard(number, optText(b, "holder", ""), money(b, "balance", "0.00"),
                money(b, "overdraftLimit", "0.00"));
        if (cards.find(number).isPresent()) {
            throw new BadRequest(409, "cardNumber: card exists already");
        }
        cards.open(card);
        return json(201, cardNode(card));
    }

    private InboundResponse cardJson(String number) {
        return cards.find(number).map(c -> ok(cardNode(c))).orElseGet(() -> error(404, "no such card"));
    }

    private static ObjectNode cardNode(StoredValueCard c) {
        return JSON.createObjectNode().put("cardNumber", c.cardNumber()).put("holder", c.holder())
                .put("balance", c.balance().toYuanString()).put("overdraftLimit", c.overdraftLimit().toYuanString())
                .put("floor", c.floor().toYuanString());
    }

    private InboundResponse topUp(String number, JsonNode b) {
        String orderId = text(b, "orderId");
        Money amount = money(b, "amount", null);
        if (!amount.isPositive()) {
            throw new BadRequest(400, "amount: expected more than 0.00, got " + amount.toYuanString());
        }
        DebitResult r = cards.credit(number, orderId, amount);
        if (r instanceof DebitResult.Debited d) {
            return ok(JSON.createObjectNode().put("orderId", d.orderId()).put("amount", d.amount().toYuanString())
                    .put("balance", d.balanceAfter().toYuanString()).put("repeated", d.repeated()));
        }
        if (r instanceof DebitResult.UnknownCard) {
            return error(404, "no such card");
        }
        if (r instanceof DebitResult.OrderConflict) {
            return error(409, "orderId: already used for another card or amount");
        }
        return error(409, "top-up refused");
    }

    private InboundResponse history(String number) {
        if (cards.find(number).isEmpty()) {
            return error(404, "no such card");
        }
        ArrayNode out = JSON.createArrayNode();
        for (CardMovement m : cards.history(number)) {
            out.addObject().put("orderId", m.orderId()).put("amount", m.amount().toYuanString())
                    .put("balanceAfter", m.balanceAfter().toYuanString()).put("at", m.at().toString());
        }
        return ok(out);
    }

    private InboundResponse savePass(String id, JsonNode b) {
        Set<Plate> plates = new LinkedHashSet<>();
        JsonNode arr = b.get("plates");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new BadRequest(400, "plates: expected a non-empty list of plate numbers");
        }
        for (int i = 0; i < arr.size(); i++) {
            plates.add(plate(arr.get(i).asText(), "plates[" + i + "]"));
        }
        Set<String> areas = new LinkedHashSet<>();
        JsonNode a = b.get("areas");
        if (a != null && a.isArray()) {
            a.forEach(x -> areas.add(x.asText()));
        }
        Pass pass = new Pass(id, plates, instant(b, "validFrom", null), instant(b, "validTo", null), areas,
                optText(b, "holder", ""));
        passes.save(pass);
        return ok(passJson(pass));
    }

    private InboundResponse passList(Plate plate) {
        ArrayNode out = JSON.createArrayNode();
        passes.findByPlate(plate).forEach(x -> out.add(passJson(x)));
        return ok(out);
    }

    private static ObjectNode passJson(Pass p) {
        ObjectNode n = JSON.createObjectNode().put("id", p.id());
        ArrayNode plates = n.putArray("plates");
        p.plates().stream().map(Plate::number).sorted().forEach(plates::add);
        n.put("validFrom", p.validFrom().toString()).put("validTo", p.validTo().toString());
        ArrayNode areas = n.putArray("areas");
        p.areas().stream().sorted().forEach(areas::add);
        return n.put("holder", p.holder());
    }

    private InboundResponse saveListEntry(ListKind kind, Plate plate, JsonNode b) {
        ListEntry e = new ListEntry(kind, plate, optText(b, "reason", ""), instant(b, "validFrom", clock.instant()),
                instant(b, "validTo", Instant.MAX));
        lists.save(e);
        return ok(listJson(e));
    }

    private static ObjectNode listJson(ListEntry e) {
        return JSON.createObjectNode().put("list", e.kind().name().toLowerCase(Locale.ROOT))
                .put("plate", e.plate().number()).put("reason", e.reason()).put("validFrom", e.validFrom().toString())
                .put("validTo", e.validTo().equals(Instant.MAX) ? null : e.validTo().toString());
    }

    private InboundResponse inboxList(String status, int limit, long before) {
        if (limit < 1 || limit > 500) {
            throw new BadRequest(400, "limit: expected 1..500, got " + limit);
        }
        ArrayNode out = JSON.createArrayNode();
        inbox.list(status, limit, before).forEach(e -> out.add(entryJson(e, false)));
        return ok(out);
    }

    private static ObjectNode entryJson(InboxEntry e, boolean full) {
        ObjectNode n = JSON.createObjectNode().put("id", e.id()).put("key", e.key()).put("vendor", e.vendor())
                .put("interface", e.interfaceName()).put("eventType", e.eventType())
                .put("receivedAt", e.receivedAt().toString());
        ArrayNode ds = n.putArray("deliveries");
        for (InboxEntry.Delivery d : e.deliveries()) {
            ds.addObject().put("sink", d.sink()).put("status", d.status()).put("attempts", d.attempts())
                    .put("nextAttemptAt", d.nextAttemptAt().toString()).put("lastError", d.lastError());
        }
        if (full) {
            n.put("rawBody", e.rawBody());
            try {
                n.set("headers", JSON.readTree(e.headersJson()));
                n.set("event", JSON.readTree(e.eventJson()));
            } catch (IOException ex) {
                throw new IllegalStateException("stored JSON unreadable", ex);
            }
        }
        return n;
    }

    // ---- parsing helpers: each error names the field and what was expected

    private static JsonNode body(InboundRequest r) {
        try {
            JsonNode n = JSON.readTree(r.body());
            if (n == null || !n.isObject()) {
                throw new BadRequest(400, "(body): expected a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new BadRequest(400, "(body): expected a JSON object");
        }
    }

    private static String text(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new BadRequest(400, field + ": expected a non-empty string");
        }
        return n.asText();
    }

    private static String optText(JsonNode b, String field, String dflt) {
        JsonNode n = b.get(field);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private static Money money(JsonNode b, String field, String dflt) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) {
            if (dflt == null) {
                throw new BadRequest(400, field + ": expected a yuan amount string such as \"12.50\"");
            }
            return Money.parseYuan(dflt);
        }
        if (!n.isTextual()) {
            throw new BadRequest(400, field + ": expected a yuan amount string such as \"12.50\"");
        }
        try {
            return Money.parseYuan(n.asText());
        } catch (InvalidAmountException e) {
            throw new BadRequest(400, field + ": expected a yuan amount such as \"12.50\", got " + n.asText());
        }
    }

    private static Instant instant(JsonNode b, String field, Instant dflt) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) {
            if (dflt == null) {
                throw new BadRequest(400, field + ": expected an ISO-8601 instant such as 2026-03-01T00:00:00Z");
            }
            return dflt;
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new BadRequest(400, field + ": expected an ISO-8601 instant such as 2026-03-01T00:00:00Z, got "
                    + n.asText());
        }
    }

    private static Plate plate(String raw, String field) {
        try {
            return Plate.parse(raw);
        } catch (InvalidPlateException e) {
            throw new BadRequest(400, field + ": expected a licence plate such as 京A12345");
        }
    }

    private static ListKind kind(String s) {
        return switch (s) {
            case "white" -> ListKind.WHITE;
            case "black" -> ListKind.BLACK;
            default -> throw new BadRequest(404, "list: expected white or black");
        };
    }

    private static long id(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "id: expected a message id (a number), got " + s);
        }
    }

    private static String required(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            throw new BadRequest(400, name + ": expected a query parameter");
        }
        return v;
    }

    private static int intParam(Map<String, String> q, String name, int dflt) {
        return (int) longParam(q, name, dflt);
    }

    private static long longParam(Map<String, String> q, String name, long dflt) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(400, name + ": expected a whole number, got " + v);
        }
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static InboundResponse ok(JsonNode n) {
        return json(200, n);
    }

    private static InboundResponse json(int status, JsonNode n) {
        return InboundResponse.json(status, n.toString());
    }

    private static InboundResponse error(int status, String message) {
        return InboundResponse.json(status, JSON.createObjectNode().put("error", message).toString());
    }

}
