package io.parkbridge.adapter.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the CLI in-process and captures what it printed. */
record CliRunner(int exitCode, String out, String err) {
    /** A fixed instant so time-dependent output is reproducible. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00.250Z"), ZoneOffset.UTC);

    static CliRunner run(String... args) {
        return withInput("", Map.of(), args);
    }

    static CliRunner withInput(String stdin, String... args) {
        return withInput(stdin, Map.of(), args);
    }

    static CliRunner withInput(String stdin, Map<String, String> env, String... args) {
        return in(Path.of("").toAbsolutePath(), stdin, env, args);
    }

    static CliRunner in(Path workDir, String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, CLOCK,
                workDir, false);
        int code = ParkBridgeCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), ctx);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
