package id.rapor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of one run: a printed table for people and a flat map of named metrics, written as JSON so that
 * runs can be compared key by key.
 */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** One line of the table: what was measured, its value, what it is compared with, and the ratio. */
    record Row(String section, String metric, String value, String against, String ratio) {}

    private final Instant startedAt = Instant.now();
    private final Map<String, Object> run = new LinkedHashMap<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    /** A fact about the run (options, target). */
    void describe(String key, Object value) {
        run.put(key, value);
    }

    void metric(String key, double value) {
        metrics.put(key, value);
    }

    void row(String section, String metric, String value, String against, String ratio) {
        rows.add(new Row(section, metric, value, against, ratio));
    }

    /** A section that could not be measured, and why. */
    void failed(String section, String why) {
        failures.add(section + ": " + why);
        rows.add(new Row(section, "FAILED", why.length() > 100 ? why.substring(0, 100) + "..." : why, "", ""));
    }

    List<String> failures() {
        return failures;
    }

    String table() {
        String[] head = {"section", "metric", "value", "compared with", "ratio"};
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
        }
        for (Row r : rows) {
            String[] cells = cells(r);
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, head, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        String section = null;
        for (Row r : rows) {
            String[] cells = cells(r);
            if (r.section().equals(section)) {
                cells[0] = "";
            }
            section = r.section();
            line(out, cells, width);
        }
        return out.toString();
    }

    private static String[] cells(Row r) {
        return new String[] {r.section(), r.metric(), r.value(), r.against(), r.ratio()};
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            // numbers right-aligned, words left-aligned
            boolean right = i == 2 || i == 4;
            l.append(right ? pad(cells[i], width[i], true) : pad(cells[i], width[i], false))
                    .append("  ");
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return left ? fill + s : s + fill;
    }

    /** Writes {@code <prefix>-<timestamp>.json} and {@code latest.json} (suite) into the directory. */
    Path write(Path dir, String prefix, boolean latest) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("startedAt", startedAt.toString());
        doc.put("finishedAt", Instant.now().toString());
        doc.put("run", run);
        doc.put("metrics", metrics);
        doc.put("failures", failures);
        Path file = dir.resolve(prefix + "-" + FILE_TIME.format(startedAt) + ".json");
        JSON.writeValue(file.toFile(), doc);
        if (latest) {
            Files.copy(file, dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The metrics of an earlier results file. */
    static JsonNode read(Path earlier) throws IOException {
        JsonNode metrics = JSON.readTree(earlier.toFile()).path("metrics");
        if (!metrics.isObject()) {
            throw new IOException(earlier + " holds no metrics");
        }
        return metrics;
    }

    /**
     * The change of every metric present in both runs, against an earlier run's metrics; a metric the earlier run
     * lacks is listed with "—" before it, one this run lacks is left out.
     */
    String compare(JsonNode before) {
        StringBuilder out =
                new StringBuilder(String.format("%-45s %14s %14s %9s%n", "metric", "before", "now", "change"));
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Double now = metrics.get(e.getKey());
            if (now == null || !e.getValue().isNumber()) {
                continue;
            }
            double was = e.getValue().asDouble();
            String change = was == 0 ? "n/a" : String.format("%+.1f%%", (now - was) / was * 100);
            out.append(String.format(
                    "%-45s %14s %14s %9s %s%n",
                    e.getKey(), number(was), number(now), change, verdict(e.getKey(), was, now)));
        }
        // measured now but not in the earlier run (a step it skipped or did not have yet): no change to judge
        metrics.forEach((key, now) -> {
            if (!before.path(key).isNumber()) {
                out.append(String.format("%-45s %14s %14s%n", key, "—", number(now)));
            }
        });
        return out.toString();
    }

    /** Which direction is better depends on the metric's kind, named by its key's ending. */
    private static String verdict(String key, double was, double now) {
        // how many rows a run measured is a setting, not a result
        if (was == 0 || Math.abs(now - was) / Math.abs(was) < 0.05 || key.endsWith(".rows")) {
            return "";
        }
        boolean higherIsBetter = key.endsWith("PerSecond") || key.endsWith("throughputRatio");
        boolean better = higherIsBetter == (now > was);
        return better ? "better" : "worse";
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }
}
