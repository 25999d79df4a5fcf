package id.rapor.assessment.cycle;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class CycleResourceTest {

    private static final String BASE = "/api/v1/assessment/cycles";

    @Test
    void shouldFollowPhaseDatesUntilAnAdministratorMovesTheCycle() {
        String unit = Fixtures.unit("73.06");
        String id = Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, "73.06", null, List.of(unit));
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .when()
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("currentPhase", equalTo("SELF_ASSESSMENT"))
                .body("lokus", equalTo(1))
                .body("tiers", equalTo(List.of("MANDIRI", "KABKOTA", "PROVINSI")))
                .body("indexCode", equalTo("IPP"))
                .body("instrumentVersion", equalTo(2));
        Fixtures.phase(id, "REVISION");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .put(BASE + "/" + id + "/phase")
                .then()
                .statusCode(200)
                .body("currentPhase", equalTo("SELF_ASSESSMENT"))
                .body("phaseOverride", equalTo(null));

        Map<String, Object> backwards = Fixtures.cycleRequest("PEKPPP", 2, "73", null, List.of());
        backwards.put(
                "phases",
                Map.of(
                        "selfAssessment",
                        "2026-05-01",
                        "evaluation",
                        "2026-04-01",
                        "revision",
                        "2026-06-01",
                        "finalisation",
                        "2026-07-01"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(backwards)
                .when()
                .post(BASE)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("phases"));
    }

    @Test
    void shouldListOnlyCyclesInTheCallersRegionOrUnit() {
        String gowa = Fixtures.unit("73.06");
        String national = Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, null, null, List.of(gowa));
        String sulsel = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of());
        String kaltim = Fixtures.cycle(DevTokens.evaluator("64"), "PEKPPP", 2, "64", null, List.of());

        List<String> seen = given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .queryParam("size", 500)
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(seen).contains(national, sulsel).doesNotContain(kaltim);
        List<String> operatorSees = given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(gowa)))
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(operatorSees).containsExactly(national);

        String samarinda = Fixtures.unit("64.72");
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(samarinda)))
                .when()
                .post(BASE + "/" + sulsel + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitIds[0]"));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(gowa)))
                .when()
                .post(BASE + "/" + sulsel + "/units")
                .then()
                .statusCode(200)
                .body("lokus", equalTo(1));
    }
}
