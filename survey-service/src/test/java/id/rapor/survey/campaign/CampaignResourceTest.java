package id.rapor.survey.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class CampaignResourceTest {

    @Test
    void shouldOpenCampaignForReplicatedUnitWithPeriodDates() {
        UUID unit = SurveyFixtures.unit("73.06");
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId",
                        unit.toString(),
                        "questionnaireId",
                        SurveyFixtures.SKM_2017,
                        "period",
                        "2026-S1",
                        "population",
                        1000))
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("periodStart", equalTo("2026-01-01"))
                .body("periodEnd", equalTo("2026-06-30"))
                .body("questionnaireCode", equalTo("SKM_2017"))
                .body("respondents", equalTo(0));
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId", unit.toString(), "questionnaireId", SurveyFixtures.SKM_2017, "period", "2026-Q3"))
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(201)
                .body("periodStart", equalTo("2026-07-01"))
                .body("periodEnd", equalTo("2026-09-30"));
    }

    @Test
    void shouldRejectUnknownOrInactiveUnitNamingUnitId() {
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId",
                        UUID.randomUUID().toString(),
                        "questionnaireId",
                        SurveyFixtures.SKM_2017,
                        "period",
                        "2026"))
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitId"));

        UUID unit = SurveyFixtures.unit("73.06");
        SurveyFixtures.publishUnit(unit, 2, "Puskesmas tutup", "73.06", false);
        SurveyFixtures.awaitReplicaVersion(unit, 2);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.toString(), "questionnaireId", SurveyFixtures.SKM_2017, "period", "2026"))
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
    }

    @Test
    void shouldRejectBadPeriodAndCallersOutsideScope() {
        UUID unit = SurveyFixtures.unit("73.06");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId", unit.toString(), "questionnaireId", SurveyFixtures.SKM_2017, "period", "2026-S3"))
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("period"));
        Map<String, Object> ok =
                Map.of("unitId", unit.toString(), "questionnaireId", SurveyFixtures.SKM_2017, "period", "2026");
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(ok)
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(ok)
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.viewer())
                .contentType(ContentType.JSON)
                .body(ok)
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(403);

        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .when()
                .get("/api/v1/survey/campaigns/" + campaign)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldCloseAndReopenCampaign() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("tallyVersion", equalTo(1));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 3)))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().header("X-Form-Token", SurveyFixtures.formToken(campaign))
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/challenge")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/open")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("tallyVersion", equalTo(2));
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("unitId", unit.toString())
                .queryParam("period", "2026")
                .when()
                .get("/api/v1/survey/campaigns")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo(campaign));
    }
}
