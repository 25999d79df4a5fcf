package id.rapor.assessment.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.WebhookReceiver;
import id.rapor.testsupport.WebhookReceiver.Answer;
import id.rapor.testsupport.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Assessment webhooks: a verification and the reopening that follows reach the region's receiver signed and in
 * that order, through failed first attempts; submissions are not webhook events; other regions cannot subscribe.
 */
@QuarkusTest
@RaporQuarkusTest
class AssessmentWebhookTest {

    private static final String HOOKS = "/api/v1/assessment/webhooks/subscriptions";
    private static final String BASE = "/api/v1/assessment/assessments/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDeliverVerifiedThenReopenedInOrderSignedThroughFailures() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n <= 2 ? Answer.of(500) : Answer.of(200))) {
            String unit = Fixtures.unit("73.06");
            String other = Fixtures.unit("64.71");
            var created = given().auth()
                    .oauth2(DevTokens.evaluator("73"))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "url",
                            receiver.url(),
                            "eventTypes",
                            List.of("assessment.verified", "assessment.reopened"),
                            "regionCode",
                            "73"))
                    .when()
                    .post(HOOKS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            String secret = created.getString("secret");

            String id = verifiedAssessment(unit, "73");
            verifiedAssessment(other, "64");
            given().auth()
                    .oauth2(DevTokens.evaluator("73"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Bukti perlu diperiksa ulang"))
                    .when()
                    .post(BASE + id + "/return")
                    .then()
                    .statusCode(200);

            await().atMost(Duration.ofSeconds(90))
                    .alias("verified and reopened acknowledged")
                    .until(() -> receiver.acknowledged().size() >= 2);
            List<String> types = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            for (Received r : receiver.received()) {
                assertThat(r.signature())
                        .isEqualTo(WebhookReceiver.expectedSignature(secret, r.id(), r.timestamp(), r.body()));
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.get("aggregateId").asText()).isEqualTo(id);
                assertThat(body.get("regionCode").asText()).isEqualTo("73.06");
                if (r.status() == 200) {
                    types.add(body.get("type").asText());
                    versions.add(body.get("data").get("version").asLong());
                }
            }
            // the submission is no webhook event, the other province's verification is not this region's
            assertThat(types).containsExactly("assessment.verified", "assessment.reopened");
            assertThat(versions).isSorted();
            assertThat(receiver.received()).hasSize(4);
        }
    }

    @Test
    void shouldRefuseOtherRegionsAndEventsThisServiceDoesNotPublish() {
        String unit = Fixtures.unit("73.06");
        Map<String, Object> request =
                Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("assessment.verified"), "unitId", unit);
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(unit)))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("survey.tally.changed")))
                .when()
                .post(HOOKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("eventTypes"));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(201)
                .body("subscription.regionCode", equalTo("73.06"))
                .body("subscription.unitId", equalTo(unit));
    }

    /** A PEKPPP assessment of the unit taken through every tier and verified by the province's evaluator. */
    private static String verifiedAssessment(String unit, String province) {
        String evaluator = DevTokens.evaluator(province);
        String cycle = Fixtures.cycle(evaluator, "PEKPPP", 2, province, null, List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 30)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("indicatorCode", "31.g.antrian", "value", 1))))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");
        for (String tier : List.of("KABKOTA", "PROVINSI")) {
            given().auth()
                    .oauth2(evaluator)
                    .contentType(ContentType.JSON)
                    .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                    .when()
                    .put(BASE + id + "/tiers/" + tier + "/scores")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(evaluator)
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
        return id;
    }
}
