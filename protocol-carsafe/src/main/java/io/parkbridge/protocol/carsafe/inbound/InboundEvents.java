package io.parkbridge.protocol.carsafe.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventKey;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.InvalidPlateException;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.codec.CarsafeAmounts;
import io.parkbridge.protocol.carsafe.codec.CarsafeTime;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Maps one pushed record to a core event. */
final class InboundEvents {
    static final String VENDOR = "carsafe";

    private final ZoneId zone;
    private final CarsafeAmounts amounts;

    InboundEvents(ZoneId zone, CarsafeAmounts amounts) {
        this.zone = zone;
        this.amounts = amounts;
    }

    /**
     * The event for {@code record}. {@code fallbackId} identifies the message when the record has
     * no id of its own (from:timestamp:nonce of the envelope, or a digest of the body).
     */
    DomainEvent map(CarsafeInterface iface, JsonNode record, String parkId, String fallbackId, Instant receivedAt) {
        String raw = record == null ? "null" : redact(record).toString();
        switch (iface.number()) {
            case "13.2" -> {
                String id = text(record, "cardInId");
                return new DomainEvent.VehicleEntered(EventKey.of(VENDOR, "in", id), VENDOR,
                        time(record, "inDate"), parkId, plate(record, "plateNo"), text(record, "inControllerNo"), id,
                        List.of());
            }
            case "13.3" -> {
                String id = text(record, "cardInId");
                return new DomainEvent.VehicleExited(EventKey.of(VENDOR, "out", id), VENDOR, time(record, "outDate"),
                        parkId, plate(record, "plateNo"), text(record, "outControllerNo"), id, time(record, "inDate"),
                        Money.ZERO, List.of());
            }
            case "13.4" -> {
                String seq = text(record, "chargeSeqNo");
                String id = text(record, "cardInId") + "-" + seq;
                JsonNode order = record.get("orderNo");
                String orderId = order == null || order.asText().isBlank() ? id : order.asText();
                Money discount = record.hasNonNull("discountAmount") ? amounts.read(record, "discountAmount") : Money.ZERO;
                return new DomainEvent.PaymentCompleted(EventKey.of(VENDOR, "payment", id), VENDOR,
                        time(record, "calcendtime"), parkId, plate(record, "plateNo"), orderId,
                        amounts.read(record, "amount"), discount, text(record, "payType"));
            }
            case "13.9", "10.4" -> {
                return new DomainEvent.HeartbeatReceived(EventKey.of(VENDOR, "heartbeat", fallbackId), VENDOR,
                        receivedAt, parkId);
            }
            case "14.2", "14.4" -> {
                String code = text(record, "gateFault");
                return new DomainEvent.DeviceErrorReported(EventKey.of(VENDOR, iface.number(),
                        text(record, "deviceID") + "@" + text(record, "time") + "#" + code), VENDOR,
                        time(record, "time"), text(record, "deviceID"), code, optional(record, "fullName"), raw);
            }
            case "14.5", "14.6" -> {
                String field = iface.number().equals("14.5") ? "doorStatus" : "doorFault";
                String code = text(record, field);
                return new DomainEvent.AccessEvent(EventKey.of(VENDOR, iface.number(), text(record, "deviceID") + "@"
                        + text(record, "time") + "#" + text(record, "doorno") + "#" + code), VENDOR,
                        time(record, "time"), text(record, "controllerNo"), text(record, "doorno"), field + ":" + code,
                        raw);
            }
            default -> {
                String id = switch (iface.number()) {
                    case "13.5" -> text(record, "seqNo");
                    case "13.6" -> text(record, "recordId");
                    case "13.7" -> text(record, "cardInId") + "-" + text(record, "eventType");
                    case "13.8" -> text(record, "carTariffID");
                    case "14.3", "14.7" -> text(record, "deviceID") + "@" + text(record, "time");
                    default -> fallbackId;
                };
                return new DomainEvent.VendorNotice(EventKey.of(VENDOR, iface.number(), id), VENDOR, receivedAt,
                        iface.number() + " " + iface.nameEn(), raw);
            }
        }
    }

    /** The record with secrets masked: 10.4 carries the branch key {@code pk} in clear. */
    static JsonNode redact(JsonNode record) {
        if (record != null && record.isObject() && record.has("pk")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = record.deepCopy();
            copy.put("pk", "****");
            return copy;
        }
        return record;
    }

    private Instant time(JsonNode record, String field) {
        String t = text(record, field);
        return CarsafeTime.parse(t).map(ldt -> ldt.atZone(zone).toInstant()).orElseThrow(
                () -> new MalformedMessageException(VENDOR, field, "a time such as 2020-06-10 13:49:42", null));
    }

    private static Plate plate(JsonNode record, String field) {
        String raw = text(record, field);
        if (raw.equals("无") || raw.equals(Plate.UNLICENSED_NUMBER)) {
            return Plate.unlicensed();
        }
        try {
            return Plate.parse(raw);
        } catch (InvalidPlateException e) {
            throw new MalformedMessageException(VENDOR, field, "a licence plate", null);
        }
    }

    static String text(JsonNode record, String field) {
        JsonNode n = record == null ? null : record.get(field);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw new MalformedMessageException(VENDOR, field, "a value", null);
        }
        return n.asText();
    }

    private static String optional(JsonNode record, String field) {
        JsonNode n = record.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }
}
