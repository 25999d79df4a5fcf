package id.rapor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** The few Rapor API calls the benchmarks make, all through the gateway with a dev admin token. */
final class GatewayClient {

    /** The seeded SKM questionnaire of PermenPANRB 14/2017 (survey-service V2__seed_questionnaires.sql). */
    static final String SKM_2017 = "00000000-0000-0000-0000-000000002017";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String baseUrl;
    private final String token;

    GatewayClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        URI uri = URI.create(this.baseUrl);
        // the harness only ever loads this machine
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("benchmarks only target 127.0.0.1, not " + uri.getHost());
        }
        this.token = token;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** A request with the token; {@code body} null means GET. */
    HttpRequest request(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token);
        headers.forEach(b::header);
        if (body == null) {
            return b.GET().build();
        }
        return b.header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    request.method() + " " + request.uri().getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A GET whose body is read as it arrives; {@code timeout} bounds the wait for the answer's headers. */
    HttpResponse<java.io.InputStream> stream(String path, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends and parses a 2xx JSON answer; anything else is an error naming the call. */
    JsonNode call(HttpRequest request) {
        HttpResponse<String> r = send(request);
        if (r.statusCode() / 100 != 2) {
            throw new CallFailed(
                    request.method() + " " + request.uri().getPath() + " answered " + r.statusCode() + ": "
                            + abbreviate(r.body()),
                    r.statusCode());
        }
        try {
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + abbreviate(r.body()), e);
        }
    }

    JsonNode get(String path) {
        return call(request(path, null, null, Map.of()));
    }

    JsonNode postJson(String path, Object body, Map<String, String> headers) {
        try {
            return call(request(path, "application/json", JSON.writeValueAsString(body), headers));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a unit in the assessment service's register. */
    UUID registerUnit(String name, String regionCode) {
        return UUID.fromString(postJson(
                        "/api/v1/units",
                        Map.of(
                                "name",
                                name,
                                "type",
                                "PUSKESMAS",
                                "regionCode",
                                regionCode,
                                "parentOrganisation",
                                "Dinas Kesehatan"),
                        Map.of())
                .path("id")
                .asText());
    }

    /**
     * Opens an SKM 2017 campaign for a unit, retrying while the survey service answers 422 (its unit replica is fed
     * asynchronously by the unit events).
     */
    UUID openCampaign(UUID unitId, String period, long population, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return UUID.fromString(postJson(
                                "/api/v1/survey/campaigns",
                                Map.of(
                                        "unitId",
                                        unitId.toString(),
                                        "questionnaireId",
                                        SKM_2017,
                                        "period",
                                        period,
                                        "population",
                                        population,
                                        "title",
                                        "Benchmark " + period),
                                Map.of())
                        .path("id")
                        .asText());
            } catch (CallFailed e) {
                if (e.status != 422 || System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(200);
            }
        }
    }

    /** Waits until the ranking service knows the unit (from the same unit events). */
    void awaitRankingUnit(UUID unitId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (send(request("/api/v1/ranking/units/" + unitId, null, null, Map.of()))
                        .statusCode()
                != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the ranking service did not receive unit " + unitId + " within " + timeout.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    /** The respondents the ranking's IKM of a unit counts in a period (0 before the first tally arrives). */
    long rankingRespondents(UUID unitId, String period) {
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

    /** One single-response submission as JSON, deterministic per id. */
    static String singleResponse(String clientId, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder json = new StringBuilder(220)
                .append("{\"clientResponseId\":\"")
                .append(clientId)
                .append("\",\"answers\":{");
        for (int i = 1; i <= 9; i++) {
            json.append(i == 1 ? "" : ",").append("\"U").append(i).append("\":").append(answer(random));
        }
        return json.append("},\"gender\":\"")
                .append(random.nextBoolean() ? 'L' : 'P')
                .append("\",\"age\":")
                .append(17 + random.nextInt(60))
                .append(",\"consent\":true}")
                .toString();
    }

    /** A JSON array of {@code size} responses with ids {@code prefix-0 ...}. */
    static String batch(String prefix, int size, long seed) {
        StringBuilder json = new StringBuilder(size * 220).append('[');
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append(singleResponse(prefix + "-" + i, seed * 1_000_003L + i));
        }
        return json.append(']').toString();
    }

    /** An SKM answer 1..4, skewed towards 3 and 4 as real answers are. */
    static int answer(SplittableRandom random) {
        int p = random.nextInt(10);
        return p < 1 ? 1 : p < 3 ? 2 : p < 7 ? 3 : 4;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A call answered outside 2xx. */
    static final class CallFailed extends IllegalStateException {
        final int status;

        CallFailed(String message, int status) {
            super(message);
            this.status = status;
        }
    }
}
