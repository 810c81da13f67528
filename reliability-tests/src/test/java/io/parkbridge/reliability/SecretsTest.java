package io.parkbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.adapter.http.store.jdbc.JdbcCardLedger;
import io.parkbridge.core.credential.StoredValueCard;
import io.parkbridge.core.money.Money;
import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import io.parkbridge.protocol.support.sim.SimulatorServer;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.message.Pay;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every inbound route and every client with the {@link Known} secrets and card numbers
 * (valid calls, refused calls, vendor faults), captures every exception (message, toString and
 * stack trace with causes) and the suite's whole log file, and asserts that no secret and no
 * full card number appears in any of them.
 */
class SecretsTest {
    @TempDir
    Path dir;

    private final List<String> captured = new ArrayList<>();

    @Test
    void noSecretOrCardNumberInLogsOrExceptions() throws Exception {
        int requests = 0;
        try (BundledServer server = BundledServer.h2(dir)) {
            for (Target t : Target.all(server.routes)) {
                for (Target.Auth auth : List.of(Target.Auth.VALID, Target.Auth.WRONG)) {
                    String payload = t.validPayload();
                    // card numbers in every string field the payload has, then the payload as sent
                    String withCards = payload.replaceAll("\"v-[^\"]*\"", "\"" + Known.CARDS.get(requests % 3) + "\"");
                    for (String body : List.of(withCards, withCards.substring(0, withCards.length() / 2),
                            "{\"cardNum\":\"" + Known.CARDS.get(0) + "\",\"callType\":\"CARD_WASH\",\"iotId\":\"x\"}")) {
                        Http.Reply r = Http.send(server.port(), t.request(Target.utf8(body), auth));
                        captured.add(r.body());
                        requests++;
                    }
                }
            }
            // a client that sends a key where a sign belongs, and a card number as a request id
            captured.add(Http.send(server.port(), "POST", "/bluecard/carIn", Map.of("sign",
                    Known.BLUECARD_KEY.reveal(), "X-Request-Id", Known.CARDS.get(2)), Target.utf8("{}")).body());
            JdbcCardLedger ledger = new JdbcCardLedger(server.db, Clock.systemUTC());
            StoredValueCard card = new StoredValueCard(Known.CARDS.get(0), "holder", Money.parseYuan("10.00"),
                    Money.ZERO);
            ledger.open(card);
            captured.add(card.toString());
            capture(() -> ledger.open(card));
            captured.add(String.valueOf(ledger.debit(Known.CARDS.get(0), "o-1", Money.parseYuan("99.00"))));
            captured.add(String.valueOf(ledger.debit(Known.CARDS.get(1), "o-2", Money.parseYuan("1.00"))));
            captured.add(String.valueOf(ledger.find(Known.CARDS.get(0))));
        }
        clients();

        String log = Files.exists(Path.of("target", "reliability-tests.log"))
                ? Files.readString(Path.of("target", "reliability-tests.log"), StandardCharsets.UTF_8) : "";
        List<String> leaks = new ArrayList<>();
        List<String> needles = new ArrayList<>(Known.secretTexts());
        needles.add(BluecardSigner.sign(Known.BLUECARD_KEY, Known.BLUECARD_PARK)); // the sign is a credential too
        needles.addAll(Known.CARDS);
        for (String needle : needles) {
            if (log.contains(needle)) {
                int at = log.indexOf(needle);
                leaks.add("log: " + log.substring(Math.max(0, at - 160), Math.min(log.length(), at + 40))
                        .replace('\n', ' '));
            }
            for (String text : captured) {
                if (text != null && text.contains(needle)) {
                    int at = text.indexOf(needle);
                    leaks.add("exception/reply: " + text.substring(Math.max(0, at - 160), Math.min(text.length(),
                            at + 40)).replace('\n', ' '));
                }
            }
        }
        Summary.add("secrets: " + requests + " requests, " + captured.size() + " exceptions/replies, log "
                + log.length() / 1024 + " KB", needles.size(), needles.size() - leaks.stream().map(l -> l).count() < 0
                ? 0 : needles.size() - Math.min(needles.size(), leaks.size()), -1, -1, -1, leaks.size() + " leaks");
        leaks.stream().limit(10).forEach(l -> System.out.println("LEAK " + l));
        assertThat(leaks).as("secrets or card numbers found").isEmpty();
    }

