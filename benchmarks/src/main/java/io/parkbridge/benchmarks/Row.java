package io.parkbridge.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * One line of the result table: a figure, its value, the baseline measured in the same run, the
 * ratio between them, the target and whether it is met ({@code null}: informational).
 */
public record Row(String figure, String value, String baseline, String ratio, String target, Boolean pass) {

    public String verdict() {
        return pass == null ? "info" : pass ? "PASS" : "FAIL";
    }

    public static String fmt(double v, String unit) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String n = v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
        return unit.isEmpty() ? n : n + " " + unit;
    }

    public static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "n/a" : String.format(Locale.ROOT, "%.2fx", r);
    }

    /** The table as fixed-width text (also valid Markdown when {@code markdown}). */
    public static String table(List<Row> rows, boolean markdown) {
        String[] head = {"figure", "value", "baseline", "ratio", "target", "result"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
        }
        for (Row r : rows) {
            String[] c = r.cells();
            for (int i = 0; i < c.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, head, w, markdown);
        String[] sep = new String[head.length];
        for (int i = 0; i < sep.length; i++) {
            sep[i] = "-".repeat(w[i]);
        }
        line(sb, sep, w, markdown);
        for (Row r : rows) {
            line(sb, r.cells(), w, markdown);
        }
        return sb.toString();
    }

    private String[] cells() {
        return new String[] {figure, value, baseline, ratio, target, verdict()};
    }

    private static void line(StringBuilder sb, String[] cells, int[] w, boolean markdown) {
        for (int i = 0; i < cells.length; i++) {
            sb.append(markdown ? "| " : i == 0 ? "" : "  ");
            sb.append(cells[i]).append(" ".repeat(w[i] - cells[i].length()));
            if (markdown) {
                sb.append(' ');
            }
        }
        sb.append(markdown ? "|\n" : "\n");
    }
}
