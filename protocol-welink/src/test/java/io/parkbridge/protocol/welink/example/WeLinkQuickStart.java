package io.parkbridge.protocol.welink.example;

import io.parkbridge.core.device.CommandResult;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.money.Money;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.PaymentReport;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.http.RetryPolicy;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.client.WeLinkBusinessException;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.gateway.WeLinkParkingGateway;
import io.parkbridge.protocol.welink.message.Blacklist;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.sim.WeLinkSimulator;
import java.time.Clock;
import java.util.List;

/** The runnable example of docs/vendors/welink.md: the common tasks against the simulator. */
public final class WeLinkQuickStart {
    private WeLinkQuickStart() {
    }

    public static void main(String[] args) throws Exception {
        run(Clock.systemUTC());
    }

    /** Runs the example; returns the lines it printed. */
    public static List<String> run(Clock clock) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        // example:start
        try (WeLinkSimulator sim = WeLinkSimulator.builder().clock(clock).start()) {
            WeLinkClient client = WeLinkClient.builder()
                    .baseUrl(sim.baseUrl())                       // real cloud: http://qqb.welinkpark.com
                    .appId("289efb7512e54146273b982456b03f42ea93")
                    .secretKey(Secret.of("27a06832a2214a4fa3b7105e4a72d370"))
                    .parkId("10001088")
                    .httpSettings(HttpSettings.DEFAULT)
                    .retryPolicy(RetryPolicy.DEFAULT)             // queries only
                    .clock(clock)
                    .build();

            // Park information
            client.areas().forEach(a -> out.add("area " + a.areaId() + " " + a.areaName()));

            // What does 粤B67890 owe? (After collecting it: client.payTmpRentBill with the payToken.)
            try {
                Pay.TmpRentBill bill = client.queryTmpRentBill(new Pay.TmpRentBillRequest("粤B67890", "kiosk-1"));
                out.add("due " + bill.money().toYuanString() + " yuan, token " + bill.payToken());
            } catch (WeLinkBusinessException e) {
                out.add("nothing to pay: " + e.errCode()); // NO_BILL or NO_ENTER_RECORD
            }

            // Every black-list entry, page by page
            client.stream(WeLinkCatalog.BLACKLIST_QUERY, new Blacklist.QueryRequest(null, 0, 100))
                    .forEach(e -> out.add("blacklisted " + e.plateNumber()));

            // The same through the vendor-neutral core port
            WeLinkParkingGateway gateway = new WeLinkParkingGateway(client, "kiosk-1", 11151314366657101L,
                    "13000000000");
            FeeQuote quote = gateway.quoteFee(new FeeQuery("10001088", Plate.parse("粤B67890"), clock.instant(),
                    List.of()));
            out.add("payable now " + quote.payable());
            // ... the driver pays quote.payable() in our app; WeLink then lets the car out:
            CommandResult paid = gateway.reportPayment(new PaymentReport("10001088", Plate.parse("粤B67890"),
                    "order-1", quote.payable(), Money.ZERO, clock.instant(), "wechat"));
            out.add("payment accepted " + paid.accepted());
            out.add("free spaces " + gateway.spaceStatus("10001088").freeSpaces());
        }
        // example:end
        out.forEach(System.out::println);
        return out;
    }

    /** The same example with a fixed clock (tests). */
    static List<String> runAt(java.time.Instant now) throws Exception {
        return run(Clock.fixed(now, java.time.ZoneOffset.UTC));
    }
}
