package io.parkbridge.adapter.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may read from its surroundings: standard input, the environment, the clock
 * and the working directory. Injected so tests run commands in-process with their own values.
 *
 * @param stdin standard input
 * @param env the environment variables
 * @param clock the clock (time-dependent output such as nonces and timestamps)
 * @param workDir the directory relative paths and the default data directory start from
 * @param interactive true when stdout is a terminal (progress bars are drawn only then)
 */
public record CliContext(InputStream stdin, Map<String, String> env, Clock clock, Path workDir, boolean interactive) {
    public CliContext {
        Objects.requireNonNull(stdin, "stdin");
        env = Map.copyOf(env);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(workDir, "workDir");
    }

    /** The real process surroundings. */
    public static CliContext system() {
        return new CliContext(System.in, System.getenv(), Clock.systemUTC(), Path.of("").toAbsolutePath(),
                System.console() != null);
    }
}
