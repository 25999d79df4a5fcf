package id.rapor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.rapor.local.Stack;
import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The benchmark suite: bulk ingestion against raw COPY, a single response against a trivial GET through the same
 * gateway, event-to-ranking freshness, ranking query latency, and each service's memory and start time. Prints a
 * table, writes the numbers as JSON ({@code target/benchmarks/results-<time>.json} and {@code latest.json}); with
 * {@code --soak} runs the steady-load soak instead. Only ever loads 127.0.0.1.
 */
public final class BenchmarkSuite {

    private final Options options;
    private final Target target;
    private final GatewayClient gateway;
    private final Results results = new Results();
    private final String period;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    /** The campaign the bulk ingestion filled (the fresh one when both ran) and its rows, for the export. */
    private UUID ingestedCampaign;

    private long ingestedRows;

    private BenchmarkSuite(Options options, Target target) {
        this.options = options;
        this.target = target;
        this.gateway = new GatewayClient(target.gatewayUrl(), DevTokens.admin());
        this.period = options.string("period", "2026-S1");
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args).validate();
            if (options.has("compare")) {
                // a wrong path should fail now, not after the stack's start and the whole run
                Results.read(Path.of(options.string("compare", null)));
            }
            if (options.has("url")) {
                new GatewayClient(options.string("url", null), "");
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.has("help")) {
            System.out.print(Options.USAGE);
            return;
        }
        // before the stack's own start adds to it
        launchLoad = loadAverage();
        Target target;
        if (options.has("url")) {
            target = Target.running(
                    options.string("url", null),
                    options.ports(),
                    options.string("survey-db", "rapor_survey"),
                    options.string("kafka", "127.0.0.1:9092"));
        } else {
            System.out.println("Starting an isolated stack (broker, assessment, survey, ranking, gateway)...");
            target = Target.isolated();
        }
        Thread cleanup = new Thread(target::close, "stack-stop");
        Runtime.getRuntime().addShutdownHook(cleanup);
        int exit;
        try {
            Path out = options.path("out", Stack.findRoot().resolve("target/benchmarks"));
            if (options.has("soak")) {
                exit = new Soak(options, target, new GatewayClient(target.gatewayUrl(), DevTokens.admin()), out)
                        .run(options.duration("soak", Duration.ofMinutes(10)));
            } else {
                exit = new BenchmarkSuite(options, target).run(out);
            }
        } finally {
            target.close();
        }
        System.exit(exit);
    }

    private int run(Path out) throws Exception {
        // read before this run writes latest.json, which may be the file compared with
        JsonNode earlier = options.has("compare") ? Results.read(Path.of(options.string("compare", null))) : null;
        int workers = options.integer("workers", 8);
        Duration duration = options.duration("duration", Duration.ofSeconds(15));
        results.describe("gateway", target.gatewayUrl());
        results.describe("options", options.all());
        results.describe("cpus", Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "Target %s; %d workers x %d s per request-rate run%n",
                target.gatewayUrl(), workers, duration.toSeconds());
        double[] loadBefore = launchLoad;
        System.out.printf(
                "Load average before the run: %.2f %.2f %.2f (%d cores)%n",
                loadBefore[0],
                loadBefore[1],
                loadBefore[2],
                Runtime.getRuntime().availableProcessors());
        long[] idle = memory();

        if (!options.skips("ingestion")) {
            section("bulk ingestion", this::ingestion);
        }
        if (!options.skips("export")) {
            section("export", this::export);
        }
        if (!options.skips("single")) {
            section("single response", () -> singleResponse(workers, duration));
        }
        if (!options.skips("freshness")) {
            section("freshness", this::freshness);
        }
        int seed = options.has("seed") ? Integer.parseInt(options.string("seed", "0")) : target.startedHere() ? 1 : 0;
        if (!options.skips("ranking") && seed > 0) {
            section("ranking seed", () -> seed(seed));
        }
        if (!options.skips("ranking")) {
            section("ranking query", () -> rankingQueries(Math.max(1, workers / 4), duration));
        }
        memoryRows(idle, memory());
        double[] loadAfter = loadAverage();
        results.describe("loadAverageBefore", loadBefore);
        results.describe("loadAverageAfter", loadAfter);
        results.row(
                "machine",
                "load average 1 / 5 / 15 min",
                String.format("before %.2f / %.2f / %.2f", loadBefore[0], loadBefore[1], loadBefore[2]),
                String.format("after %.2f / %.2f / %.2f", loadAfter[0], loadAfter[1], loadAfter[2]),
                Runtime.getRuntime().availableProcessors() + " cores");

        double maxLoad = options.has("max-load")
                ? Double.parseDouble(options.string("max-load", "0"))
                : Runtime.getRuntime().availableProcessors();
        boolean quiet = loadBefore[0] <= maxLoad;
        System.out.println();
        System.out.print(results.table());
        System.out.println();
        if (quiet || options.has("force")) {
            Path file = results.write(out, "results", true);
            System.out.println("Results: " + file + " (and " + out.resolve("latest.json") + ")"
                    + (quiet ? "" : String.format(" — forced: load %.2f before the run", loadBefore[0])));
        } else {
            System.out.printf(
                    "No results file written: the load average before the run (%.2f) was above %.2f, so these figures "
                            + "measure the other work on the machine too. --force writes it anyway, --max-load X "
                            + "moves the limit.%n",
                    loadBefore[0], maxLoad);
        }
        if (earlier != null) {
            System.out.println();
            System.out.println("Compared with " + options.string("compare", null) + ":");
            System.out.print(results.compare(earlier));
        }
        if (!results.failures().isEmpty()) {
            System.out.println("FAILED sections (see " + target.logs() + "):");
            results.failures().forEach(f -> System.out.println("  " + f));
            return 1;
        }
        return 0;
    }

    /** The load average when the suite was launched, before it started anything. */
    private static double[] launchLoad = new double[] {-1, -1, -1};

    /** The 1, 5 and 15 minute load averages (/proc/loadavg; -1 where unknown). */
    static double[] loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg"))
                    .trim()
                    .split("\\s+");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            return new double[] {one, -1, -1};
        }
    }

    /** Runs one section; a failure is recorded with its cause and the suite goes on. */
    private void section(String name, Section section) {
        System.out.println("== " + name);
        try {
            section.run();
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            System.out.println("   failed: " + why);
            results.failed(name, why);
        }
    }

    @FunctionalInterface
    private interface Section {
        void run() throws Exception;
    }

    /** A unit of its own per section, so that one section's responses never count in another's numbers. */
    private UUID campaignOfNewUnit(String purpose) {
        UUID unit = gateway.registerUnit("Puskesmas Benchmark " + purpose + " " + runId, "73.06");
        return gateway.openCampaign(unit, period, 1_000_000, Duration.ofSeconds(60));
    }

    private void ingestion() throws Exception {
        String stack = options.string("ingestion-stack", "both");
        if (!stack.equals("lived-in")) {
            ingestion("fresh", "ingestion", false);
        }
        if (!stack.equals("fresh")) {
            ingestion("lived-in", "ingestion.livedIn", true);
        }
    }

    /** One bulk import into a new campaign; lived-in: into a survey table analysed while small, then filled. */
    private void ingestion(String label, String key, boolean livedIn) throws Exception {
        int rows = options.integer("rows", 200_000);
        int chunk = options.integer("chunk", BulkIngestion.MAX_CHUNK);
        UUID campaign = campaignOfNewUnit("ingestion " + label);
        int early = 0;
        if (livedIn) {
            early = 300;
            int history = options.has("history") ? options.integer("history", 1) : 200_000;
            System.out.printf(
                    "   lived-in: %,d responses through the API, ANALYZE, autovacuum off, %,d older rows COPYed in%n",
                    early, history);
            BulkIngestion.liveIn(gateway, campaign, target.surveyDatabase(), early, history, 20260101L);
        }
        System.out.printf(
                "   %s: %,d responses as CSV in requests of %,d rows, then raw COPY of the same rows%n",
                label, rows, Math.min(chunk, BulkIngestion.MAX_CHUNK));
        BulkIngestion.Result r;
        try {
            r = BulkIngestion.run(gateway, campaign, target.surveyDatabase(), rows, chunk, 20260101L, early);
        } finally {
            if (livedIn) {
                BulkIngestion.restore(target.surveyDatabase());
            }
        }
        String section = "bulk ingestion " + label;
        double ratio = r.apiRowsPerSecond() / r.copyRowsPerSecond();
        results.metric(key + ".rows", rows);
        results.metric(key + ".api.rowsPerSecond", r.apiRowsPerSecond());
        results.metric(key + ".copy.rowsPerSecond", r.copyRowsPerSecond());
        results.metric(key + ".throughputRatio", ratio);
        results.row(
                section,
                "CSV endpoint rows/s",
                Results.number(r.apiRowsPerSecond()),
                "raw COPY " + Results.number(r.copyRowsPerSecond()),
                String.format("%.2f", ratio));
        results.row(
                section,
                "rows, time",
                String.format("%,d in %.1f s", rows, r.apiSeconds()),
                String.format("COPY %.1f s", r.copySeconds()),
                "");
        long[] ms = r.chunkMillis();
        long[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        int tenth = Math.max(1, ms.length / 10);
        long firstTenth = java.util.Arrays.stream(ms, 0, tenth).sum() / tenth;
        long lastTenth =
                java.util.Arrays.stream(ms, ms.length - tenth, ms.length).sum() / tenth;
        results.metric(key + ".chunkMillis.median", sorted[sorted.length / 2]);
        results.metric(key + ".chunkMillis.max", sorted[sorted.length - 1]);
        results.row(
                section,
                "ms per chunk first 10% / median / last 10% / max",
                firstTenth + " / " + sorted[sorted.length / 2] + " / " + lastTenth + " / " + sorted[sorted.length - 1],
                ms.length + " chunks",
                String.format("%.2f", (double) lastTenth / Math.max(1, firstTenth)));
        if (r.respondentsCounted() != rows) {
            throw new IllegalStateException(
                    "the campaign counts " + r.respondentsCounted() + " respondents after " + rows + " were accepted");
        }
        if (ingestedCampaign == null) {
            ingestedCampaign = campaign;
            // a lived-in campaign also holds its early responses and the older rows COPYed into it
            ingestedRows = livedIn ? -1 : rows;
        }
    }

    /**
     * Downloads the bulk ingestion's campaign as CSV, then as XLSX, through the gateway, dropping the bodies as they
     * arrive, while sampling the survey service's heap and RSS.
     */
    private void export() throws Exception {
        if (ingestedCampaign == null) {
            throw new IllegalStateException("the export downloads the bulk ingestion's campaign: run it with the "
                    + "ingestion (not in --skip), which must succeed");
        }
        String surveyUrl = target.serviceUrl("survey");
        long pid = target.pid("survey");
        long csvRows = -1;
        for (String format : List.of("csv", "xlsx")) {
            System.out.printf("   %s of campaign %s%n", format, ingestedCampaign);
            ExportDownload.Result r = ExportDownload.run(gateway, ingestedCampaign, format, surveyUrl, pid);
            if (r.rows() >= 0) {
                csvRows = r.rows();
            }
            long rows = r.rows() >= 0 ? r.rows() : csvRows >= 0 ? csvRows : ingestedRows;
            double rowsPerSecond = rows / r.seconds();
            String key = "export." + format;
            results.metric(key + ".rows", rows);
            results.metric(key + ".bytes", r.bytes());
            results.metric(key + ".seconds", r.seconds());
            results.metric(key + ".firstByteSeconds", r.firstByteSeconds());
            results.metric(key + ".rowsPerSecond", rowsPerSecond);
            if (r.peakHeapBytes() >= 0) {
                results.metric(key + ".survey.peakHeapMib", r.peakHeapBytes() / 1048576.0);
            }
            if (r.peakRssMib() >= 0) {
                results.metric(key + ".survey.peakRssMib", r.peakRssMib());
            }
            String section = "export " + format.toUpperCase();
            results.row(
                    section,
                    "rows/s",
                    Results.number(rowsPerSecond),
                    String.format(
                            "%,d rows%s in %.1f s", rows, r.rows() >= 0 ? "" : " (counted in the CSV)", r.seconds()),
                    "");
            results.row(
                    section,
                    "MiB, first byte s",
                    String.format("%.1f", r.bytes() / 1048576.0),
                    String.format("%,d bytes, first byte after %.2f s", r.bytes(), r.firstByteSeconds()),
                    "");
            results.row(
                    section,
                    "survey peak heap / RSS MiB",
                    mib(r.peakHeapBytes() < 0 ? -1 : Math.round(r.peakHeapBytes() / 1048576.0)) + " / "
                            + mib(r.peakRssMib()),
                    "heap " + mib(r.heapBeforeBytes() < 0 ? -1 : Math.round(r.heapBeforeBytes() / 1048576.0))
                            + " MiB before; " + r.samples() + " samples, every "
                            + ExportDownload.SAMPLE_EVERY.toMillis() + " ms",
                    "");
            System.out.printf(
                    "   %s: %,d bytes in %.1f s, first byte after %.2f s, survey peak heap %s MiB, peak RSS %s MiB%n",
                    format,
                    r.bytes(),
                    r.seconds(),
                    r.firstByteSeconds(),
                    mib(r.peakHeapBytes() < 0 ? -1 : Math.round(r.peakHeapBytes() / 1048576.0)),
                    mib(r.peakRssMib()));
            if (r.rows() >= 0 && ingestedRows >= 0 && r.rows() != ingestedRows) {
                throw new IllegalStateException(
                        "the CSV export holds " + r.rows() + " rows, the campaign " + ingestedRows);
            }
        }
    }

    private static String mib(long value) {
        return value < 0 ? "n/a" : Long.toString(value);
    }

    private void singleResponse(int workers, Duration duration) throws Exception {
        int campaigns = options.integer("single-campaigns", 1);
        String[] paths = new String[campaigns];
        for (int c = 0; c < campaigns; c++) {
            paths[c] = "/api/v1/survey/campaigns/" + campaignOfNewUnit("single " + c) + "/responses";
        }
        String prefix = "s-" + runId + "-";
        IntFunction<HttpRequest> single = i -> gateway.request(
                paths[Math.floorMod(i, campaigns)],
                "application/json",
                GatewayClient.singleResponse(prefix + i, i),
                Map.of());
        String trivialPath = options.string("trivial-path", "/api/v1/regions/73");
        IntFunction<HttpRequest> trivial = i -> gateway.request(trivialPath, null, null, Map.of());
        Duration warmup = options.duration("warmup", Duration.ofSeconds(3));
        Load.run(workers, warmup, i -> single.apply(Integer.MAX_VALUE / 2 + i));
        Load.run(workers, warmup, trivial);
        Load.Result s = Load.run(workers, duration, single);
        Load.Result t = Load.run(workers, duration, trivial);
        results.metric("single.requestsPerSecond", s.perSecond());
        results.metric("single.p50Ms", s.p50Millis());
        results.metric("single.p99Ms", s.p99Millis());
        results.metric("single.errors", s.errors());
        results.metric("trivial.requestsPerSecond", t.perSecond());
        results.metric("trivial.p50Ms", t.p50Millis());
        results.metric("trivial.p99Ms", t.p99Millis());
        results.metric("trivial.errors", t.errors());
        results.metric("single.throughputRatio", s.perSecond() / t.perSecond());
        results.metric("single.p99Ratio", s.p99Millis() / t.p99Millis());
        String against = "GET " + trivialPath;
        results.row(
                "single response",
                "req/s (" + workers + " clients, " + campaigns + " campaign" + (campaigns == 1 ? ")" : "s)"),
                Results.number(s.perSecond()),
                against + " " + Results.number(t.perSecond()),
                String.format("%.2f", s.perSecond() / t.perSecond()));
        results.row(
                "single response",
                "p50 ms",
                String.format("%.1f", s.p50Millis()),
                String.format("%.1f", t.p50Millis()),
                String.format("%.1f", s.p50Millis() / t.p50Millis()));
        results.row(
                "single response",
                "p99 ms",
                String.format("%.1f", s.p99Millis()),
                String.format("%.1f", t.p99Millis()),
                String.format("%.1f", s.p99Millis() / t.p99Millis()));
        results.row(
                "single response",
                "errors / requests",
                s.errors() + " / " + s.requests(),
                t.errors() + " / " + t.requests(),
                "");
        if (s.errors() > 0 || t.errors() > 0) {
            throw new IllegalStateException(
                    s.errors() + " single responses and " + t.errors() + " trivial GETs answered outside 2xx");
        }
    }

    /**
     * Posts one batch at a time and polls the unit's ranking scorecard until it counts the batch: the time from the
     * 2xx of the batch to the first read showing it (survey outbox, broker, ranking projection, read model).
     */
    private void freshness() {
        int samples = options.integer("freshness-samples", 20);
        int size = options.integer("batch-size", 50);
        UUID unit = gateway.registerUnit("Puskesmas Benchmark freshness " + runId, "73.06");
        UUID campaign = gateway.openCampaign(unit, period, 1_000_000, Duration.ofSeconds(60));
        gateway.awaitRankingUnit(unit, Duration.ofSeconds(60));
        String path = "/api/v1/survey/campaigns/" + campaign + "/responses/batch";
        long[] nanos = new long[samples];
        long expected = gateway.rankingRespondents(unit, period);
        for (int s = 0; s < samples; s++) {
            gateway.call(gateway.request(
                    path,
                    "application/json",
                    GatewayClient.batch("f-" + runId + "-" + s, size, s),
                    Map.of("Idempotency-Key", "fresh-" + runId + "-" + s)));
            long accepted = System.nanoTime();
            expected += size;
            long deadline = accepted + Duration.ofSeconds(60).toNanos();
            while (gateway.rankingRespondents(unit, period) < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("batch " + s + " not in the ranking 60 s after it was accepted");
                }
                GatewayClient.sleep(10);
            }
            nanos[s] = System.nanoTime() - accepted;
            GatewayClient.sleep(100);
        }
        Load.Result r = Load.summarize(nanos, 0, 0);
        results.metric("freshness.p50Ms", r.p50Millis());
        results.metric("freshness.p95Ms", r.p95Millis());
        results.metric("freshness.maxMs", r.maxMillis());
        String what = samples + " batches of " + size;
        results.row("freshness", "batch accepted -> ranking p50 ms", String.format("%.0f", r.p50Millis()), what, "");
        results.row("freshness", "p95 ms", String.format("%.0f", r.p95Millis()), "", "");
        results.row("freshness", "max ms", String.format("%.0f", r.maxMillis()), "", "");
    }

    private void seed(int unitsPerRegency) throws Exception {
        RankingSeed.Result r =
                RankingSeed.run(gateway, target.kafkaBootstrap(), unitsPerRegency, period, Duration.ofMinutes(10));
        System.out.printf(
                "   %,d units in %d kab/kota, %,d events, ranked in %.1f s%n",
                r.units(), r.regencies(), r.events(), r.projectSeconds());
        results.metric("ranking.seed.units", r.units());
        results.metric("ranking.projection.eventsPerSecond", r.events() / r.projectSeconds());
        results.row(
                "ranking seed",
                "events projected per s",
                Results.number(r.events() / r.projectSeconds()),
                String.format(
                        "%,d units in %d kab/kota, %,d events in %.1f s",
                        r.units(), r.regencies(), r.events(), r.projectSeconds()),
                "");
    }

    private void rankingQueries(int workers, Duration duration) throws Exception {
        String year = period.substring(0, 4);
        List<String[]> queries = new ArrayList<>(List.of(
                new String[] {
                    "regions",
                    "kab/kota IKM",
                    "/api/v1/ranking/regions?index=IKM&period=" + period + "&level=regency&size=1000"
                },
                new String[] {
                    "provinces",
                    "provinces IPP",
                    "/api/v1/ranking/regions?index=IPP&period=" + year + "&level=province&size=100"
                },
                new String[] {
                    "units",
                    "units IKM in 73",
                    "/api/v1/ranking/units?index=IKM&period=" + period + "&region=73&size=100"
                }));
        JsonNode first = gateway.get(queries.get(2)[2]).path("items").path(0);
        if (first.has("unitId")) {
            queries.add(new String[] {
                "scorecard",
                "one unit's scorecard",
                "/api/v1/ranking/units/" + first.path("unitId").asText() + "/scorecard"
            });
        }
        for (String[] q : queries) {
            // the first answer must be a 2xx, or every timing below would be of an error
            JsonNode answer = gateway.get(q[2]);
            int items = answer.has("items")
                    ? answer.path("items").size()
                    : answer.path("indices").size();
            Load.run(workers, Duration.ofSeconds(1), i -> gateway.request(q[2], null, null, Map.of()));
            Load.Result r = Load.run(workers, duration, i -> gateway.request(q[2], null, null, Map.of()));
            results.metric("ranking." + q[0] + ".p50Ms", r.p50Millis());
            results.metric("ranking." + q[0] + ".p95Ms", r.p95Millis());
            results.metric("ranking." + q[0] + ".requestsPerSecond", r.perSecond());
            results.row(
                    "ranking query",
                    q[1] + " p50 / p95 ms",
                    String.format("%.1f / %.1f", r.p50Millis(), r.p95Millis()),
                    String.format(
                            "%d %s, %s req/s, %d errors",
                            items,
                            q[0].equals("scorecard") ? "indices" : "rows",
                            Results.number(r.perSecond()),
                            r.errors()),
                    "");
            if (r.errors() > 0) {
                throw new IllegalStateException(q[2] + ": " + r.errors() + " answers outside 2xx");
            }
        }
    }

    /** RSS in MiB of each service, -1 when unknown. */
    private long[] memory() {
        long[] rss = new long[Stack.SERVICES.size()];
        for (int i = 0; i < rss.length; i++) {
            OptionalLong m = ProcessMemory.rssMib(target.pid(Stack.SERVICES.get(i)));
            rss[i] = m.orElse(-1);
        }
        return rss;
    }

    private void memoryRows(long[] idle, long[] loaded) {
        for (int i = 0; i < idle.length; i++) {
            String service = Stack.SERVICES.get(i);
            Duration start = target.startTime(service).orElse(null);
            if (idle[i] >= 0) {
                results.metric("memory." + service + ".idleMib", idle[i]);
            }
            if (loaded[i] >= 0) {
                results.metric("memory." + service + ".afterLoadMib", loaded[i]);
            }
            if (start != null) {
                results.metric("startup." + service + ".seconds", start.toMillis() / 1000.0);
            }
            results.row(
                    "services",
                    service + " RSS idle / after load MiB",
                    (idle[i] < 0 ? "n/a" : idle[i]) + " / " + (loaded[i] < 0 ? "n/a" : loaded[i]),
                    start == null ? "start time n/a" : String.format("ready in %.1f s", start.toMillis() / 1000.0),
                    "");
        }
        if (Arrays.stream(idle).anyMatch(v -> v < 0)) {
            System.out.println("   some services' processes were not found (memory n/a); see --ports");
        }
    }
}
