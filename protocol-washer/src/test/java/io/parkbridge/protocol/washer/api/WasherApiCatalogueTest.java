package io.parkbridge.protocol.washer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.parkbridge.protocol.washer.testing.WikiPages;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue against the wiki: every documented endpoint is there, with the page's fields. */
class WasherApiCatalogueTest {

    @Test
    void everyEndpointOfThePagesIsInTheCatalogueAndNothingElse() {
        Map<String, String> documented = new TreeMap<>();
        for (String page : WikiPages.all()) {
            WikiPages.path(WikiPages.read(page)).ifPresent(p -> documented.put(p, page));
        }
        Map<String, String> catalogued = WasherApi.ALL.stream()
                .collect(Collectors.toMap(Endpoint::path, Endpoint::page, (a, b) -> a + "," + b, TreeMap::new));

        assertThat(documented).hasSize(44);
        assertThat(catalogued).isEqualTo(documented);
        assertThat(WasherApi.ALL).hasSize(44).extracting(Endpoint::name).doesNotHaveDuplicates();
    }

    @Test
    void eachEndpointListsExactlyThePagesRequestFields() {
        for (Endpoint<?, ?> e : WasherApi.ALL) {
            List<String> pageFields = WikiPages.tableNames(WikiPages.read(e.page()), "Request parameters:").stream()
                    .filter(f -> !f.equals("openId") && !f.equals("time")).toList();
            assertThat(e.fields()).as(e.name()).containsExactlyInAnyOrderElementsOf(pageFields);
        }
    }

    /**
     * A request type shared by several endpoints may have an optional component one of them lacks
     * (obstacleMark on the plan); the call path refuses it there when set.
     */
    @Test
    void eachRequestTypeCarriesTheEndpointsFieldsAndOnlyOptionalExtras() {
        for (Endpoint<?, ?> e : WasherApi.ALL) {
            for (java.lang.reflect.RecordComponent c : e.requestType().getRecordComponents()) {
                if (!e.fields().contains(c.getName())) {
                    assertThat(c.getType().isPrimitive()).as(e.name() + " extra " + c.getName()).isFalse();
                }
            }
            List<String> components = java.util.Arrays.stream(e.requestType().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).toList();
            assertThat(components).as(e.name()).containsAll(e.fields());
        }
    }

    @Test
    void everyEndpointHasATypedMethodOnTheClient() throws Exception {
        for (Endpoint<?, ?> e : WasherApi.ALL) {
            Method m = WasherClient.class.getMethod(e.javaMethod(), e.requestType());
            assertThat(m.getReturnType()).as(e.name()).isEqualTo(e.replyType());
        }
    }

    @Test
    void onlyStatusQueriesAreRetriedAndOnlyRepliesDocumentedWithATrailingCommaAreLenient() {
        assertThat(WasherApi.ALL.stream().filter(Endpoint::query).map(Endpoint::action).distinct())
                .containsExactlyInAnyOrder("checkStatus", "getIotInfo", "pageError", "checkWorkTime", "checkAdvOrder",
                        "checkParkStatus", "carParkStatus");
        for (Endpoint<?, ?> e : WasherApi.ALL) {
            String reply = WikiPages.block(WikiPages.read(e.page()), "**Response JSON:**");
            boolean strictJson;
            try {
                io.parkbridge.protocol.support.json.JsonMappers.strict().readTree(reply);
                strictJson = true;
            } catch (Exception ex) {
                strictJson = false;
            }
            assertThat(e.lenientReply()).as(e.name()).isEqualTo(!strictJson);
        }
    }
}
