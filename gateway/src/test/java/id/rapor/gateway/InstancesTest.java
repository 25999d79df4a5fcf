package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service configured with several URLs (one per instance): requests are spread over the instances in turn, an
 * instance that refuses connections is skipped without the client noticing, and readiness shows every instance.
 */
@QuarkusTest
@WithTestResource(InstanceStubs.class)
class InstancesTest {

    @Test
    void shouldSpreadRequestsOverEveryInstanceInTurn() {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answeredBy.add(given().get("/api/v1/survey/campaigns?i=" + i)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("instance"));
        }

        assertThat(answeredBy).containsOnly("survey-a", "survey-b");
        assertThat(answeredBy.stream().filter("survey-a"::equals).count()).isBetween(4L, 6L);
        for (int i = 1; i < answeredBy.size(); i++) {
            assertThat(answeredBy.get(i))
                    .as("request %d goes to the other instance", i)
                    .isNotEqualTo(answeredBy.get(i - 1));
        }
    }

    @Test
    void shouldSkipAnInstanceThatRefusesConnections() {
        for (int i = 0; i < 6; i++) {
            Response response = given().get("/api/v1/ranking/units?i=" + i);
            assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(response.jsonPath().getString("instance")).isEqualTo("ranking-live");
        }
    }

    @Test
    void shouldReportEveryInstanceAndStayReadyWhileOneIsUp() {
        Response response = given().get("/q/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> checks = response.jsonPath().getList("checks");
        Map<String, Object> ranking = checks.stream()
                .filter(c -> "ranking".equals(c.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(ranking.get("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) ranking.get("data");
        assertThat(data.values())
                .anyMatch(v -> String.valueOf(v).startsWith("DOWN"))
                .anyMatch(v -> "UP".equals(v));
        Map<String, Object> survey = checks.stream()
                .filter(c -> "survey".equals(c.get("name")))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> surveyData = (Map<String, Object>) survey.get("data");
        assertThat(surveyData.values().stream().filter("UP"::equals).count()).isEqualTo(2);
    }
}
