package id.rapor.assessment.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recommendations per indicator, the unit's one-way follow-up of them, who may write and answer, and the
 * monitoring of an earlier cycle's lokus with completion rates that a next cycle reads as its baseline.
 */
@QuarkusTest
@RaporQuarkusTest
class RecommendationMonitoringTest {

    private static ValidatableResponse write(String token, String assessment, String indicator) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("indicatorCode", indicator, "text", "Selesaikan RTL SKM dan unggah laporannya"))
                .when()
                .post("/api/v1/assessment/assessments/" + assessment + "/recommendations")
                .then();
    }

    private static ValidatableResponse answer(String token, String rec, String status, String evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("followUp", "Loket tambahan dibuka");
        if (evidence != null) {
            body.put("evidenceUrl", evidence);
        }
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessment/recommendations/" + rec + "/follow-up")
                .then();
    }

    @Test
    void shouldTrackFollowUpOfRecommendationsIntoTheNextCyclesBaseline() {
        String unitA = Fixtures.unit("73.06");
        String unitB = Fixtures.unit("73.71");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unitA, unitB));
        String a = Fixtures.assessmentOf(cycle, unitA);
        String b = Fixtures.assessmentOf(cycle, unitB);
        String evaluator = DevTokens.evaluator("73");

        // an evaluator outside the region, and the unit's operator, cannot write recommendations
        write(DevTokens.evaluator("64"), a, "8.a.Ak").statusCode(403).contentType("application/problem+json");
        write(DevTokens.operator(UUID.fromString(unitA)), a, "8.a.Ak").statusCode(403);
        write(evaluator, a, "99.z").statusCode(400).body("errors[0].field", equalTo("indicatorCode"));

        String r1 = write(evaluator, a, "8.a.Ak")
                .statusCode(201)
                .body("status", equalTo("belum"))
                .extract()
                .path("id");
        String r2 = write(evaluator, a, "9.a.Ak").statusCode(201).extract().path("id");
        String r3 = write(DevTokens.evaluator("73.71"), b, "7.a.T")
                .statusCode(201)
                .extract()
                .path("id");

        String operatorA = DevTokens.operator(UUID.fromString(unitA));
        // another unit's operator cannot answer; skipping and going back are refused naming the field
        answer(DevTokens.operator(UUID.fromString(unitB)), r1, "proses", null).statusCode(403);
        answer(operatorA, r1, "selesai", "https://x.example/tl.pdf")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        answer(operatorA, r1, "proses", null).statusCode(200).body("status", equalTo("proses"));
        answer(operatorA, r1, "belum", null).statusCode(409).body("errors[0].field", equalTo("status"));
        answer(operatorA, r1, "selesai", null).statusCode(422).body("errors[0].field", equalTo("evidenceUrl"));
        answer(operatorA, r1, "selesai", "https://x.example/tl.pdf")
                .statusCode(200)
                .body("status", equalTo("selesai"));
        answer(operatorA, r2, "proses", null).statusCode(200);

        given().auth()
                .oauth2(operatorA)
                .when()
                .get("/api/v1/assessment/assessments/" + a + "/recommendations")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
        given().auth()
                .oauth2(operatorA)
                .when()
                .get("/api/v1/assessment/assessments/" + a + "/audit")
                .then()
                .statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("RECOMMENDATION_ANSWERED"));

        // next year's cycle, and a monitoring of this one as its baseline
        Map<String, Object> next = Fixtures.cycleRequest("PEKPPP", 2, "73", null, List.of(unitA, unitB));
        next.put("year", 2027);
        String nextCycle = given().auth()
                .oauth2(evaluator)
                .contentType(ContentType.JSON)
                .body(next)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(Map.of("sourceCycleId", cycle, "name", "Pemantauan 2026", "nextCycleId", nextCycle))
                .when()
                .post("/api/v1/assessment/monitoring")
                .then()
                .statusCode(403);
        JsonPath monitoring = given().auth()
                .oauth2(evaluator)
                .contentType(ContentType.JSON)
                .body(Map.of("sourceCycleId", cycle, "name", "Pemantauan 2026", "nextCycleId", nextCycle))
                .when()
                .post("/api/v1/assessment/monitoring")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(monitoring.getLong("overall.recommendations")).isEqualTo(3);
        assertThat(monitoring.getLong("overall.done")).isEqualTo(1);
        assertThat(monitoring.getLong("overall.inProgress")).isEqualTo(1);
        assertThat(monitoring.getLong("overall.notStarted")).isEqualTo(1);
        assertThat(monitoring.getDouble("overall.completionRate")).isEqualTo(33.33);
        assertThat(monitoring.getDouble("units.find { it.key == '" + unitA + "' }.completionRate"))
                .isEqualTo(50.0);
        assertThat(monitoring.getDouble("units.find { it.key == '" + unitB + "' }.completionRate"))
                .isEqualTo(0.0);
        assertThat(monitoring.getList("regions.key")).containsExactly("73.06", "73.71");
        assertThat(monitoring.getList("units.find { it.key == '" + unitA + "' }.evidence"))
                .containsExactly("https://x.example/tl.pdf");

        // the next cycle reads it as its baseline, and sees later follow-up
        answer(DevTokens.operator(UUID.fromString(unitB)), r3, "proses", null).statusCode(200);
        JsonPath baseline = given().auth()
                .oauth2(evaluator)
                .when()
                .get("/api/v1/assessment/cycles/" + nextCycle + "/baseline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(baseline.getList("id")).containsExactly(monitoring.getString("id"));
        assertThat(baseline.getLong("[0].overall.notStarted")).isZero();
        // an operator sees only its own unit's rows
        JsonPath own = given().auth()
                .oauth2(operatorA)
                .when()
                .get("/api/v1/assessment/monitoring/" + monitoring.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(own.getList("units.key")).containsExactly(unitA);
    }
}
