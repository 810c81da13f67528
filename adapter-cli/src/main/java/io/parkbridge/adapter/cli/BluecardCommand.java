package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.bluecard.BluecardSigner;
import io.parkbridge.protocol.support.crypto.Secret;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parkbridge bluecard ...}: the Bluecard sign header, and calls to a Bluecard interface. */
@Command(name = "bluecard", mixinStandardHelpOptions = true,
        description = "Bluecard cloud protocol: the sign header, call an interface.",
        subcommands = {BluecardCommand.Sign.class, BluecardCall.class})
final class BluecardCommand {
    /** The environment variable read when neither --key nor --key-file is given. */
    static final String KEY_ENV = "PARKBRIDGE_BLUECARD_KEY";

    /** The key options shared by the bluecard verbs. */
    static final class KeyOptions {
        @Option(names = "--key", paramLabel = "K", description = "The key (prefer --key-file or $" + KEY_ENV + ").")
        String key;

        @Option(names = {"--key-file", "--secret-file"}, paramLabel = "FILE", description = "Read the key from FILE.")
        Path keyFile;

        Secret resolve(CliContext ctx) {
            return Secrets.resolve(ctx, key, keyFile, KEY_ENV, "--key");
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Print the sign header value: lower-case hex md5(key + park).")
    static final class Sign extends CliCommand {
        @Mixin
        KeyOptions key = new KeyOptions();

        @Option(names = "--park", paramLabel = "P", required = true, description = "The park number.")
        String park;

        @Option(names = "--json", description = "Print {\"sign\":…}.")
        boolean json;

        @Override
        public Integer call() {
            if (park.isEmpty()) {
                throw new UsageException("--park: expected the park number assigned by Bluecard");
            }
            String sign = BluecardSigner.sign(key.resolve(ctx()), park);
            if (json) {
                printJson(Map.of("sign", sign));
            } else {
                out().println(sign);
            }
            return 0;
        }
    }
}