    private void clients() throws Exception {
        // WeLink: every fault, secret key known
        try (SimulatorServer sim = SimulatorServer.start(r -> InboundResponse.json(200,
                "{\"responseStatus\":{\"code\":\"0002\",\"message\":\"Signature " + "mismatch\"}}"))) {
            WeLinkClient client = WeLinkClient.builder().baseUrl(sim.baseUrl()).appId("app-rel")
                    .secretKey(Known.WELINK_SECRET).parkId("10001088").retryPolicy(OutboundFaultsTest.BUDGET)
                    .httpSettings(OutboundFaultsTest.TIMEOUTS).sleeper(d -> { }).build();
            captured.add(client.toString());
            capture(client::space);
            sim.faults().failNext(3, 500);
            capture(client::space);
            sim.faults().reset().malformedNext(1);
            capture(() -> client.payTmpRentBill(new Pay.PaidBillRequest("粤B12345", Known.CARDS.get(1))));
            sim.faults().reset().dropNext(1);
            capture(() -> client.payTmpRentBill(new Pay.PaidBillRequest("粤B12345", Known.CARDS.get(1))));
        }
        // Carsafe: the real simulator, with the right key and with a wrong one
        CarsafeKeys keys = CarsafeKeys.single(Known.CARSAFE_KEY);
        try (CarsafeSimulator sim = CarsafeSimulator.start(keys, Clock.systemUTC())) {
            CarsafeClient client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from(Known.CARSAFE_FROM).keys(keys)
                    .retryPolicy(OutboundFaultsTest.BUDGET).httpSettings(OutboundFaultsTest.TIMEOUTS)
                    .sleeper(d -> { }).build();
            captured.add(client.toString());
            captured.add(keys.toString());
            CarsafeParking parking = new CarsafeParking(client);
            capture(() -> parking.storedValueCard(Credential.card(Known.CARDS.get(2))));
            sim.faults().malformedNext(1);
            capture(() -> parking.storedValueCard(Credential.card(Known.CARDS.get(2))));
            sim.faults().reset().failNext(3, 503);
            capture(parking::remainingSpaces);
            sim.faults().reset();
            CarsafeClient wrong = CarsafeClient.builder().baseUrl(sim.baseUrl()).from(Known.CARSAFE_FROM)
                    .keys(CarsafeKeys.single(Secret.of("CSkey-wrong-000"))).sleeper(d -> { }).build();
            capture(() -> new CarsafeParking(wrong).storedValueCard(Credential.card(Known.CARDS.get(2))));
        }
        // Bluecard: a refusal naming the sign, a 500 and a malformed reply
        try (SimulatorServer sim = SimulatorServer.start(r -> InboundResponse.json(200,
                "{\"status\":\"fail\",\"errorCode\":\"sign error\"}"))) {
            BluecardClient client = BluecardClient.builder().baseUrl(sim.baseUrl()).parkNumber(Known.BLUECARD_PARK)
                    .key(Known.BLUECARD_KEY).retryPolicy(OutboundFaultsTest.BUDGET)
                    .httpSettings(OutboundFaultsTest.TIMEOUTS).sleeper(d -> { }).build();
            captured.add(client.toString());
            capture(client::getAllSpaceStatus);
            sim.faults().failNext(1, 500);
            Instant now = Instant.now();
            capture(() -> client.sendPayRes(new BluecardClient.Payment("o-1", "粤B12345", Money.parseYuan("5.00"),
                    Money.parseYuan("5.00"), now, "1", "card", now, Known.CARDS.get(0), "out-1")));
            sim.faults().reset().malformedNext(1);
            capture(client::getAllSpaceStatus);
        }
    }

    private void capture(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            captured.add(String.valueOf(e.getMessage()));
            captured.add(w.toString());
        }
    }
}
