package io.parkbridge.adapter.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A one-line progress bar on stderr, drawn only when the output is a terminal
 * ({@link CliContext#interactive()}); silent when piped, so scripts see only results.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private final String label;

    Progress(CliContext ctx, PrintWriter err, String label) {
        this.err = err;
        this.enabled = ctx.interactive();
        this.label = label;
    }

    boolean enabled() {
        return enabled;
    }

    /** Draws {@code done} of {@code total}. */
    void show(Duration done, Duration total) {
        if (!enabled || total.isZero()) {
            return;
        }
        double f = Math.min(1.0, (double) done.toMillis() / total.toMillis());
        int filled = (int) Math.round(f * WIDTH);
        err.printf("\r%s [%s%s] %3d%% %ds/%ds", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                Math.round(f * 100), done.toSeconds(), total.toSeconds());
        err.flush();
    }

    /** Ends the line the bar was drawn on. */
    void done() {
        if (enabled) {
            err.println();
            err.flush();
        }
    }
}
