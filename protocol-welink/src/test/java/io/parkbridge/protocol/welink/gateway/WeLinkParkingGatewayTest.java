package io.parkbridge.protocol.welink.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.credential.ListEntry;
import io.parkbridge.core.credential.ListKind;
import io.parkbridge.core.credential.Pass;
import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.device.DeviceCommand;
import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.fee.Coupon;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.NotSupportedByVendorException;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.core.port.SpaceStatus;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.welink.Samples;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.sim.WeLinkSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeLinkParkingGatewayTest {
    private static final Plate PARKED = Plate.parse(Samples.PARKED_PLATE);
    private WeLinkSimulator sim;
    private WeLinkClient client;
    private WeLinkParkingGateway gateway;

    @BeforeEach
    void start() throws Exception {
        sim = WeLinkSimulator.builder().clock(Samples.CLOCK).start();
        client = WeLinkClient.builder().baseUrl(sim.baseUrl()).appId(Samples.APP_ID)
                .secretKey(Secret.of(Samples.SECRET)).parkId(Samples.PARK_ID).clock(Samples.CLOCK).build();
        gateway = new WeLinkParkingGateway(client, "parkbridge", Samples.MCH, "13000000000");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void feeQuoteMapsTheBillAndAPaymentReportReleasesIt() {
        FeeQuote quote = gateway.quoteFee(new FeeQuery(Samples.PARK_ID, PARKED, Samples.NOW, List.of()));
        assertThat(quote.gross()).isEqualTo(Money.ofYuan(10));
        assertThat(quote.payable()).isEqualTo(Money.ofYuan(10));
        assertThat(quote.entry()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(quote.exit()).isEqualTo(Samples.NOW);

        PaymentReport wrong = new PaymentReport(Samples.PARK_ID, PARKED, "o-1", Money.ofYuan(9), Money.ZERO,
                Samples.NOW, "wechat");
        assertThat(gateway.reportPayment(wrong).accepted()).isFalse();
        PaymentReport right = new PaymentReport(Samples.PARK_ID, PARKED, "o-2", Money.ofYuan(10), Money.ZERO,
                Samples.NOW, "wechat");
        CommandResult paid = gateway.reportPayment(right);
        assertThat(paid.accepted()).isTrue();
        assertThat(gateway.reportPayment(right)).isEqualTo(paid); // idempotent by order id, not sent twice
        assertThat(sim.park().stay(Samples.PARKED_PLATE).orElseThrow().paid()).isEqualTo(Money.ofYuan(10));

        FeeQuote after = gateway.quoteFee(new FeeQuery("", PARKED, Samples.NOW, List.of()));
        assertThat(after.payable()).isEqualTo(Money.ZERO);
        assertThat(after.notes()).anyMatch(n -> n.contains("NoBill"));
        List<DomainEvent> payments = gateway.paymentEvents(Samples.NOW.minus(Duration.ofHours(1)),
                Samples.NOW.plus(Duration.ofHours(1)));
        assertThat(payments).singleElement().isInstanceOfSatisfying(DomainEvent.PaymentCompleted.class,
                e -> assertThat(e.amount()).isEqualTo(Money.ofYuan(10)));
    }

    @Test
    void aRepeatedPaymentReportArrivingWhileTheFirstIsInFlightWaitsForItAndIsNotSentTwice() throws Exception {
        java.util.concurrent.CountDownLatch payArrived = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch releasePay = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger pays = new java.util.concurrent.atomic.AtomicInteger();
        okhttp3.OkHttpClient holdingPays = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
            if (chain.request().url().encodedPath().endsWith("/pay/payTmpRentBill")) {
                pays.incrementAndGet();
                payArrived.countDown();
                try {
                    releasePay.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return chain.proceed(chain.request());
        }).build();
        WeLinkClient held = WeLinkClient.builder().baseUrl(sim.baseUrl()).appId(Samples.APP_ID)
                .secretKey(Secret.of(Samples.SECRET)).parkId(Samples.PARK_ID).clock(Samples.CLOCK)
                .okHttpClient(holdingPays).build();
        WeLinkParkingGateway g = new WeLinkParkingGateway(held, "parkbridge", Samples.MCH, "13000000000");
        PaymentReport report = new PaymentReport(Samples.PARK_ID, PARKED, "o-9", Money.ofYuan(10), Money.ZERO,
                Samples.NOW, "wechat");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<CommandResult> first = two.submit(() -> g.reportPayment(report));
            assertThat(payArrived.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.atomic.AtomicReference<Thread> repeater = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.Future<CommandResult> repeat = two.submit(() -> {
                repeater.set(Thread.currentThread());
                return g.reportPayment(report);
            });
            // The repeat must queue behind the first report (blocked on its lock), not reach WeLink.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while ((repeater.get() == null || repeater.get().getState() != Thread.State.BLOCKED)
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(repeater.get().getState()).isEqualTo(Thread.State.BLOCKED);
            releasePay.countDown();
            CommandResult a = first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            CommandResult b = repeat.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(a.accepted()).isTrue();
            assertThat(b).isEqualTo(a);
            assertThat(pays).hasValue(1);
        } finally {
            releasePay.countDown();
            two.shutdownNow();
        }
    }

    @Test
    void aBillWithANegativeAmountIsRefusedNotTurnedIntoANegativePayable() throws Exception {
        try (okhttp3.mockwebserver.MockWebServer wire = new okhttp3.mockwebserver.MockWebServer()) {
            wire.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
            String content = java.util.Base64.getEncoder().encodeToString(
                    "{\"tradeNo\":1,\"payToken\":\"t\",\"payable\":10,\"discount\":-5,\"money\":-5}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String reply = "{\"responseStatus\":{\"code\":\"0000\",\"message\":\"Success\"},"
                    + "\"responseData\":{\"encryptCode\":0,\"zipCode\":0,\"content\":\"" + content + "\"}}";
            wire.enqueue(new okhttp3.mockwebserver.MockResponse().setBody(reply));
            wire.enqueue(new okhttp3.mockwebserver.MockResponse().setBody(reply));
            WeLinkClient wired = WeLinkClient.builder().baseUrl(wire.url("/").toString()).appId(Samples.APP_ID)
                    .secretKey(Secret.of(Samples.SECRET)).parkId(Samples.PARK_ID).clock(Samples.CLOCK).build();
            WeLinkParkingGateway g = new WeLinkParkingGateway(wired, "parkbridge", Samples.MCH, "13000000000");

            assertThatThrownBy(() -> g.quoteFee(new FeeQuery(Samples.PARK_ID, PARKED, Samples.NOW, List.of())))
                    .isInstanceOfSatisfying(io.parkbridge.protocol.support.error.MalformedMessageException.class,
                            e -> assertThat(e.field()).isEqualTo("money"));
            assertThatThrownBy(() -> g.reportPayment(new PaymentReport(Samples.PARK_ID, PARKED, "o-n",
                    Money.ZERO, Money.ZERO, Samples.NOW, "wechat")))
                    .isInstanceOf(io.parkbridge.protocol.support.error.MalformedMessageException.class);
            assertThat(wire.getRequestCount()).isEqualTo(2); // two bill queries, no payment sent
        }
    }

    @Test
    void quoteRefusesUnissuedCouponsAndForeignParks() {
        assertThatThrownBy(() -> gateway.quoteFee(new FeeQuery(Samples.PARK_ID, PARKED, Samples.NOW,
                List.of(new Coupon.FreeOfCharge("c"))))).isInstanceOf(NotSupportedByVendorException.class);
        assertThatThrownBy(() -> gateway.quoteFee(new FeeQuery("other", PARKED, Samples.NOW, List.of())))
                .hasMessageContaining("parkId");
    }

    @Test
    void couponsAreGrantedThroughAMatchingRule() {
        assertThat(gateway.grantCoupon(Samples.PARK_ID, PARKED, new Coupon.AmountOff("a", Money.ofYuan(5))).accepted())
                .isTrue();
        assertThat(gateway.quoteFee(new FeeQuery("", PARKED, Samples.NOW, List.of())).payable())
                .isEqualTo(Money.ofYuan(5));
        assertThat(gateway.grantCoupon(Samples.PARK_ID, PARKED, new Coupon.PercentOff("p", 50)).accepted()).isFalse();
        assertThat(gateway.grantCoupon(Samples.PARK_ID, PARKED, new Coupon.MinutesOff("m", 120)).accepted()).isTrue();
        assertThat(sim.park().couponsOf(Samples.PARKED_PLATE)).hasSize(2);
    }

    @Test
    void passesBecomePassportsWithTheirValidity() {
        Plate plate = Plate.parse("粤B55555");
        Pass pass = new Pass("", Set.of(plate, Plate.parse("粤B55556")), Instant.parse("2026-11-30T16:00:00Z"),
                Instant.parse("2026-12-31T16:00:00Z"), Set.of(), "钱七");
        CommandResult saved = gateway.savePass(pass);
        assertThat(saved.accepted()).isTrue();
        Passports.Passport p = client.getPassport(Passports.GetRequest.byPlate("粤B55555"));
        assertThat(p.passportId()).isEqualTo(Long.parseLong(saved.reference()));
        assertThat(p.sharePlates()).isEqualTo("粤B55556");
        assertThat(p.parkAuth().startDate()).isEqualTo("2026-12-01");
        assertThat(p.parkAuth().endDate()).isEqualTo("2026-12-31");
        assertThat(p.parkAuth().areaIds()).containsExactly(Samples.AREA_A);
        assertThat(gateway.savePass(pass).message()).isEqualTo("updated");
        assertThat(gateway.removePass(saved.reference(), plate).accepted()).isTrue();
        assertThat(gateway.removePass(saved.reference(), plate).accepted()).isFalse();
    }

    @Test
    void whiteAndBlackListEntriesOnePlateAtATime() {
        Plate plate = Plate.parse("粤B77777");
        assertThat(gateway.addListEntry(new ListEntry(ListKind.BLACK, plate, "逃费", Samples.NOW, Instant.MAX))
                .accepted()).isTrue();
        // A longer plate the vendor's fuzzy keyword also matches: must survive the removal.
        sim.park().addBlacklist(new io.parkbridge.protocol.welink.message.Blacklist.Entry(999L, "1", "粤B777771",
                "2026-11-25", null, null));
        assertThat(sim.park().blacklist()).hasSize(3);
        assertThat(gateway.removeListEntry(ListKind.BLACK, plate).accepted()).isTrue();
        assertThat(sim.park().blacklist()).extracting(e -> e.plateNumber()).containsExactlyInAnyOrder("粤B99999",
                "粤B777771");
        assertThat(gateway.removeListEntry(ListKind.BLACK, plate).accepted()).isFalse();

        assertThat(gateway.addListEntry(new ListEntry(ListKind.WHITE, plate, "staff", Samples.NOW, Instant.MAX))
                .accepted()).isTrue();
        assertThat(client.getPassport(Passports.GetRequest.byPlate("粤B77777")).parkAuth().endDate())
                .isEqualTo("2099-12-30");
        assertThat(gateway.removeListEntry(ListKind.WHITE, plate).accepted()).isTrue();
    }

    @Test
    void lockSpaceAndPassages() {
        assertThat(gateway.lockCar(new DeviceCommand.LockCar(PARKED, true)).accepted()).isTrue();
        assertThat(sim.park().stay(Samples.PARKED_PLATE).orElseThrow().locked()).isTrue();
        assertThat(gateway.lockCar(new DeviceCommand.LockCar(Plate.parse("粤B00001"), true)).accepted()).isFalse();
        SpaceStatus space = gateway.spaceStatus(Samples.PARK_ID);
        assertThat(space.totalSpaces()).isEqualTo(200);
        assertThat(space.freeSpaces()).isEqualTo(198);
        List<DomainEvent> events = gateway.passageEvents(Instant.parse("2026-11-24T16:00:00Z"), Samples.NOW);
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e).isInstanceOf(DomainEvent.VehicleEntered.class);
            assertThat(e.key()).startsWith("welink:entry:");
        });
        // The unplated car's temporary WeLink license is not a plate: unlicensed, license kept in the record id.
        assertThat(events).extracting(e -> ((DomainEvent.VehicleEntered) e).plate())
                .containsExactly(PARKED, Plate.unlicensed());
        assertThat(((DomainEvent.VehicleEntered) events.get(1)).recordId()).startsWith("W9001@");
        assertThatThrownBy(() -> gateway.openGate(new DeviceCommand.OpenGate("1002")))
                .isInstanceOf(NotSupportedByVendorException.class);
    }
}
