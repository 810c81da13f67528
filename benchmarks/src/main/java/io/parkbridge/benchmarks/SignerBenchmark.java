package io.parkbridge.benchmarks;

import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.carsafe.codec.CarsafeSigner;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Carsafe's sign (HMAC-SHA1 over the sorted from/timestamp/nonce plus data, Base64) and
 * Bluecard's sign (hex MD5 of key + park number) against the bare primitive on the same input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SignerBenchmark {
    private static final String FROM = "UT";
    private static final String TIMESTAMP = "2026-03-02 09:15:00";
    private static final String NONCE = "47";
    private static final String PARK = "p20260302";

    private final Secret carsafeKey = Secret.of("111111-carsafe-private-key");
    private final Secret bluecardKey = Secret.of("bluecard-park-key-0042");
    private Mac carsafeMac;
    private String carsafeStringToSign;
    private byte[] bluecardKeyBytes;
    private byte[] parkBytes;

    @Setup
    public void setUp() {
        carsafeMac = Primitives.hmacSha1(carsafeKey.reveal());
        carsafeStringToSign = CarsafeSigner.stringToSign(FROM, TIMESTAMP, NONCE, Payloads.CARSAFE_DATA);
        bluecardKeyBytes = bluecardKey.reveal().getBytes(StandardCharsets.UTF_8);
        parkBytes = PARK.getBytes(StandardCharsets.UTF_8);
        if (!carsafeSign().equals(carsafeSignPrimitives()) || !bluecardSign().equals(bluecardSignPrimitives())) {
            throw new IllegalStateException("baseline signature differs from the signer's");
        }
    }

    @Benchmark
    public String carsafeSign() {
        return CarsafeSigner.sign(carsafeKey, FROM, TIMESTAMP, NONCE, Payloads.CARSAFE_DATA);
    }

    @Benchmark
    public String carsafeSignPrimitives() {
        return Primitives.hmacSha1Base64(carsafeMac, carsafeStringToSign);
    }

    @Benchmark
    public String bluecardSign() {
        return BluecardSigner.sign(bluecardKey, PARK);
    }

    @Benchmark
    public String bluecardSignPrimitives() {
        return Primitives.md5Hex(bluecardKeyBytes, parkBytes);
    }
}
