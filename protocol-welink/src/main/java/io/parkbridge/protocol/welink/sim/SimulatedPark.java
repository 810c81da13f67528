package io.parkbridge.protocol.welink.sim;

import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeEngine;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.fee.Tariff;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.welink.message.Auth;
import io.parkbridge.protocol.welink.message.AuthState;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Bookings;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.Paged;
import io.parkbridge.protocol.welink.message.ParkingFees;
import io.parkbridge.protocol.welink.message.PassRecords;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.message.PayChannel;
import io.parkbridge.protocol.welink.message.RuleType;
import io.parkbridge.protocol.welink.message.Space;
import io.parkbridge.protocol.welink.message.User;
import io.parkbridge.protocol.welink.message.WeLinkFormats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The in-memory state of one simulated WeLink park and the behaviour of every endpoint on
 * it: areas, lanes, passports (white list), vehicles in the park and their passages, payments,
 * merchants, coupon rules and coupons, unplated-car authentication, bills with pay tokens,
 * bookings, the black list and parking bays. Fees come from the core {@link FeeEngine} under a
 * {@link Tariff}.
 * Thread-safe (every operation holds the park's lock). Tests may read and seed it directly.
 *
 * <p>Each endpoint method carries the name of the {@code WeLinkClient} method for the same
 * interface and takes/returns the same message records; failures are {@link SimulatedFailure}s
 * (the status and errCode WeLink would answer).
 */
public final class SimulatedPark {
    /** A vehicle in the park. {@code userId} is set for unplated cars that authenticated by QR code. */
    public static final class Stay {
        String plate;
        final Instant entry;
        final long laneId;
        final String userId;
        final List<Coupon> coupons = new ArrayList<>();
        Money paid = Money.ZERO;
        Instant lastPaidAt;
        boolean locked;

        Stay(String plate, Instant entry, long laneId, String userId) {
            this.plate = plate;
            this.entry = entry;
            this.laneId = laneId;
            this.userId = userId;
        }

        public String plate() {
            return plate;
        }

        public Instant entry() {
            return entry;
        }

        public Money paid() {
            return paid;
        }

        public boolean locked() {
            return locked;
        }
    }

    /** An issued pay token and what it pays for. */
    private record Bill(String plate, long tradeNo, Money amount, Money discount, boolean longRent, String startDate,
            int period) {
    }

    private record IssuedCoupon(long couponId, long mchId, Coupons.Rule rule, String plate, Instant created) {
    }

    private record AuthKey(long laneId, String userId) {
    }

    private final Clock clock;
    private final ZoneId zone;
    private final Tariff tariff;
    private final FeeEngine engine = new FeeEngine();
    private final AtomicLong ids = new AtomicLong(100_000);
    private final AtomicLong tokens = new AtomicLong(1);

    private final List<Info.Area> areas = new ArrayList<>();
    private final List<Info.Lane> lanes = new ArrayList<>();
    private final List<Info.CodeName> mgrTypes = new ArrayList<>();
    private final List<Info.CodeName> carTypes = new ArrayList<>();
    private final Map<Long, Integer> totalSpaces = new LinkedHashMap<>();
    private Info.RentRule rentRule;
    private final Map<Long, String> qrUrls = new LinkedHashMap<>();
    private final Map<Long, Passports.Passport> passports = new LinkedHashMap<>();
    private final Map<String, Stay> inPark = new LinkedHashMap<>();
    private final List<PassRecords.CarRecord> carRecords = new ArrayList<>();
    private final List<PassRecords.AcRecord> acRecords = new ArrayList<>();
    private final List<ParkingFees.TmpRentRecord> tmpRentRecords = new ArrayList<>();
    private final List<ParkingFees.LongRentRecord> longRentRecords = new ArrayList<>();
    private final Map<Long, String> merchants = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Coupons.Rule>> rules = new LinkedHashMap<>();
    private final List<IssuedCoupon> issuedCoupons = new ArrayList<>();
    private final Map<String, Bill> bills = new LinkedHashMap<>();
    private final Map<AuthKey, Auth.AuthResult> authEvents = new LinkedHashMap<>();
    private final Map<Long, Bookings.Booking> bookings = new LinkedHashMap<>();
    private final Map<Long, Blacklist.Entry> blacklist = new LinkedHashMap<>();
    private final Map<String, Space.ParkingInfo> bays = new LinkedHashMap<>();
    private final Map<String, List<String>> bayCoupons = new LinkedHashMap<>();

    public SimulatedPark(Clock clock, ZoneId zone, Tariff tariff) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.tariff = Objects.requireNonNull(tariff, "tariff");
    }

    // ------------------------------------------------------------------ seeding

    /** Adds an area with {@code totalSpaces} spaces. */
    public synchronized void addArea(long areaId, String name, int areaType, int spaces) {
        areas.add(new Info.Area(areaId, name, areaType));
        totalSpaces.put(areaId, spaces);
    }

    public synchronized void addLane(long laneId, String name, int laneType, long areaId) {
        lanes.add(new Info.Lane(laneId, name, laneType, areaId));
    }

    public synchronized void addMerchant(long mchId, String name) {
        merchants.put(mchId, name);
        rules.putIfAbsent(mchId, new LinkedHashMap<>());
    }

    public synchronized void addRule(long mchId, Coupons.Rule rule) {
        rules.computeIfAbsent(mchId, k -> new LinkedHashMap<>()).put(rule.ruleId(), rule);
    }

    public synchronized void setRentRule(Info.RentRule rule) {
        this.rentRule = rule;
    }

    /** Puts a vehicle in the park (an entry passage is recorded). */
    public synchronized Stay enter(String plate, Instant at, long laneId, String userId) {
        Stay stay = new Stay(plate, at, laneId, userId);
        inPark.put(plate, stay);
        carRecords.add(new PassRecords.CarRecord(plate, time(at), laneId, laneName(laneId), 1,
                hasValidPassport(plate, at) ? 1 : 2, 1));
        return stay;
    }

    public synchronized void addPassport(Passports.Passport passport) {
        passports.put(passport.passportId(), passport);
    }

    public synchronized void addBooking(Bookings.Booking booking) {
        bookings.put(booking.bookingId(), booking);
    }

    public synchronized void addBlacklist(Blacklist.Entry entry) {
        blacklist.put(entry.blackListId(), entry);
    }

    public synchronized void addBay(Space.ParkingInfo bay) {
        bays.put(bay.parkingSpaceNo(), bay);
    }

    /** Issues a pay token for a temporary-parking bill now, as queryTmpRentBill would, under a chosen token. */
    public synchronized void issueTmpToken(String token, String plate) {
        Stay stay = inPark.get(plate);
        FeeQuote q = quote(stay);
        bills.put(token, new Bill(plate, ids.incrementAndGet(), q.payable(), q.discountTotal(), false, null, 0));
    }

    /** Issues a pay token for a long-rent bill under a chosen token. */
    public synchronized void issueLongToken(String token, String plate, String startDate, int period) {
        bills.put(token, new Bill(plate, ids.incrementAndGet(), rent(period), Money.ZERO, true, startDate, period));
    }

    /** The vehicle in the park with {@code plate}, if any. */
    public synchronized java.util.Optional<Stay> stay(String plate) {
        return java.util.Optional.ofNullable(inPark.get(plate));
    }

    public synchronized List<Passports.Passport> passports() {
        return List.copyOf(passports.values());
    }

    public synchronized List<Blacklist.Entry> blacklist() {
        return List.copyOf(blacklist.values());
    }

    /** Coupons attached to a vehicle in the park. */
    public synchronized List<Coupon> couponsOf(String plate) {
        Stay s = inPark.get(plate);
        return s == null ? List.of() : List.copyOf(s.coupons);
    }

    /** The current quote for a vehicle in the park. */
    public synchronized FeeQuote quote(String plate) {
        return quote(requireStay(plate));
    }

    // ------------------------------------------------------------------ 5.1 user

    public synchronized String login(User.LoginRequest r) {
        return "/ww/admin.html?openid=sim" + r.userId() + "&wetoken=" + token("wt") + "&role=" + r.role()
                + "&version=2.4&name=" + r.userName() + "&c=qqb&s=" + r.state();
    }

    // ------------------------------------------------------------------ 5.2 info

    public synchronized List<Info.Area> areas() {
        return List.copyOf(areas);
    }

    public synchronized List<Info.Lane> lanes() {
        return List.copyOf(lanes);
    }

    public synchronized List<Info.CodeName> mgrTypes() {
        return List.copyOf(mgrTypes);
    }

    public synchronized List<Info.CodeName> carTypes() {
        return List.copyOf(carTypes);
    }

    public synchronized List<Info.AreaSpace> space() {
        List<Info.AreaSpace> out = new ArrayList<>();
        Instant now = clock.instant();
        for (Info.Area a : areas) {
            if (a.areaType() != 1) {
                continue;
            }
            int total = totalSpaces.getOrDefault(a.areaId(), 0);
            int longSpace = total / 5;
            int tmpSpace = total - longSpace;
            long longParked = inPark.values().stream().filter(s -> inArea(s, a.areaId()))
                    .filter(s -> hasValidPassport(s.plate, now)).count();
            long tmpParked = inPark.values().stream().filter(s -> inArea(s, a.areaId())).count() - longParked;
            int tmpFree = (int) Math.max(0, tmpSpace - tmpParked);
            int longFree = (int) Math.max(0, longSpace - longParked);
            out.add(new Info.AreaSpace(a.areaId(), total, tmpSpace, longSpace, tmpFree + longFree, tmpFree, longFree,
                    true, true, true));
        }
        return out;
    }

    public synchronized Info.RentRule rentRule(Info.RentRuleRequest r) {
        if (rentRule == null) {
            throw SimulatedFailure.failed("no rent rule configured");
        }
        return rentRule;
    }

    public synchronized Info.QrCode setQrUrl(Info.SetQrUrlRequest r) {
        requireLane(r.lanId(), "lanId");
        qrUrls.put(r.lanId(), r.qrUrl());
        return new Info.QrCode(r.qrCode() != null && !r.qrCode().isBlank() ? r.qrCode() : "8000" + r.lanId());
    }

    // ------------------------------------------------------------------ 5.3 passport

    public synchronized List<Passports.Passport> queryPassports(Passports.QueryRequest r) {
        Instant now = clock.instant();
        return page(passports.values().stream()
                .filter(p -> r.passportType() == Passports.VEHICLE ? p.parkAuth() != null : p.acAuth() != null)
                .filter(p -> r.state() == null || r.state() == 0 || passportState(p, now) == r.state())
                .filter(p -> matches(r.keyword(), p.plateNumber(), p.name(), p.cardNumber(), p.address()))
                .toList(), r);
    }

    public synchronized Passports.Passport getPassport(Passports.GetRequest r) {
        return passports.values().stream()
                .filter(p -> r.passportId() != null ? p.passportId().equals(r.passportId())
                        : plates(p).contains(r.plateNumber()))
                .findFirst().orElseThrow(() -> SimulatedFailure.failed("no such passport"));
    }

    public synchronized String invitationCode() {
        return String.valueOf(10_000_000 + ids.incrementAndGet() % 90_000_000);
    }

    public synchronized boolean hasPlateNumbers(Passports.HasPlateNumbersRequest r) {
        List<String> wanted = Passports.splitList(r.plateNumbers());
        return passports.values().stream().filter(p -> !p.passportId().equals(r.passportId()))
                .anyMatch(p -> plates(p).stream().anyMatch(wanted::contains));
    }

    public synchronized boolean hasCardNumbers(Passports.HasCardNumbersRequest r) {
        List<String> wanted = Passports.splitList(r.cardNumbers());
        return passports.values().stream().filter(p -> !p.passportId().equals(r.passportId()))
                .anyMatch(p -> Passports.splitList(p.cardNumber()).stream().anyMatch(wanted::contains));
    }

    public synchronized long addPassport(Passports.AddRequest r) {
        requireAuthFor(r.passportType().intValue(), r.parkAuth(), r.acAuth());
        if (r.plateNumber() != null && hasPlateNumbers(new Passports.HasPlateNumbersRequest(0L, r.plateNumber()))) {
            throw SimulatedFailure.failed("plate already registered");
        }
        long id = ids.incrementAndGet();
        passports.put(id, new Passports.Passport(id, r.name(), r.address(), r.mobilePhone(), r.mgrType(), r.carType(),
                r.plateNumber(), r.spacenum(), r.sharePlates(), r.cardNumber(), r.inviteable(), r.invitationCode(),
                r.parkAuth() == null ? null : new Passports.Authorization(null, null, r.parkAuth().areaIds()),
                r.acAuth()));
        return id;
    }

    public synchronized void updatePassport(Passports.UpdateRequest r) {
        Passports.Passport old = requirePassport(r.passportId());
        requireAuthFor(r.passportType(), r.parkAuth(), r.acAuth());
        Passports.Authorization park = r.parkAuth() == null ? null : new Passports.Authorization(
                old.parkAuth() == null ? null : old.parkAuth().startDate(),
                old.parkAuth() == null ? null : old.parkAuth().endDate(), r.parkAuth().areaIds());
        passports.put(old.passportId(), new Passports.Passport(old.passportId(), r.name(), r.address(),
                r.mobilePhone(), r.mgrType(), r.carType(), r.plateNumber(), r.spacenum(), r.sharePlates(),
                r.cardNumber(), r.inviteable(), r.invitationCode(), park, r.acAuth()));
    }

    public synchronized void deletePassport(Passports.DeleteRequest r) {
        requirePassport(r.passportId());
        passports.remove(r.passportId());
    }

    public synchronized void renewPassport(Passports.RenewRequest r) {
        Passports.Passport p = passportByPlate(r.plateNumber());
        if (LocalDate.parse(r.endDate()).isBefore(LocalDate.parse(r.startDate()))) {
            throw SimulatedFailure.invalid("endDate: expected on or after startDate");
        }
        extend(p, r.startDate(), r.endDate());
        longRentRecords.add(new ParkingFees.LongRentRecord(r.plateNumber(), r.startDate(), r.endDate(), p.spacenum(),
                p.mgrType() == null ? null : p.mgrType().longValue(), p.carType(), ids.incrementAndGet(), r.money(),
                Money.ZERO, r.money(), PayChannel.OPEN_API.code(), time(clock.instant()), "openapi"));
    }

    public synchronized void lockVehicle(Passports.LockRequest r) {
        Stay s = inPark.get(r.plateNumber());
        if (s == null) {
            throw SimulatedFailure.failed("vehicle not in the park");
        }
        s.locked = r.state() == Passports.LOCK;
    }

    // ------------------------------------------------------------------ 5.4 passrecord

    public synchronized List<PassRecords.CarRecord> queryCarRecords(PassRecords.CarRecordsRequest r) {
        Instant from = parse("startTime", r.startTime());
        Instant to = parse("endTime", r.endTime());
        return page(carRecords.stream().filter(c -> within(c.time(), from, to))
                .filter(c -> r.laneId() == null || r.laneId().equals(c.laneId()))
                .filter(c -> r.areaId() == null || r.areaId().equals(areaOf(c.laneId())))
                .filter(c -> matches(r.keyword(), c.plateNumber())).toList(), r);
    }

    public synchronized List<PassRecords.AcRecord> queryAcRecords(PassRecords.AcRecordsRequest r) {
        Instant from = parse("startTime", r.startTime());
        Instant to = parse("endTime", r.endTime());
        return page(acRecords.stream().filter(c -> within(c.time(), from, to))
                .filter(c -> r.laneId() == null || r.laneId().equals(c.laneId()))
                .filter(c -> r.areaId() == null || r.areaId().equals(areaOf(c.laneId()))).toList(), r);
    }

    public synchronized List<PassRecords.OnParkingRecord> queryOnParkingRecords(
            PassRecords.OnParkingRecordsRequest r) {
        Instant now = clock.instant();
        Instant before = r.days() == null || r.days() == 0 ? null : now.minus(Duration.ofDays(r.days()));
        return page(inPark.values().stream()
                .filter(s -> r.areaId() == null || inArea(s, r.areaId()))
                .filter(s -> matches(r.keyword(), s.plate))
                .filter(s -> before == null || s.entry.isBefore(before))
                .map(s -> new PassRecords.OnParkingRecord(s.plate, time(s.entry), s.laneId, laneName(s.laneId),
                        hasValidPassport(s.plate, now) ? 1 : 2, 1))
                .toList(), r);
    }

    public synchronized void resetOutside(PassRecords.InParkRecordRequest r) {
        Stay s = inPark.get(r.plateNumber());
        if (s == null || !time(s.entry).equals(r.time()) || s.laneId != r.laneId()) {
            throw SimulatedFailure.failed("no in-park record for that plate, time and lane");
        }
        leave(s, exitLane(), clock.instant());
    }

    public synchronized void modifyPlate(PassRecords.InParkRecordRequest r) {
        Stay s = inPark.values().stream().filter(x -> time(x.entry).equals(r.time()) && x.laneId == r.laneId())
                .findFirst().orElseThrow(() -> SimulatedFailure.failed("no in-park record at that time and lane"));
        inPark.remove(s.plate);
        s.plate = r.plateNumber();
        inPark.put(s.plate, s);
    }

    public synchronized List<String> queryImageUrls(PassRecords.ImageUrlRequest r) {
        requireLane(r.laneId(), "laneId");
        String stamp = r.time().replace(" ", "T").replace(":", "");
        return List.of("http://127.0.0.1/sim/images/" + r.laneId() + "/" + stamp + "-plate.jpg",
                "http://127.0.0.1/sim/images/" + r.laneId() + "/" + stamp + "-scene.jpg");
    }

    // ------------------------------------------------------------------ 5.5 parkingFee

    public synchronized List<ParkingFees.TmpRentRecord> queryTmpRentRecords(ParkingFees.TmpRentRecordsRequest r) {
        Instant from = parse("startTime", r.startTime());
        Instant to = parse("endTime", r.endTime());
        return page(tmpRentRecords.stream().filter(t -> within(t.operateTime(), from, to))
                .filter(t -> r.areaId() == null || r.areaId().equals(t.areaId()))
                .filter(t -> matches(r.keyword(), t.plateNumber())).toList(), r);
    }

    public synchronized List<ParkingFees.LongRentRecord> queryLongRentRecords(ParkingFees.LongRentRecordsRequest r) {
        Instant from = parse("startDate", r.startDate());
        Instant to = parse("endDate", r.endDate()).plus(Duration.ofDays(1));
        return page(longRentRecords.stream().filter(t -> within(t.operateTime(), from, to))
                .filter(t -> matches(r.keyword(), t.plateNumber())).toList(), r);
    }

    // ------------------------------------------------------------------ 5.6 coupon

    public synchronized Coupons.Quota couponQuota(Coupons.RuleRef r) {
        Coupons.Rule rule = requireRule(r.mchId(), r.ruleId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long day = countIssued(r.ruleId(), d -> d.equals(today));
        long month = countIssued(r.ruleId(), d -> d.getYear() == today.getYear() && d.getMonth() == today.getMonth());
        long year = countIssued(r.ruleId(), d -> d.getYear() == today.getYear());
        return new Coupons.Quota(remaining(rule.dailyLimit(), day), remaining(rule.monthlyLimit(), month),
                remaining(rule.yearlyLimit(), year));
    }

    public synchronized Coupons.Rule couponRule(Coupons.RuleRef r) {
        return requireRule(r.mchId(), r.ruleId());
    }

    public synchronized List<Coupons.Rule> couponRules(Coupons.RulesRequest r) {
        requireMerchant(r.mchId());
        return List.copyOf(rules.getOrDefault(r.mchId(), Map.of()).values());
    }

    public synchronized List<Coupons.Merchant> merchants() {
        return merchants.entrySet().stream().map(e -> new Coupons.Merchant(e.getKey(), e.getValue())).toList();
    }

    public synchronized long addCoupon(Coupons.AddRequest r) {
        Coupons.Rule rule = requireRule(r.mchId(), r.ruleId());
        Coupons.Quota quota = couponQuota(new Coupons.RuleRef(r.mchId(), r.ruleId()));
        if (quota.todayRemaining() <= 0 || quota.monthRemaining() <= 0 || quota.yearRemaining() <= 0) {
            throw SimulatedFailure.failed("coupon quota used up");
        }
        long value = rule.discountValue() == null ? 0 : rule.discountValue();
        if (r.discountValue() != null) {
            if (value != 0) {
                throw SimulatedFailure.invalid("discountValue: allowed only when the rule's own value is 0");
            }
            value = r.discountValue();
        }
        long id = ids.incrementAndGet();
        Coupons.Rule effective = new Coupons.Rule(rule.ruleId(), rule.ruleName(), rule.ruleType(), value,
                rule.dailyLimit(), rule.monthlyLimit(), rule.yearlyLimit(), rule.times());
        issuedCoupons.add(new IssuedCoupon(id, r.mchId(), effective, r.plateNumber(), clock.instant()));
        Stay s = inPark.get(r.plateNumber());
        if (s != null) {
            s.coupons.add(toCoupon(id, effective));
        }
        return id;
    }

    public synchronized List<Coupons.IssuedCoupon> queryCoupons(Coupons.QueryCouponsRequest r) {
        LocalDate date = LocalDate.parse(r.date());
        return page(issuedCoupons.stream().filter(c -> c.mchId() == r.mchId())
                .filter(c -> LocalDate.ofInstant(c.created(), zone).equals(date))
                .map(c -> new Coupons.IssuedCoupon(c.rule().ruleId(), c.rule().ruleName(), c.plate(),
                        time(c.created())))
                .toList(), r);
    }

    // ------------------------------------------------------------------ 5.7 auth

    public synchronized Auth.AuthResult authEnter(Auth.LaneUserRequest r) {
        Info.Lane lane = requireLane(r.laneId(), "laneId");
        if (lane.laneType() != 1) {
            throw SimulatedFailure.invalid("laneId: expected an entry lane");
        }
        String license = licenseFor(r.userId());
        if (!inPark.containsKey(license)) {
            enter(license, clock.instant(), r.laneId(), r.userId());
        }
        Auth.AuthResult result = new Auth.AuthResult(AuthState.RELEASED.code(), Auth.SUCCESS, "welcome", license);
        authEvents.put(new AuthKey(r.laneId(), r.userId()), result);
        return result;
    }

    public synchronized Auth.ExitResult authExit(Auth.LaneUserRequest r) {
        requireLane(r.laneId(), "laneId");
        Stay s = inPark.get(licenseFor(r.userId()));
        if (s == null) {
            authEvents.put(new AuthKey(r.laneId(), r.userId()),
                    new Auth.AuthResult(AuthState.ERROR.code(), "NoEnterRecord", "no entry record", null));
            return new Auth.ExitResult(AuthState.ERROR.code(), "NoEnterRecord", "no entry record", null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        Auth.ExitResult bill = exitBill(s, r.laneId(), true);
        authEvents.put(new AuthKey(r.laneId(), r.userId()),
                new Auth.AuthResult(bill.state(), bill.errCode(), bill.message(), bill.license()));
        return bill;
    }

    public synchronized Auth.ExitResult refreshParkingFee(Auth.RefreshRequest r) {
        requireLane(r.laneId(), "laneId");
        Stay s = inPark.get(licenseFor(r.userId()));
        if (s == null) {
            return new Auth.ExitResult(AuthState.ERROR.code(), "NoEnterRecord", "no entry record", null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        Auth.ExitResult full = exitBill(s, r.laneId(), false);
        return new Auth.ExitResult(full.state(), full.errCode(), full.message(), full.license(), full.tradeNo(),
                full.payToken(), full.payable(), full.discount(), full.payed(), full.money(), full.comment(), null,
                null, null);
    }

    public synchronized Auth.AuthResult queryAuthEvent(Auth.LaneUserRequest r) {
        requireLane(r.laneId(), "laneId");
        Auth.AuthResult e = authEvents.get(new AuthKey(r.laneId(), r.userId()));
        return e == null ? new Auth.AuthResult(AuthState.RELEASED.code(), Auth.SUCCESS, "no pending event", null)
                : new Auth.AuthResult(e.state(), e.errCode(), e.message(), null);
    }

    public synchronized Auth.AuthResult authAccess(Auth.LaneUserRequest r) {
        Info.Lane lane = requireLane(r.laneId(), "laneId");
        if (lane.laneType() != 3) {
            throw SimulatedFailure.invalid("laneId: expected an access-control lane");
        }
        acRecords.add(new PassRecords.AcRecord("U" + r.userId(), time(clock.instant()), lane.laneId(),
                lane.laneName(), 3));
        return new Auth.AuthResult(AuthState.RELEASED.code(), Auth.SUCCESS, "door opened", null);
    }

    // ------------------------------------------------------------------ 5.8 pay

    public synchronized Pay.LongRentBill queryLongRentBill(Pay.LongRentBillRequest r) {
        passportByPlate(r.plateNumber());
        Money amount = rent(r.period());
        String token = token("L");
        Bill bill = new Bill(r.plateNumber(), ids.incrementAndGet(), amount, Money.ZERO, true, r.startDate(),
                r.period());
        bills.put(token, bill);
        return new Pay.LongRentBill(bill.tradeNo(), token, amount, Money.ZERO, amount,
                r.period() + " month(s)");
    }

    public synchronized Pay.TmpRentBill queryTmpRentBill(Pay.TmpRentBillRequest r) {
        Stay s = inPark.get(r.plateNumber());
        if (s == null) {
            throw SimulatedFailure.business("NoEnterRecord", "no entry record for the plate");
        }
        FeeQuote q = quote(s);
        if (!q.payable().isPositive()) {
            throw SimulatedFailure.business("NoBill", "nothing to pay");
        }
        String token = token("T");
        Bill bill = new Bill(s.plate, ids.incrementAndGet(), q.payable(), q.discountTotal(), false, null, 0);
        bills.put(token, bill);
        Instant now = clock.instant();
        return new Pay.TmpRentBill(bill.tradeNo(), token, s.plate, q.gross(), q.discountTotal(), s.paid, q.payable(),
                q.discounts().isEmpty() ? null : q.discounts().get(0).description(), time(now.plus(Duration.ofMinutes(15))),
                time(s.entry), time(now), (int) Duration.between(s.entry, now).toMinutes(), s.laneId);
    }

    public synchronized void payLongRentBill(Pay.PaidBillRequest r) {
        Bill bill = takeBill(r, true);
        Passports.Passport p = passportByPlate(bill.plate());
        LocalDate start = LocalDate.parse(bill.startDate());
        String end = start.plusMonths(bill.period()).minusDays(1).toString();
        extend(p, bill.startDate(), end);
        longRentRecords.add(new ParkingFees.LongRentRecord(bill.plate(), bill.startDate(), end, p.spacenum(),
                p.mgrType() == null ? null : p.mgrType().longValue(), p.carType(), bill.tradeNo(), bill.amount(),
                bill.discount(), bill.amount(), PayChannel.OPEN_API.code(), time(clock.instant()), "openapi"));
    }

    public synchronized void payTmpRentBill(Pay.PaidBillRequest r) {
        Bill bill = takeBill(r, false);
        Stay s = inPark.get(bill.plate());
        Instant now = clock.instant();
        if (s != null) {
            s.paid = s.paid.plus(bill.amount());
            s.lastPaidAt = now;
        }
        Instant entry = s == null ? now : s.entry;
        Long area = s == null ? null : areaOf(s.laneId);
        tmpRentRecords.add(new ParkingFees.TmpRentRecord(bill.plate(), time(entry), time(now),
                (int) Duration.between(entry, now).toMinutes(), area, areaName(area), 1, bill.tradeNo(),
                bill.amount().plus(bill.discount()), bill.discount(), Money.ZERO, bill.amount(),
                PayChannel.OPEN_API.code(), time(now), "openapi"));
    }

    public synchronized void addTmpRentBill(Pay.AddTmpRentBillRequest r) {
        long laneId;
        try {
            laneId = Long.parseLong(r.enterLaneId().strip());
        } catch (NumberFormatException e) {
            throw SimulatedFailure.invalid("enterLaneId: expected a lane id");
        }
        requireLane(laneId, "enterLaneId");
        Instant entry = parse("enterTime", r.enterTime());
        Instant end = parse("billEndTime", r.billEndTime());
        Stay s = inPark.get(r.plateNumber());
        if (s != null && s.entry.equals(entry)) {
            s.paid = s.paid.plus(r.amount());
            s.lastPaidAt = end.isBefore(entry) ? entry : end;
        }
        Long area = areaOf(laneId);
        tmpRentRecords.add(new ParkingFees.TmpRentRecord(r.plateNumber(), r.enterTime(), r.billEndTime(),
                (int) Duration.between(entry, end).toMinutes(), area, areaName(area), 1, ids.incrementAndGet(),
                r.payable(), r.discount(), r.paid(), r.amount(), PayChannel.OPEN_API.code(), time(clock.instant()),
                "openapi"));
    }

    // ------------------------------------------------------------------ 5.9 booking

    public synchronized List<Bookings.BookableArea> bookableAreas(Bookings.QueryAreasRequest r) {
        requireMerchantOrOpen(r.mchId());
        return areas.stream().filter(a -> a.areaType() == 1)
                .map(a -> new Bookings.BookableArea(a.areaId(), a.areaName())).toList();
    }

    public synchronized long createBooking(Bookings.CreateRequest r) {
        requireMerchantOrOpen(r.mchId());
        if (areas.stream().noneMatch(a -> a.areaId().equals(r.areaId()))) {
            throw SimulatedFailure.invalid("areaId: no such area");
        }
        if (!parse("endTime", r.endTime()).isAfter(parse("startTime", r.startTime()))) {
            throw SimulatedFailure.invalid("endTime: expected after startTime");
        }
        long id = 911_151_314_366_657_000L + ids.incrementAndGet(); // ids beyond 2^53, like the document's
        bookings.put(id, new Bookings.Booking(id, r.areaId(), areaName(r.areaId()), r.plateNumber(), r.startTime(),
                r.endTime(), r.name(), r.comment(), r.mchId() == 0 ? 1 : 0));
        return id;
    }

    public synchronized void cancelBooking(Bookings.BookingRef r) {
        Bookings.Booking b = getBooking(r);
        bookings.put(b.bookingId(), new Bookings.Booking(b.bookingId(), b.areaId(), b.areaName(), b.plateNumber(),
                b.startTime(), b.endTime(), b.name(), b.comment(), 2));
    }

    public synchronized Bookings.Booking getBooking(Bookings.BookingRef r) {
        Bookings.Booking b = bookings.get(r.bookingId());
        if (b == null) {
            throw SimulatedFailure.failed("no such booking");
        }
        return b;
    }

    public synchronized List<Bookings.Booking> queryBookings(Bookings.QueryRequest r) {
        return page(bookings.values().stream().filter(b -> r.state() == null || r.state().equals(b.state()))
                .filter(b -> matches(r.keyword(), b.plateNumber(), b.name(), b.comment())).toList(), r);
    }

    // ------------------------------------------------------------------ 5.10 blacklist

    public synchronized long addBlacklist(Blacklist.AddRequest r) {
        for (String area : Passports.splitList(r.areaIds())) {
            try {
                Long.parseLong(area);
            } catch (NumberFormatException e) {
                throw SimulatedFailure.invalid("areaIds: expected comma-separated area ids");
            }
        }
        long id = ids.incrementAndGet();
        blacklist.put(id, new Blacklist.Entry(id, r.areaIds(), r.plateNumber(), r.startDate(), r.endDate(),
                r.reason()));
        return id;
    }

    public synchronized void deleteBlacklist(Blacklist.DeleteRequest r) {
        if (blacklist.remove(r.blackListId()) == null) {
            throw SimulatedFailure.failed("no such blacklist entry");
        }
    }

    public synchronized List<Blacklist.Entry> queryBlacklist(Blacklist.QueryRequest r) {
        return page(blacklist.values().stream().filter(e -> matches(r.keyword(), e.plateNumber(), e.reason()))
                .toList(), r);
    }

    // ------------------------------------------------------------------ 5.11 space

    public synchronized Space.ParkingInfo parkingInfo(Space.ParkingInfoRequest r) {
        Space.ParkingInfo bay = bays.get(r.parkingSpaceNo());
        if (bay == null) {
            throw SimulatedFailure.failed("no such parking bay");
        }
        return bay;
    }

    public synchronized String setSpaceCoupons(Space.SetCouponsRequest r) {
        parkingInfo(new Space.ParkingInfoRequest(r.parkingSpaceNo()));
        boolean window = r.startTime() != null && r.endTime() != null;
        if (!window && r.timeLength() == null) {
            throw SimulatedFailure.invalid("timeLength: expected minutes, or startTime and endTime");
        }
        String id = "SC" + ids.incrementAndGet();
        bayCoupons.computeIfAbsent(r.parkingSpaceNo(), k -> new ArrayList<>()).add(id);
        return id;
    }

    // ------------------------------------------------------------------ helpers

    private Auth.ExitResult exitBill(Stay s, long laneId, boolean withTimes) {
        Instant now = clock.instant();
        FeeQuote q = quote(s);
        int minutes = (int) Duration.between(s.entry, now).toMinutes();
        if (!q.payable().isPositive()) {
            leave(s, laneId, now);
            return new Auth.ExitResult(AuthState.RELEASED.code(), Auth.SUCCESS, "goodbye", s.plate, null, null,
                    q.gross(), q.discountTotal(), s.paid, Money.ZERO, null, withTimes ? time(s.entry) : null,
                    withTimes ? time(now) : null, withTimes ? minutes : null);
        }
        String token = token("T");
        Bill bill = new Bill(s.plate, ids.incrementAndGet(), q.payable(), q.discountTotal(), false, null, 0);
        bills.put(token, bill);
        return new Auth.ExitResult(AuthState.AWAITING_PAYMENT.code(), null, "please pay", s.plate, bill.tradeNo(),
                token, q.gross(), q.discountTotal(), s.paid, q.payable(),
                q.discounts().isEmpty() ? null : q.discounts().get(0).description(),
                withTimes ? time(s.entry) : null, withTimes ? time(now) : null, withTimes ? minutes : null);
    }

    private void leave(Stay s, long laneId, Instant at) {
        inPark.remove(s.plate);
        carRecords.add(new PassRecords.CarRecord(s.plate, time(at), laneId, laneName(laneId), 2,
                hasValidPassport(s.plate, at) ? 1 : 2, 1));
    }

    private Bill takeBill(Pay.PaidBillRequest r, boolean longRent) {
        Bill bill = bills.get(r.payToken());
        if (bill == null || bill.longRent() != longRent || !bill.plate().equals(r.plateNumber())) {
            throw SimulatedFailure.invalid("payToken: unknown, used, or issued for another plate or bill kind");
        }
        bills.remove(r.payToken());
        return bill;
    }

    private FeeQuote quote(Stay s) {
        if (s == null) {
            throw SimulatedFailure.business("NoEnterRecord", "no entry record");
        }
        Instant now = clock.instant();
        if (hasValidPassport(s.plate, now)) {
            return FeeQuote.of(s.entry, now, List.of(), Money.ZERO, List.of(), s.paid, Money.ZERO,
                    List.of("long-rent pass"));
        }
        io.parkbridge.core.fee.Stay stay = io.parkbridge.core.fee.Stay.of(s.entry, now)
                .withPayment(s.paid, s.lastPaidAt).withCoupons(s.coupons);
        return engine.quote(tariff, stay);
    }

    private Stay requireStay(String plate) {
        Stay s = inPark.get(plate);
        if (s == null) {
            throw SimulatedFailure.business("NoEnterRecord", "no entry record");
        }
        return s;
    }

    private static Coupon toCoupon(long id, Coupons.Rule rule) {
        String code = Long.toString(id);
        long v = rule.discountValue() == null ? 0 : rule.discountValue();
        RuleType type = rule.ruleTypeValue();
        return switch (type) {
            case AMOUNT_OFF -> new Coupon.AmountOff(code, Money.ofYuan(Math.max(1, v)));
            case TIME_OFF -> new Coupon.MinutesOff(code, Math.max(1, v));
            case PERCENT_OFF -> new Coupon.PercentOff(code, (int) Math.min(100, Math.max(1, v)));
            default -> new Coupon.FreeOfCharge(code);
        };
    }

    private Money rent(int period) {
        if (rentRule == null) {
            throw SimulatedFailure.failed("no rent rule configured");
        }
        Money special = switch (period) {
            case 2 -> rentRule.monthlyRent2();
            case 3 -> rentRule.monthlyRent3();
            case 4 -> rentRule.monthlyRent4();
            case 5 -> rentRule.monthlyRent5();
            case 6 -> rentRule.monthlyRent6();
            case 12 -> rentRule.monthlyRent12();
            default -> null;
        };
        return special != null ? special : rentRule.monthlyRent().times(period);
    }

    private void extend(Passports.Passport p, String start, String end) {
        Passports.Authorization auth = p.parkAuth() == null
                ? new Passports.Authorization(start, end, List.of())
                : new Passports.Authorization(p.parkAuth().startDate() == null ? start
                        : min(p.parkAuth().startDate(), start), end, p.parkAuth().areaIds());
        passports.put(p.passportId(), new Passports.Passport(p.passportId(), p.name(), p.address(), p.mobilePhone(),
                p.mgrType(), p.carType(), p.plateNumber(), p.spacenum(), p.sharePlates(), p.cardNumber(),
                p.inviteable(), p.invitationCode(), auth, p.acAuth()));
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean hasValidPassport(String plate, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return passports.values().stream().filter(p -> plates(p).contains(plate)).anyMatch(p -> validOn(p, day));
    }

    private static boolean validOn(Passports.Passport p, LocalDate day) {
        Passports.Authorization a = p.parkAuth();
        return a != null && a.startDate() != null && a.endDate() != null && !day.isBefore(LocalDate.parse(a.startDate()))
                && !day.isAfter(LocalDate.parse(a.endDate()));
    }

    private int passportState(Passports.Passport p, Instant now) {
        if (plates(p).isEmpty() && Passports.splitList(p.cardNumber()).isEmpty()) {
            return 4;
        }
        Passports.Authorization a = p.parkAuth() != null ? p.parkAuth() : p.acAuth();
        if (a == null || a.endDate() == null) {
            return 2;
        }
        return validOn(p, LocalDate.ofInstant(now, zone)) || p.parkAuth() == null ? 1 : 3;
    }

    private static List<String> plates(Passports.Passport p) {
        List<String> all = new ArrayList<>();
        if (p.plateNumber() != null && !p.plateNumber().isBlank()) {
            all.add(p.plateNumber());
        }
        all.addAll(Passports.splitList(p.sharePlates()));
        return all;
    }

    private Passports.Passport requirePassport(Long id) {
        Passports.Passport p = passports.get(id);
        if (p == null) {
            throw SimulatedFailure.failed("no such passport");
        }
        return p;
    }

    private Passports.Passport passportByPlate(String plate) {
        return passports.values().stream().filter(p -> plates(p).contains(plate)).findFirst()
                .orElseThrow(() -> SimulatedFailure.failed("no passport for the plate"));
    }

    private static void requireAuthFor(int type, Passports.Authorization park, Passports.Authorization ac) {
        if (type == Passports.VEHICLE && park == null) {
            throw SimulatedFailure.invalid("parkAuth: required for a vehicle passport");
        }
        if (type == Passports.ACCESS_CONTROL && ac == null) {
            throw SimulatedFailure.invalid("acAuth: required for an access-control passport");
        }
    }

    private Info.Lane requireLane(Long laneId, String field) {
        return lanes.stream().filter(l -> l.laneId().equals(laneId)).findFirst()
                .orElseThrow(() -> SimulatedFailure.invalid(field + ": no such lane"));
    }

    private long exitLane() {
        return lanes.stream().filter(l -> l.laneType() == 2).map(Info.Lane::laneId).findFirst().orElse(0L);
    }

    private Long areaOf(Long laneId) {
        return lanes.stream().filter(l -> l.laneId().equals(laneId)).map(Info.Lane::areaId).findFirst().orElse(null);
    }

    private boolean inArea(Stay s, long areaId) {
        Long area = areaOf(s.laneId);
        return area != null && area == areaId;
    }

    private String laneName(long laneId) {
        return lanes.stream().filter(l -> l.laneId() == laneId).map(Info.Lane::laneName).findFirst().orElse("");
    }

    private String areaName(Long areaId) {
        return areas.stream().filter(a -> a.areaId().equals(areaId)).map(Info.Area::areaName).findFirst().orElse("");
    }

    private void requireMerchant(Long mchId) {
        if (!merchants.containsKey(mchId)) {
            throw SimulatedFailure.invalid("mchId: no such merchant");
        }
    }

    private void requireMerchantOrOpen(Long mchId) {
        if (mchId != 0) {
            requireMerchant(mchId);
        }
    }

    private Coupons.Rule requireRule(Long mchId, Long ruleId) {
        requireMerchant(mchId);
        Coupons.Rule rule = rules.getOrDefault(mchId, Map.of()).get(ruleId);
        if (rule == null) {
            throw SimulatedFailure.invalid("ruleId: no such rule for the merchant");
        }
        return rule;
    }

    private long countIssued(long ruleId, Predicate<LocalDate> when) {
        return issuedCoupons.stream().filter(c -> c.rule().ruleId() == ruleId)
                .filter(c -> when.test(LocalDate.ofInstant(c.created(), zone))).count();
    }

    private static int remaining(Integer limit, long used) {
        return limit == null || limit <= 0 ? Integer.MAX_VALUE : (int) Math.max(0, limit - used);
    }

    private static String licenseFor(String userId) {
        String digits = userId.length() > 8 ? userId.substring(userId.length() - 8) : userId;
        return "W" + digits;
    }

    private String token(String prefix) {
        return prefix + Long.toString(tokens.getAndIncrement(), 36) + "$" + clock.millis();
    }

    private String time(Instant at) {
        return WeLinkFormats.dateTime(at, zone);
    }

    private Instant parse(String field, String text) {
        try {
            return WeLinkFormats.parse(field, text, zone);
        } catch (IllegalArgumentException e) {
            throw SimulatedFailure.invalid(e.getMessage());
        }
    }

    private boolean within(String time, Instant from, Instant to) {
        Instant t = WeLinkFormats.parse("time", time, zone);
        return !t.isBefore(from) && !t.isAfter(to);
    }

    private static boolean matches(String keyword, String... values) {
        if (keyword == null || keyword.isBlank()) {
            return true;
        }
        for (String v : values) {
            if (v != null && v.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static <X> List<X> page(List<X> all, Paged<?> paging) {
        int from = Math.min(all.size(), paging.offset());
        int to = (int) Math.min(all.size(), (long) from + paging.length());
        return List.copyOf(all.subList(from, to));
    }

    /** Sets the park's own code tables (management and vehicle types). */
    public synchronized void setCodeTables(List<Info.CodeName> mgr, List<Info.CodeName> car) {
        mgrTypes.clear();
        mgrTypes.addAll(mgr);
        carTypes.clear();
        carTypes.addAll(car);
    }
}
