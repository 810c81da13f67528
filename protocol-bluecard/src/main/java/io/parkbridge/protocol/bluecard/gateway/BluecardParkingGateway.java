package io.parkbridge.protocol.bluecard.gateway;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.core.port.ParkingGateway;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.core.port.SpaceStatus;
import io.parkbridge.protocol.bluecard.Bluecard;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.bluecard.fee.BluecardFees;
import io.parkbridge.protocol.bluecard.inbound.LinkHealth;
import io.parkbridge.protocol.bluecard.message.AllSpaceStatus;
import io.parkbridge.protocol.bluecard.message.BlacklistIssue;
import io.parkbridge.protocol.bluecard.message.Heartbeat;
import io.parkbridge.protocol.bluecard.message.WhitelistIssue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The core {@link ParkingGateway} on Bluecard: fees (4.4), payments (4.5), gates (4.22),
 * passes and lists (4.6, 4.7, 4.9, 4.10), coupons (4.23) and space counts (4.1 heartbeat, else
 * 4.33). {@code lockCar} has no Bluecard interface and stays unsupported.
 */
public final class BluecardParkingGateway implements ParkingGateway {
    private final BluecardClient client;
    private final OpenStays stays;
    private final LinkHealth linkHealth;
    private final Clock clock;
    /** Quotes kept for 4.5, at most this many (the oldest is dropped: 4.5 then quotes afresh). */
    static final int MAX_QUOTES = 10_000;
    /**
     * The last quote per stay ({@code orderId}, not plate: a plate's next stay must not pay with
     * the previous stay's {@code outTradeNo}). Bounded, as a quote is often never paid through us.
     */
    private final Map<String, FeeQuote> lastQuote = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FeeQuote> eldest) {
                    return size() > MAX_QUOTES;
                }
            });

    /**
     * @param client bound to the park
     * @param stays plate → current orderId, fed by the inbound handler
     * @param linkHealth heartbeats of the park (may be null: spaces then come from 4.33)
     * @param clock for "now"
     */
    public BluecardParkingGateway(BluecardClient client, OpenStays stays, LinkHealth linkHealth, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.stays = Objects.requireNonNull(stays, "stays");
        this.linkHealth = linkHealth;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String vendor() {
        return Bluecard.VENDOR;
    }

    /**
     * 4.4 for the plate's current stay. Only {@link Coupon.MinutesOff} can be applied in a quote
     * (as {@code couponTime}, hours); grant other coupons with {@link #grantCoupon} first.
     */
    @Override
    public FeeQuote quoteFee(FeeQuery query) {
        long minutes = 0;
        for (Coupon c : query.coupons()) {
            if (c instanceof Coupon.MinutesOff m) {
                minutes += m.minutes();
            } else {
                throw new NotSupportedByVendorException(vendor(), "quoteFee with a " + c.getClass().getSimpleName()
                        + " coupon (grant it with grantCoupon, then quote)");
            }
        }
        String orderId = orderId(query.plate());
        FeeQuote quote = client.quoteFee(orderId, query.plate().number(), minutes);
        lastQuote.put(orderId, quote);
        return quote;
    }

    /**
     * 4.5 for the plate's current stay, against that stay's last quote (a fresh one is taken when none
     * is known): its {@code outTradeNo} and {@code getTime} are echoed. The report's
     * {@code orderId} becomes {@code transactionID}.
     */
    @Override
    public CommandResult reportPayment(PaymentReport payment) {
        String orderId = orderId(payment.plate());
        FeeQuote quote = lastQuote.get(orderId);
        if (quote == null) {
            quote = client.quoteFee(orderId, payment.plate().number(), 0);
        }
        // payCharge is what was receivable (paid + discount granted with it); realCharge what was received.
        var receipt = client.sendPayRes(new BluecardClient.Payment(orderId, payment.plate().number(),
                payment.amount().plus(payment.discount()), payment.amount(), payment.paidAt(), payType(payment.method()),
                "扫码付", quote.exit(), payment.orderId(), BluecardFees.outTradeNo(quote)));
        lastQuote.remove(orderId);
        return new CommandResult(true, receipt.transactionID(), "");
    }

    /**
     * 4.5 {@code payType} in the document's words (微信, 支付宝, 现金): common merchant names are
     * translated, anything else is sent as given.
     */
    static String payType(String method) {
        return switch (method.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "wechat", "weixin", "wxpay" -> "微信";
            case "alipay" -> "支付宝";
            case "cash" -> "现金";
            default -> method;
        };
    }

    /** 4.22: {@code laneId} is Bluecard's {@code passagewayId} (see 4.21). */
    @Override
    public CommandResult openGate(DeviceCommand.OpenGate command) {
        client.remoteLiftRod(command.laneId());
        return new CommandResult(true, command.laneId(), "");
    }

    /** 4.6: one whitelist entry per plate, free of charge (不收费), monthly (月租). */
    @Override
    public CommandResult savePass(Pass pass) {
        List<WhitelistIssue.AreaValidity> areas = pass.areas().stream().sorted()
                .map(a -> new WhitelistIssue.AreaValidity(areaId(a), date(pass.validFrom()), lastDate(pass.validTo())))
                .toList();
        client.synWhite(pass.plates().stream().sorted((a, b) -> a.number().compareTo(b.number()))
                .map(p -> white(p, pass.holder(), pass.validFrom(), pass.validTo(), areas)).toList());
        return new CommandResult(true, pass.id(), "");
    }

    /** 4.7 for that plate only. */
    @Override
    public CommandResult removePass(String passId, Plate plate) {
        client.delWhite(plate.number());
        return new CommandResult(true, passId, "");
    }

    /** 4.6 (white) or 4.9 (black, source 线上). */
    @Override
    public CommandResult addListEntry(ListEntry entry) {
        if (entry.kind() == ListKind.WHITE) {
            client.synWhite(List.of(white(entry.plate(), "", entry.validFrom(), entry.validTo(), List.of())));
        } else {
            client.synBlack("线上", List.of(new BlacklistIssue.BlackEntry(entry.plate().number(), entry.reason())));
        }
        return new CommandResult(true, entry.plate().number(), "");
    }

    /** 4.7 / 4.10 for one plate; never the list-clearing empty plate. */
    @Override
    public CommandResult removeListEntry(ListKind kind, Plate plate) {
        if (kind == ListKind.WHITE) {
            client.delWhite(plate.number());
        } else {
            client.delBlack(plate.number());
        }
        return new CommandResult(true, plate.number(), "");
    }

    /** 4.23 on the plate's current stay: amount (fen on the wire) or minutes; valid for 24 h. */
    @Override
    public CommandResult grantCoupon(String parkId, Plate plate, Coupon coupon) {
        String orderId = orderId(plate);
        Instant end = clock.instant().plus(java.time.Duration.ofDays(1));
        if (coupon instanceof Coupon.AmountOff a) {
            client.coupon(List.of(client.amountCoupon(1, a.code(), end, orderId, plate.number(), a.amount())));
        } else if (coupon instanceof Coupon.MinutesOff m) {
            client.coupon(List.of(client.hourCoupon(1, m.code(), end, orderId, plate.number(), m.minutes())));
        } else {
            throw new NotSupportedByVendorException(vendor(), "grantCoupon with a " + coupon.getClass().getSimpleName()
                    + " (Bluecard has hour and amount coupons only)");
        }
        return new CommandResult(true, coupon.code(), "");
    }

    /** From the last heartbeat while the link is online, else counted from 4.33. */
    @Override
    public SpaceStatus spaceStatus(String parkId) {
        if (linkHealth != null) {
            LinkHealth.Status s = linkHealth.status(client.parkNumber());
            if (s.online() && s.lastHeartbeatBody().isPresent()) {
                Heartbeat.Request h = s.lastHeartbeatBody().get();
                return new SpaceStatus(client.parkNumber(), h.spaceCount(), h.freeSpaceCount(), s.lastHeartbeat().get());
            }
        }
        List<AllSpaceStatus.Space> spaces = client.getAllSpaceStatus();
        int free = (int) spaces.stream().filter(sp -> sp.rateState() == 0).count();
        return new SpaceStatus(client.parkNumber(), spaces.size(), free, clock.instant());
    }

    private String orderId(Plate plate) {
        return stays.orderId(plate).orElseThrow(() -> new IllegalArgumentException(
                "plate: no open stay known for " + plate + " (no entry record received)"));
    }

    private WhitelistIssue.WhiteEntry white(Plate plate, String holder, Instant from, Instant to,
            List<WhitelistIssue.AreaValidity> areas) {
        return new WhitelistIssue.WhiteEntry(plate.number(), "不收费", holder, "", "", "", colour(plate), date(from),
                lastDate(to), "", "月租", "", areas);
    }

    private static String colour(Plate plate) {
        return switch (plate.color()) {
            case BLUE -> "蓝牌";
            case YELLOW -> "黄牌";
            case GREEN -> "绿牌";
            case YELLOW_GREEN -> "黄绿牌";
            case WHITE -> "白牌";
            case BLACK -> "黑牌";
            case UNKNOWN -> "";
        };
    }

    private String date(Instant instant) {
        return client.time().formatDate(instant);
    }

    /** Core validity ends are exclusive, Bluecard's end dates inclusive: the day before. */
    private String lastDate(Instant exclusiveEnd) {
        if (exclusiveEnd.equals(Instant.MAX)) {
            return "2099-12-31";
        }
        return client.time().formatDate(exclusiveEnd.minusNanos(1));
    }

    private static int areaId(String area) {
        try {
            return Integer.parseInt(area);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("areas: expected Bluecard area ids (numbers from the heartbeat), got "
                    + area, e);
        }
    }

}
