package io.parkbridge.adapter.cli;

import io.parkbridge.protocol.support.crypto.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command finds a secret, in order: the option itself, a file named by the
 * {@code -file} option (one trailing newline ignored), then an environment variable. The
 * secret is never echoed: errors name the option and the variable, not the value.
 */
final class Secrets {
    private Secrets() {
    }

    /**
     * @param inline the value of the inline option, or null
     * @param file the file option's value, or null
     * @param envName the environment variable consulted last
     * @param option the inline option's name, for the error message
     */
    static Secret resolve(CliContext ctx, String inline, Path file, String envName, String option) {
        if (inline != null && file != null) {
            throw new UsageException(option + " and " + option + "-file: expected only one of them");
        }
        if (inline != null) {
            return nonEmpty(inline, option);
        }
        if (file != null) {
            Path path = ctx.workDir().resolve(file);
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + option + "-file " + file + ": "
                        + e.getClass().getSimpleName(), e);
            }
            return nonEmpty(Stdin.stripOneNewline(text), option + "-file");
        }
        String env = ctx.env().get(envName);
        if (env != null && !env.isEmpty()) {
            return Secret.of(env);
        }
        throw new UsageException("missing secret: expected " + option + ", " + option + "-file or the environment variable "
                + envName);
    }

    /** Like {@link #resolve} but null when no source is given. */
    static Secret optional(CliContext ctx, String inline, Path file, String envName, String option) {
        if (inline == null && file == null && (ctx.env().get(envName) == null || ctx.env().get(envName).isEmpty())) {
            return null;
        }
        return resolve(ctx, inline, file, envName, option);
    }

    private static Secret nonEmpty(String value, String option) {
        if (value.isEmpty()) {
            throw new UsageException(option + ": expected a non-empty secret");
        }
        return Secret.of(value);
    }
}
