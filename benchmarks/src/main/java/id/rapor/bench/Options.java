package id.rapor.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the benchmark suite: {@code --name value} or {@code --name=value}. */
final class Options {

    static final String USAGE = """
            Usage: ./benchmark.sh [options]
              --url URL               target a stack already running on this machine (e.g. http://127.0.0.1:8080);
                                      default: start an isolated stack (free ports, throw-away databases)
              --ports a=P,s=P,r=P     with --url: ports of assessment, survey, ranking (default 8081,8082,8083),
                                      to find their processes for the memory readings
              --survey-db NAME        with --url: the survey service's database (default rapor_survey), where the
                                      raw COPY creates and drops a scratch table
              --kafka HOST:PORT       with --url: the broker, for --seed (default 127.0.0.1:9092)
              --seed N                before the ranking queries, publish N units per kab/kota with an SKM tally
                                      and a verified IPP to the topics (default 1 on an isolated stack, 0 with --url;
                                      0 = none)
              --rows N                responses for the bulk ingestion (default 200000)
              --chunk N               rows per CSV request (default 10000, the endpoint's maximum)
              --ingestion-stack S     fresh, lived-in or both (default both): lived-in first gives the survey
                                      table a few hundred rows, ANALYZEs it while small, keeps autovacuum off it,
                                      COPYs --history rows of older responses into it, then imports
              --history N             rows already in a lived-in survey table before its import (default 200000)
              --max-load X            refuse to write a results file when the 1-minute load average before the
                                      run is above X (default: the number of cores); the table is still printed
              --force                 write the results file whatever the load
              --workers N             concurrent clients of the request-rate runs (default 8)
              --duration D            length of each measured request-rate run (default 15s)
              --warmup D              unmeasured run before each (default 3s)
              --single-campaigns N    campaigns (of as many units) the single responses are spread over
                                      (default 1: every client answers the same campaign, as at one unit's kiosks)
              --freshness-samples N   batches whose arrival in the ranking is timed (default 20)
              --batch-size N          responses per batch of the freshness and soak runs (default 50)
              --trivial-path PATH     the cheap GET the single response is compared with (default /api/v1/regions/73)
              --period P              survey period of the benchmark campaigns (default 2026-S1)
              --skip LIST             sections to skip: ingestion,export,single,freshness,ranking (the export
                                      downloads the ingestion's campaign, so it needs the ingestion)
              --compare FILE          print the change of every metric against an earlier results file
              --out DIR               where results go (default target/benchmarks)
              --soak D                soak mode instead: steady mixed load for D (e.g. 10m), errors and memory
                                      per minute, final verdict
              --rate N                soak: requests per second in total (default 40), --workers clients (default 4)
              --report-every D        soak: reporting interval (default 1m)
              --max-rss-growth PCT    soak: RSS growth over the second half that fails the verdict (default 15)
            Durations: 500ms, 30s, 10m, 1h.
            """;

    private static final Set<String> KNOWN = Set.of(
            "url",
            "ports",
            "survey-db",
            "rows",
            "chunk",
            "workers",
            "duration",
            "warmup",
            "freshness-samples",
            "batch-size",
            "trivial-path",
            "period",
            "skip",
            "compare",
            "out",
            "soak",
            "rate",
            "report-every",
            "seed",
            "kafka",
            "single-campaigns",
            "max-rss-growth",
            "ingestion-stack",
            "history",
            "max-load",
            "force",
            "help");

    /** The sections --skip names. */
    static final List<String> SECTIONS = List.of("ingestion", "export", "single", "freshness", "ranking");

    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {}

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name;
            String value;
            if (arg.contains("=")) {
                name = arg.substring(2, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else {
                name = arg.substring(2);
                value = name.equals("help") || name.equals("force") ? "true" : i + 1 < args.length ? args[++i] : null;
            }
            if (!KNOWN.contains(name) || value == null) {
                throw new IllegalArgumentException(
                        value == null ? "--" + name + " needs a value" : "unknown option --" + name);
            }
            o.values.put(name, value);
        }
        return o;
    }

    /** Reads every typed option once, so that a bad value fails before the stack starts rather than after. */
    Options validate() {
        for (String n : List.of(
                "rows",
                "chunk",
                "workers",
                "freshness-samples",
                "batch-size",
                "rate",
                "max-rss-growth",
                "single-campaigns",
                "history")) {
            integer(n, 1);
        }
        for (String n : List.of("duration", "warmup", "soak", "report-every")) {
            duration(n, Duration.ZERO);
        }
        if (has("seed") && Integer.parseInt(values.get("seed")) < 0) {
            throw new IllegalArgumentException("--seed must be 0 or more");
        }
        if (!List.of("fresh", "lived-in", "both").contains(values.getOrDefault("ingestion-stack", "both"))) {
            throw new IllegalArgumentException("--ingestion-stack must be fresh, lived-in or both");
        }
        for (String section : values.getOrDefault("skip", "").split(",")) {
            if (!section.isBlank() && !SECTIONS.contains(section.strip())) {
                throw new IllegalArgumentException(
                        "--skip: unknown section " + section + " (known: " + String.join(",", SECTIONS) + ")");
            }
        }
        if (has("max-load")) {
            Double.parseDouble(values.get("max-load"));
        }
        ports();
        return this;
    }

    Map<String, String> all() {
        return values;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        int n = v == null ? fallback : Integer.parseInt(v.replace("_", "").replace(",", ""));
        if (n <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return n;
    }

    Duration duration(String name, Duration fallback) {
        String v = values.get(name);
        return v == null ? fallback : duration(v);
    }

    Path path(String name, Path fallback) {
        String v = values.get(name);
        return v == null ? fallback : Path.of(v);
    }

    boolean skips(String section) {
        return Set.of(values.getOrDefault("skip", "").replace(" ", "").split(","))
                .contains(section);
    }

    /** Ports of the data services of a running stack. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>(Map.of("assessment", 8081, "survey", 8082, "ranking", 8083));
        String v = values.get("ports");
        if (v != null) {
            for (String pair : v.split(",")) {
                String[] kv = pair.split("=");
                String service = switch (kv[0].trim()) {
                    case "a", "assessment" -> "assessment";
                    case "s", "survey" -> "survey";
                    case "r", "ranking" -> "ranking";
                    default -> throw new IllegalArgumentException("--ports: unknown service " + kv[0]);
                };
                ports.put(service, Integer.parseInt(kv[1].trim()));
            }
        }
        return ports;
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (e.g. 30s, 10m)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
