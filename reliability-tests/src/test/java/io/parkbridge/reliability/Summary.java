package io.parkbridge.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects one line per reliability check (cases tried, passed, stored, lost, duplicated) and
 * prints the table when the test plan ends; also writes it to
 * {@code target/reliability-summary.md}. Registered as a JUnit Platform listener.
 */
public final class Summary implements TestExecutionListener {
    /** One check's figures; -1 where a column does not apply. */
    record Line(String check, long tried, long passed, long stored, long lost, long duplicated, String note) {
    }

    private static final List<Line> LINES = new ArrayList<>();

    static synchronized void add(String check, long tried, long passed, long stored, long lost, long duplicated,
            String note) {
        LINES.add(new Line(check, tried, passed, stored, lost, duplicated, note));
    }

    static synchronized List<Line> lines() {
        return List.copyOf(LINES);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<Line> lines = lines();
        if (lines.isEmpty()) {
            return;
        }
        String table = table(lines);
        System.out.println();
        System.out.println("ParkBridge reliability summary");
        System.out.print(table);
        try {
            Path out = Path.of("target", "reliability-summary.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("could not write target/reliability-summary.md: " + e);
        }
    }

    static String table(List<Line> lines) {
        String[] head = {"check", "tried", "passed", "stored", "lost", "duplicated", "note"};
        List<String[]> rows = new ArrayList<>();
        for (Line l : lines) {
            rows.add(new String[] {l.check(), n(l.tried()), n(l.passed()), n(l.stored()), n(l.lost()),
                    n(l.duplicated()), l.note()});
        }
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        row(sb, head, w);
        String[] sep = new String[head.length];
        for (int i = 0; i < sep.length; i++) {
            sep[i] = "-".repeat(w[i]);
        }
        row(sb, sep, w);
        rows.forEach(r -> row(sb, r, w));
        return sb.toString();
    }

    private static String n(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }

    private static void row(StringBuilder sb, String[] cells, int[] w) {
        for (int i = 0; i < cells.length; i++) {
            sb.append("| ").append(cells[i]).append(" ".repeat(w[i] - cells[i].length())).append(' ');
        }
        sb.append("|\n");
    }
}
