package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stopped service (ranking: nobody listens on its port) and a silent one (survey's {@code /slow} never answers)
 * give problem+json within the configured timeouts (1 s in tests), never a hang; health names each downstream.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ResilienceTest {

    @Test
    void shouldAnswer503ProblemWithinTimeoutWhenServiceIsStopped() {
        long start = System.nanoTime();
        Response response = given().header("X-Request-Id", "down-1").get("/api/v1/ranking/periods/2025");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(3000);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.header("X-Request-Id")).isEqualTo("down-1");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo("https://rapor.id/problems/unavailable");
        assertThat(problem.getString("title")).isEqualTo("Service unavailable");
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("detail")).contains("ranking");
        assertThat(problem.getString("instance")).isEqualTo("down-1");
    }

    @Test
    void shouldAnswer503ForWritesToStoppedServiceToo() {
        Response response = given().contentType("application/json")
                .body("{\"period\":\"2025\"}")
                .post("/api/v1/ranking/recompute");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.jsonPath().getString("instance")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void shouldAnswer504ProblemWhenServiceStaysSilent() {
        long start = System.nanoTime();
        Response response = given().header("X-Request-Id", "slow-1").get("/api/v1/survey/slow");
        long millis = (System.nanoTime() - start) / 1_000_000;

        // Response timeout is 1 s in tests.
        assertThat(millis).isBetween(900L, 5000L);
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://rapor.id/problems/gateway-timeout");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(504);
        assertThat(response.jsonPath().getString("instance")).isEqualTo("slow-1");
    }

    @Test
    void shouldReportEachDownstreamInReadiness() {
        Response response = given().get("/q/health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        List<Map<String, Object>> checks = response.jsonPath().getList("checks");
        assertThat(checks)
                .extracting(c -> c.get("name") + "=" + c.get("status"))
                .contains("assessment=UP", "survey=UP", "ranking=DOWN");
        assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldCountUpstreamFailuresInMetrics() {
        given().get("/api/v1/ranking/anything").then().statusCode(503);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("rapor_gateway_upstream_failures_total{service=\"ranking\",status=\"503\"}");
        assertThat(metrics).contains("http_server_requests_seconds_count");
    }
}
