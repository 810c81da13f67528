package io.parkbridge.adapter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code parkbridge} command. Exit status: 0 success, 1 runtime failure (vendor error,
 * network, I/O), 2 usage error. Results go to stdout, diagnostics to stderr as one line
 * (a stack trace only with {@code --verbose}).
 */
@Command(name = "parkbridge", mixinStandardHelpOptions = true, versionProvider = ParkBridgeCli.Version.class,
        description = "Talk to parking and car-wash vendor clouds through one domain model.",
        subcommands = {DemoCommand.class, CommandLine.HelpCommand.class})
public final class ParkBridgeCli {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ParkBridgeCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose");
            commandLine.getErr().println("parkbridge: " + ex.getMessage());
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }

    /** Reads the version from the jar manifest, "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ParkBridgeCli.class.getPackage().getImplementationVersion();
            return new String[] {"parkbridge " + (v == null ? "dev" : v)};
        }
    }
}
