package io.parkbridge.protocol.welink.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.welink.Samples;
import io.parkbridge.protocol.welink.Samples.Sample;
import io.parkbridge.protocol.welink.catalog.ReplyShape;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.client.WeLinkBusinessException;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.client.WeLinkErrCode;
import io.parkbridge.protocol.welink.client.WeLinkResponseCode;
import io.parkbridge.protocol.welink.client.WeLinkStatusException;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.message.Auth;
import io.parkbridge.protocol.welink.message.AuthState;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Bookings;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WeLinkEndToEndTest {
    private final List<WeLinkSimulator> started = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(WeLinkSimulator::close);
    }

    private WeLinkSimulator simulator(WeLinkSimulator.Builder b) throws Exception {
        WeLinkSimulator sim = b.clock(Samples.CLOCK).start();
        started.add(sim);
        return sim;
    }

    private WeLinkSimulator simulator() throws Exception {
        return simulator(WeLinkSimulator.builder());
    }

    private WeLinkClient.Builder client(WeLinkSimulator sim) {
        return WeLinkClient.builder().baseUrl(sim.baseUrl()).appId(Samples.APP_ID)
                .secretKey(Secret.of(Samples.SECRET)).parkId(Samples.PARK_ID).clock(Samples.CLOCK)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), 2.0))
                .sleeper(sleeps::add);
    }

    static List<Sample> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEndpointWorksAgainstTheSimulator(Sample sample) throws Exception {
        WeLinkSimulator sim = simulator();
        Object result = sample.call().apply(client(sim).build());
        if (sample.endpoint().replyShape() == ReplyShape.NONE) {
            assertThat(result).isNull();
        } else {
            assertThat(result).isNotNull();
        }
        assertThat(sim.handledCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEndpointWorksEncryptedAndZippedBothWaysWithPostForEverything(Sample sample) throws Exception {
        WeLinkSimulator sim = simulator(WeLinkSimulator.builder().replyFlags(ContentFlags.ENCRYPTED_ZIPPED));
        WeLinkClient.Builder b = client(sim).requestFlags(ContentFlags.ENCRYPTED_ZIPPED).timestampInMillis(true);
        WeLinkCatalog.ALL.forEach(e -> b.method(e, io.parkbridge.protocol.welink.catalog.HttpMethod.POST));
        sample.call().apply(b.build());
        assertThat(sim.handledCount()).isEqualTo(1);
    }

    @Test
    void simulatorCoversTheWholeCatalogue() throws Exception {
        assertThat(simulator().coversCatalogue()).isTrue();
    }

    @Test
    void temporaryParkingBillIsPricedPaidAndThenNothingIsDue() throws Exception {
        WeLinkSimulator sim = simulator();
        WeLinkClient client = client(sim).build();
        // 08:00 -> 10:00: 120 minutes, 2 started hours at 5 yuan.
        Pay.TmpRentBill bill = client.queryTmpRentBill(new Pay.TmpRentBillRequest(Samples.PARKED_PLATE, "u1"));
        assertThat(bill.money()).isEqualTo(Money.ofYuan(10));
        assertThat(bill.minutes()).isEqualTo(120);
        assertThat(bill.startTime()).isEqualTo(Samples.PARKED_SINCE);
        client.payTmpRentBill(new Pay.PaidBillRequest(Samples.PARKED_PLATE, bill.payToken()));
        assertThatThrownBy(() -> client.queryTmpRentBill(new Pay.TmpRentBillRequest(Samples.PARKED_PLATE, "u1")))
                .isInstanceOfSatisfying(WeLinkBusinessException.class,
                        e -> assertThat(e.errCode()).isEqualTo(WeLinkErrCode.NO_BILL));
        assertThatThrownBy(() -> client.payTmpRentBill(new Pay.PaidBillRequest(Samples.PARKED_PLATE, bill.payToken())))
                .isInstanceOfSatisfying(WeLinkStatusException.class,
                        e -> assertThat(e.status()).isEqualTo(WeLinkResponseCode.INVALID_PARAMETER));
        assertThatThrownBy(() -> client.queryTmpRentBill(new Pay.TmpRentBillRequest("粤B00000", "u1")))
                .isInstanceOfSatisfying(WeLinkBusinessException.class,
                        e -> assertThat(e.errCode()).isEqualTo(WeLinkErrCode.NO_ENTER_RECORD));
    }

    @Test
    void couponsReduceTheBill() throws Exception {
        WeLinkClient client = client(simulator()).build();
        client.addCoupon(new Coupons.AddRequest(Samples.MCH, Samples.RULE_AMOUNT, Samples.PARKED_PLATE, null));
        Pay.TmpRentBill bill = client.queryTmpRentBill(new Pay.TmpRentBillRequest(Samples.PARKED_PLATE, "u1"));
        assertThat(bill.payable()).isEqualTo(Money.ofYuan(10));
        assertThat(bill.discount()).isEqualTo(Money.ofYuan(5));
        assertThat(bill.money()).isEqualTo(Money.ofYuan(5));
        client.addCoupon(new Coupons.AddRequest(Samples.MCH, Samples.RULE_MINUTES, Samples.PARKED_PLATE, null));
        assertThatThrownBy(() -> client.queryTmpRentBill(new Pay.TmpRentBillRequest(Samples.PARKED_PLATE, "u1")))
                .isInstanceOf(WeLinkBusinessException.class);
        assertThat(client.couponQuota(new Coupons.RuleRef(Samples.MCH, Samples.RULE_AMOUNT)).todayRemaining())
                .isEqualTo(99);
        assertThat(client.queryCoupons(new Coupons.QueryCouponsRequest(Samples.MCH, "2026-11-25", 0, 10)))
                .hasSize(2);
    }

    @Test
    void unplatedCarEntersPaysAndLeaves() throws Exception {
        WeLinkClient client = client(simulator()).build();
        Auth.AuthResult in = client.authEnter(new Auth.LaneUserRequest(Samples.LANE_IN, "777"));
        assertThat(in.stateValue()).isEqualTo(AuthState.RELEASED);
        assertThat(in.license()).isEqualTo("W777");
        // Entered just now: within the free minutes, released at once.
        Auth.ExitResult out = client.authExit(new Auth.LaneUserRequest(Samples.LANE_OUT, "777"));
        assertThat(out.stateValue()).isEqualTo(AuthState.RELEASED);
        // User 9001 has been in since 09:00: one hour to pay.
        Auth.ExitResult due = client.authExit(new Auth.LaneUserRequest(Samples.LANE_OUT, Samples.USER));
        assertThat(due.stateValue()).isEqualTo(AuthState.AWAITING_PAYMENT);
        assertThat(due.money()).isEqualTo(Money.ofYuan(5));
        client.payTmpRentBill(new Pay.PaidBillRequest(due.license(), due.payToken()));
        Auth.ExitResult paid = client.authExit(new Auth.LaneUserRequest(Samples.LANE_OUT, Samples.USER));
        assertThat(paid.stateValue()).isEqualTo(AuthState.RELEASED);
        assertThat(client.queryAuthEvent(new Auth.LaneUserRequest(Samples.LANE_OUT, Samples.USER)).stateValue())
                .isEqualTo(AuthState.RELEASED);
    }

    @Test
    void passportLifecycleAndLongRentRenewal() throws Exception {
        WeLinkClient client = client(simulator()).build();
        long id = client.addPassport(new Passports.AddRequest(1L, "李四", null, "13800000000", 1, 1, "粤B22222", 1, null,
                null, 0, null, new Passports.Authorization(null, null, List.of(Samples.AREA_A)), null));
        assertThat(client.hasPlateNumbers(new Passports.HasPlateNumbersRequest(0L, "粤B22222"))).isTrue();
        assertThat(client.hasPlateNumbers(new Passports.HasPlateNumbersRequest(id, "粤B22222"))).isFalse();
        Pay.LongRentBill bill = client.queryLongRentBill(new Pay.LongRentBillRequest("粤B22222", "2026-12-01", 12, "u"));
        assertThat(bill.money()).isEqualTo(Money.ofYuan(1000));
        client.payLongRentBill(new Pay.PaidBillRequest("粤B22222", bill.payToken()));
        Passports.Passport p = client.getPassport(Passports.GetRequest.byPlate("粤B22222"));
        assertThat(p.parkAuth().startDate()).isEqualTo("2026-12-01");
        assertThat(p.parkAuth().endDate()).isEqualTo("2027-11-30");
        client.deletePassport(new Passports.DeleteRequest(1, id));
        assertThatThrownBy(() -> client.getPassport(Passports.GetRequest.byId(id)))
                .isInstanceOfSatisfying(WeLinkStatusException.class,
                        e -> assertThat(e.status()).isEqualTo(WeLinkResponseCode.SYSTEM_ERROR));
    }

    @Test
    void bookingsKeepIdsBeyond2pow53() throws Exception {
        WeLinkClient client = client(simulator()).build();
        long id = client.createBooking(new Bookings.CreateRequest(0L, Samples.AREA_A, "粤B33333", null,
                "2026-11-26 09:00:00", "2026-11-26 18:00:00", "赵六", null));
        assertThat(id).isGreaterThan(1L << 53);
        assertThat(client.getBooking(new Bookings.BookingRef(0L, id)).bookingId()).isEqualTo(id);
        client.cancelBooking(new Bookings.BookingRef(0L, id));
        assertThat(client.getBooking(new Bookings.BookingRef(0L, id)).state()).isEqualTo(2);
    }

    @Test
    void pagingWalksTheWholeBlacklist() throws Exception {
        WeLinkSimulator sim = simulator();
        WeLinkClient client = client(sim).build();
        IntStream.range(0, 10).forEach(i -> client.addBlacklist(new Blacklist.AddRequest("粤B1000" + i,
                String.valueOf(Samples.AREA_A), "2026-11-25", null, null)));
        List<Blacklist.Entry> all = client.stream(WeLinkCatalog.BLACKLIST_QUERY, new Blacklist.QueryRequest(null, 0, 4))
                .toList();
        assertThat(all).hasSize(11); // the seeded one + 10
        assertThat(all.stream().map(Blacklist.Entry::blackListId).distinct()).hasSize(11);
        assertThat(sim.handledCount()).isEqualTo(10 + 3); // pages of 4, 4 and a short 3 that ends the walk
    }

    @Test
    void signatureKeyParkAndReplayAreChecked() throws Exception {
        WeLinkSimulator sim = simulator();
        WeLinkClient wrongKey = client(sim).secretKey(Secret.of("00000000000000000000000000000000")).build();
        assertThatThrownBy(wrongKey::areas).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.code()).isEqualTo("0003"));
        assertThatThrownBy(() -> client(sim).appId("nobody").build().areas())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("0002"));
        assertThatThrownBy(() -> client(sim).parkId("99").build().areas())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("0004"));
        WeLinkClient fixedNonce = client(sim).nonceSource(() -> 5L).build();
        fixedNonce.areas();
        assertThatThrownBy(fixedNonce::areas).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.getMessage()).contains("replayed"));
        WeLinkClient late = client(sim).clock(java.time.Clock.offset(Samples.CLOCK, Duration.ofMinutes(10))).build();
        assertThatThrownBy(late::areas).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.getMessage()).contains("Timestamp"));
        sim.rejectSignaturesNext(1);
        assertThatThrownBy(client(sim).build()::areas).isInstanceOf(AuthenticationException.class);
        assertThat(client(sim).build().areas()).hasSize(2);
    }

    @Test
    void faultsAreSurvivedOrReportedAsTyped() throws Exception {
        WeLinkSimulator sim = simulator();
        WeLinkClient client = client(sim).build();
        sim.faults().failNext(2, 503);
        assertThat(client.lanes()).hasSize(3); // a query: retried
        sim.faults().failNext(1, 500);
        assertThatThrownBy(() -> client.deleteBlacklist(new Blacklist.DeleteRequest(Samples.BLACKLIST)))
                .isInstanceOf(TransportException.class); // a change: not retried
        assertThat(sim.park().blacklist()).hasSize(1);
        sim.faults().dropNext(1);
        assertThat(client.areas()).hasSize(2);
        sim.faults().malformedNext(1);
        assertThatThrownBy(client::areas).isInstanceOf(MalformedMessageException.class);
        sim.failNext(1, "0005", null, "interface not authorized");
        assertThatThrownBy(client::areas).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.code()).isEqualTo("0005"));
        sim.failNext(1, "9999", "NoEnterRecord", "x");
        assertThatThrownBy(client::areas).isInstanceOfSatisfying(WeLinkBusinessException.class,
                e -> assertThat(e.errCode()).isEqualTo(WeLinkErrCode.NO_ENTER_RECORD));
    }

    @Test
    void invalidBusinessFieldsAreRejectedByTheSimulatorWith0001() throws Exception {
        WeLinkSimulator sim = simulator();
        WeLinkClient client = client(sim).renameRequestField("plateNumber", "plate").build();
        assertThatThrownBy(() -> client.lockVehicle(new Passports.LockRequest(Samples.PARKED_PLATE, 1)))
                .isInstanceOfSatisfying(WeLinkStatusException.class, e -> {
                    assertThat(e.status()).isEqualTo(WeLinkResponseCode.INVALID_PARAMETER);
                    assertThat(e.vendorMessage()).contains("plateNumber");
                });
        WeLinkClient plain = client(sim).build();
        assertThatThrownBy(() -> plain.renewPassport(new Passports.RenewRequest(Samples.PASS_PLATE, "2026-02-30",
                "2026-03-31", 1, Money.ofYuan(100)))).isInstanceOfSatisfying(WeLinkStatusException.class,
                        e -> assertThat(e.status()).isEqualTo(WeLinkResponseCode.INVALID_PARAMETER));
    }
}
