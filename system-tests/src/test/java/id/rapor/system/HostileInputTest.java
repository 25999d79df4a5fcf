package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.local.Stack;
import id.rapor.testsupport.DevTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sends the hostile corpus ({@code src/test/resources/hostile}) to every write endpoint the services publish in
 * their OpenAPI (writes without a body get unknown and injected path parameters), through the gateway: every answer
 * must be a 4xx problem+json and nothing may be written.
 */
class HostileInputTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of(
            "malformed-truncated.json",
            "malformed-syntax.json",
            "json-null.json",
            "json-string.json",
            "json-number.json",
            "json-mixed-array.json",
            "wrong-types.json",
            "huge-numbers.json",
            "sql-injection.json",
            "script-injection.json",
            "nul-bytes.json",
            "unknown-fields.json",
            "trailing-content.json",
            "trailing-array.json",
            "invalid-utf8.csv",
            "malformed.csv",
            "xxe.xml",
            "plain.txt");
    private static final List<String> PATH_VALUES = List.of(
            UUID.randomUUID().toString(),
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "..%2F..%2Fetc%2Fpasswd",
            "99999999999999999999");

    record Endpoint(String method, String path, boolean hasBody) {}

    record Payload(String name, String contentType, byte[] body) {}

    @Test
    void shouldRefuseUnboundedPagesAndWildcardScopes() throws Exception {
        Stack stack = SystemStack.get();
        String admin = DevTokens.admin();
        List<String> failures = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/units?page=2147483647",
                "/api/v1/regions?page=2147483647",
                "/api/v1/assessment/assessments?page=2147483647",
                "/api/v1/assessment/cycles?page=2147483647",
                "/api/v1/ranking/units?index=IKM&period=2026&page=2147483647",
                "/api/v1/ranking/regions?index=IKM&period=2026&page=2147483647")) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                            .header("Authorization", "Bearer " + admin)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 400
                    || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                failures.add("GET " + path + ": " + r.statusCode());
            }
        }
        for (String scope : List.of("%", "7_", "%25", "_")) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/units?size=500"))
                            .header("Authorization", "Bearer " + DevTokens.evaluator(scope))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long total = r.statusCode() == 200
                    ? JSON.readTree(r.body()).path("total").asLong()
                    : -1;
            if (r.statusCode() == 200 && total != 0) {
                failures.add("evaluator with region " + scope + " sees " + total + " units");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRefuseTrailingContentAndOversizedBodiesInTheServicesThemselves() throws Exception {
        Stack stack = SystemStack.get();
        String admin = DevTokens.admin();
        List<String> failures = new ArrayList<>();
        String unit = Api.unit("Puskesmas Strict " + Api.uniq(), "PUSKESMAS", "73.15");
        String campaign =
                "{\"unitId\":\"" + unit + "\",\"questionnaireId\":\"" + Api.SKM_2017 + "\",\"period\":\"2026-S2\"}";
        String survey = stack.service("survey").url();
        // trailing content after an otherwise valid object, at the gateway and straight at the service
        for (String base : List.of(stack.gatewayUrl(), survey)) {
            expect(failures, base + "/api/v1/survey/campaigns", campaign + "}", "application/json", admin, 400);
        }
        // an array body (a batch) with content after it
        String batch = "[{\"clientResponseId\":\"t-1\",\"answers\":{\"U1\":3},\"consent\":true}]";
        String path = "/api/v1/survey/campaigns/" + UUID.randomUUID() + "/responses/batch";
        expect(failures, survey + path, batch + "[]", "application/json", admin, 400);
        // 2 MB: above the 1 MB of an ordinary JSON endpoint, below the bulk limit: 413 from the gateway and from the
        // service itself when reached directly
        String big = "{\"answers\":{\"U1\":4},\"consent\":true,\"suggestion\":\"" + "a".repeat(2_000_000) + "\"}";
        String single = "/api/v1/survey/campaigns/" + UUID.randomUUID() + "/responses";
        for (String base : List.of(stack.gatewayUrl(), survey)) {
            expect(failures, base + single, big, "application/json", null, 413);
        }
        expect(failures, stack.gatewayUrl() + "/api/v1/units", big, "application/json", admin, 413);
        expect(failures, stack.service("assessment").url() + "/api/v1/units", big, "application/json", admin, 413);
        // above the bulk limit: refused by the gateway, and by the service when reached directly
        byte[] huge = new byte[17 * 1024 * 1024];
        for (String base : List.of(stack.gatewayUrl(), survey)) {
            expect(failures, base + path.replace("batch", "csv?batchReference=B-1"), huge, "text/csv", admin, 413);
        }
        assertThat(failures).isEmpty();
    }

    private static void expect(List<String> failures, String url, Object body, String type, String token, int status) {
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        if (status == 413) {
            expectRefusedBySize(failures, url, bytes.length, type, token);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != status
                    || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                failures.add("POST " + url + " (" + bytes.length + " bytes): " + r.statusCode() + " "
                        + abbreviate(r.body()));
            }
        } catch (IOException e) {
            failures.add("POST " + url + " (" + bytes.length + " bytes): no answer " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        }
    }

    /**
     * Declares a body of {@code length} bytes, sends only its first kilobyte and reads the answer: a body refused for
     * its size must be answered 413 problem+json on its declared length alone, before it is sent.
     */
    private static void expectRefusedBySize(List<String> failures, String url, long length, String type, String token) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: " + type
                            + "\r\nContent-Length: " + length + "\r\n"
                            + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            StringBuilder reply = new StringBuilder();
            InputStream in = socket.getInputStream();
            byte[] chunk = new byte[1024];
            // the status line and headers are enough; the connection may stay open after them
            for (int n; reply.indexOf("\r\n\r\n") < 0 && (n = in.read(chunk)) != -1; ) {
                reply.append(new String(chunk, 0, n, StandardCharsets.ISO_8859_1));
            }
            if (!reply.toString().startsWith("HTTP/1.1 413")
                    || !reply.toString().toLowerCase().contains("application/problem+json")) {
                failures.add("POST " + url + " (" + length + " bytes declared): " + abbreviate(reply.toString()));
            }
        } catch (IOException e) {
            failures.add("POST " + url + " (" + length + " bytes declared): no answer " + e);
        }
    }

    @Test
    void shouldAnswerEveryHostileRequestWithAClientProblemAndWriteNothing() throws Exception {
        Stack stack = SystemStack.get();
        List<Endpoint> endpoints = writeEndpoints(stack);
        assertThat(endpoints)
                .as("write endpoints found in the services' OpenAPI")
                .hasSizeGreaterThan(3);
        List<Payload> corpus = corpus();
        Map<String, Long> before = Databases.quiescentRowCounts(stack);

        List<String> failures = new ArrayList<>();
        int sent = 0;
        String admin = DevTokens.admin();
        for (Endpoint endpoint : endpoints) {
            for (String pathValue : PATH_VALUES) {
                String path = endpoint.path()
                        .replaceAll(
                                "\\{[^}]+}",
                                URLEncoder.encode(pathValue, StandardCharsets.UTF_8)
                                        .replace("%252F", "%2F"));
                for (Payload payload : endpoint.hasBody() ? corpus : corpus.subList(0, 1)) {
                    for (String token : new String[] {admin, null}) {
                        // Path-value variants only with the first payload: they test routing and id parsing.
                        if (!pathValue.equals(PATH_VALUES.get(0)) && payload != corpus.get(0)) {
                            continue;
                        }
                        sent++;
                        String failure = check(stack.gatewayUrl() + path, endpoint.method(), payload, token);
                        if (failure != null) {
                            failures.add(endpoint.method() + " " + path + " [" + payload.name() + ", "
                                    + (token == null ? "anonymous" : "admin") + "]: " + failure);
                        }
                    }
                }
            }
        }
        // nothing a hostile request started may land later either (events in flight, relays)
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Databases.rowCounts(stack).equals(before));
        Map<String, Long> after = Databases.rowCounts(stack);
        System.out.printf(
                "hostile input: %d requests to %d endpoints, %d wrong answers%n",
                sent, endpoints.size(), failures.size());
        assertThat(failures).as("requests not answered with a 4xx problem+json").isEmpty();
        assertThat(after).as("rows written by hostile requests").isEqualTo(before);
    }

    private static String check(String url, String method, Payload payload, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", payload.contentType())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(payload.body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                return "status " + response.statusCode() + " " + abbreviate(response.body());
            }
            if (!type.startsWith("application/problem+json")) {
                return "status " + response.statusCode() + " with content type '" + type + "'";
            }
            return null;
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static List<Endpoint> writeEndpoints(Stack stack) throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String service : List.of("assessment", "survey", "ranking")) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack.service(service).url() + "/q/openapi?format=json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode paths = JSON.readTree(response.body()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (String method : List.of("post", "put", "patch", "delete")) {
                    JsonNode operation = path.getValue().get(method);
                    // Writes without a body (submit, verify, close, rebuild...) only get the path-parameter
                    // variants; one without a path parameter would be a legitimate call, not hostile input.
                    if (operation != null
                            && (operation.has("requestBody") || path.getKey().contains("{"))) {
                        endpoints.add(new Endpoint(method.toUpperCase(), path.getKey(), operation.has("requestBody")));
                    }
                }
            }
        }
        return endpoints;
    }

    private static List<Payload> corpus() throws IOException {
        List<Payload> corpus = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + file)) {
                corpus.add(new Payload(file, contentType(file), in.readAllBytes()));
            }
        }
        Map<String, byte[]> generated = new LinkedHashMap<>();
        generated.put("deep-nesting.json", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes());
        generated.put("long-number.json", ("{\"population\": " + "9".repeat(100_000) + "}").getBytes());
        StringBuilder big = new StringBuilder("{\"name\": \"");
        big.append("A".repeat(10 * 1024 * 1024)).append("\"}");
        generated.put("ten-megabytes.json", big.toString().getBytes());
        generated.put("empty.json", new byte[0]);
        generated.forEach((name, body) -> corpus.add(new Payload(name, "application/json", body)));
        return corpus;
    }

    private static String contentType(String file) {
        if (file.endsWith(".csv")) {
            return "text/csv";
        }
        if (file.endsWith(".xml")) {
            return "application/xml";
        }
        if (file.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/json";
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
