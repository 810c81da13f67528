package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeCatalogue;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterface;
import io.parkbridge.protocol.carsafe.catalogue.FieldSpec;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.codec.CarsafeJson;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated request/response records of every interface: wire names round-trip, and they work end to end. */
class GeneratedMessagesTest {
    private static final Map<String, Class<?>> HOLDERS = new HashMap<>();
    private static final CarsafeKeys KEYS = CarsafeKeys.single(Secret.of("111111"));
    private static CarsafeSimulator sim;
    private static CarsafeClient client;

    @BeforeAll
    static void load() throws Exception {
        for (int ch = 6; ch <= 14; ch++) {
            Class<?> outer = Class.forName("io.parkbridge.protocol.carsafe.message.generated.Chapter" + ch + "Messages");
            for (Class<?> holder : outer.getClasses()) {
                CarsafeInterface i = (CarsafeInterface) holder.getField("INTERFACE").get(null);
                HOLDERS.put(i.number(), holder);
            }
        }
        sim = CarsafeSimulator.start(KEYS, Samples.CLOCK);
        sim.vehicleEntered("粤B12345", LocalDateTime.of(2019, 12, 9, 13, 0));
        sim.card(Map.of("CardNo", "C1", "CardID", "I1", "NumNo", "N1"));
        client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(KEYS).clock(Samples.CLOCK).build();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static Stream<CarsafeInterface> all() {
        return CarsafeCatalogue.standard().all().stream();
    }

    static Stream<CarsafeInterface> callable() {
        return Samples.outbound().filter(i -> i.envelope() != io.parkbridge.protocol.carsafe.catalogue.EnvelopeKind.ALIPAY_PAGE)
                .filter(i -> !Samples.STATEFUL.contains(i.number()));
    }

    private static Class<?> type(CarsafeInterface iface, String kind) {
        for (Class<?> c : HOLDERS.get(iface.number()).getClasses()) {
            if (c.getSimpleName().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError(kind + " missing for " + iface.number());
    }

    private static Object newRecord(Class<?> type, List<FieldSpec> fields, boolean requiredOnly) throws Exception {
        RecordComponent[] comps = type.getRecordComponents();
        Object[] args = new Object[comps.length];
        for (int k = 0; k < comps.length; k++) {
            FieldSpec f = fields.get(k);
            if (!requiredOnly || f.required()) {
                args[k] = comps[k].getType() == JsonNode.class ? CarsafeJson.mapper().valueToTree(Samples.value(f.name()))
                        : Samples.value(f.name());
            }
        }
        Constructor<?> c = type.getDeclaredConstructor(java.util.Arrays.stream(comps).map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
        return c.newInstance(args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void every_interface_has_records_that_keep_the_wire_names(CarsafeInterface iface) throws Exception {
        assertThat(HOLDERS).containsKey(iface.number());
        Object request = newRecord(type(iface, "Request"), iface.request(), false);
        JsonNode json = CarsafeJson.mapper().valueToTree(request);
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        assertThat(names).containsExactlyElementsOf(iface.request().stream().map(FieldSpec::name).toList());

        ObjectNode reply = CarsafeJson.mapper().createObjectNode();
        iface.response().forEach(f -> reply.put(f.name(), "x-" + f.name()));
        Object response = CarsafeJson.mapper().treeToValue(reply, type(iface, "Response"));
        RecordComponent[] comps = response.getClass().getRecordComponents();
        for (int k = 0; k < comps.length; k++) {
            assertThat(((JsonNode) comps[k].getAccessor().invoke(response)).asText())
                    .isEqualTo("x-" + iface.response().get(k).name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callable")
    void every_outbound_interface_is_callable_with_its_typed_records(CarsafeInterface iface) throws Exception {
        Object request = iface.request().isEmpty() ? null : newRecord(type(iface, "Request"), iface.request(), true);
        Class<?> responseType = type(iface, "Response");
        if (!iface.response().isEmpty()) {
            // list() maps an array or a single object (6.76 is documented as one object, returns all entries)
            List<?> rows = client.list(iface.number(), request, responseType);
            assertThat(rows).allSatisfy(r -> assertThat(r).isInstanceOf(responseType));
            if (iface.responseArray()) {
                assertThat(rows).isNotEmpty();
            }
        } else {
            assertThat(client.call(iface, request).status()).isTrue();
        }
    }
}
