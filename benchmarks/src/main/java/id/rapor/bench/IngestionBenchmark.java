package id.rapor.bench;

import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.PostgresServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

/**
 * Ingests N survey responses through the survey service's CSV endpoint in chunks and reports rows/s, then
 * COPYs the same rows straight into a scratch table of the same shape and reports that rate and the ratio.
 *
 * <pre>
 * java -cp ... id.rapor.bench.IngestionBenchmark [--base-url http://127.0.0.1:8080] [--token JWT]
 *     [--rows 1000000] [--chunk 10000] [--region 73.06] [--kafka 127.0.0.1:9092] [--scratch-db rapor_bench]
 * </pre>
 * The unit is registered through {@code POST /api/v1/units} (gateway); with {@code --kafka} its UnitChanged event
 * is published straight to the broker instead, for a survey service running without the assessment service.
 */
public final class IngestionBenchmark {

    private static final String SKM_2017 = "00000000-0000-0000-0000-000000002017";
    private static final String[] GENDERS = {"L", "P"};
    private static final String[] EDUCATION = {"SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2+"};
    private static final String[] OCCUPATION = {"PNS", "TNI", "Polri", "Swasta", "Wirausaha", "Lainnya"};
    private static final String CSV_HEADER =
            "client_response_id,gender,age,education,occupation,consent," + "U1,U2,U3,U4,U5,U6,U7,U8,U9\n";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> args;
    private final String baseUrl;
    private final String token;

    private IngestionBenchmark(Map<String, String> args) {
        this.args = args;
        this.baseUrl = args.getOrDefault("base-url", "http://127.0.0.1:8080").replaceAll("/$", "");
        this.token = args.getOrDefault("token", DevTokens.admin());
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        new IngestionBenchmark(args).run();
    }

    private void run() throws Exception {
        int rows = Integer.parseInt(args.getOrDefault("rows", "1000000"));
        int chunk = Integer.parseInt(args.getOrDefault("chunk", "10000"));
        String region = args.getOrDefault("region", "73.06");
        long seed = Long.parseLong(args.getOrDefault("seed", "20260101"));

        UUID unit = createUnit(region);
        awaitReplica(unit);
        String campaign = field(
                send(
                        "POST",
                        "/api/v1/survey/campaigns",
                        "application/json",
                        "{\"unitId\":\"" + unit + "\",\"questionnaireId\":\"" + SKM_2017
                                + "\",\"period\":\"2026\",\"population\":" + rows
                                + ",\"title\":\"Ingestion benchmark\"}",
                        201),
                "id");
        System.out.printf(
                "unit %s, campaign %s: ingesting %,d responses in chunks of %,d through %s%n",
                unit, campaign, rows, chunk, "/responses/csv");

        long start = System.nanoTime();
        for (int from = 0, n = 0; from < rows; from += chunk, n++) {
            int to = Math.min(rows, from + chunk);
            StringBuilder csv = new StringBuilder(CSV_HEADER);
            for (int r = from; r < to; r++) {
                Row row = row(seed, r);
                csv.append(row.clientId)
                        .append(',')
                        .append(row.gender)
                        .append(',')
                        .append(row.age)
                        .append(',')
                        .append(row.education)
                        .append(',')
                        .append(row.occupation)
                        .append(",true");
                for (int a : row.answers) {
                    csv.append(',').append(a);
                }
                csv.append('\n');
            }
            sendWithKey(
                    "/api/v1/survey/campaigns/" + campaign + "/responses/csv?batchReference=bench",
                    csv.toString(),
                    "bench-" + campaign + "-" + n);
            if (n % 10 == 9) {
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %,d rows in %.1f s (%,.0f rows/s)%n", to, s, to / s);
            }
        }
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        String result =
                send("GET", "/api/v1/survey/campaigns/" + campaign + "/result?breakdowns=false", null, null, 200);
        System.out.printf(
                "API: %,d rows in %.1f s = %,.0f rows/s; respondents %s, IKM %s, mutu %s%n",
                rows,
                apiSeconds,
                rows / apiSeconds,
                field(result, "respondents"),
                field(result, "ikmKonversi"),
                field(result, "mutu"));

        double copySeconds = rawCopy(UUID.fromString(campaign), rows, chunk, seed);
        System.out.printf("raw COPY: %,d rows in %.1f s = %,.0f rows/s%n", rows, copySeconds, rows / copySeconds);
        System.out.printf("API / raw COPY throughput: %.2f%n", copySeconds / apiSeconds);
    }

