package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.testsupport.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** CORS, the anonymous submission rate limit and the request body limit. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class LimitsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void shouldAnswerPreflightOfAllowedOrigin() {
        Response response = given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/units");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization");
    }

    @Test
    void shouldExposeRequestIdToAllowedOriginOnly() {
        Response allowed = given().header("Origin", "http://localhost:5173").get("/api/v1/units");
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(allowed.header("Access-Control-Expose-Headers")).contains("X-Request-Id");

        Response other = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/units");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void shouldLimitAnonymousSubmissionsPerClientAddress() {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        String path = "/api/v1/survey/campaigns/" + java.util.UUID.randomUUID() + "/responses";
        // Burst of 3 in the test configuration, then one token per minute.
        for (int i = 0; i < 3; i++) {
            submit(client, path, null).then().statusCode(201);
        }
        Response limited = submit(client, path, null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(limited.jsonPath().getString("instance")).isEqualTo(limited.header("X-Request-Id"));
        assertThat(limited.jsonPath().getString("service")).isNull();
        // Other addresses are not held back by this client's bucket; a token of any role lifts nothing for a single
        // submission, while a managing caller's import is left to the service's own checks.
        submit("203.0.113." + ThreadLocalRandom.current().nextInt(1, 250), path, null)
                .then()
                .statusCode(201);
        submit(client, path, DevTokens.viewer()).then().statusCode(429);
        submit(client, path, DevTokens.admin()).then().statusCode(429);
        submit(client, path + "/batch", DevTokens.admin()).then().statusCode(201);
        // Reads are never limited.
        given().header("X-Forwarded-For", client).get(path).then().statusCode(200);
    }

    @Test
    void shouldTagRequestMetricsByRouteTemplateNeverByRawIds() {
        String id = java.util.UUID.randomUUID().toString();
        given().get("/api/v1/survey/campaigns/" + id + "/result").then().statusCode(200);
        given().get("/api/v1/no-such-route/" + id).then().statusCode(404);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/v1/survey/campaigns/{campaignId}/result\"");
        assertThat(metrics).doesNotContain(id);
    }

    @Test
    void shouldRefuseDeclaredOversizedBodyBeforeForwarding() throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/survey/uploads?upload=declared HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: text/csv\r\nContent-Length: 70000000\r\nX-Request-Id: big-1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            String reply = readReply(socket);

            assertThat(reply).startsWith("HTTP/1.1 413");
            assertThat(reply)
                    .contains("application/problem+json")
                    .contains("\"status\":413")
                    .contains("\"instance\":\"big-1\"");
        }
        assertThat(UploadClient.receivedByStub("declared")).isZero();
    }

    @Test
    void shouldNotLoseTheNextRequestWhenTheServiceRefusesBeforeTheBodyArrived() throws Exception {
        // A slow client sends its headers, then its body: the service refuses on the headers. The connection to the
        // service must not be reset under the requests that follow it (they used to fail with 502).
        byte[] body = "{\"name\":\"Puskesmas Lanrisang\"}".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 5; round++) {
            try (Socket slow = new Socket(gateway.getHost(), gateway.getPort())) {
                slow.setSoTimeout(20_000);
                OutputStream out = slow.getOutputStream();
                out.write(("POST /api/v1/survey/refused HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 10);
                out.flush();
                // A small body is held until it is whole: nothing reaches the service, so nothing comes back yet.
                slow.setSoTimeout(300);
                assertThatThrownBy(() -> slow.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
                slow.setSoTimeout(20_000);
                out.write(body, 10, body.length - 10);
                out.flush();
                assertThat(readReply(slow)).startsWith("HTTP/1.1 401");
            }
            for (int next = 0; next < 3; next++) {
                Response response = given().contentType("application/json")
                        .body("{\"round\":" + round + "}")
                        .post(gateway.toURI().resolve("/api/v1/survey/campaigns/c-" + round + "/echo"));
                assertThat(response.statusCode())
                        .as("request %d after refusal %d: %s", next, round, response.asString())
                        .isEqualTo(201);
            }
            // a request without a body keeps its pooled connection to the service
            Response read = given().get(gateway.toURI().resolve("/api/v1/survey/campaigns/c-" + round + "/echo"));
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.jsonPath().getString("headers.connection")).isNull();
        }
    }

    @Test
    void shouldHoldOrdinaryEndpointsToTheServicesJsonLimit() throws IOException {
        // 2 MB declared: far below the bulk maximum, above the 1 MB of every endpoint that is not a bulk import
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/survey/uploads/single?upload=ordinary HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 2000000\r\nX-Request-Id: big-3\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            String reply = readReply(socket);

            assertThat(reply).startsWith("HTTP/1.1 413");
            assertThat(reply).contains("application/problem+json").contains("1048576 bytes");
        }
        assertThat(UploadClient.receivedByStub("ordinary")).isZero();
    }

    @Test
    void shouldCutOffStreamedBodyOnceItPassesTheLimit() throws Exception {
        AtomicBoolean writerStopped = new AtomicBoolean();
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/survey/uploads?upload=chunked-big HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\nX-Request-Id: big-2\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    // 70 MB against a 60 MB limit; the gateway answers and closes, which ends this loop.
                    for (int i = 0; i < 70 * 16; i++) {
                        out.write(header);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closedByGateway) {
                    writerStopped.set(true);
                }
            });
            writer.start();
            String reply = readReply(socket);
            writer.join(20_000);

            assertThat(reply).startsWith("HTTP/1.1 413");
            assertThat(reply).contains("application/problem+json").contains("\"instance\":\"big-2\"");
        }
        assertThat(UploadClient.receivedByStub("chunked-big")).isLessThanOrEqualTo(60L * 1024 * 1024);
    }

    @Test
    void shouldStreamFiftyMegabyteUploadWithoutBufferingIt() throws Exception {
        UploadClient.Result result = UploadClient.upload(gateway, 50L * 1024 * 1024);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bytesCountedByService()).isEqualTo(50L * 1024 * 1024);
        // The service had already received data while the client was still sending: nothing held the body back.
        assertThat(result.serviceReceivedBeforeClientFinished()).isGreaterThanOrEqualTo(1024 * 1024);
    }

    private static Response submit(String client, String path, String token) {
        var request = given().header("X-Forwarded-For", client)
                .contentType("application/json")
                .body("{\"answers\":{}}");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post(path);
    }

    private static String readReply(Socket socket) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        StringBuilder reply = new StringBuilder();
        String line;
        int contentLength = -1;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            reply.append(line).append('\n');
            if (line.toLowerCase().startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring(15).trim());
            }
        }
        if (contentLength > 0) {
            char[] body = new char[contentLength];
            int read = 0;
            while (read < contentLength) {
                int n = in.read(body, read, contentLength - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            reply.append(body, 0, read);
        }
        return reply.toString();
    }
}
