package id.rapor.survey.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.platform.publication.CanonicalJson;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Survey results go draft → published: anonymous readers see published snapshots only, managers the live result. */
@QuarkusTest
@RaporQuarkusTest
class SurveyPublicationTest {

    private static final String NOT_PUBLISHED = "https://rapor.id/problems/not-published";

    @Inject
    EntityManager em;

    private static String resultPath(UUID unit) {
        return "/api/v1/survey/units/" + unit + "/result";
    }

    private static io.restassured.response.Response publish(String token, UUID unit, Map<String, Object> body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/survey/units/" + unit + "/publications");
    }

    private static Map<String, Object> body(String period, Instant embargo, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        if (embargo != null) {
            body.put("embargoUntil", embargo.toString());
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static JsonPath anonymous(UUID unit, String period) {
        return given().queryParam("period", period)
                .when()
                .get(resultPath(unit))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void assertNotPublished(UUID unit, String period) {
        given().queryParam("period", period)
                .when()
                .get(resultPath(unit))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(NOT_PUBLISHED));
    }

    private static List<Map<String, Object>> history(String token, UUID unit, String period) {
        RequestSpecification request = given().queryParam("period", period);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when()
                .get("/api/v1/survey/units/" + unit + "/publications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    @Test
    void shouldShowAnonymousReadersThePublishedSnapshotAndManagersTheLiveResult() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(6, 9, 162));

        assertNotPublished(unit, "2026-S1");
        given().when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(404)
                .body("type", equalTo(NOT_PUBLISHED));
        // the unit's operator reads the live draft
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .queryParam("period", "2026-S1")
                .when()
                .get(resultPath(unit))
                .then()
                .statusCode(200)
                .body("respondents", equalTo(6))
                .body("publication", nullValue());

        JsonPath published = publish(DevTokens.evaluator("73"), unit, body("2026-S1", null, null))
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("state", equalTo("PUBLISHED"))
                .body("kind", equalTo("survey-result"))
                .body("subject", equalTo(unit.toString()))
                .body("basis.questionnaire", equalTo("SKM_2017"))
                .body("basis.questionnaireVersion", equalTo("1"))
                .body("basis.campaigns", equalTo(campaign))
                .body("supersedes", nullValue())
                .extract()
                .jsonPath();
        String id = published.getString("id");

        // the hash is the sha256 of the stored snapshot's canonical JSON
        String stored = (String) em.createNativeQuery("select content::text from publication where id = ?1")
                .setParameter(1, UUID.fromString(id))
                .getSingleResult();
        assertThat(CanonicalJson.sha256(CanonicalJson.ofJson(stored))).isEqualTo(published.getString("contentHash"));

        JsonPath before = anonymous(unit, "2026-S1");
        assertThat(before.getLong("respondents")).isEqualTo(6);
        assertThat(before.getString("publication.id")).isEqualTo(id);
        assertThat(before.getInt("publication.version")).isEqualTo(1);
        assertThat(before.getString("publication.contentHash")).isEqualTo(published.getString("contentHash"));
        assertThat(before.getString("publication.publishedAt")).isNotNull();
        given().when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(6))
                .body("publication.id", equalTo(id));

        // a new response changes the live result, not the published one
        SurveyFixtures.batch(campaign, List.of(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 4))));
        JsonPath after = anonymous(unit, "2026-S1");
        assertThat(after.getLong("respondents")).isEqualTo(6);
        assertThat(after.getList("items.sum")).isEqualTo(before.getList("items.sum"));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("period", "2026-S1")
                .when()
                .get(resultPath(unit))
                .then()
                .statusCode(200)
                .body("respondents", equalTo(7))
                .body("publication.id", equalTo(id))
                .body("publication.version", equalTo(1));

        // the event commits with the publication
        Object[] event = (Object[])
                em.createNativeQuery("select event_type, topic, payload from outbox_message where message_key = ?1")
                        .setParameter(1, id)
                        .getSingleResult();
        assertThat(event[0]).isEqualTo("ResultPublished");
        assertThat(event[1]).isEqualTo("rapor.publications.v1");
        assertThat((String) event[2])
                .contains("\"subject\":\"" + unit + "\"", "\"period\":\"2026-S1\"", "\"version\":1");
    }

    @Test
    void shouldPublishACorrectionOnlyWithAReasonAndSupersedeThePreviousVersion() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(6, 9, 162));
        String first = SurveyFixtures.publish(unit, "2026-S1");

        publish(DevTokens.admin(), unit, body("2026-S1", null, "recount"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        SurveyFixtures.batch(campaign, List.of(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 4))));
        publish(DevTokens.admin(), unit, body("2026-S1", null, null))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));

        publish(DevTokens.evaluator("73.06"), unit, body("2026-S1", null, "late paper forms were entered"))
                .then()
                .statusCode(201)
                .body("version", equalTo(2))
                .body("supersedes", equalTo(first))
                .body("reason", equalTo("late paper forms were entered"));

        assertThat(anonymous(unit, "2026-S1").getLong("respondents")).isEqualTo(7);
        List<Map<String, Object>> versions = history(null, unit, "2026-S1");
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(2, 1);
        assertThat(versions).extracting(v -> v.get("state")).containsExactly("PUBLISHED", "SUPERSEDED");
    }

    @Test
    void shouldLetOnlyAnEvaluatorOfTheRegionOrAnAdminPublish() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(6, 9, 162));

        // the graded unit's own operator may not publish its grade
        publish(DevTokens.operator(unit), unit, body("2026-S1", null, null))
                .then()
                .statusCode(403);
        publish(DevTokens.evaluator("74"), unit, body("2026-S1", null, null))
                .then()
                .statusCode(403);
        publish(DevTokens.evaluator("73.01"), unit, body("2026-S1", null, null))
                .then()
                .statusCode(403);
        publish(DevTokens.viewer(), unit, body("2026-S1", null, null)).then().statusCode(403);
        publish(null, unit, body("2026-S1", null, null)).then().statusCode(401);
        publish(DevTokens.admin(), unit, body("2026-H1", null, null))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("period"));

        assertNotPublished(unit, "2026-S1");
        assertThat(history(null, unit, "2026-S1")).isEmpty();
    }

    @Test
    void shouldHoldAnEmbargoedPublicationFromAnonymousReadersUntilItsEmbargo() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(6, 9, 162));

        publish(DevTokens.admin(), unit, body("2026-S1", Instant.now().minusSeconds(5), null))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("embargoUntil"));
        Instant embargo = Instant.now().plusSeconds(4);
        publish(DevTokens.admin(), unit, body("2026-S1", embargo, null))
                .then()
                .statusCode(201)
                .body("state", equalTo("SCHEDULED"));

        assertNotPublished(unit, "2026-S1");
        assertThat(history(null, unit, "2026-S1")).isEmpty();
        assertThat(history(DevTokens.operator(unit), unit, "2026-S1"))
                .extracting(v -> v.get("state"))
                .containsExactly("SCHEDULED");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given().queryParam("period", "2026-S1")
                                .when()
                                .get(resultPath(unit))
                                .statusCode()
                        == 200);
        assertThat(Instant.now()).isAfterOrEqualTo(embargo);
        assertThat(anonymous(unit, "2026-S1").getLong("respondents")).isEqualTo(6);
        assertThat(history(null, unit, "2026-S1"))
                .extracting(v -> v.get("state"))
                .containsExactly("PUBLISHED");
    }
}
