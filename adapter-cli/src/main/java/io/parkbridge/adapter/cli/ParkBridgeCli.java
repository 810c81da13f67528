package io.parkbridge.adapter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The {@code parkbridge} command. Exit status: 0 success, 1 runtime failure (vendor error,
 * network, I/O), 2 usage error. Results go to stdout, diagnostics to stderr as one line
 * (a stack trace only with {@code --verbose}).
 */
@Command(name = "parkbridge", mixinStandardHelpOptions = true, versionProvider = ParkBridgeCli.Version.class,
        description = "Talk to parking and car-wash vendor clouds through one domain model.",
        subcommands = {DemoCommand.class, ServeCommand.class, FeeCommand.class, CardsCommand.class, PassesCommand.class, InboxCommand.class, SimulateCommand.class, CompletionCommand.class, WeLinkCommand.class, CarsafeCommand.class, BluecardCommand.class,
                WasherCommand.class, CommandLine.HelpCommand.class})
public final class ParkBridgeCli {
    /** Exit status of a runtime failure. */
    public static final int EXIT_FAILURE = 1;
    /** Exit status of a usage error. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    /** Held so the level set in main() is not lost to garbage collection. */
    private static final java.util.logging.Logger JUL_ROOT = java.util.logging.Logger.getLogger("");

    private final CliContext context;

    ParkBridgeCli(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    public static void main(String[] args) {
        // Libraries log through slf4j-simple to stderr: warnings only, unless --verbose.
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        }
        if (!verbose) {
            // Hibernate Validator logs its start-up notes through java.util.logging.
            JUL_ROOT.setLevel(java.util.logging.Level.SEVERE);
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, CliContext.system()));
    }

    /** Runs the command line with the given streams and the real process surroundings. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliContext.system());
    }

    /** Runs the command line with the given streams and surroundings and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
        CommandLine cli = new CommandLine(new ParkBridgeCli(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, strings) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("parkbridge: " + oneLine(ex.getMessage()) + " (see '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean usage = ex instanceof UsageException;
            String prefix = usage ? "parkbridge: " : "parkbridge: error: ";
            commandLine.getErr().println(prefix + oneLine(describe(ex))
                    + (usage ? " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')" : ""));
            if (verbose(parseResult)) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return usage ? EXIT_USAGE : EXIT_FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
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
