package io.parkbridge.protocol.welink.gateway;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.event.EventKey;
import io.parkbridge.core.fee.AppliedDiscount;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.core.port.ParkingGateway;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.core.port.SpaceStatus;
import io.parkbridge.protocol.support.error.VendorBusinessException;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.client.WeLinkBusinessException;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.client.WeLinkErrCode;
import io.parkbridge.protocol.welink.client.WeLinkStatusException;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.ParkingFees;
import io.parkbridge.protocol.welink.message.PassRecords;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.message.RuleType;
import io.parkbridge.protocol.welink.message.WeLinkFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The core {@link ParkingGateway} over a {@link WeLinkClient} bound to one park:
 * <ul>
 * <li>fee query → /pay/queryTmpRentBill (payable → gross, discount → a vendor discount, payed →
 *     already paid, money → payable); NoBill is a zero quote;</li>
 * <li>payment report → /pay/payTmpRentBill with the payToken of the bill quoted (queried again if
 *     needed), refused locally when the amount differs from the bill; idempotent by order id;</li>
 * <li>passes and white list → /passport/add|update|delete + /passport/renew;</li>
 * <li>black list → /blacklist/add|delete (one plate at a time, never the whole list);</li>
 * <li>coupons → /coupon/add with a rule of the configured merchant matching the coupon kind;</li>
 * <li>lock → /passport/lock; space status → /info/space;</li>
 * <li>records → events: {@link #passageEvents} and {@link #paymentEvents}.</li>
 * </ul>
 * Gates cannot be opened through the WeLink API ({@link NotSupportedByVendorException}).
 */
public final class WeLinkParkingGateway implements ParkingGateway {
    /** The vendor name. */
    public static final String VENDOR = "welink";
    private static final int PAGE = 100;
    private static final int MAX_REMEMBERED = 10_000;

    private final WeLinkClient client;
    private final String userId;
    private final long couponMerchant;
    private final String defaultMobilePhone;
    private final ZoneId zone;
    private final Map<String, Pay.TmpRentBill> quotedBills = Collections.synchronizedMap(lru());
    private final Map<String, CommandResult> reportedOrders = Collections.synchronizedMap(lru());
    private final Object[] paymentLocks = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    /**
     * @param client the client (its park, clock and zone are used)
     * @param userId our user id sent where WeLink asks for one (bills are per user)
     * @param couponMerchant the WeLink merchant (mchId) whose rules grant coupons; 0 if none
     * @param defaultMobilePhone the mobile number passports get when the pass has none (WeLink requires one)
     */
    public WeLinkParkingGateway(WeLinkClient client, String userId, long couponMerchant, String defaultMobilePhone) {
        this.client = Objects.requireNonNull(client, "client");
        if (userId == null || userId.isBlank() || userId.length() > 32) {
            throw new IllegalArgumentException("userId: expected 1-32 characters");
        }
        this.userId = userId;
        this.couponMerchant = couponMerchant;
        this.defaultMobilePhone = Objects.requireNonNull(defaultMobilePhone, "defaultMobilePhone");
        this.zone = client.zone();
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_REMEMBERED;
            }
        };
    }

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public FeeQuote quoteFee(FeeQuery query) {
        requirePark(query.parkId());
        if (!query.coupons().isEmpty()) {
            // WeLink prices only coupons already issued to the plate (grantCoupon); it cannot preview one.
            throw new NotSupportedByVendorException(VENDOR, "quoteFee with unissued coupons");
        }
        Pay.TmpRentBill bill;
        try {
            bill = client.queryTmpRentBill(new Pay.TmpRentBillRequest(query.plate().number(), userId));
        } catch (WeLinkBusinessException e) {
            if (e.errCode() == WeLinkErrCode.NO_BILL) {
                return FeeQuote.of(query.at(), query.at(), List.of(), Money.ZERO, List.of(), Money.ZERO, Money.ZERO,
                        List.of("WeLink: nothing to pay (NoBill)"));
            }
            throw e;
        }
        requireSaneAmounts(bill);
        quotedBills.put(query.plate().number(), bill);
        Instant entry = bill.startTime() == null ? query.at() : parse("startTime", bill.startTime());
        Instant exit = bill.endTime() == null ? query.at() : parse("endTime", bill.endTime());
        Money gross = orZero(bill.payable());
        Money discount = orZero(bill.discount());
        List<AppliedDiscount> discounts = discount.isZero() ? List.of()
                : List.of(new AppliedDiscount("vendor-discount", String.valueOf(bill.tradeNo()), discount,
                        bill.comment()));
        List<String> notes = new ArrayList<>();
        notes.add("WeLink tradeNo " + bill.tradeNo() + (bill.minutes() == null ? "" : ", " + bill.minutes() + " minutes"));
        if (bill.leaveTime() != null) {
            notes.add("leave by " + bill.leaveTime());
        }
        FeeQuote computed = FeeQuote.of(entry, exit, List.of(), gross, discounts, orZero(bill.payed()), Money.ZERO,
                notes);
        if (!computed.payable().equals(bill.money())) {
            // WeLink's own "money" is what the gate waits for: it wins, and the mismatch is kept visible.
            notes.add("WeLink asks " + bill.money() + " where payable - discount - payed gives " + computed.payable());
            return new FeeQuote(entry, exit, List.of(), gross, discounts, orZero(bill.payed()), Money.ZERO,
                    bill.money(), notes);
        }
        return computed;
    }

    /**
     * Reports of one order id are serialised (striped locks): a repeat arriving while the first
     * report is still talking to WeLink waits for its result instead of notifying WeLink again.
     */
    @Override
    public CommandResult reportPayment(PaymentReport payment) {
        requirePark(payment.parkId());
        synchronized (paymentLocks[Math.floorMod(payment.orderId().hashCode(), paymentLocks.length)]) {
            return reportOnce(payment);
        }
    }

    private CommandResult reportOnce(PaymentReport payment) {
        CommandResult earlier = reportedOrders.get(payment.orderId());
        if (earlier != null) {
            return earlier;
        }
        String plate = payment.plate().number();
        Pay.TmpRentBill bill = quotedBills.remove(plate);
        if (bill == null) {
            try {
                bill = client.queryTmpRentBill(new Pay.TmpRentBillRequest(plate, userId));
            } catch (WeLinkBusinessException e) {
                return new CommandResult(false, "", "WeLink has no bill for the plate: " + e.code());
            }
        }
        requireSaneAmounts(bill);
        if (!bill.money().equals(payment.amount())) {
            quotedBills.put(plate, bill);
            return new CommandResult(false, String.valueOf(bill.tradeNo()),
                    "amount " + payment.amount() + " differs from the WeLink bill " + bill.money());
        }
        try {
            client.payTmpRentBill(new Pay.PaidBillRequest(plate, bill.payToken()));
        } catch (VendorBusinessException e) {
            return new CommandResult(false, String.valueOf(bill.tradeNo()), e.getMessage());
        }
        CommandResult ok = new CommandResult(true, String.valueOf(bill.tradeNo()), "paid");
        reportedOrders.put(payment.orderId(), ok);
        return ok;
    }

    @Override
    public CommandResult lockCar(DeviceCommand.LockCar command) {
        try {
            client.lockVehicle(new Passports.LockRequest(command.plate().number(),
                    command.locked() ? Passports.LOCK : Passports.UNLOCK));
            return new CommandResult(true, "", command.locked() ? "locked" : "unlocked");
        } catch (WeLinkStatusException e) {
            return new CommandResult(false, "", e.getMessage()); // 0006: operation failed
        }
    }

    @Override
    public CommandResult savePass(Pass pass) {
        List<String> plates = pass.plates().stream().map(Plate::number).sorted().toList();
        String first = plates.get(0);
        String shared = plates.size() > 1 ? String.join(",", plates.subList(1, plates.size())) : null;
        List<Long> areas = areaIds(pass.areas());
        Passports.Authorization auth = new Passports.Authorization(null, null, areas);
        String name = pass.holder().isBlank() ? first : truncate(pass.holder(), 50);
        Optional<Passports.Passport> existing = findPassport(pass.id(), first);
        long id;
        if (existing.isPresent()) {
            Passports.Passport p = existing.get();
            id = p.passportId();
            client.updatePassport(new Passports.UpdateRequest(id, Passports.VEHICLE, name, p.address(),
                    p.mobilePhone() == null || p.mobilePhone().isBlank() ? defaultMobilePhone : p.mobilePhone(),
                    p.mgrType(), p.carType(), first, p.spacenum(), shared, p.cardNumber(),
                    p.inviteable() == null ? 0 : p.inviteable(), p.invitationCode(), auth, null));
        } else {
            id = client.addPassport(new Passports.AddRequest((long) Passports.VEHICLE, name, null, defaultMobilePhone,
                    null, null, first, null, shared, null, 0, null, auth, null));
        }
        LocalDate start = LocalDate.ofInstant(pass.validFrom(), zone);
        LocalDate end = endDate(pass.validTo());
        int months = (int) Math.max(1, ChronoUnit.MONTHS.between(start, end.plusDays(1)));
        // Validity is set by a renewal; the pass carries no price, so the renewal records 0.
        client.renewPassport(new Passports.RenewRequest(first, start.toString(), end.toString(), months, Money.ZERO));
        return new CommandResult(true, Long.toString(id), existing.isPresent() ? "updated" : "added");
    }

    @Override
    public CommandResult removePass(String passId, Plate plate) {
        Optional<Passports.Passport> p = findPassport(passId, plate == null ? null : plate.number());
        if (p.isEmpty()) {
            return new CommandResult(false, passId, "no such passport");
        }
        client.deletePassport(new Passports.DeleteRequest(Passports.VEHICLE, p.get().passportId()));
        return new CommandResult(true, Long.toString(p.get().passportId()), "deleted");
    }

    @Override
    public CommandResult addListEntry(ListEntry entry) {
        if (entry.kind() == ListKind.WHITE) {
            Instant to = entry.validTo().equals(Instant.MAX) ? LocalDate.of(2099, 12, 31).atStartOfDay(zone).toInstant()
                    : entry.validTo();
            return savePass(new Pass("", java.util.Set.of(entry.plate()), entry.validFrom(), to, java.util.Set.of(),
                    entry.reason()));
        }
        String areas = areaIds(java.util.Set.of()).stream().map(String::valueOf).collect(Collectors.joining(","));
        String end = entry.validTo().equals(Instant.MAX) ? null : WeLinkFormats.dateTime(entry.validTo(), zone);
        long id = client.addBlacklist(new Blacklist.AddRequest(entry.plate().number(), areas,
                WeLinkFormats.dateTime(entry.validFrom(), zone), end,
                entry.reason().isBlank() ? null : truncate(entry.reason(), 100)));
        return new CommandResult(true, Long.toString(id), "blacklisted");
    }

    @Override
    public CommandResult removeListEntry(ListKind kind, Plate plate) {
        Objects.requireNonNull(plate, "plate");
        if (plate.number().isBlank()) {
            throw new IllegalArgumentException("plate: expected a plate; a whole list is never cleared");
        }
        if (kind == ListKind.WHITE) {
            return removePass("", plate);
        }
        List<Long> ids = client.stream(WeLinkCatalog.BLACKLIST_QUERY,
                new Blacklist.QueryRequest(truncate(plate.number(), 20), 0, PAGE))
                .filter(e -> plate.number().equals(e.plateNumber())) // keyword is a fuzzy match: delete exact only
                .map(Blacklist.Entry::blackListId).toList();
        ids.forEach(id -> client.deleteBlacklist(new Blacklist.DeleteRequest(id)));
        return new CommandResult(!ids.isEmpty(), ids.stream().map(String::valueOf).collect(Collectors.joining(",")),
                ids.isEmpty() ? "not on the black list" : "removed " + ids.size());
    }

    @Override
    public CommandResult grantCoupon(String parkId, Plate plate, Coupon coupon) {
        requirePark(parkId);
        if (couponMerchant == 0) {
            return new CommandResult(false, "", "no coupon merchant configured");
        }
        List<Coupons.Rule> rules = client.couponRules(new Coupons.RulesRequest(couponMerchant));
        RuleType type;
        long value;
        if (coupon instanceof Coupon.AmountOff a) {
            type = RuleType.AMOUNT_OFF;
            value = wholeAmount(a.amount());
        } else if (coupon instanceof Coupon.MinutesOff m) {
            type = RuleType.TIME_OFF;
            value = m.minutes();
        } else if (coupon instanceof Coupon.PercentOff p) {
            type = RuleType.PERCENT_OFF;
            value = p.percent();
        } else {
            type = RuleType.FREE_UNTIL_DEADLINE;
            value = -1;
        }
        // A rule with exactly this value, else one whose value is 0 (the caller may then set it).
        Optional<Coupons.Rule> exact = rules.stream().filter(r -> r.ruleTypeValue() == type)
                .filter(r -> r.discountValue() != null && r.discountValue() == value).findFirst();
        Optional<Coupons.Rule> open = rules.stream().filter(r -> r.ruleTypeValue() == type)
                .filter(r -> r.discountValue() == null || r.discountValue() == 0).findFirst();
        if (exact.isEmpty() && (open.isEmpty() || type == RuleType.FREE_UNTIL_DEADLINE)) {
            return new CommandResult(false, coupon.code(), "merchant " + couponMerchant + " has no " + type
                    + " rule for value " + value);
        }
        Coupons.Rule rule = exact.orElseGet(open::get);
        long id = client.addCoupon(new Coupons.AddRequest(couponMerchant, rule.ruleId(), plate.number(),
                exact.isPresent() ? null : value));
        return new CommandResult(true, Long.toString(id), "coupon " + rule.ruleName());
    }

    @Override
    public SpaceStatus spaceStatus(String parkId) {
        requirePark(parkId);
        List<Info.AreaSpace> spaces = client.space();
        int total = spaces.stream().mapToInt(s -> s.totalSpace() == null ? 0 : s.totalSpace()).sum();
        int free = spaces.stream().mapToInt(s -> s.freeSpace() == null ? 0 : s.freeSpace()).sum();
        return new SpaceStatus(client.parkId(), total, free, client.clock().instant());
    }

    /**
     * Vehicle passages between {@code from} and {@code to} as core events (direction 1 →
     * {@link DomainEvent.VehicleEntered}, 2 → {@link DomainEvent.VehicleExited}). WeLink records
     * carry no record id: the key is built from plate, time and lane, which identify a passage.
     * Exits carry {@code charged} zero: WeLink reports money in the payment records instead.
     */
    public List<DomainEvent> passageEvents(Instant from, Instant to) {
        PassRecords.CarRecordsRequest first = new PassRecords.CarRecordsRequest(null, null,
                WeLinkFormats.dateTime(from, zone), WeLinkFormats.dateTime(to, zone), null, 0, PAGE);
        return client.stream(WeLinkCatalog.PASSRECORD_CAR_RECORDS, first).map(this::toEvent).toList();
    }

    /** Temporary-parking payments between {@code from} and {@code to} as {@link DomainEvent.PaymentCompleted}. */
    public List<DomainEvent> paymentEvents(Instant from, Instant to) {
        ParkingFees.TmpRentRecordsRequest first = new ParkingFees.TmpRentRecordsRequest(null, null,
                WeLinkFormats.dateTime(from, zone), WeLinkFormats.dateTime(to, zone), null, 0, PAGE);
        return client.stream(WeLinkCatalog.PARKING_FEE_TMP_RENT_RECORDS, first).map(r -> {
            String recordId = r.tradeNo() != null ? r.tradeNo().toString()
                    : r.plateNumber() + "@" + r.operateTime();
            return (DomainEvent) new DomainEvent.PaymentCompleted(EventKey.of(VENDOR, "payment", recordId), VENDOR,
                    parse("operateTime", r.operateTime()), client.parkId(), plateOf(r.plateNumber()),
                    recordId, orZero(r.realFee()), orZero(r.discountFee()), r.payChannelValue().name().toLowerCase());
        }).toList();
    }

    private DomainEvent toEvent(PassRecords.CarRecord r) {
        String recordId = r.plateNumber() + "@" + r.time() + "@" + r.laneId();
        Instant at = parse("time", r.time());
        Plate plate = plateOf(r.plateNumber());
        String lane = r.laneId() == null ? "" : r.laneId().toString();
        if (r.direction() != null && r.direction() == 2) {
            return new DomainEvent.VehicleExited(EventKey.of(VENDOR, "exit", recordId), VENDOR, at, client.parkId(),
                    plate, lane, recordId, null, Money.ZERO, List.of());
        }
        return new DomainEvent.VehicleEntered(EventKey.of(VENDOR, "entry", recordId), VENDOR, at, client.parkId(), plate,
                lane, recordId, List.of());
    }

    /**
     * WeLink plates, or the temporary license it gives an unplated car (e.g. "W9001"), which is
     * no plate: that becomes {@link Plate#unlicensed()}; the license stays in the record id.
     */
    private static Plate plateOf(String raw) {
        try {
            return Plate.parse(raw);
        } catch (io.parkbridge.core.plate.InvalidPlateException e) {
            return Plate.unlicensed();
        }
    }

    private Optional<Passports.Passport> findPassport(String passId, String plate) {
        if (passId != null && passId.matches("\\d{1,18}")) {
            Optional<Passports.Passport> byId = get(Passports.GetRequest.byId(Long.parseLong(passId)));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return plate == null ? Optional.empty() : get(Passports.GetRequest.byPlate(plate));
    }

    private Optional<Passports.Passport> get(Passports.GetRequest request) {
        try {
            return Optional.of(client.getPassport(request));
        } catch (WeLinkStatusException | WeLinkBusinessException notFound) {
            return Optional.empty();
        }
    }

    private List<Long> areaIds(java.util.Set<String> areas) {
        if (!areas.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            for (String a : areas) {
                try {
                    ids.add(Long.parseLong(a.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("areas: expected WeLink area ids (numbers), got '" + a + "'");
                }
            }
            return ids;
        }
        return client.areas().stream().filter(a -> a.areaType() != null && a.areaType() == 1).map(Info.Area::areaId)
                .toList();
    }

    private long wholeAmount(Money amount) {
        BigDecimal wire = client.moneyUnit().toWire(amount);
        try {
            return wire.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount: WeLink coupon values are whole " + client.moneyUnit()
                    + ", got " + amount);
        }
    }

    private LocalDate endDate(Instant validToExclusive) {
        return LocalDate.ofInstant(validToExclusive.minusNanos(1), zone);
    }

    private Instant parse(String field, String text) {
        return WeLinkFormats.parse(field, text, zone);
    }

    private void requirePark(String parkId) {
        if (parkId != null && !parkId.isEmpty() && !parkId.equals(client.parkId())) {
            throw new IllegalArgumentException("parkId: this gateway serves park " + client.parkId() + ", got " + parkId);
        }
    }

    /** A bill asking a negative amount is not a bill: it would become a negative payable (a refund). */
    private static void requireSaneAmounts(Pay.TmpRentBill bill) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("money", bill.money());
        amounts.put("payable", bill.payable());
        amounts.put("discount", bill.discount());
        amounts.put("payed", bill.payed());
        amounts.forEach((field, amount) -> {
            if (amount != null && amount.isNegative()) {
                throw new io.parkbridge.protocol.support.error.MalformedMessageException(VENDOR, field,
                        "an amount of zero or more in the /pay/queryTmpRentBill reply", null);
            }
        });
    }

    private static Money orZero(Money m) {
        return m == null ? Money.ZERO : m;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
