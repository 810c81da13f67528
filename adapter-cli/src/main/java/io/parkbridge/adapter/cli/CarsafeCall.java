package io.parkbridge.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.support.http.HttpSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parkbridge carsafe call NUMBER}: one interface of the catalogue, signed, and the reply. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Call a Carsafe interface by its number (e.g. 6.1) and print the reply.",
                "Example: parkbridge carsafe call 6.1 --url http://127.0.0.1:9000 --from PB --data '{\"credentialtype\":\"1\",\"credential\":\"粤B12345\",\"calcendtime\":\"1970-01-01 00:00:00\"}'"})
final class CarsafeCall extends CliCommand {
    @Parameters(paramLabel = "NUMBER", description = "The interface number, e.g. 6.1.")
    String number;

    @Option(names = "--url", paramLabel = "URL", required = true, description = "Base URL of the Carsafe API.")
    String url;

    @Option(names = "--from", paramLabel = "F", required = true, description = "Our caller id (the envelope's from).")
    String from;

    @Option(names = "--branch-no", paramLabel = "B", description = "The branchno, when the site needs one.")
    String branchNo;

    @Mixin
    CarsafeCommand.KeyOptions key = new CarsafeCommand.KeyOptions();

    @Mixin
    RequestData data = new RequestData();

    @Option(names = "--json", description = "Print the whole reply as one line of JSON.")
    boolean json;

    @Override
    public Integer call() {
        CarsafeInterface iface = CarsafeCatalogue.standard().all().stream().filter(i -> i.number().equals(number))
                .findFirst().orElseThrow(() -> new UsageException("NUMBER: no Carsafe interface " + number
                        + " in the catalogue"));
        String base = RequestData.url("--url", url);
        JsonNode body = data.json(ctx());
        CarsafeClient.Builder b = CarsafeClient.builder().baseUrl(base).from(from).keys(CarsafeKeys.single(key.resolve(ctx())))
                .clock(ctx().clock()).httpSettings(new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(10),
                        Duration.ofSeconds(15)));
        if (branchNo != null) {
            b.branchNo(branchNo);
        }
        CarsafeResponse r = b.build().call(iface, body);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interface", iface.number());
        m.put("status", r.status());
        m.put("code", r.code());
        m.put("message", r.message());
        m.put("data", r.data());
        if (json) {
            printJson(m);
        } else {
            out().printf("%s %s: status %s, code %s, message %s%n", iface.number(), iface.nameEn(), r.status(), r.code(),
                    r.message());
            out().println(r.data() == null ? "null" : r.data().toPrettyString());
        }
        return r.status() ? 0 : ParkBridgeCli.EXIT_FAILURE;
    }
}
