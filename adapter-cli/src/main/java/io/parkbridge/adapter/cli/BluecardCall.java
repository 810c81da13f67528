package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.bluecard.catalog.BluecardInterface;
import io.parkbridge.protocol.bluecard.catalog.Direction;
import io.parkbridge.protocol.bluecard.client.BluecardClient;
import io.parkbridge.protocol.bluecard.message.Reply;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.support.json.JsonMappers;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parkbridge bluecard call INTERFACE}: one of the interfaces we call at Bluecard, and its reply. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Call a Bluecard interface (section such as 4.4, or name such as GET_CHARGE_BF) and print the reply.",
                "Example: parkbridge bluecard call 4.8 --url http://127.0.0.1:9000 --park P0001 --data '{...}'"})
final class BluecardCall extends CliCommand {
    @Parameters(paramLabel = "INTERFACE", description = "Section (4.4) or name (GET_CHARGE_BF).")
    String api;

    @Option(names = "--url", paramLabel = "URL", required = true, description = "Base URL of the Bluecard cloud.")
    String url;

    @Option(names = "--park", paramLabel = "P", required = true, description = "The park number.")
    String park;

    @Mixin
    BluecardCommand.KeyOptions key = new BluecardCommand.KeyOptions();

    @Mixin
    RequestData data = new RequestData();

    @Option(names = "--json", description = "Print the reply as one line of JSON.")
    boolean json;

    @Override
    public Integer call() {
        BluecardInterface iface = BluecardInterface.bySection(api).orElseGet(() -> {
            try {
                return BluecardInterface.valueOf(api.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new UsageException("INTERFACE: no Bluecard interface '" + api + "' (use a section such as 4.4)");
            }
        });
        if (iface.direction() != Direction.US_TO_BLUECARD) {
            throw new UsageException("INTERFACE: " + iface.section() + " is pushed by Bluecard to us; use"
                    + " 'parkbridge simulate bluecard --target URL' to send it");
        }
        Object request = data.as(ctx(), iface.requestType(), JsonMappers.strict());
        BluecardClient client = BluecardClient.builder().baseUrl(RequestData.url("--url", url)).parkNumber(park)
                .key(key.resolve(ctx())).clock(ctx().clock())
                .httpSettings(new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(15)))
                .build();
        Reply<?> reply = client.call(iface, request);
        if (json) {
            printJson(reply);
        } else {
            out().printf("%s %s: status %s%n", iface.section(), iface.englishName(), reply.status());
            try {
                out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reply));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                out().println(reply);
            }
        }
        return 0;
    }
}
