package io.parkbridge.protocol.bluecard.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.core.event.DomainEvent;
import io.parkbridge.core.port.InMemoryInbox;
import io.parkbridge.core.port.InboxMessage;
import io.parkbridge.protocol.bluecard.MutableClock;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Pins, byte for byte, what the handler answers and stores (key, raw body, event) for every push
 * of {@link InboundWireTest} and for batches with awkward JSON (escapes, unknown fields, number
 * forms, records of the wrong shape) under both bad-record policies. The expected text is
 * {@code stored-form.txt}, written by the handler before its JSON path was made cheaper; a change
 * that alters any stored byte or reply fails here. Regenerate only on purpose:
 * {@code -Dstored-form.write=<path of the resource>}.
 */
class StoredFormTest {
    static final String P = InboundWireTest.P;

    /** Every record shape the batch path treats differently, with JSON that does not round-trip as written. */
    static final List<String> BATCHES = List.of(
            "{" + P + ",\"size\":\"3\",\"datas\":[{\"plate\":\"\\u4eacA12345\",\"inTime\":\"2019-01-09 10:00:00\","
                    + "\"inChannel\":\"east\\/in \\\"gate\\\"\\t\\u0001\",\"orderId\":\"e1\",\"confidence\":98,"
                    + "\"extra\":{\"n\":1.50,\"e\":1e3,\"E\":-2.5E-3,\"big\":1234567890123456789,\"z\":-0.0,"
                    + "\"a\":[true,false,null,{}],\"s\":\"\\ud83d\\ude97 \\u00e9\"},\"userInfo\":{\"phone\":\"138\"},"
                    + "\"placeInfo\":[{\"areaName\":\"B1\"}]} , {\"plate\":\"京A11111\",\"inTime\":\"2019-01-09 10:00:00\","
                    + "\"orderId\":\"e2\",\"confidence\":\"x\"},null,5,\"text\",[1],"
                    + "{\"plate\":\"京A22222\",\"inTime\":\"2019-01-09\",\"orderId\":\"\"},"
                    + "{\"plate\":\"no plate at all!\",\"inTime\":\"2019-01-09 10:00:00\",\"orderId\":\"e3\"},"
                    + "{\"plate\":\"京A33333\",\"inTime\":\"2019-02-30 10:00:00\",\"orderId\":\"e4\"},"
                    + "{\"plate\":\"京A44444\",\"inTime\":\"2019-01-09 10:00:00\",\"orderId\":\"e5\",\"userInfo\":{\"phone\":7}}]}",
            "{" + P + ",\"size\":2,\"datas\":[{\"plate\":\"京A12345\",\"inTime\":\"2019-01-09 10:00:00\","
                    + "\"outTime\":\"2019-01-09 11:00:00\",\"payKind\":\"微信\",\"charge\":\"2.0\",\"realCharge\":\"2\","
                    + "\"couponCharge\":\"0\"},{\"plate\":\"京A12345\",\"outTime\":\"2019-01-09 11:00:00\","
                    + "\"realCharge\":\"1.5\",\"couponCharge\":\"0\",\"payNo\":\"N1\",\"u\":1E+2}]}",
            "{" + P + ",\"size\":1,\"datas\":[{\"plate\":\"京A11111\",\"inTime\":\"2019-01-09 10:00:00\",\"orderId\":\"b\","
                    + "\"n\":123456789012345678901234567890}]}");

    @Test
    void repliesAndStoredMessagesAreByteForByteAsBefore() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (BadRecordPolicy policy : BadRecordPolicy.values()) {
            InMemoryInbox inbox = new InMemoryInbox();
            List<DomainEvent> handled = new ArrayList<>();
            BluecardInboundHandler handler = BluecardInboundHandler.builder().park("p180329111018", Secret.of("abc123"))
                    .inbox(inbox).application(InboundWireTest.APP).listener(handled::add).badRecordPolicy(policy)
                    .clock(new MutableClock(Instant.parse("2019-01-09T03:01:56Z"))).build();
            List<String[]> pushes = new ArrayList<>();
            InboundWireTest.cases().forEach(c -> pushes.add(new String[] {c.path(), c.body()}));
            pushes.add(new String[] {"carIn", BATCHES.get(0)});
            pushes.add(new String[] {"chargeUpload", BATCHES.get(1)});
            pushes.add(new String[] {"carIn", BATCHES.get(2)});
            for (String[] push : pushes) {
                String reply = handler.asHandler().handle(InboundRequest.post("/bluecard/" + push[0],
                        Map.of("sign", List.of(InboundWireTest.SIGN)), push[1])).bodyText();
                dump.append(policy).append(' ').append(push[0]).append(" -> ").append(reply).append('\n');
            }
            for (InboxMessage m : inbox.messages()) {
                dump.append("  ").append(m.interfaceName()).append(" | ").append(m.key()).append(" | ")
                        .append(m.receivedAt()).append('\n');
                dump.append("    raw   ").append(m.rawBody()).append('\n');
                dump.append("    event ").append(m.event()).append('\n');
                if (m.event() instanceof DomainEvent.VendorNotice n) {
                    dump.append("    json  ").append(n.rawJson()).append('\n');
                }
            }
            dump.append("  handled ").append(handled.size()).append('\n');
        }
        String actual = dump.toString();
        String target = System.getProperty("stored-form.write");
        if (target != null) {
            Files.writeString(Path.of(target), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected());
    }

    private static String expected() throws IOException {
        try (InputStream in = Objects.requireNonNull(StoredFormTest.class.getResourceAsStream("stored-form.txt"),
                "stored-form.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
