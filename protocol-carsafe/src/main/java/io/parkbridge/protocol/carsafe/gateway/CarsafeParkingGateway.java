package io.parkbridge.protocol.carsafe.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.core.port.ParkingGateway;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.core.port.SpaceStatus;
import io.parkbridge.protocol.carsafe.client.CarsafeBusinessException;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.codec.CarsafeTime;
import io.parkbridge.protocol.carsafe.message.BlacklistEntry;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.FeeCalculation;
import io.parkbridge.protocol.carsafe.message.FeeCalculationRequest;
import io.parkbridge.protocol.carsafe.message.FlagResult;
import io.parkbridge.protocol.carsafe.message.PaymentCommitRequest;
import io.parkbridge.protocol.carsafe.message.SpaceTotals;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ParkingGateway} over Chean: fees (6.1, coupons via 6.30), payment (6.1 then 6.2), gate
 * (6.25), lock (6.16/6.18), black list (6.72/6.76/6.74), coupons on a vehicle (6.60) and spaces
 * (6.3), pass renewal (6.6) and card cancellation (10.16). White lists are not offered by this
 * interface set: they throw {@link NotSupportedByVendorException}.
 */
public final class CarsafeParkingGateway implements ParkingGateway {
    private final CarsafeClient client;
    private final CarsafeParking parking;
    private final Clock clock;
    private final ZoneId zone;

