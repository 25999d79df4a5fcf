package id.rapor.bench;

import id.rapor.testsupport.PostgresServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Bulk ingestion through the gateway's CSV endpoint against a raw PostgreSQL COPY of the same rows into a scratch
 * table created {@code LIKE survey_response} (same columns, defaults, identity and indexes) in the survey service's
 * own database, committed per chunk as the service commits per request.
 */
final class BulkIngestion {

    /** The survey service's cap on rows per CSV request. */
    static final int MAX_CHUNK = 10_000;

    private static final String CSV_HEADER =
            "client_response_id,gender,age,education,occupation,consent," + "U1,U2,U3,U4,U5,U6,U7,U8,U9\n";
    private static final String[] EDUCATION = {"SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2+"};
    private static final String[] OCCUPATION = {"PNS", "TNI", "Polri", "Swasta", "Wirausaha", "Lainnya"};

    /** Both runs of the same rows, and each API request's time in ms. */
    record Result(int rows, double apiSeconds, long respondentsCounted, double copySeconds, long[] chunkMillis) {

        double apiRowsPerSecond() {
            return rows / apiSeconds;
        }

        double copyRowsPerSecond() {
            return rows / copySeconds;
        }
    }

    private BulkIngestion() {}

    /**
     * Ingests {@code rows} generated respondents into the campaign (numbered from {@code first}, which a lived-in
     * campaign's earlier rows used up), then COPYs the same rows; the respondents counted are those of the import.
     */
    static Result run(
            GatewayClient gateway, UUID campaign, String surveyDatabase, int rows, int chunk, long seed, int first)
            throws Exception {
        int size = Math.min(chunk, MAX_CHUNK);
        long before = counted(gateway, campaign);
        long[] chunkMillis = new long[(rows + size - 1) / size];
        StringBuilder line = new StringBuilder("   per-chunk ms:");
        long start = System.nanoTime();
        for (int from = 0, n = 0; from < rows; from += size, n++) {
            String body = csv(first + from, first + Math.min(rows, from + size), seed);
            long t = System.nanoTime();
            postChunk(gateway, campaign, body, "bench-" + campaign + "-" + n);
            chunkMillis[n] = (System.nanoTime() - t) / 1_000_000;
            line.append(' ').append(chunkMillis[n]);
            if (n % 20 == 19) {
                System.out.println(line);
                line = new StringBuilder("   per-chunk ms:");
            }
        }
        if (line.length() > "   per-chunk ms:".length()) {
            System.out.println(line);
        }
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        long counted = counted(gateway, campaign) - before;
        double copySeconds = rawCopy(surveyDatabase, campaign, rows, size, seed);
        return new Result(rows, apiSeconds, counted, copySeconds, chunkMillis);
    }

    /** Randomly generated answers are now and then all the same (straight-lining) and held for review: both count. */
    private static long counted(GatewayClient gateway, UUID campaign) {
        var view = gateway.get("/api/v1/survey/campaigns/" + campaign);
        return view.path("respondents").asLong(-1) + view.path("flagged").asLong(0);
    }

    /**
     * Makes the survey table lived-in, as a deployment that ran with little data and then gets a Biro's bulk import
     * of paper forms: {@code early} rows through the API, ANALYZE while the table is that small, autovacuum off
     * the table (so the small table's statistics stay in place during the import, as they do until autovacuum
     * happens to run), then {@code history} older rows COPYed straight into it (in the campaign, under another
     * namespace, so the import's duplicate check has them in its way). {@link #restore} turns autovacuum back on.
     */
    static void liveIn(GatewayClient gateway, UUID campaign, String surveyDatabase, int early, int history, long seed)
            throws Exception {
        postChunk(gateway, campaign, csv(0, early, seed), "bench-early-" + campaign);
        try (Connection c = PostgresServer.connect(surveyDatabase);
                Statement s = c.createStatement()) {
            s.execute("analyze survey_response");
            s.execute("alter table survey_response set (autovacuum_enabled = false)");
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String at = Instant.now().toString();
            for (int from = 0; from < history; from += MAX_CHUNK) {
                int to = Math.min(history, from + MAX_CHUNK);
                copy.copyIn(
                        "copy survey_response (campaign_id, client_id, request_hash, answers, gender, age, "
                                + "age_band, education, occupation, service_used, suggestion, consent, channel, "
                                + "submitted_at, namespace) from stdin with (format csv)",
                        new StringReader(copyRows(campaign, from, to, seed, at, ",HISTORY/bench")));
                c.commit();
            }
        }
    }

    /** Gives the survey table its autovacuum back after a lived-in run. */
    static void restore(String surveyDatabase) throws Exception {
        try (Connection c = PostgresServer.connect(surveyDatabase);
                Statement s = c.createStatement()) {
            s.execute("alter table survey_response reset (autovacuum_enabled)");
        }
    }

