package id.rapor.bench;

import id.rapor.local.Stack;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak: a steady, paced mix of single responses, batches and ranking queries through the gateway for a given
 * time, with errors and each service's RSS per minute, then a check that every accepted response is counted by the
 * survey service and the ranking, and a verdict line.
 */
final class Soak {

    private final Options options;
    private final Target target;
    private final GatewayClient gateway;
    private final Path out;
    private final String runId = "soak-" + Long.toString(System.currentTimeMillis(), 36);
    private final List<Minute> minutes = new ArrayList<>();
    private final List<long[]> rssSamples = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong ticket = new AtomicLong();

    /** What happened in one reporting interval. */
    private static final class Minute {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    }

    Soak(Options options, Target target, GatewayClient gateway, Path out) {
        this.options = options;
        this.target = target;
        this.gateway = gateway;
        this.out = out;
    }

    /** Runs the soak; 0 when the verdict is a pass. */
    int run(Duration duration) throws Exception {
        int rate = options.integer("rate", 40);
        int workers = options.integer("workers", 4);
        int batchSize = options.integer("batch-size", 50);
        Duration every = options.duration("report-every", Duration.ofMinutes(1));
        double maxGrowth = options.integer("max-rss-growth", 15);
        String period = options.string("period", "2026-S1");

        UUID unit = gateway.registerUnit("Puskesmas Soak " + runId, "73.06");
        UUID campaign = gateway.openCampaign(unit, period, 1_000_000, Duration.ofSeconds(60));
        gateway.awaitRankingUnit(unit, Duration.ofSeconds(60));
        List<HttpRequestFactory> mix = mix(campaign, unit, period, batchSize);
        int intervals = (int) Math.max(1, (duration.toMillis() + every.toMillis() - 1) / every.toMillis());
        for (int i = 0; i < intervals; i++) {
            minutes.add(new Minute());
        }
        System.out.printf(
                "Soak of %s against %s: %d req/s (%d%% single responses, %d%% batches of %d, %d%% ranking "
                        + "queries), %d clients, report every %d s%n",
                duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s",
                target.gatewayUrl(),
                rate,
                55,
                5,
                batchSize,
                40,
                workers,
                every.toSeconds());
        rssSamples.add(memory());

        long intervalNanos = 1_000_000_000L / rate;
        long maxRequests = rate * Math.max(1, duration.toSeconds()) + 1;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor();
        AtomicLong reported = new AtomicLong();
        reporter.scheduleAtFixedRate(
                () -> report((int) reported.getAndIncrement(), every),
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                while (true) {
                    long k = ticket.getAndIncrement();
                    long due = start + k * intervalNanos;
                    if (k >= maxRequests || due >= end) {
                        return null;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    int interval = (int) Math.min(minutes.size() - 1, (System.nanoTime() - start) / every.toNanos());
                    send(mix.get((int) (k % mix.size())), k, minutes.get(interval));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        reporter.shutdown();
        reporter.awaitTermination(10, TimeUnit.SECONDS);
        // the interval still running when the load stopped
        while (reported.get() < minutes.size()) {
            report((int) reported.getAndIncrement(), every);
        }
        return verdict(campaign, unit, period, maxGrowth);
    }

    /** Builds the k-th request of one kind. */
    @FunctionalInterface
    private interface HttpRequestFactory {
        Op create(long k);
    }

    /** A request and how many responses it submits when accepted. */
    private record Op(HttpRequest request, int responses) {}

    /** Out of 20: 11 single responses, 1 batch, 8 ranking queries of three kinds. */
    private List<HttpRequestFactory> mix(UUID campaign, UUID unit, String period, int batchSize) {
        String single = "/api/v1/survey/campaigns/" + campaign + "/responses";
        HttpRequestFactory one = k -> new Op(
                gateway.request(single, "application/json", GatewayClient.singleResponse(runId + "-" + k, k), Map.of()),
                1);
        HttpRequestFactory batch = k -> new Op(
                gateway.request(
                        single + "/batch",
                        "application/json",
                        GatewayClient.batch(runId + "-b" + k, batchSize, k),
                        Map.of("Idempotency-Key", runId + "-b" + k)),
                batchSize);
        HttpRequestFactory regions = k -> new Op(
                gateway.request(
                        "/api/v1/ranking/regions?index=IKM&period=" + period + "&level=regency&size=1000",
                        null,
                        null,
                        Map.of()),
                0);
        HttpRequestFactory units = k -> new Op(
                gateway.request(
                        "/api/v1/ranking/units?index=IKM&period=" + period + "&region=73&size=100",
                        null,
                        null,
                        Map.of()),
                0);
        HttpRequestFactory scorecard =
                k -> new Op(gateway.request("/api/v1/ranking/units/" + unit + "/scorecard", null, null, Map.of()), 0);
        return List.of(
                batch, one, regions, one, units, one, scorecard, one, regions, one, units, one, scorecard, one, regions,
                one, units, one, one, one);
    }

    private void send(HttpRequestFactory factory, long k, Minute minute) {
        Op op = factory.create(k);
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = gateway.send(op.request());
            if (r.statusCode() / 100 == 2) {
                accepted.addAndGet(op.responses());
            } else {
                error(
                        minute,
                        op.request().method() + " " + op.request().uri().getPath() + " -> " + r.statusCode() + " "
                                + GatewayClient.abbreviate(r.body()));
            }
        } catch (RuntimeException e) {
            error(minute, op.request().method() + " " + op.request().uri().getPath() + " -> " + e.getMessage());
        }
        minute.requests.incrementAndGet();
        minute.latencies.add(System.nanoTime() - t0);
    }

    private void error(Minute minute, String what) {
        minute.errors.incrementAndGet();
        if (firstErrors.size() < 10) {
            firstErrors.add(what);
        }
    }

    private synchronized void report(int index, Duration every) {
        if (index >= minutes.size()) {
            return;
        }
        long[] rss = memory();
        rssSamples.add(rss);
        Minute m = minutes.get(index);
        long[] lat = m.latencies.stream().mapToLong(Long::longValue).toArray();
        Load.Result r = Load.summarize(lat, m.errors.get(), every.toSeconds());
        StringBuilder mem = new StringBuilder();
        for (int i = 0; i < rss.length; i++) {
            mem.append(i == 0 ? "" : ", ")
                    .append(Stack.SERVICES.get(i))
                    .append(' ')
                    .append(rss[i] < 0 ? "n/a" : Long.toString(rss[i]));
        }
        System.out.printf(
                "%s %3d: %,6d requests, %4d errors, p50 %6.1f ms, p99 %7.1f ms | RSS MiB %s%n",
                every.equals(Duration.ofMinutes(1)) ? "minute" : "interval",
                index + 1,
                r.requests(),
                m.errors.get(),
                r.p50Millis(),
                r.p99Millis(),
                mem);
    }

    private int verdict(UUID campaign, UUID unit, String period, double maxGrowth) throws Exception {
        long requests = minutes.stream().mapToLong(m -> m.requests.get()).sum();
        long errors = minutes.stream().mapToLong(m -> m.errors.get()).sum();
        // Every accepted response is stored: counted, or flagged and held for review (a burst of single
        // submissions from one caller is flagged); the ranking sees the counted ones.
        var view = gateway.get("/api/v1/survey/campaigns/" + campaign);
        long counted = view.path("respondents").asLong(-1);
        long survey = counted + view.path("flagged").asLong(0);
        long ranking = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ranking = gateway.rankingRespondents(unit, period);
            if (ranking >= counted) {
                break;
            }
            GatewayClient.sleep(250);
        }
        Results results = new Results();
        results.describe("gateway", target.gatewayUrl());
        results.describe("options", options.all());
        List<Map<String, Object>> perInterval = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", minutes.get(i).requests.get());
            m.put("errors", minutes.get(i).errors.get());
            long[] rss = rssSamples.get(Math.min(i + 1, rssSamples.size() - 1));
            for (int s = 0; s < rss.length; s++) {
                m.put(Stack.SERVICES.get(s) + "RssMib", rss[s]);
            }
            perInterval.add(m);
        }
        results.describe("intervals", perInterval);
        results.describe("firstErrors", List.copyOf(firstErrors));
        results.metric("soak.requests", requests);
        results.metric("soak.errors", errors);
        results.metric("soak.acceptedResponses", accepted.get());
        results.metric("soak.surveyRespondents", survey);
        results.metric("soak.rankingRespondents", ranking);

        long[] first = rssSamples.get(0);
        long[] middle = rssSamples.get(rssSamples.size() / 2);
        long[] last = rssSamples.get(rssSamples.size() - 1);
        StringBuilder growth = new StringBuilder();
        boolean grew = false;
        for (int s = 0; s < first.length; s++) {
            String service = Stack.SERVICES.get(s);
            if (first[s] < 0 || middle[s] <= 0 || last[s] < 0) {
                growth.append(growth.length() == 0 ? "" : ", ").append(service).append(" n/a");
                continue;
            }
            double secondHalf = (last[s] - middle[s]) * 100.0 / middle[s];
            grew |= secondHalf > maxGrowth;
            results.metric("memory." + service + ".startMib", first[s]);
            results.metric("memory." + service + ".endMib", last[s]);
            results.metric("memory." + service + ".secondHalfGrowthPct", secondHalf);
            growth.append(growth.length() == 0 ? "" : ", ")
                    .append(String.format("%s %d->%d MiB (2nd half %+.1f%%)", service, first[s], last[s], secondHalf));
        }
        boolean consistent = survey == accepted.get() && ranking == counted;
        Path file = results.write(out, "soak", false);
        if (!firstErrors.isEmpty()) {
            System.out.println("First errors:");
            firstErrors.forEach(e -> System.out.println("  " + e));
        }
        boolean pass = errors == 0 && consistent && !grew;
        System.out.printf(
                "SOAK %s: %,d requests, %d errors; %,d responses accepted, survey counts %,d, ranking "
                        + "counts %,d; RSS %s (fail above +%.0f%% over the second half). Results: %s%n",
                pass ? "PASS" : "FAIL", requests, errors, accepted.get(), survey, ranking, growth, maxGrowth, file);
        return pass ? 0 : 1;
    }

    private long[] memory() {
        long[] rss = new long[Stack.SERVICES.size()];
        for (int i = 0; i < rss.length; i++) {
            rss[i] = ProcessMemory.rssMib(target.pid(Stack.SERVICES.get(i))).orElse(-1);
        }
        return rss;
    }
}
