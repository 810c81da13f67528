package io.parkbridge.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.protocol.support.http.HttpSettings;
import io.parkbridge.protocol.welink.catalog.WeLinkCatalog;
import io.parkbridge.protocol.welink.catalog.WeLinkEndpoint;
import io.parkbridge.protocol.welink.client.WeLinkClient;
import io.parkbridge.protocol.welink.message.WeLinkJson;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parkbridge welink call ENDPOINT}: one endpoint of the catalogue through the client's one call path. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Call a WeLink endpoint (section such as 5.2.1, or path such as /info/areas) and print the reply.",
                "Example: parkbridge welink call /pay/queryTmpRentBill --url http://127.0.0.1:9000 --app-id A --park-id P"
                        + " --data '{\"plateNumber\":\"粤B67890\",\"userId\":\"kiosk-1\"}'"})
final class WeLinkCall extends CliCommand {
    @Parameters(paramLabel = "ENDPOINT", description = "Section (5.2.1) or path (/info/areas or /api/info/areas).")
    String endpoint;

    @Option(names = "--url", paramLabel = "URL", required = true, description = "Base URL, e.g. http://qqb.welinkpark.com.")
    String url;

    @Option(names = "--app-id", paramLabel = "ID", required = true, description = "AppId.")
    String appId;

    @Option(names = "--park-id", paramLabel = "ID", required = true, description = "ParkId.")
    String parkId;

    @Mixin
    WeLinkCommand.SecretOptions secret = new WeLinkCommand.SecretOptions();

    @Mixin
    RequestData data = new RequestData();

    @Option(names = "--json", description = "Print the reply as one line of JSON.")
    boolean json;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() throws JsonProcessingException {
        String wanted = endpoint.startsWith(WeLinkEndpoint.API_PREFIX + "/") ? endpoint.substring(4) : endpoint;
        WeLinkEndpoint<Object, Object> ep = (WeLinkEndpoint<Object, Object>) WeLinkCatalog.ALL.stream()
                .filter(e -> e.section().equals(wanted) || e.path().equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageException("ENDPOINT: no WeLink endpoint '" + endpoint + "' in the catalogue"));
        WeLinkClient client = WeLinkClient.builder().baseUrl(RequestData.url("--url", url)).appId(appId)
                .secretKey(secret.resolve(ctx())).parkId(parkId).clock(ctx().clock())
                .httpSettings(new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(15)))
                .build();
        ObjectMapper mapper = WeLinkJson.mapper(client.moneyUnit());
        Object request = data.as(ctx(), ep.requestType(), mapper);
        if (ep.hasRequest() && request == null) {
            throw new UsageException("--data: " + ep.section() + " " + ep.path() + " needs request fields ("
                    + ep.requestType().getSimpleName() + ")");
        }
        Object reply = client.call(ep, request);
        if (json) {
            out().println(mapper.writeValueAsString(reply));
        } else {
            out().printf("%s %s %s (%s)%n", ep.section(), ep.method(), ep.fullPath(), ep.summary());
            out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(reply));
        }
        return 0;
    }
}
