package id.rapor.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads samples out of the Prometheus text exposition format ({@code /q/metrics}). */
final class PrometheusText {

    private PrometheusText() {}

    /** One sample line: the metric's name, its labels and its value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    /**
     * The sum of the samples of {@code metric} whose labels include all of {@code labels} (e.g. every heap pool of
     * {@code jvm_memory_used_bytes} with {@code area="heap"}), empty when there is none.
     */
    static OptionalDouble sum(String exposition, String metric, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            Sample s = parse(line);
            if (s != null && s.name().equals(metric) && s.labels().entrySet().containsAll(labels.entrySet())) {
                sum += s.value();
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /**
     * One line, {@code name{label="value",...} 1.5E7 [timestamp]}; null for comments, blank lines and lines that
     * are not a sample. Label values may hold escaped quotes ({@code \"}), backslashes and newlines ({@code \n}).
     */
    static Sample parse(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
            return null;
        }
        int i = 0;
        while (i < l.length() && l.charAt(i) != '{' && !Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        String name = l.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < l.length() && l.charAt(i) == '{') {
            i++;
            while (true) {
                while (i < l.length() && (l.charAt(i) == ',' || l.charAt(i) == ' ')) {
                    i++;
                }
                if (i >= l.length()) {
                    return null;
                }
                if (l.charAt(i) == '}') {
                    i++;
                    break;
                }
                int eq = l.indexOf('=', i);
                if (eq < 0 || eq + 1 >= l.length() || l.charAt(eq + 1) != '"') {
                    return null;
                }
                String key = l.substring(i, eq).strip();
                StringBuilder value = new StringBuilder();
                int j = eq + 2;
                while (j < l.length() && l.charAt(j) != '"') {
                    char c = l.charAt(j);
                    if (c == '\\' && j + 1 < l.length()) {
                        char next = l.charAt(++j);
                        value.append(next == 'n' ? '\n' : next);
                    } else {
                        value.append(c);
                    }
                    j++;
                }
                if (j >= l.length()) {
                    return null;
                }
                labels.put(key, value.toString());
                i = j + 1;
            }
        }
        String[] rest = l.substring(i).strip().split("\\s+");
        if (name.isEmpty() || rest.length == 0 || rest[0].isEmpty()) {
            return null;
        }
        double value;
        switch (rest[0]) {
            case "+Inf" -> value = Double.POSITIVE_INFINITY;
            case "-Inf" -> value = Double.NEGATIVE_INFINITY;
            case "NaN" -> value = Double.NaN;
            default -> {
                try {
                    value = Double.parseDouble(rest[0]);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return new Sample(name, labels, value);
    }
}
