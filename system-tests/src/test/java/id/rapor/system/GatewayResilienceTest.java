package id.rapor.system;

import static id.rapor.system.SystemStack.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.rapor.local.ServiceProcess;
import id.rapor.local.Stack;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A stopped service gives a prompt 503 problem+json at the gateway, and the gateway's health says which. */
class GatewayResilienceTest {

    @Test
    void shouldAnswer503ProblemWithinTheTimeoutWhileAServiceIsStopped() {
        Stack stack = SystemStack.get();
        ServiceProcess ranking = stack.service("ranking");
        ranking.stop();
        try {
            long started = System.nanoTime();
            Response response = gateway()
                    .header("X-Request-Id", "resilience-1")
                    .when()
                    .get("/api/v1/ranking/units?index=IKM&period=2026");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf(
                    "ranking stopped: gateway answered %d in %d ms%n", response.statusCode(), took.toMillis());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("instance")).isEqualTo("resilience-1");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            gateway().when().get("/q/health").then().statusCode(503).body("status", equalTo("DOWN"));
            // the other services keep answering
            gateway().when().get("/api/v1/regions/73").then().statusCode(200).body("code", notNullValue());
        } finally {
            ranking.start();
        }
        gateway().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
