package io.parkbridge.protocol.bluecard.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventHandler;
import io.parkbridge.core.event.EventKey;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.InvalidPlateException;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.Inbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.bluecard.BluecardMoney;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.bluecard.BluecardTime;
import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.fee.BluecardFees;
import io.parkbridge.protocol.bluecard.message.ChargeRecords;
import io.parkbridge.protocol.bluecard.message.EntryRecords;
import io.parkbridge.protocol.bluecard.message.ExitRecords;
import io.parkbridge.protocol.bluecard.message.FacePay;
import io.parkbridge.protocol.bluecard.message.FacePayCancel;
import io.parkbridge.protocol.bluecard.message.FacePayPoll;
import io.parkbridge.protocol.bluecard.message.Heartbeat;
import io.parkbridge.protocol.bluecard.message.ImageUpload;
import io.parkbridge.protocol.bluecard.message.LaneInfo;
import io.parkbridge.protocol.bluecard.message.LanePayment;
import io.parkbridge.protocol.bluecard.message.OpenGate;
import io.parkbridge.protocol.bluecard.message.PreExitFee;
import io.parkbridge.protocol.bluecard.message.QrCodeRequest;
import io.parkbridge.protocol.bluecard.message.QrPaymentQuery;
import io.parkbridge.protocol.bluecard.message.Renewals;
import io.parkbridge.protocol.bluecard.message.Reply;
import io.parkbridge.protocol.bluecard.message.WhitelistSync;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.inbound.InboundHandler;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.inbound.Route;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.json.TreeBinder;
import io.parkbridge.protocol.support.validation.MessageValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the 16 interfaces Bluecard pushes (4.1-4.3, 4.13-4.17, 4.21, 4.24-4.28, 4.31, 4.32),
 * independent of any HTTP server. For every request it: checks the {@code sign} header against
 * the key of the body's {@code parkNumber} (constant time), parses and validates, maps each
 * record to a core {@link DomainEvent}, stores it through the {@link Inbox} (a record seen before
 * is acknowledged, not processed again), asks the {@link BluecardApplication} where the push is a
 * question, and answers in the document's envelope. It never throws: bad input is answered
 * {@code {"status":"fail","errorCode":"<field>: expected …"}} with HTTP 200 (the document
 * defines no HTTP statuses).
 *
 * <p>Routes ({@link #routes()}): one URL per push, {@code <prefix>/<wireName>}, for every push
 * (4.1-4.27 have no discriminator, so each needs its own URL), plus one general-mode URL
 * {@code <prefix>/general} that dispatches on {@code method} (4.28, 4.31, 4.32).
 */
public final class BluecardInboundHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BluecardInboundHandler.class);
    /** Default URL prefix of the routes. */
    public static final String DEFAULT_PREFIX = "/bluecard";
    /** Segment of the general-mode route. */
    public static final String GENERAL = "general";
    /** Bluecard's errorCode for "received, not paid yet" (4.24, 4.25). */
    public static final String USERPAYING = "USERPAYING";
    /** Longest park number accepted (it enters every inbox key). */
    static final int MAX_PARK_NUMBER = 64;
    /** Longest raw JSON kept for a quarantined record. */
    static final int MAX_QUARANTINED_CHARS = 16 * 1024;
    /** Most parks whose expected sign is kept (see {@link #signVerifies}). */
    private static final int MAX_KEPT_SIGNS = 4096;
    /** 4.24's documented default {@code payTypeId}. */
    public static final String DEFAULT_PAY_TYPE_ID = "31";

    private final Function<String, Optional<Secret>> keys;
    private final Inbox inbox;
    private final BluecardApplication application;
    private final EventHandler listener;
    private final Clock clock;
    private final BluecardTime time;
    private final BadRecordPolicy badRecordPolicy;
    private final LinkHealth linkHealth;
    private final PaymentSessions payments = new PaymentSessions();
    private final String prefix;
    private final ObjectMapper json = JsonMappers.strict();
    private final TreeBinder binder = new TreeBinder(json);
    private final Map<String, ParkSign> signs = new ConcurrentHashMap<>();

    private BluecardInboundHandler(Builder b) {
        this.keys = b.keys;
        this.inbox = b.inbox;
        this.application = b.application;
        this.listener = b.listener;
        this.clock = b.clock;
        this.time = new BluecardTime(b.zone);
        this.badRecordPolicy = b.badRecordPolicy;
        this.linkHealth = b.linkHealth != null ? b.linkHealth : new LinkHealth(b.clock);
        this.prefix = b.prefix;
    }

    /** A new builder; keys and inbox are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Heartbeat-based link health of every park seen. */
    public LinkHealth linkHealth() {
        return linkHealth;
    }

    /** Our side of the 4.24-4.26 payment state machine. */
    public PaymentSessions payments() {
        return payments;
    }

    /** One route per push plus the general-mode route; mount them all. */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (BluecardInterface api : BluecardInterface.of(Direction.BLUECARD_TO_US)) {
            routes.add(new Route(Bluecard.VENDOR, api.label(), prefix + "/" + api.wireName(), r -> handle(api, r)));
        }
        routes.add(new Route(Bluecard.VENDOR, "4.28+ general mode (method)", prefix + "/" + GENERAL,
                r -> handle(null, r)));
        return List.copyOf(routes);
    }

    /** A single handler that dispatches on the path among {@link #routes()} (for simple servers). */
    public InboundHandler asHandler() {
        Map<String, InboundHandler> byPath = new LinkedHashMap<>();
        routes().forEach(r -> byPath.put(r.path(), r.handler()));
        return request -> {
            InboundHandler h = byPath.get(request.path());
            return h != null ? h.handle(request) : reply(Reply.fail("path: expected one of the Bluecard routes under "
                    + prefix));
        };
    }

    // ---------------------------------------------------------------- entry point

    private InboundResponse handle(BluecardInterface routeApi, InboundRequest request) {
        try {
            if (!"POST".equals(request.method())) {
                return reply(Reply.fail("method: expected POST"));
            }
            JsonNode body;
            try {
                body = json.readTree(request.body());
            } catch (java.io.IOException e) {
                return reply(Reply.fail("body: expected a JSON object"));
            }
            if (body == null || !body.isObject()) {
                return reply(Reply.fail("body: expected a JSON object"));
            }
            String park = text(body, "parkNumber");
            if (park.isEmpty() || park.length() > MAX_PARK_NUMBER) {
                return reply(Reply.fail("parkNumber: expected the park number (at most " + MAX_PARK_NUMBER
                        + " characters)"));
            }
            Optional<Secret> key = keys.apply(park);
            if (key.isEmpty() || !signVerifies(key.get(), park, request.header(Bluecard.SIGN_HEADER))) {
                // the park number is unauthenticated input: no line breaks into our log (forged entries)
                LOG.warn("bluecard push refused: sign does not verify for park {} from {}",
                        park.replaceAll("\\p{Cntrl}", "?"), request.remoteAddress());
                return reply(Reply.fail("sign: expected md5(key + parkNumber) of a known park"));
            }
            BluecardInterface api = routeApi != null ? routeApi : byMethod(text(body, "method"));
            if (api == null) {
                return reply(Reply.fail("method: expected opengate, parkingspacefee or fixedListUp"));
            }
            if (api.generalMethod().isPresent() && !api.generalMethod().get().equals(text(body, "method"))) {
                return reply(Reply.fail("method: expected " + api.generalMethod().get()));
            }
            return dispatch(api, park, body, request);
        } catch (MalformedMessageException e) {
            return reply(Reply.fail(reason(e)));
        } catch (RuntimeException e) {
            // Never a stack trace to the vendor; the class name is enough to find it in our logs.
            LOG.error("bluecard push failed on our side", e);
            return reply(Reply.fail("internal error (" + e.getClass().getSimpleName() + "), retry later"));
        }
    }

    /**
     * {@link BluecardSigner#verify}, with the expected sign of each known park kept: it depends
     * only on the park and its key, and an MD5 per push was a measurable share of its CPU.
     */
    private boolean signVerifies(Secret key, String park, String presented) {
        ParkSign known = signs.get(park);
        if (known == null || known.key() != key && !known.key().equals(key)) {
            known = new ParkSign(key, BluecardSigner.sign(key, park));
            if (signs.size() < MAX_KEPT_SIGNS) { // only parks with a key get here; the bound is a guard
                signs.put(park, known);
            }
        }
        return BluecardSigner.matches(known.sign(), presented);
    }

    /** The sign a park's pushes must carry under its current key. */
    private record ParkSign(Secret key, String sign) {
    }

    private static BluecardInterface byMethod(String method) {
        return BluecardInterface.byGeneralMethod(method).orElse(null);
    }

    private InboundResponse dispatch(BluecardInterface api, String park, JsonNode body, InboundRequest request) {
        return switch (api) {
            case HEARTBEAT -> heartbeat(body);
            case CAR_IN -> batch(api, park, body, EntryRecords.EntryRecord.class, r -> entry(park, r));
            case CAR_OUT -> batch(api, park, body, ExitRecords.ExitRecord.class, r -> exit(park, r));
            case CHARGE_UPLOAD -> batch(api, park, body, ChargeRecords.ChargeRecord.class, r -> charge(park, r));
            case LANE_INFO -> batch(api, park, body, LaneInfo.Lane.class, r -> notice(park, "lane",
                    r.passagewayId() + ":" + hash(r), r));
            case PARKING_SPACE_FEE -> batch(api, park, body, Renewals.Renewal.class, r -> notice(park, "renewal",
                    firstNonBlank(r.placeFeeOrderRecId(), r.orderNo(), hash(r)), r));
            case FIXED_LIST_UP -> batch(api, park, body, WhitelistSync.SyncedEntry.class, r -> notice(park,
                    "whitelist-sync", r.fixedId() + ":" + r.operate() + ":" + (r.timeStamp() == null ? "" : r.timeStamp()), r));
            case IMAGE_UPLOAD -> imageUpload(park, body);
            case CHARGE_BEFORE_EXIT -> preExitFee(body);
            case QR_CODE -> qrCode(park, body);
            case QR_PAY_QUERY -> qrPayQuery(park, body);
            case FACE_PAY -> facePay(park, body);
            case FACE_PAY_POLL -> facePayPoll(park, body);
            case FACE_PAY_CANCEL -> facePayCancel(park, body);
            case LANE_PAY -> lanePay(park, body);
            case OPEN_GATE -> openGate(body);
            default -> reply(Reply.fail(api.label() + " is not pushed by Bluecard"));
        };
    }

    // ---------------------------------------------------------------- batches (1-10 records)

    /** One record turned into what to store: its key, its event, its raw JSON. */
    private record Mapped(String key, DomainEvent event) {
    }

    private <R> InboundResponse batch(BluecardInterface api, String park, JsonNode body, Class<R> type,
            Function<R, Mapped> mapper) {
        JsonNode datas = body.get("datas");
        int max = api == BluecardInterface.FIXED_LIST_UP ? 50 : 10;
        if (datas == null || !datas.isArray() || datas.isEmpty() || datas.size() > max) {
            return reply(Reply.fail("datas: expected an array of 1 to " + max + " records"));
        }
        JsonNode size = body.get("size");
        if (size == null || !size.canConvertToInt() && !size.asText().matches("[0-9]+")) {
            return reply(Reply.fail("size: expected the number of records"));
        }
        // A size that disagrees with datas is tolerated: the records are what counts.
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < datas.size(); i++) {
            JsonNode node = datas.get(i);
            String raw = node.toString();
            Mapped mapped;
            try {
                R record = binder.bind(node, type);
                MessageValidator.requireValid(Bluecard.VENDOR, record);
                mapped = mapper.apply(record);
            } catch (MalformedMessageException e) {
                rejected.add(quarantine(api, park, i, raw, "datas[" + i + "]." + reason(e)));
                continue;
            } catch (JsonProcessingException e) {
                rejected.add(quarantine(api, park, i, raw, "datas[" + i + "]" + jsonPath(e)
                        + ": expected a value of the documented type"));
                continue;
            } catch (IllegalArgumentException e) {
                rejected.add(quarantine(api, park, i, raw, "datas[" + i + "]: " + safeMessage(e)));
                continue;
            }
            store(api, mapped.key(), raw, mapped.event());
        }
        if (!rejected.isEmpty() && badRecordPolicy == BadRecordPolicy.REJECT_BATCH) {
            return reply(Reply.fail(String.join("; ", rejected)));
        }
        return ok();
    }

    private String quarantine(BluecardInterface api, String park, int index, String raw, String reason) {
        LOG.warn("bluecard {} record {} rejected: {}", api.label(), index, reason);
        if (badRecordPolicy == BadRecordPolicy.QUARANTINE_AND_ACKNOWLEDGE) {
            // A hostile or broken record may be huge: keep its hash, length and a bounded prefix.
            String kept = raw.length() > MAX_QUARANTINED_CHARS ? raw.substring(0, MAX_QUARANTINED_CHARS) : raw;
            ObjectNode note = json.createObjectNode();
            note.put("interface", api.label());
            note.put("reason", reason);
            note.put("sha256", sha256(raw));
            note.put("length", raw.length());
            note.put("truncated", kept.length() < raw.length());
            note.put("record", kept);
            String key = EventKey.of(Bluecard.VENDOR, "rejected-record", park + "/" + sha256(raw));
            store(api, key, kept, new DomainEvent.VendorNotice(key, Bluecard.VENDOR, clock.instant(), "rejected-record",
                    note.toString()));
        }
        return reason;
    }

    /** Stores one message; a duplicate is acknowledged and not handed on again. */
    private void store(BluecardInterface api, String key, String raw, DomainEvent event) {
        InboxMessage message = new InboxMessage(Bluecard.VENDOR, api.label(), key, raw, Map.of(), clock.instant(), event);
        if (inbox.accept(message) == Inbox.Acceptance.DUPLICATE) {
            LOG.debug("bluecard {} duplicate {} acknowledged", api.label(), key);
            return;
        }
        if (listener != null) {
            try {
                listener.handle(event);
            } catch (Exception e) {
                // Stored durably already; the application re-reads its inbox to retry.
                LOG.warn("bluecard event handler failed for {}: {}", key, e.getClass().getSimpleName());
            }
        }
    }

    private Mapped entry(String park, EntryRecords.EntryRecord r) {
        String key = EventKey.of(Bluecard.VENDOR, "entry", park + "/" + r.orderId());
        Plate plate = BluecardPlates.toPlate(r.plate(), r.plateColor());
        return new Mapped(key, new DomainEvent.VehicleEntered(key, Bluecard.VENDOR, time.parse("inTime", r.inTime()),
                park, plate, nz(r.inChannel()), r.orderId(), images(r.inImage())));
    }

    private Mapped exit(String park, ExitRecords.ExitRecord r) {
        String key = EventKey.of(Bluecard.VENDOR, "exit", park + "/" + r.orderId());
        Plate plate = BluecardPlates.toPlate(r.carInfo().plate(), r.carInfo().plateColor());
        ExitRecords.PassInfo pass = r.passInfo();
        List<String> problems = BluecardFees.exitIdentityViolations(r.chargeStatistics());
        if (!problems.isEmpty()) {
            LOG.warn("bluecard exit {}: fee relations do not hold: {}", r.orderId(), problems);
        }
        List<String> images = new ArrayList<>(images(pass.inImage()));
        images.addAll(images(pass.outImage()));
        return new Mapped(key, new DomainEvent.VehicleExited(key, Bluecard.VENDOR, time.parse("outTime", pass.outTime()),
                park, plate, nz(pass.outChannel()), r.orderId(), time.parseOptional("inTime", pass.inTime()),
                BluecardMoney.yuan("chargeStatistics.charge", r.chargeStatistics().charge()), images));
    }

    private Mapped charge(String park, ChargeRecords.ChargeRecord r) {
        String id = firstNonBlank(r.payNo(), hash(r));
        String key = EventKey.of(Bluecard.VENDOR, "charge", park + "/" + id);
        return new Mapped(key, new DomainEvent.PaymentCompleted(key, Bluecard.VENDOR, time.parse("outTime", r.outTime()),
                park, BluecardPlates.toPlate(r.plate(), null), nz(r.orderId()),
                BluecardMoney.yuan("realCharge", r.realCharge()), BluecardMoney.yuan("couponCharge", r.couponCharge()),
                nz(r.payKind())));
    }

    private Mapped notice(String park, String type, String id, Object record) {
        String key = EventKey.of(Bluecard.VENDOR, type, park + "/" + id);
        return new Mapped(key, new DomainEvent.VendorNotice(key, Bluecard.VENDOR, clock.instant(), type, write(record)));
    }

    // ---------------------------------------------------------------- single pushes

    private InboundResponse heartbeat(JsonNode body) {
        Heartbeat.Request h = read(body, Heartbeat.Request.class);
        linkHealth.beat(h);
        if (listener != null) {
            try {
                Instant now = clock.instant();
                listener.handle(new DomainEvent.HeartbeatReceived(EventKey.of(Bluecard.VENDOR, "heartbeat",
                        h.parkNumber() + "/" + now.toEpochMilli()), Bluecard.VENDOR, now, h.parkNumber()));
            } catch (Exception e) {
                LOG.warn("bluecard heartbeat listener failed: {}", e.getClass().getSimpleName());
            }
        }
        return ok();
    }

    private InboundResponse imageUpload(String park, JsonNode body) {
        ImageUpload.Request r = read(body, ImageUpload.Request.class);
        BluecardImages.decode(r.image()); // refuse what is not an image before storing it
        String key = EventKey.of(Bluecard.VENDOR, "image", park + "/" + r.imageName());
        store(BluecardInterface.IMAGE_UPLOAD, key, body.toString(), new DomainEvent.VendorNotice(key, Bluecard.VENDOR,
                clock.instant(), "image", body.toString()));
        return ok();
    }

    private InboundResponse preExitFee(JsonNode body) {
        PreExitFee.Request r = read(body, PreExitFee.Request.class);
        PreExitFee.Answer a = application.preExitFee(r);
        PreExitFee.Answer stamped = new PreExitFee.Answer(a.payCharge(), a.realCharge(), a.payKind(), now(),
                a.chargeList());
        MessageValidator.requireValid(Bluecard.VENDOR, stamped);
        return reply(Reply.success(stamped));
    }

    private InboundResponse qrCode(String park, JsonNode body) {
        QrCodeRequest.Request r = read(body, QrCodeRequest.Request.class);
        Optional<QrCodeRequest.Answer> answer = application.qrCode(r);
        if (answer.isEmpty()) {
            return reply(Reply.fail("no withholding or QR code payment is offered for this order"));
        }
        QrCodeRequest.Answer a = answer.get();
        if ((a.qrCode() == null || a.qrCode().isEmpty()) == (a.agreement() == null)) {
            throw new IllegalStateException("4.16 answer must carry exactly one of qrCode and agreement");
        }
        QrCodeRequest.Answer stamped = new QrCodeRequest.Answer(now(), a.qrCode(), a.agreement());
        MessageValidator.requireValid(Bluecard.VENDOR, stamped);
        if (a.agreement() != null) {
            payment(BluecardInterface.QR_CODE, park, r.outTradeNo(), r.plate(), a.agreement().totalFee(),
                    a.agreement().payType());
        }
        return reply(Reply.success(stamped));
    }

    private InboundResponse qrPayQuery(String park, JsonNode body) {
        QrPaymentQuery.Request r = read(body, QrPaymentQuery.Request.class);
        Optional<QrPaymentQuery.Answer> answer = application.qrPayment(r);
        if (answer.isEmpty()) {
            return reply(Reply.fail("not paid"));
        }
        QrPaymentQuery.Answer a = answer.get();
        QrPaymentQuery.Answer stamped = new QrPaymentQuery.Answer(now(), a.outTradeNo(), a.payType(), a.totalFee(),
                a.tradeNo(), a.userId(), a.plate());
        MessageValidator.requireValid(Bluecard.VENDOR, stamped);
        payment(BluecardInterface.QR_PAY_QUERY, park, r.outTradeNo(), a.plate(), a.totalFee(), a.payType());
        return reply(Reply.success(stamped));
    }

    private InboundResponse facePay(String park, JsonNode body) {
        FacePay.Request r = read(body, FacePay.Request.class);
        BluecardMoney.paidYuan("payCharge", r.payCharge()); // refused before the payer is charged
        FacePayOutcome outcome = payments.exclusively(r.outTradeNo(), () -> {
            Optional<PaymentSessions.Session> known = payments.get(r.outTradeNo());
            if (known.isPresent() && known.get().state() != PaymentSessions.State.FAILED) {
                return known.get().outcome(); // a resent 4.24 never charges twice
            }
            return payments.record(r.outTradeNo(), application.facePay(r)).outcome();
        });
        return facePayReply(BluecardInterface.FACE_PAY, park, r.outTradeNo(), r.plate(), outcome);
    }

    private InboundResponse facePayPoll(String park, JsonNode body) {
        FacePayPoll.Request r = read(body, FacePayPoll.Request.class);
        FacePayOutcome outcome = payments.exclusively(r.outTradeNo(), () -> {
            Optional<PaymentSessions.Session> known = payments.get(r.outTradeNo());
            if (known.isPresent() && (known.get().state() == PaymentSessions.State.PAID
                    || known.get().state() == PaymentSessions.State.CANCELLED)) {
                return known.get().outcome();
            }
            return payments.record(r.outTradeNo(), application.facePayStatus(r)).outcome();
        });
        return facePayReply(BluecardInterface.FACE_PAY_POLL, park, r.outTradeNo(), r.plate(), outcome);
    }

    private InboundResponse facePayReply(BluecardInterface api, String park, String outTradeNo, String plate,
            FacePayOutcome outcome) {
        if (outcome instanceof FacePayOutcome.Paid paid) {
            MessageValidator.requireValid(Bluecard.VENDOR, paid.payContent());
            payment(api, park, outTradeNo, plate, paid.payContent().payCharge(), paid.payContent().payType());
            if (api == BluecardInterface.FACE_PAY_POLL) {
                return reply(Reply.success(paid.payContent()));
            }
            return reply(new Reply<>("success", null, new FacePay.Answer(paid.payContent(), null), DEFAULT_PAY_TYPE_ID));
        }
        if (outcome instanceof FacePayOutcome.Discounted d && api == BluecardInterface.FACE_PAY) {
            MessageValidator.requireValid(Bluecard.VENDOR, d.discountContent());
            return reply(new Reply<>("success", null, new FacePay.Answer(null, d.discountContent()), DEFAULT_PAY_TYPE_ID));
        }
        if (outcome instanceof FacePayOutcome.Paying) {
            // Which status goes with USERPAYING is not stated (L1809): errorCode is "required on
            // failure", so fail + USERPAYING.
            return reply(new Reply<>("fail", USERPAYING, null, api == BluecardInterface.FACE_PAY ? DEFAULT_PAY_TYPE_ID : null));
        }
        String reason = outcome instanceof FacePayOutcome.Failed f ? f.reason() : "not a payment";
        return reply(new Reply<>("fail", reason, null, api == BluecardInterface.FACE_PAY ? DEFAULT_PAY_TYPE_ID : null));
    }

    private InboundResponse facePayCancel(String park, JsonNode body) {
        FacePayCancel.Request r = read(body, FacePayCancel.Request.class);
        payments.exclusively(r.outTradeNo(), () -> {
            PaymentSessions.Session s = payments.cancel(r.outTradeNo());
            if (s.state() == PaymentSessions.State.CANCELLED) {
                application.facePayCancelled(r);
            } else {
                LOG.warn("bluecard cancelled order {} that is already paid: the payment stands", r.outTradeNo());
            }
            return s;
        });
        String key = EventKey.of(Bluecard.VENDOR, "facepay-cancelled", park + "/" + r.outTradeNo());
        store(BluecardInterface.FACE_PAY_CANCEL, key, body.toString(), new DomainEvent.VendorNotice(key,
                Bluecard.VENDOR, clock.instant(), "facepay-cancelled", body.toString()));
        return ok();
    }

    private InboundResponse lanePay(String park, JsonNode body) {
        LanePayment.Request r = read(body, LanePayment.Request.class);
        BluecardMoney.paidYuan("payCharge", r.payCharge()); // refused before the payment is taken
        String plate = decodePlate(r.plateID());
        boolean paid = payments.exclusively(r.outTradeNo(), () -> {
            Optional<PaymentSessions.Session> known = payments.get(r.outTradeNo());
            if (known.isPresent() && known.get().state() == PaymentSessions.State.PAID) {
                return true; // a resent 4.27 is not taken twice
            }
            if (!application.lanePayment(r, plate)) {
                return false;
            }
            payments.record(r.outTradeNo(), new FacePayOutcome.Paid(new FacePay.PayContent(r.outTradeNo(),
                    r.outTradeNo(), r.payCharge(), time.format(clock.instant()), "", "lane")));
            return true;
        });
        if (!paid) {
            return reply(Reply.fail("payment not taken"));
        }
        payment(BluecardInterface.LANE_PAY, park, r.outTradeNo(), plate, r.payCharge(), "lane");
        return reply(new Reply<>("success", null, null, null));
    }

    private InboundResponse openGate(JsonNode body) {
        OpenGate.Request r = read(body, OpenGate.Request.class);
        GateDecision d = application.openGate(r);
        return reply(new Reply<>(d.kind().wire(), d.reason(), null, null));
    }

    /** A payment we took: one PaymentCompleted per {@code outTradeNo}, whichever push reported it. */
    private void payment(BluecardInterface api, String park, String outTradeNo, String plate, String amount,
            String method) {
        String key = EventKey.of(Bluecard.VENDOR, "payment", park + "/" + outTradeNo);
        Plate p;
        try {
            p = BluecardPlates.toPlate(plate, null);
        } catch (InvalidPlateException e) {
            p = Plate.unlicensed();
        }
        Money money = BluecardMoney.paidYuan("payCharge", amount);
        store(api, key, outTradeNo, new DomainEvent.PaymentCompleted(key, Bluecard.VENDOR, clock.instant(), park, p,
                outTradeNo, money, Money.ZERO, nz(method)));
    }

    // ---------------------------------------------------------------- helpers

    private <T> T read(JsonNode body, Class<T> type) {
        T value;
        try {
            value = binder.bind(body, type);
        } catch (JsonProcessingException e) {
            String path = jsonPath(e);
            throw new MalformedMessageException(Bluecard.VENDOR, path.startsWith(".") ? path.substring(1) : path,
                    "a value of the documented type", e);
        }
        return MessageValidator.requireValid(Bluecard.VENDOR, value);
    }

    static String decodePlate(String plateId) {
        if (plateId == null) {
            return "";
        }
        try {
            return URLDecoder.decode(plateId, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return plateId; // sent unencoded, as the example does (L1983)
        }
    }

    private InboundResponse ok() {
        // What write(Reply.success(new TimeStampData(now()))) gives (the time stamp is digits only),
        // without a serialiser pass: it answers nearly every push.
        return InboundResponse.json(200, "{\"status\":\"success\",\"datas\":{\"timeStamp\":\"" + now() + "\"}}");
    }

    private String now() {
        return BluecardTime.timeStamp(clock.instant());
    }

    private InboundResponse reply(Reply<?> reply) {
        return InboundResponse.json(200, write(reply));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply not serialisable", e);
        }
    }

    private String hash(Object record) {
        return sha256(write(record));
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> images(String name) {
        return name == null || name.isEmpty() ? List.of() : List.of(name);
    }

    private static String reason(MalformedMessageException e) {
        String m = e.getMessage();
        String p = Bluecard.VENDOR + ": ";
        return m.startsWith(p) ? m.substring(p.length()) : m;
    }

    /** ".field[0].sub" of a Jackson failure, never the offending value (it may be huge or personal). */
    private static String jsonPath(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException jm)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : jm.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String safeMessage(Exception e) {
        // Core and Jackson messages name the field and the expectation; cut at the first line.
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Builds a {@link BluecardInboundHandler}. */
    public static final class Builder {
        private Function<String, Optional<Secret>> keys;
        private Inbox inbox;
        private BluecardApplication application = new BluecardApplication() {
        };
        private EventHandler listener;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = BluecardTime.DEFAULT_ZONE;
        private BadRecordPolicy badRecordPolicy = BadRecordPolicy.QUARANTINE_AND_ACKNOWLEDGE;
        private LinkHealth linkHealth;
        private String prefix = DEFAULT_PREFIX;

        private Builder() {
        }

        /** One park and its key. */
        public Builder park(String parkNumber, Secret key) {
            Objects.requireNonNull(key, "key");
            this.keys = p -> p.equals(parkNumber) ? Optional.of(key) : Optional.empty();
            return this;
        }

        /** Several parks: the key of each park number (empty for unknown parks, which are refused). */
        public Builder keys(Function<String, Optional<Secret>> keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** Where records are stored and de-duplicated (required). */
        public Builder inbox(Inbox inbox) {
            this.inbox = Objects.requireNonNull(inbox, "inbox");
            return this;
        }

        /**
         * Answers the pushes that are questions (4.13, 4.16, 4.17, 4.24-4.28); default: the safe
         * answers of {@link BluecardApplication}.
         */
        public Builder application(BluecardApplication application) {
            this.application = Objects.requireNonNull(application, "application");
            return this;
        }

        /** Optional: told of each NEW event right after it is stored (and of heartbeats). */
        public Builder listener(EventHandler listener) {
            this.listener = listener;
            return this;
        }

        /** Clock for reply time stamps, link health and received-at times. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Zone of the vendor's local times (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** What a batch with a bad record is answered (default: quarantine it and acknowledge the batch). */
        public Builder badRecordPolicy(BadRecordPolicy policy) {
            this.badRecordPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Share a {@link LinkHealth} (e.g. with the gateway); by default one of its own. */
        public Builder linkHealth(LinkHealth linkHealth) {
            this.linkHealth = linkHealth;
            return this;
        }

        /** URL prefix of the routes, default {@code /bluecard}. */
        public Builder prefix(String prefix) {
            if (prefix == null || !prefix.startsWith("/") || prefix.endsWith("/")) {
                throw new IllegalArgumentException("prefix: expected a path such as /bluecard");
            }
            this.prefix = prefix;
            return this;
        }

        /** Builds the handler. */
        public BluecardInboundHandler build() {
            Objects.requireNonNull(keys, "keys: call park(...) or keys(...)");
            Objects.requireNonNull(inbox, "inbox");
            return new BluecardInboundHandler(this);
        }
    }
}
