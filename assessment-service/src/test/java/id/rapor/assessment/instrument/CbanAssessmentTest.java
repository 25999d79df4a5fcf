package id.rapor.assessment.instrument;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.events.AssessmentScored;
import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CBAN (Citra Bhakti Abdi Negara, INSTRUMENTS-ADDENDUM 1): a kab/kota government assessed through the API on the
 * seeded version, its 12 components answered with the generic answer types, graded with an unconfirmed basis.
 */
@QuarkusTest
@RaporQuarkusTest
class CbanAssessmentTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    /** Answers of the 12 components; the scores each counts as are in the test's comment. */
    private static List<Map<String, Object>> sheet() {
        return List.of(
                Map.of("indicatorCode", "CB01", "parts", Map.of("a", 1, "b", 1, "c", 1, "d", 0)),
                Map.of("indicatorCode", "CB02", "parts", Map.of("target", 1000, "achieved", 950)),
                Map.of("indicatorCode", "CB03", "value", 2),
                Map.of("indicatorCode", "CB04", "parts", Map.of("a", 1, "b", 1, "c", 1, "d", 1)),
                Map.of("indicatorCode", "CB05", "parts", Map.of("target", 200, "achieved", 120)),
                Map.of("indicatorCode", "CB06", "parts", Map.of("2009", 68, "2010", 69, "2011", 70)),
                Map.of("indicatorCode", "CB07", "parts", Map.of("2009", 90, "2010", 100, "2011", 80)),
                Map.of("indicatorCode", "CB08", "value", 6),
                Map.of("indicatorCode", "CB09", "parts", Map.of("target", 10, "achieved", 4)),
                Map.of("indicatorCode", "CB10", "value", 80),
                Map.of("indicatorCode", "CB11", "parts", Map.of("a", 1, "b", 1, "c", 0, "d", 0)),
                Map.of("indicatorCode", "CB12", "value", 70));
    }

    @Test
    void shouldAssessAPemdaOnCbanWithItsBandAndAnUnconfirmedBasis() {
        String pemda = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Pemerintah Kota Makassar", "type", "PEMDA", "regionCode", "73.71"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String unit = Fixtures.unit("73.71");
        // CBAN assesses a Pemda, never a service unit
        Map<String, Object> unitCycle =
                Fixtures.cycleRequest("CBAN", 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit));
        unitCycle.put("year", 2012);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unitCycle)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitIds[0]"));

        Map<String, Object> request =
                Fixtures.cycleRequest("CBAN", 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(pemda));
        request.put("year", 2012);
        String cycle = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = Fixtures.assessmentOf(cycle, pemda);
        String operator = DevTokens.operator(UUID.fromString(pemda));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "answers", List.of(Map.of("indicatorCode", "CB06", "parts", Map.of("2009", 68, "2010", 69)))))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("answers[0].parts"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", sheet()))
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
        // another province's evaluator does not score it
        given().auth()
                .oauth2(DevTokens.evaluator("19"))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", sheet()))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", sheet()))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);

        // Scores: CB01 3/4 → 75; CB02 950/1000 → 95; CB03 count 2 → 50; CB04 4/4 → 100; CB05 120/200 → 60;
        // CB06 mean(68, 69, 70) = 69; CB07 mean(90, 100, 80) = 90; CB08 count 6 → 75 (5 ≤ 6 < 10); CB09 4/10 → 40;
        // CB10 80; CB11 2/4 → 50; CB12 70.
        // Total = .0833 × (75 + 95 + 50 + 100 + 60 + 69 + 90 + 75) + .0834 × (40 + 80 + 50 + 70)
        //       = .0833 × 614 + .0834 × 240 = 51.1462 + 20.016 = 71.1622 → 71.16 → B (65 ≤ x < 80), hijau
        Map<String, Object> result = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .body("instrumentCode", equalTo("CBAN"))
                .body("result.bandCode", equalTo("B"))
                .body("result.bandLabel", equalTo("Baik"))
                .body("result.zone", equalTo("HIJAU"))
                .body("result.basis.confirmed", equalTo(false))
                .extract()
                .path("result");
        assertThat(new BigDecimal(result.get("total").toString())).isEqualByComparingTo("71.1622");
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo("71.16");

        AssessmentScored verified = (AssessmentScored) EventCodec.read(TopicProbe.await(
                        KafkaTestResource.bootstrapServers(),
                        Topics.ASSESSMENTS,
                        r -> id.equals(r.key()) && r.value().contains(AssessmentScored.VERIFIED),
                        1,
                        Duration.ofSeconds(20))
                .get(0)
                .value());
        assertThat(verified.unitId()).hasToString(pemda);
        assertThat(verified.indexCode()).isEqualTo("CBAN");
        assertThat(verified.value()).isEqualByComparingTo("71.16");
        assertThat(verified.bandCode()).isEqualTo("B");
        assertThat(verified.basis().confirmed()).isFalse();
        assertThat(verified.basis().reasons()).anyMatch(r -> r.contains("CBAN component weights"));
    }
}
