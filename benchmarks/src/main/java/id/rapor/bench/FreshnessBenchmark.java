package id.rapor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.AssessmentScored;
import id.rapor.events.EventCodec;
import id.rapor.events.RaporEvent;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Freshness and query latency of the ranking against a running stack, through the gateway.
 *
 * <p>While batches of survey responses stream into one campaign, a watcher polls the unit's ranking scorecard and
 * records, per batch, the time from the batch being accepted (2xx) to the ranking counting its respondents
 * (survey outbox → Kafka → ranking projection). Then it measures the latency of the kabupaten/kota ranking
 * ({@code /api/v1/ranking/regions?level=regency}, all regions in one page, up to the 514 kab/kota).
 *
 * <p>Run (stack up, e.g. the local run), with {@code BENCH_CP} built as in {@code benchmarks/README.md}:
 * {@code java -cp "$BENCH_CP" id.rapor.bench.FreshnessBenchmark --base-url http://127.0.0.1:8080 [--token JWT]
 * [--batches=40] [--batch-size=100] [--interval-ms=250] [--queries=50] [--period=2026-S1]
 * [--unit=ID --campaign=ID] [--seed-kafka=127.0.0.1:9092]}. Without {@code --unit/--campaign} it registers a unit
 * and opens a campaign of the SKM 2017 questionnaire itself. {@code --seed-kafka} first publishes, straight to the
 * topics as the producing services would, two units with a tally and a verified IPP in each of 514 kab/kota, so
 * the regional query covers the national scale.
 */
