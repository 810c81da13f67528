package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.welink.codec.CipherSettings;
import io.parkbridge.protocol.welink.codec.ContentCodec;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.codec.WeLinkSigner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parkbridge welink ...}: the WeLink signature and content codec, and calls to a WeLink endpoint. */
@Command(name = "welink", mixinStandardHelpOptions = true,
        description = "WeLink Park open API: sign, encode/decode content, call an endpoint.",
        subcommands = {WeLinkCommand.Sign.class, WeLinkCommand.Encode.class, WeLinkCommand.Decode.class, WeLinkCall.class})
final class WeLinkCommand {
    /** The environment variable read when neither --secret nor --secret-file is given. */
    static final String SECRET_ENV = "PARKBRIDGE_WELINK_SECRET";

    /** The SecretKey options shared by the welink verbs. */
    static final class SecretOptions {
        @Option(names = "--secret", paramLabel = "S",
                description = "The SecretKey (prefer --secret-file or $" + SECRET_ENV + ").")
        String secret;

        @Option(names = "--secret-file", paramLabel = "FILE", description = "Read the SecretKey from FILE.")
        Path secretFile;

        Secret resolve(CliContext ctx) {
            return Secrets.resolve(ctx, secret, secretFile, SECRET_ENV, "--secret");
        }

        Secret optional(CliContext ctx) {
            return Secrets.optional(ctx, secret, secretFile, SECRET_ENV, "--secret");
        }
    }

    /** The two content flags as the vendor writes them. */
    static final class FlagOptions {
        @Option(names = "--encrypt", paramLabel = "0|1", required = true, description = "encryptCode: 1 = 3DES.")
        String encrypt;

        @Option(names = "--zip", paramLabel = "0|1", required = true, description = "zipCode: 1 = GZIP.")
        String zip;

        ContentFlags flags() {
            return new ContentFlags(flag("--encrypt", encrypt), flag("--zip", zip));
        }

        private static boolean flag(String option, String value) {
            try {
                return ContentFlags.parseFlag(option, value);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = {"Print the Signature of the given request parameters.",
                    "Names sorted by ASCII, '_' written as '.', empty values and Signature left out."})
    static final class Sign extends CliCommand {
        @Mixin
        SecretOptions secret = new SecretOptions();

        @Option(names = "--param", paramLabel = "NAME=VALUE", required = true,
                description = "A request parameter with its raw (not URL-encoded) value; repeat for each.")
        List<String> params;

        @Option(names = "--json", description = "Print {\"signature\":…,\"stringToSign\":…}.")
        boolean json;

        @Override
        public Integer call() {
            Map<String, String> parameters = parse(params);
            Secret key = secret.resolve(ctx());
            String signature = new WeLinkSigner(key).sign(parameters);
            if (json) {
                Map<String, String> result = new LinkedHashMap<>();
                result.put("signature", signature);
                result.put("stringToSign", WeLinkSigner.stringToSign(parameters));
                printJson(result);
            } else {
                out().println(signature);
            }
            return 0;
        }

        static Map<String, String> parse(List<String> params) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String p : params) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--param: expected NAME=VALUE, got '" + p + "'");
                }
                String name = p.substring(0, eq);
                if (parameters.put(name, p.substring(eq + 1)) != null) {
                    throw new UsageException("--param: parameter '" + name + "' given twice");
                }
            }
            return parameters;
        }
    }

    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = {"Read business JSON on stdin (one trailing newline ignored), print the content string.",
                    "content = Base64(GZIP(3DES(json))), each step only when its flag is 1."})
    static final class Encode extends CliCommand {
        @Mixin
        SecretOptions secret = new SecretOptions();

        @Mixin
        FlagOptions flags = new FlagOptions();

        @Option(names = "--json", description = "Print {\"content\":…,\"encryptCode\":…,\"zipCode\":…}.")
        boolean json;

        @Override
        public Integer call() {
            ContentFlags f = flags.flags();
            Secret key = f.encrypt() ? secret.resolve(ctx()) : secret.optional(ctx());
            String input = Stdin.readText(ctx(), "JSON");
            String content = new ContentCodec(key == null ? Secret.of("-") : key, CipherSettings.DEFAULT).encode(input, f);
            if (json) {
                printJson(Map.of("content", content, "encryptCode", f.encryptCode(), "zipCode", f.zipCode()));
            } else {
                out().println(content);
            }
            return 0;
        }
    }

    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Read a content string on stdin, print the JSON it carries.")
    static final class Decode extends CliCommand {
        @Mixin
        SecretOptions secret = new SecretOptions();

        @Mixin
        FlagOptions flags = new FlagOptions();

        @Option(names = "--json", description = "Print {\"json\":…} (the decoded text as a JSON string).")
        boolean json;

        @Override
        public Integer call() {
            ContentFlags f = flags.flags();
            Secret key = f.encrypt() ? secret.resolve(ctx()) : secret.optional(ctx());
            String content = Stdin.readText(ctx(), "content").strip();
            String decoded = new ContentCodec(key == null ? Secret.of("-") : key, CipherSettings.DEFAULT).decode(content, f);
            if (json) {
                printJson(Map.of("json", decoded));
            } else {
                out().println(decoded);
            }
            return 0;
        }
    }
}