    public CarsafeParkingGateway(CarsafeClient client, Clock clock, ZoneId zone) {
        this.client = Objects.requireNonNull(client, "client");
        this.parking = new CarsafeParking(client);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String vendor() {
        return "carsafe";
    }

    @Override
    public FeeQuote quoteFee(FeeQuery query) {
        Credential plate = Credential.plate(query.plate().number());
        FeeCalculation calc = parking.calculateFee(new FeeCalculationRequest(plate.type(), plate.value(),
                CarsafeTime.format(LocalDateTime.ofInstant(query.at(), zone)), null, null, null, null, null));
        for (Coupon coupon : query.coupons()) {
            if (calc.orderNo() == null || calc.orderNo().isBlank()) {
                break; // nothing owed: no order to attach a coupon to
            }
            calc = client.call("6.30", Map.of("orderNo", calc.orderNo(), "barcode", coupon.code()),
                    FeeCalculation.class);
        }
        return toQuote(calc, query.at());
    }

    private FeeQuote toQuote(FeeCalculation calc, Instant at) {
        Instant entry = instant(calc.enterTime(), "entertime");
        Instant exit = calc.calcEndTime() == null ? at : instant(calc.calcEndTime(), "calcendtime");
        Money gross = require(calc.parkCost(), "parkcost");
        Money payable = require(calc.amount(), "amount");
        Money discounted = gross.minus(payable).atLeastZero();
        List<String> notes = new ArrayList<>();
        if (calc.orderNo() != null) {
            notes.add("orderNo " + calc.orderNo());
        }
        if (calc.parkMinutes() != null) {
            notes.add("parked " + calc.parkMinutes() + " min");
        }
        return FeeQuote.of(entry, exit, List.of(), gross, List.of(), Money.ZERO, discounted, notes);
    }

    @Override
    public CommandResult reportPayment(PaymentReport payment) {
        Credential plate = Credential.plate(payment.plate().number());
        FeeCalculation calc = parking.calculateFee(FeeCalculationRequest.now(plate));
        String paidAt = CarsafeTime.format(LocalDateTime.ofInstant(payment.paidAt(), zone));
        FlagResult r = parking.commitPayment(PaymentCommitRequest.paying(calc, plate, payment.amount(),
                PayTypes.code(payment.method()), payment.orderId(), paidAt));
        return new CommandResult(r.ok(), calc.orderNo(), r.memo());
    }

    @Override
    public CommandResult openGate(DeviceCommand.OpenGate command) {
        parking.openGate(command.laneId());
        return new CommandResult(true, "", "");
    }

    @Override
    public CommandResult lockCar(DeviceCommand.LockCar command) {
        if (command.locked()) {
            parking.lockCar(command.plate().number());
        } else {
            parking.cancelLock(command.plate().number());
        }
        return new CommandResult(true, "", "");
    }

    /**
     * Renews an existing monthly card to the pass's end (6.6 with {@code expirydate}, the last
     * covered day). Chean issues new cards through 10.15 with site-specific card types, so a
     * card that does not exist yet is refused (accepted = false, with Chean's message).
     */
    @Override
    public CommandResult savePass(Pass pass) {
        String plate = pass.plates().stream().map(Plate::number).sorted().findFirst().orElseThrow();
        String lastDay = LocalDateTime.ofInstant(pass.validTo().minusNanos(1), zone).toLocalDate().toString();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("credentialtype", "1");
        data.put("credential", plate);
        data.put("expirydate", lastDay);
        data.put("paytype", "10");
        data.put("thirdPayId", pass.id());
        data.put("thirdPayTime", CarsafeTime.format(LocalDateTime.now(clock.withZone(zone))));
        try {
            FlagResult r = client.call("6.6", data, FlagResult.class);
            return new CommandResult(r.ok(), pass.id(), r.memo());
        } catch (CarsafeBusinessException e) {
            return new CommandResult(false, pass.id(), e.vendorMessage());
        }
    }

    /** Cancels the card of {@code plate} (10.16 卡注销 by plate). */
    @Override
    public CommandResult removePass(String passId, Plate plate) {
        client.call("10.16", Map.of("CredentialType", "1", "Credential", plate.number()));
        return new CommandResult(true, passId == null ? "" : passId, "");
    }

    @Override
    public CommandResult addListEntry(ListEntry entry) {
        if (entry.kind() != ListKind.BLACK) {
            throw new NotSupportedByVendorException(vendor(), "addListEntry(WHITE)");
        }
        String start = CarsafeTime.format(LocalDateTime.ofInstant(entry.validFrom(), zone));
        String end = entry.validTo() == null ? "2099-01-01 00:00:00"
                : CarsafeTime.format(LocalDateTime.ofInstant(entry.validTo(), zone));
        parking.addToBlacklist(new BlacklistEntry(null, entry.plate().number(), null, start, end, null, entry.reason()));
        return new CommandResult(true, "", "");
    }

    @Override
    public CommandResult removeListEntry(ListKind kind, Plate plate) {
        if (kind != ListKind.BLACK) {
            throw new NotSupportedByVendorException(vendor(), "removeListEntry(WHITE)");
        }
        int removed = 0;
        for (BlacklistEntry e : parking.blacklist()) {
            if (plate.number().equals(e.plateNo()) && e.autoId() != null) {
                parking.deleteFromBlacklist(e.autoId());
                removed++;
            }
        }
        return new CommandResult(removed > 0, "", removed == 0 ? "not on the black list" : "");
    }

    @Override
    public CommandResult grantCoupon(String parkId, Plate plate, Coupon coupon) {
        JsonNode data = client.call("6.60", Map.of("credentialType", "1", "credential", plate.number(), "barcode",
                coupon.code())).data();
        return new CommandResult(true, data.path("parkPayUrl").asText(""), "");
    }

    @Override
    public SpaceStatus spaceStatus(String parkId) {
        SpaceTotals t = parking.remainingSpaces();
        return new SpaceStatus(parkId, Math.toIntExact(t.total()), Math.toIntExact(t.remain()), clock.instant());
    }

    private Instant instant(String text, String field) {
        return CarsafeTime.parse(text).map(t -> t.atZone(zone).toInstant()).orElseThrow(
                () -> new MalformedMessageException("carsafe", field, "a time such as 2019-12-09 15:42:45", null));
    }

    private static Money require(Money m, String field) {
        if (m == null) {
            throw new MalformedMessageException("carsafe", field, "an amount", null);
        }
        return m;
    }
}