public final class FreshnessBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The survey service's seeded SKM 2017 questionnaire (U1..U9, 1..4, weights 1/9). */
    private static final String SKM_2017_QUESTIONNAIRE = "00000000-0000-0000-0000-000000002017";

    private static final List<String> SKM_ITEMS = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    private final String gateway;
    private final String token;

    private FreshnessBenchmark(String gateway, String token) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        String gateway = "http://127.0.0.1:8080";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                opts.put(arg.substring(2), args[++i]);
            } else {
                gateway = arg;
            }
        }
        gateway = opts.getOrDefault("base-url", gateway);
        int batches = Integer.parseInt(opts.getOrDefault("batches", "40"));
        int batchSize = Integer.parseInt(opts.getOrDefault("batch-size", "100"));
        long intervalMs = Long.parseLong(opts.getOrDefault("interval-ms", "250"));
        int queries = Integer.parseInt(opts.getOrDefault("queries", "50"));
        String period = opts.getOrDefault("period", "2026-S1");
        FreshnessBenchmark bench = new FreshnessBenchmark(gateway, opts.getOrDefault("token", DevTokens.admin()));
        if (opts.containsKey("seed-kafka")) {
            seedNationalScale(opts.get("seed-kafka"), period);
        }

        String unitId = opts.get("unit");
        String campaignId = opts.get("campaign");
        if (unitId == null || campaignId == null) {
            unitId = bench.registerUnit();
            bench.awaitRankingKnows(unitId);
            campaignId = bench.openCampaign(unitId, period);
        }
        System.out.printf("gateway %s, unit %s, campaign %s, period %s%n", bench.gateway, unitId, campaignId, period);
        List<Long> freshness = bench.freshness(unitId, campaignId, period, batches, batchSize, intervalMs);
        report("freshness: batch accepted -> ranking reflects it (ms)", freshness);

        for (String index : List.of("IKM", "IPP")) {
            List<Long> latency = new ArrayList<>();
            int regions = 0;
            for (int i = 0; i < queries; i++) {
                long t0 = System.nanoTime();
                JsonNode page = bench.get("/api/v1/ranking/regions?index=" + index + "&period="
                        + (index.equals("IKM") ? period : period.substring(0, 4)) + "&level=regency&size=1000");
                latency.add((System.nanoTime() - t0) / 1_000_000);
                regions = page.path("items").size();
            }
            report("ranking query, all kab/kota, " + index + " (" + regions + " regions) (ms)", latency);
        }
    }

    /** 514 kab/kota over 38 provinces, two units each with an SKM tally and a verified IPP. */
    private static void seedNationalScale(String bootstrap, String period) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("acks", "all");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant now = Instant.now();
        int published = 0;
        try (var producer = new KafkaProducer<String, String>(props, new StringSerializer(), new StringSerializer())) {
            for (int r = 0; r < 514; r++) {
                String regency = String.format("%02d.%02d", 11 + r % 38, 1 + r / 38);
                for (int u = 0; u < 2; u++) {
                    UUID unit = UUID.randomUUID();
                    List<RaporEvent> events = new ArrayList<>();
                    events.add(UnitChanged.of(
                            unit, 1, "Bench " + regency + "/" + u, "PUSKESMAS", regency, "Bench", true, now));
                    long n = 50 + random.nextInt(150);
                    List<SurveyTallyChanged.ItemTally> items = new ArrayList<>();
                    for (String item : SKM_ITEMS) {
                        items.add(
                                new SurveyTallyChanged.ItemTally(item, "1/9", n * 2 + random.nextLong(n * 2), n, 1, 4));
                    }
                    events.add(new SurveyTallyChanged(
                            UUID.randomUUID(),
                            SurveyTallyChanged.TYPE,
                            1,
                            now,
                            UUID.randomUUID(),
                            1,
                            unit,
                            period,
                            "SKM_2017",
                            1,
                            "PERMENPANRB_14_2017",
                            "CLOSED",
                            null,
                            n,
                            items));
                    events.add(new AssessmentScored(
                            UUID.randomUUID(),
                            AssessmentScored.VERIFIED,
                            1,
                            now,
                            UUID.randomUUID(),
                            1,
                            UUID.randomUUID(),
                            Integer.parseInt(period.substring(0, 4)),
                            period.substring(0, 4),
                            unit,
                            regency,
                            "PEKPPP_2023",
                            1,
                            "IPP",
                            "PROVINSI",
                            BigDecimal.valueOf(100 + random.nextInt(400), 2),
                            BigDecimal.valueOf(5),
                            List.of(),
                            null,
                            null,
                            null,
                            // schema 1: no published value, scale or basis; the ranking grades with its default
                            null,
                            null,
                            null));
                    for (RaporEvent event : events) {
                        producer.send(
                                new ProducerRecord<>(event.topic(), event.aggregateId(), EventCodec.write(event)));
                        published++;
                    }
                }
            }
            producer.flush();
        }
        System.out.printf("seeded %d events for 514 kab/kota%n", published);
    }

    /** Streams batches at a fixed interval while a watcher notes when the ranking counts each one. */
    private List<Long> freshness(
            String unitId, String campaignId, String period, int batches, int batchSize, long intervalMs)
            throws InterruptedException {
        long base = respondents(unitId, period);
        long[] acceptedAt = new long[batches];
        long[] expected = new long[batches];
        Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread watcher = new Thread(
                () -> {
                    long deadline = Long.MAX_VALUE;
                    while (seenAt.size() < batches && System.nanoTime() < deadline) {
                        long now;
                        long count;
                        try {
                            count = respondents(unitId, period);
                            now = System.nanoTime();
                        } catch (RuntimeException e) {
                            continue;
                        }
                        for (int i = 0; i < batches; i++) {
                            if (acceptedAt[i] != 0 && !seenAt.containsKey(i) && count >= expected[i]) {
                                seenAt.put(i, now);
                            }
                        }
                        if (!sending.get() && deadline == Long.MAX_VALUE) {
                            deadline =
                                    System.nanoTime() + Duration.ofSeconds(60).toNanos();
                        }
                        sleep(20);
                    }
                },
                "ranking-watcher");
        watcher.start();
        long total = base;
        for (int i = 0; i < batches; i++) {
            long started = System.nanoTime();
            postBatch(campaignId, batchSize);
            total += batchSize;
            expected[i] = total;
            acceptedAt[i] = System.nanoTime();
            sleep(Math.max(0, intervalMs - (System.nanoTime() - started) / 1_000_000));
        }
        sending.set(false);
        watcher.join();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            Long seen = seenAt.get(i);
            if (seen == null) {
                System.out.printf("batch %d never reflected within 60 s after the last batch%n", i);
            } else {
                millis.add(Math.max(0, (seen - acceptedAt[i]) / 1_000_000));
            }
        }
        return millis;
    }

    private long respondents(String unitId, String period) {
        JsonNode card = get("/api/v1/ranking/units/" + unitId + "/scorecard");
        for (JsonNode index : card.path("indices")) {
            if ("IKM".equals(index.path("indexCode").asText())) {
                for (JsonNode entry : index.path("periods")) {
                    if (period.equals(entry.path("period").asText())) {
                        return entry.path("respondents").asLong(0);
                    }
                }
            }
        }
        return 0;
    }

    private void postBatch(String campaignId, int size) {
        List<Map<String, Object>> responses = new ArrayList<>(size);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int r = 0; r < size; r++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            SKM_ITEMS.forEach(item -> answers.put(item, random.nextInt(2, 5)));
            if (new java.util.HashSet<>(answers.values()).size() == 1) {
                // an all-equal answer sheet is flagged and held for review: it would never reach the ranking
                answers.put(SKM_ITEMS.get(0), (Integer) answers.get(SKM_ITEMS.get(0)) == 4 ? 3 : 4);
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("clientResponseId", UUID.randomUUID().toString());
            response.put("answers", answers);
            response.put("consent", true);
            responses.add(response);
        }
        post(
                "/api/v1/survey/campaigns/" + campaignId + "/responses/batch",
                responses,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private String registerUnit() {
        JsonNode unit = post(
                "/api/v1/units",
                Map.of(
                        "name",
                        "Puskesmas Benchmark " + System.currentTimeMillis(),
                        "type",
                        "PUSKESMAS",
                        "regionCode",
                        "73.06",
                        "parentOrganisation",
                        "Dinas Kesehatan"),
                Map.of());
        return unit.path("id").asText();
    }

    private void awaitRankingKnows(String unitId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (status("/api/v1/ranking/units/" + unitId) == 200) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("the ranking service did not receive unit " + unitId + " within 60 s");
    }

    private String openCampaign(String unitId, String period) {
        // the survey service must know the unit first (its replica is fed by the same unit events)
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                JsonNode campaign = post(
                        "/api/v1/survey/campaigns",
                        Map.of(
                                "unitId",
                                unitId,
                                "questionnaireId",
                                SKM_2017_QUESTIONNAIRE,
                                "period",
                                period,
                                "title",
                                "Freshness benchmark " + period),
                        Map.of());
                return campaign.path("id").asText();
            } catch (RuntimeException e) {
                last = e;
                sleep(500);
            }
        }
        throw new IllegalStateException("cannot open a campaign; pass --unit=ID --campaign=ID of an open one", last);
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).GET(), path);
    }

    private int status(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(gateway + path))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private JsonNode post(String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(request::header);
            return send(request, path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the request", e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    request.timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void report(String title, List<Long> samples) {
        if (samples.isEmpty()) {
            System.out.printf("%s: no samples%n", title);
            return;
        }
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf(
                "%s: n=%d p50=%d p95=%d max=%d%n",
                title, sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
