package id.rapor.assessment.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class AssessmentAuthorizationTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    @Test
    void shouldKeepAUnitsOperatorFromEvaluatingItsOwnAssessmentEvenWithAnEvaluatorRole() {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
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
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");
        // the unit's operator who also holds the evaluator role of the kabupaten
        String both = DevTokens.mint("operator-evaluator-" + unit, Set.of("operator", "evaluator"), "73.06", unit);
        given().auth()
                .oauth2(both)
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(4, 30)))
                .when()
                .put(BASE + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(both)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .when()
                .post(BASE + id + "/return")
                .then()
                .statusCode(403);
        // an evaluator of the same kabupaten who is not the unit's operator scores it
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(4, 30)))
                .when()
                .put(BASE + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldKeepAnEvaluatorOfOneProvinceOutOfAnothersAssessments() {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
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
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");
        String outsider = DevTokens.evaluator("64");

        given().auth()
                .oauth2(outsider)
                .when()
                .get(BASE + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(outsider).when().get(BASE + id + "/audit").then().statusCode(403);
        given().auth()
                .oauth2(outsider)
                .when()
                .get("/api/v1/assessment/cycles/" + cycle)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(outsider)
                .queryParam("region", "73")
                .when()
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(403);
        List<String> visible = given().auth()
                .oauth2(outsider)
                .queryParam("cycleId", cycle)
                .when()
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(visible).isEmpty();
        given().auth()
                .oauth2(outsider)
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(1, 30)))
                .when()
                .put(BASE + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(outsider)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .when()
                .post(BASE + id + "/return")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(outsider)
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(outsider)
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "FINAL"))
                .when()
                .put("/api/v1/assessment/cycles/" + cycle + "/phase")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get(BASE + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(3));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + id + "/audit")
                .then()
                .statusCode(200)
                .body("size()", equalTo(3));
    }

    @Test
    void shouldLetOperatorsTouchOnlyTheirUnitAndViewersOnlyRead() {
        String unit = Fixtures.unit("73.06");
        String other = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, "73", null, List.of(unit, other));
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String stranger = DevTokens.operator(UUID.fromString(other));

        given().auth().oauth2(stranger).when().get(BASE + id).then().statusCode(403);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 1)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .queryParam("unitId", unit)
                .when()
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .when()
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].unitId", equalTo(other));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 1)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(403);

        given().auth().oauth2(DevTokens.viewer()).when().get(BASE + id).then().statusCode(200);
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(403);
        given().when().get(BASE + id).then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(unit)))
                .when()
                .get(BASE + id)
                .then()
                .statusCode(200)
                .body("answers.size()", equalTo(0));
    }

    @Test
    void shouldRejectCyclesOutsideTheCallersScopeOrWithLokusOutsideTheCycle() {
        String inGowa = Fixtures.unit("73.06");
        String inKaltim = Fixtures.unit("64.71");
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(Fixtures.cycleRequest("PEKPPP", 2, "73", null, List.of(inGowa)))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.cycleRequest("PEKPPP", 2, null, null, List.of(inGowa)))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.cycleRequest("PEKPPP", 2, "73", null, List.of(inGowa, inKaltim)))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitIds[1]"));
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("unitId", inGowa)
                .when()
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Fixtures.cycleRequest("PEKPPP", 2, "73", List.of("PROVINSI", "MANDIRI"), List.of()))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Fixtures.cycleRequest("PEKPPP", 99, "73", null, List.of()))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(404);
    }
}
