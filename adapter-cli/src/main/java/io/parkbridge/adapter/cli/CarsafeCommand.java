package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.carsafe.codec.CarsafeSigner;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parkbridge carsafe ...}: the Carsafe (Chean) envelope signature, and calls to a Carsafe endpoint. */
@Command(name = "carsafe", mixinStandardHelpOptions = true,
        description = "Carsafe (Chean) app API: sign and verify envelopes, call an interface.",
        subcommands = {CarsafeCommand.Sign.class, CarsafeCommand.Verify.class, CarsafeCall.class})
final class CarsafeCommand {
    /** The environment variable read when neither --key nor --key-file is given. */
    static final String KEY_ENV = "PARKBRIDGE_CARSAFE_KEY";

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The key options shared by the carsafe verbs. */
    static final class KeyOptions {
        @Option(names = "--key", paramLabel = "K", description = "The private key (prefer --key-file or $" + KEY_ENV + ").")
        String key;

        @Option(names = {"--key-file", "--secret-file"}, paramLabel = "FILE", description = "Read the key from FILE.")
        Path keyFile;

        Secret resolve(CliContext ctx) {
            return Secrets.resolve(ctx, key, keyFile, KEY_ENV, "--key");
        }
    }

    /** The signed envelope values. */
    static final class EnvelopeOptions {
        @Option(names = "--from", paramLabel = "F", required = true, description = "The envelope's from.")
        String from;

        @Option(names = "--timestamp", paramLabel = "yyyy-MM-dd HH:mm:ss", required = true,
                description = "The envelope's timestamp, exactly as sent.")
        String timestamp;

        @Option(names = "--nonce", paramLabel = "N", required = true, description = "The envelope's nonce.")
        String nonce;

        void validate() {
            try {
                LocalDateTime.parse(timestamp, TIMESTAMP);
            } catch (DateTimeParseException e) {
                throw new UsageException("--timestamp: expected yyyy-MM-dd HH:mm:ss, got '" + timestamp + "'");
            }
            if (from.isEmpty()) {
                throw new UsageException("--from: expected the caller id, got nothing");
            }
            if (nonce.isEmpty()) {
                throw new UsageException("--nonce: expected a number, got nothing");
            }
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = {"Read the data JSON on stdin (exact bytes, one trailing newline ignored), print sign.",
                    "sign = Base64(HMAC-SHA1(key, sorted(from, timestamp, nonce) + data))."})
    static final class Sign extends CliCommand {
        @Mixin
        KeyOptions key = new KeyOptions();

        @Mixin
        EnvelopeOptions envelope = new EnvelopeOptions();

        @Option(names = "--json", description = "Print {\"sign\":…,\"stringToSign\":…}.")
        boolean json;

        @Override
        public Integer call() {
            envelope.validate();
            Secret secret = key.resolve(ctx());
            String data = Stdin.readText(ctx(), "data JSON");
            String sign = CarsafeSigner.sign(secret, envelope.from, envelope.timestamp, envelope.nonce, data);
            if (json) {
                Map<String, String> result = new LinkedHashMap<>();
                result.put("sign", sign);
                result.put("stringToSign", CarsafeSigner.stringToSign(envelope.from, envelope.timestamp,
                        envelope.nonce, data));
                printJson(result);
            } else {
                out().println(sign);
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Read the data JSON on stdin and check a received sign (constant-time compare).",
                    "Prints 'valid' (exit 0) or 'invalid' (exit 1)."})
    static final class Verify extends CliCommand {
        @Mixin
        KeyOptions key = new KeyOptions();

        @Mixin
        EnvelopeOptions envelope = new EnvelopeOptions();

        @Option(names = "--sign", paramLabel = "SIGN", required = true, description = "The sign received.")
        String sign;

        @Option(names = "--json", description = "Print {\"valid\":true|false}.")
        boolean json;

        @Override
        public Integer call() {
            envelope.validate();
            Secret secret = key.resolve(ctx());
            String data = Stdin.readText(ctx(), "data JSON");
            boolean valid = CarsafeSigner.verify(secret, envelope.from, envelope.timestamp, envelope.nonce, data, sign);
            if (json) {
                printJson(Map.of("valid", valid));
            } else {
                out().println(valid ? "valid" : "invalid");
            }
            return valid ? 0 : ParkBridgeCli.EXIT_FAILURE;
        }
    }
}
