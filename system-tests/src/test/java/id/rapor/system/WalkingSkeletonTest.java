package id.rapor.system;

import static id.rapor.system.SystemStack.gateway;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A unit registered through the gateway reaches the survey replica and the ranking projection. */
class WalkingSkeletonTest {

    @Test
    void shouldPropagateARegisteredUnitToSurveyAndRankingThroughTheBroker() {
        String token = DevTokens.admin();
        String id = gateway()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Disdukcapil Kabupaten Gowa", "type", "DISDUKCAPIL", "regionCode", "73.06"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    gateway()
                            .auth()
                            .oauth2(token)
                            .when()
                            .get("/api/v1/survey/units/" + id)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo("Disdukcapil Kabupaten Gowa"))
                            .body("regionCode", equalTo("73.06"));
                    gateway()
                            .auth()
                            .oauth2(token)
                            .when()
                            .get("/api/v1/ranking/units/" + id)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo("Disdukcapil Kabupaten Gowa"));
                });

        gateway()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Disdukcapil Gowa", "type", "DISDUKCAPIL", "regionCode", "73.06"))
                .when()
                .put("/api/v1/units/" + id)
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    gateway()
                            .auth()
                            .oauth2(token)
                            .when()
                            .get("/api/v1/survey/units/" + id)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo("Disdukcapil Gowa"))
                            .body("version", equalTo(2));
                    gateway()
                            .auth()
                            .oauth2(token)
                            .when()
                            .get("/api/v1/ranking/units/" + id)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo("Disdukcapil Gowa"))
                            .body("version", equalTo(2));
                });
    }

    @Test
    void shouldReportTheGatewayAndEveryDownstreamHealthy() {
        gateway().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