    /** One chunk under its own Idempotency-Key; 502/503/504 are retried under the same key (a replay counts once). */
    private static void postChunk(GatewayClient gateway, UUID campaign, String csv, String key) {
        String path = "/api/v1/survey/campaigns/" + campaign + "/responses/csv?batchReference=bench";
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> r =
                    gateway.send(gateway.request(path, "text/csv", csv, Map.of("Idempotency-Key", key)));
            if (r.statusCode() == 200) {
                return;
            }
            if (attempt >= 5 || (r.statusCode() != 502 && r.statusCode() != 503 && r.statusCode() != 504)) {
                throw new GatewayClient.CallFailed(
                        "POST " + path + " answered " + r.statusCode() + ": " + GatewayClient.abbreviate(r.body()),
                        r.statusCode());
            }
            GatewayClient.sleep(1000L * attempt);
        }
    }

    private static double rawCopy(String database, UUID campaign, int rows, int chunk, long seed) throws Exception {
        String table = "bench_copy_" + Long.toHexString(System.nanoTime());
        try (Connection c = PostgresServer.connect(database)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + table + " (like survey_response including defaults including identity "
                        + "including indexes)");
            }
            try {
                c.setAutoCommit(false);
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                String at = Instant.now().toString();
                long start = System.nanoTime();
                for (int from = 0; from < rows; from += chunk) {
                    int to = Math.min(rows, from + chunk);
                    String csv = copyRows(campaign, from, to, seed, at, "");
                    copy.copyIn(
                            "copy " + table + " (campaign_id, client_id, request_hash, answers, gender, age, "
                                    + "age_band, education, occupation, service_used, suggestion, consent, channel, "
                                    + "submitted_at) from stdin with (format csv)",
                            new StringReader(csv));
                    c.commit();
                }
                return (System.nanoTime() - start) / 1e9;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("drop table if exists " + table);
                }
            }
        }
    }

    /** COPY rows in the service's column format, each line ending with {@code suffix} (extra columns). */
    private static String copyRows(UUID campaign, int from, int to, long seed, String at, String suffix)
            throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder csv = new StringBuilder((to - from) * 200);
        for (int r = from; r < to; r++) {
            Respondent p = respondent(r, seed);
            StringBuilder answers = new StringBuilder("{");
            for (int i = 0; i < 9; i++) {
                answers.append(i == 0 ? "" : ",")
                        .append("\"U")
                        .append(i + 1)
                        .append("\":")
                        .append(p.answers[i]);
            }
            String json = answers.append('}').toString();
            String hash = HexFormat.of().formatHex(sha.digest(json.getBytes(StandardCharsets.UTF_8)));
            csv.append(campaign)
                    .append(",r")
                    .append(r)
                    .append(',')
                    .append(hash)
                    .append(",\"")
                    .append(json.replace("\"", "\"\""))
                    .append("\",")
                    .append(p.gender)
                    .append(',')
                    .append(p.age)
                    .append(',')
                    .append(p.age / 10 * 10)
                    .append('-')
                    .append(p.age / 10 * 10 + 9)
                    .append(',')
                    .append(p.education)
                    .append(',')
                    .append(p.occupation)
                    .append(",,,true,CSV,")
                    .append(at)
                    .append(suffix)
                    .append('\n');
        }
        return csv.toString();
    }

    /** CSV rows (with the header) of respondents {@code from} (inclusive) to {@code to}. */
    static String csv(int from, int to, long seed) {
        StringBuilder csv = new StringBuilder((to - from) * 60 + CSV_HEADER.length()).append(CSV_HEADER);
        for (int r = from; r < to; r++) {
            Respondent p = respondent(r, seed);
            csv.append('r')
                    .append(r)
                    .append(',')
                    .append(p.gender)
                    .append(',')
                    .append(p.age)
                    .append(',')
                    .append(p.education)
                    .append(',')
                    .append(p.occupation)
                    .append(",true");
            for (int a : p.answers) {
                csv.append(',').append(a);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** One generated respondent, the same for the API run and the COPY run. */
    private record Respondent(char gender, int age, String education, String occupation, int[] answers) {}

    private static Respondent respondent(int index, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        int[] answers = new int[9];
        for (int i = 0; i < 9; i++) {
            answers[i] = GatewayClient.answer(random);
        }
        return new Respondent(
                random.nextBoolean() ? 'L' : 'P',
                17 + random.nextInt(60),
                EDUCATION[random.nextInt(EDUCATION.length)],
                OCCUPATION[random.nextInt(OCCUPATION.length)],
                answers);
    }
}
