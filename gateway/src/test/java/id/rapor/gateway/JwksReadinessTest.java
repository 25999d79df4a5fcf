package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** With a JWKS URL configured, the gateway is ready only while the provider answers its key set. */
@QuarkusTest
@TestProfile(JwksReadinessTest.ProviderJwks.class)
class JwksReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'token-keys' }";

    /**
     * A stand-in for the provider's certs endpoint: a real HTTP server that can fail like a provider does. Quarkus
     * reads the profile in two class loaders, so the server and its switch live in the system properties (JDK
     * classes both loaders share), and both readings get the same server.
     */
    private static final String SERVER = "rapor.test.jwks-server";

    private static final String DOWN = "rapor.test.jwks-down";

    public static class ProviderJwks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            HttpServer provider = (HttpServer) System.getProperties().computeIfAbsent(SERVER, k -> start());
            return Map.of(
                    "mp.jwt.verify.publickey.location",
                    "http://127.0.0.1:" + provider.getAddress().getPort() + "/certs");
        }
    }

    private static HttpServer start() {
        HttpServer provider;
        try {
            provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AtomicBoolean down = (AtomicBoolean) System.getProperties().computeIfAbsent(DOWN, k -> new AtomicBoolean());
        byte[] jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"sXch\",\"e\":\"AQAB\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        provider.createContext("/certs", exchange -> {
            if (down.get()) {
                // What a reverse proxy answers while Keycloak is away.
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
            }
            exchange.close();
        });
        provider.start();
        return provider;
    }

    @Test
    void shouldReportTheProvidersKeySetInReadiness() {
        JsonPath up = given().get("/q/health/ready").jsonPath();
        assertThat(up.getString(CHECK + ".status")).isEqualTo("UP");
        assertThat(up.getInt(CHECK + ".data.keys")).isEqualTo(1);

        ((AtomicBoolean) System.getProperties().get(DOWN)).set(true);

        JsonPath down =
                given().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertThat(down.getString(CHECK + ".status")).isEqualTo("DOWN");
        assertThat(down.getString(CHECK + ".data.error")).isNotBlank();
    }
}
