package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.washer.api.WasherSigner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parkbridge washer ...}: the washer platform's control API signature and test requests. */
@Command(name = "washer", mixinStandardHelpOptions = true,
        description = "Washer platform: sign control API requests, send test requests and callbacks.",
        subcommands = {WasherCommand.Sign.class, WasherCalls.Request.class, WasherCalls.Callback.class,
                WasherCalls.Status.class, WasherCalls.Lock.class, WasherCalls.Start.class, WasherCalls.Call.class})
final class WasherCommand {
    /** The environment variable read when neither --secret nor --secret-file is given. */
    static final String SECRET_ENV = "PARKBRIDGE_WASHER_SECRET";

    /** The secret options shared by the washer verbs. */
    static final class SecretOptions {
        @Option(names = "--secret", paramLabel = "S", description = "The secret (prefer --secret-file or $" + SECRET_ENV + ").")
        String secret;

        @Option(names = "--secret-file", paramLabel = "FILE", description = "Read the secret from FILE.")
        Path secretFile;

        Secret resolve(CliContext ctx) {
            return Secrets.resolve(ctx, secret, secretFile, SECRET_ENV, "--secret");
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = {"Print the sign header: Base64(AES/ECB/PKCS5Padding(openId)),",
                    "key = first 13 characters of the secret + last three digits of --time (must be 100-999)."})
    static final class Sign extends CliCommand {
        @Mixin
        SecretOptions secret = new SecretOptions();

        @Option(names = "--open-id", paramLabel = "ID", required = true, description = "The openId.")
        String openId;

        @Option(names = "--time", paramLabel = "MS", required = true,
                description = "The epoch millisecond time sent in the body.")
        long time;

        @Option(names = "--json", description = "Print {\"sign\":…,\"time\":…}.")
        boolean json;

        @Override
        public Integer call() {
            if (openId.isEmpty()) {
                throw new UsageException("--open-id: expected the platform's communication id");
            }
            if (!WasherSigner.signable(time)) {
                throw new UsageException("--time: expected a positive epoch millisecond whose last three digits are"
                        + " 100-999, got " + time + " (next signable: "
                        + (time > 0 ? String.valueOf(WasherSigner.sendableTime(time)) : "n/a") + ")");
            }
            Secret s = secret.resolve(ctx());
            if (s.length() < 13) {
                throw new UsageException("--secret: expected at least 13 characters");
            }
            String sign;
            try {
                sign = WasherSigner.sign(openId, s, time);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("sign", sign);
                result.put("time", time);
                printJson(result);
            } else {
                out().println(sign);
            }
            return 0;
        }
    }
}