    /** COPYs the same rows, in the service's column format, into a scratch table shaped like survey_response. */
    private double rawCopy(UUID campaign, int rows, int chunk, long seed) throws Exception {
        String db = args.getOrDefault("scratch-db", "rapor_bench");
        PostgresServer.createDatabaseIfMissing(db);
        try (Connection c = PostgresServer.connect(db)) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_response");
                s.execute("create table bench_response (id bigint generated always as identity primary key, "
                        + "campaign_id uuid not null, client_id text not null, request_hash text not null, "
                        + "answers jsonb not null, gender text, age integer, age_band text, education text, "
                        + "occupation text, service_used text, suggestion text, consent boolean not null, "
                        + "channel text not null, submitted_at timestamptz not null, "
                        + "voided boolean not null default false, void_reason text, voided_by text, "
                        + "voided_at timestamptz)");
                s.execute("create unique index bench_response_client on bench_response (campaign_id, client_id)");
            }
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String at = Instant.now().toString();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long start = System.nanoTime();
            for (int from = 0; from < rows; from += chunk) {
                int to = Math.min(rows, from + chunk);
                StringBuilder csv = new StringBuilder((to - from) * 200);
                for (int r = from; r < to; r++) {
                    Row row = row(seed, r);
                    StringBuilder json = new StringBuilder("{");
                    for (int i = 0; i < 9; i++) {
                        json.append(i == 0 ? "" : ",")
                                .append("\"U")
                                .append(i + 1)
                                .append("\":")
                                .append(row.answers[i]);
                    }
                    json.append('}');
                    String hash =
                            HexFormat.of().formatHex(sha.digest(json.toString().getBytes(StandardCharsets.UTF_8)));
                    csv.append(campaign)
                            .append(',')
                            .append(row.clientId)
                            .append(',')
                            .append(hash)
                            .append(",\"")
                            .append(json.toString().replace("\"", "\"\""))
                            .append("\",")
                            .append(row.gender)
                            .append(',')
                            .append(row.age)
                            .append(',')
                            .append(row.age / 10 * 10)
                            .append('-')
                            .append(row.age / 10 * 10 + 9)
                            .append(',')
                            .append(row.education)
                            .append(',')
                            .append(row.occupation)
                            .append(",,,true,CSV,")
                            .append(at)
                            .append('\n');
                }
                copy.copyIn(
                        "copy bench_response (campaign_id, client_id, request_hash, answers, gender, age, "
                                + "age_band, education, occupation, service_used, suggestion, consent, channel, "
                                + "submitted_at) from stdin with (format csv)",
                        new StringReader(csv.toString()));
                c.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_response");
            }
            c.commit();
            return seconds;
        }
    }

    /** One generated respondent, the same for the API run and the COPY run. */
    private record Row(String clientId, String gender, int age, String education, String occupation, int[] answers) {}

    private static Row row(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        int[] answers = new int[9];
        for (int i = 0; i < 9; i++) {
            // skewed towards 3 and 4, as real SKM answers are
            int p = random.nextInt(10);
            answers[i] = p < 1 ? 1 : p < 3 ? 2 : p < 7 ? 3 : 4;
        }
        return new Row(
                "b" + index,
                GENDERS[random.nextInt(2)],
                17 + random.nextInt(60),
                EDUCATION[random.nextInt(EDUCATION.length)],
                OCCUPATION[random.nextInt(OCCUPATION.length)],
                answers);
    }

    private UUID createUnit(String region) throws Exception {
        String kafka = args.get("kafka");
        if (kafka != null) {
            UUID id = UUID.randomUUID();
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<String, String> producer =
                    new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(
                                Topics.UNITS,
                                id.toString(),
                                EventCodec.write(UnitChanged.of(
                                        id, 1, "Benchmark unit", "OTHER", region, null, true, Instant.now()))))
                        .get();
            }
            return id;
        }
        String body = send(
                "POST",
                "/api/v1/units",
                "application/json",
                "{\"name\":\"Benchmark unit\",\"type\":\"OTHER\",\"regionCode\":\"" + region + "\"}",
                201);
        return UUID.fromString(field(body, "id"));
    }

    private void awaitReplica(UUID unit) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> r = http.send(
                    request("GET", "/api/v1/survey/units/" + unit, null, null).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("unit " + unit + " never reached the survey service's replica");
    }

    private void sendWithKey(String path, String csv, String key) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> r = http.send(
                    request("POST", path, "text/csv", csv)
                            .header("Idempotency-Key", key)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return;
            }
            // 503 (database busy) and gateway timeouts are retried under the same key: a replay counts once
            if (attempt >= 5 || (r.statusCode() != 503 && r.statusCode() != 502 && r.statusCode() != 504)) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(1000L * attempt);
        }
    }

    private String send(String method, String path, String type, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(request(method, path, type, body).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private HttpRequest.Builder request(String method, String path, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token);
        if (type != null) {
            b.header("Content-Type", type);
        }
        return b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** A top-level scalar field of a JSON object (enough for ids and numbers in these answers). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|null|true|false)")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
