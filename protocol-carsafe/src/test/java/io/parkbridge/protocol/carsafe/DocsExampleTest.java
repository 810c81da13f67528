package io.parkbridge.protocol.carsafe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.core.fee.FeeQuote;
import io.parkbridge.core.plate.Plate;
import io.parkbridge.core.port.FeeQuery;
import io.parkbridge.core.port.ParkingGateway;
import io.parkbridge.protocol.carsafe.catalogue.CarsafeInterfaces;
import io.parkbridge.protocol.carsafe.client.CarsafeClient;
import io.parkbridge.protocol.carsafe.client.CarsafeKeys;
import io.parkbridge.protocol.carsafe.client.CarsafeParking;
import io.parkbridge.protocol.carsafe.codec.CarsafeResponse;
import io.parkbridge.protocol.carsafe.gateway.CarsafeParkingGateway;
import io.parkbridge.protocol.carsafe.gateway.PayTypes;
import io.parkbridge.protocol.carsafe.message.Credential;
import io.parkbridge.protocol.carsafe.message.FeeCalculation;
import io.parkbridge.protocol.carsafe.message.FeeCalculationRequest;
import io.parkbridge.protocol.carsafe.message.FlagResult;
import io.parkbridge.protocol.carsafe.message.PaymentCommitRequest;
import io.parkbridge.protocol.carsafe.message.generated.Chapter6Messages;
import io.parkbridge.protocol.carsafe.sim.CarsafeSimulator;
import io.parkbridge.protocol.support.crypto.Secret;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/vendors/carsafe.md, kept compiling and passing. */
class DocsExampleTest {

    @Test
    void the_documented_example_runs() throws Exception {
        CarsafeKeys keys = CarsafeKeys.single(Secret.of("example-key"));
        Clock clock = Clock.systemUTC();
        try (CarsafeSimulator sim = CarsafeSimulator.start(keys, clock)) {
            sim.vehicleEntered("粤B12345", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2));
            CarsafeClient client = CarsafeClient.builder().baseUrl(sim.baseUrl()).from("UT").keys(keys).build();
            CarsafeParking parking = new CarsafeParking(client);

            FeeCalculation calc = parking.calculateFee(FeeCalculationRequest.now(Credential.plate("粤B12345")));
            FlagResult paid = parking.commitPayment(PaymentCommitRequest.paying(calc, Credential.plate("粤B12345"),
                    calc.parkCost(), PayTypes.code("wechat"), "MY-ORDER-1", "2026-11-25 10:00:00"));
            assertThat(paid.ok()).isTrue();
            parking.lockCar("粤B12345");
            parking.openGate("12");

            var lock = client.call("6.54", new Chapter6Messages.ParkLockcarStatusGet_6_54.Request("粤B12345"),
                    Chapter6Messages.ParkLockcarStatusGet_6_54.Response.class);
            assertThat(lock.lockStatus().asText()).isEqualTo("1");
            CarsafeResponse r = client.call(CarsafeInterfaces.PARK_BOOKINGCONFIG_GET_6_12, null);
            assertThat(r.status()).isTrue();
            int rows = 0;
            for (JsonNode card : client.rows("6.4", Map.of("Status", "1"), 100)) {
                rows++;
            }
            assertThat(rows).isZero();

            ParkingGateway gateway = new CarsafeParkingGateway(client, clock, ZoneId.of("Asia/Shanghai"));
            FeeQuote quote = gateway.quoteFee(new FeeQuery("1001", Plate.parse("粤B12345"), Instant.now(), List.of()));
            assertThat(quote.gross()).isEqualTo(calc.parkCost());
        }
    }
}
