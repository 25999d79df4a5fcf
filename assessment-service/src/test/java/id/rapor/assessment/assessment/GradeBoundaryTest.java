package id.rapor.assessment.assessment;

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
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Exact totals that lie just below a cut-off and round onto it: the published value is the total rounded half-up
 * to two decimals and the band is that of the rounded value, in the API result and in the event alike.
 */
@QuarkusTest
@RaporQuarkusTest
class GradeBoundaryTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    /** PEKPPP weights (REFERENCE.md 3.3, 3.4): aspect weight and indicator weights in percent, aspects a..f. */
    private static final int[] ASPECT = {24, 25, 18, 11, 10, 12};

    private static final int[][] INDICATOR = {
        {17, 14, 7, 14, 10, 17, 7, 7, 7},
        {10, 20, 20, 20, 30},
        {15, 23, 20, 20, 11, 11},
        {30, 20, 20, 30},
        {20, 25, 25, 30},
        {50, 50}
    };

    /** The scores of the issue: a..f. */
    private static final int[][] ISSUE = {
        {5, 5, 5, 5, 5, 4, 5, 5, 4}, {5, 5, 4, 5, 4}, {4, 5, 4, 5, 5, 5}, {5, 4, 4, 4}, {4, 5, 5, 4}, {4, 4}
    };

    /** IPP by hand: Σ_k W_k × Σ_i w_ik × skor_i (REFERENCE.md 3.6). */
    private static BigDecimal ipp(int[][] scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < ASPECT.length; k++) {
            BigDecimal aspect = BigDecimal.ZERO;
            for (int i = 0; i < scores[k].length; i++) {
                aspect = aspect.add(BigDecimal.valueOf(INDICATOR[k][i])
                        .movePointLeft(2)
                        .multiply(BigDecimal.valueOf(scores[k][i])));
            }
            total = total.add(BigDecimal.valueOf(ASPECT[k]).movePointLeft(2).multiply(aspect));
        }
        return total;
    }

    @Test
    void shouldPublishTheIssuesPekpppAssessmentAsARoundedAInTheResultAndTheEvent() {
        // a = 4.76, b = 4.5, c = 4.65, d = 4.3, e = 4.5, f = 4:
        // .24 × 4.76 + .25 × 4.5 + .18 × 4.65 + .11 × 4.3 + .10 × 4.5 + .12 × 4 = 4.5074 → 4.51 → A (≥ 4.51)
        BigDecimal exact = ipp(ISSUE);
        assertThat(exact).isEqualByComparingTo("4.5074");
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP);
        assertThat(rounded).isEqualByComparingTo("4.51");

        String unit = Fixtures.unit("73.06");
        String cycle =
                Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        int[] levels = new int[30];
        int n = 0;
        for (int[] aspect : ISSUE) {
            for (int level : aspect) {
                levels[n++] = level;
            }
        }
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, levels))
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
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, levels))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);
        Map<String, Object> result = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .body("result.bandCode", equalTo("A"))
                .body("result.zone", equalTo("HIJAU"))
                .body("result.basis.confirmed", equalTo(false))
                .extract()
                .path("result");
        assertThat(new BigDecimal(result.get("total").toString())).isEqualByComparingTo(exact);
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo(rounded);
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) ((Map<String, Object>) result.get("basis")).get("reasons");
        assertThat(reasons)
                .anyMatch(r -> r.contains("IPP zone mapping"))
                .anyMatch(r -> r.contains("2023 indicator set"));

        AssessmentScored verified = verifiedEvent(id);
        assertThat(verified.total()).isEqualByComparingTo(exact);
        assertThat(verified.value()).isEqualByComparingTo(rounded);
        assertThat(verified.bandCode()).isEqualTo("A");
        assertThat(verified.bandLabel()).isEqualTo("Pelayanan Prima");
        assertThat(verified.zone()).isEqualTo("HIJAU");
        assertThat(verified.scale().decimals()).isEqualTo(2);
        assertThat(verified.scale().regulation()).isEqualTo("PEKPPP/v2");
        assertThat(verified.scale().confirmed()).isFalse();
        assertThat(verified.scale().bands())
                .extracting(b -> b.code())
                .containsExactly("A", "A-", "B", "B-", "C", "C-", "D", "E", "F");
        // a consumer grading the exact total with the scale it received gets the producer's value and band
        assertThat(verified.scale().grading().grade(verified.total()).code()).isEqualTo(verified.bandCode());
        assertThat(verified.basis().confirmed()).isFalse();
    }

    @Test
    void shouldPublishAnOpiniOf779955AsB() {
        // Input = .5 × 78 + .5 × 78 = 78; total = .2185 × 78 + .3237 × 69 + .2424 × 90 + .2154 × 78
        //       = 17.043 + 22.3353 + 21.816 + 16.8012 = 77.9955 → 78.00 → B (78 ≤ x < 88), hijau (not C/kuning)
        BigDecimal exact = new BigDecimal("0.2185")
                .multiply(BigDecimal.valueOf(78))
                .add(new BigDecimal("0.3237").multiply(BigDecimal.valueOf(69)))
                .add(new BigDecimal("0.2424").multiply(BigDecimal.valueOf(90)))
                .add(new BigDecimal("0.2154").multiply(BigDecimal.valueOf(78)));
        assertThat(exact).isEqualByComparingTo("77.9955");

        String unit = Fixtures.unit("73.06");
        Map<String, Object> request =
                Fixtures.cycleRequest("OMBUDSMAN_OPINI", 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit));
        request.put("year", 2024);
        String cycle = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = Fixtures.assessmentOf(cycle, unit);
        List<Map<String, Object>> answers = new ArrayList<>();
        Map<String, Integer> values = Map.of("IN1", 78, "IN2", 78, "PR1", 69, "OU1", 90, "PG1", 78);
        values.forEach((code, value) -> answers.add(Map.of("indicatorCode", code, "value", value)));
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", answers))
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
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", answers))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);
        Map<String, Object> result = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .body("result.bandCode", equalTo("B"))
                .body("result.zone", equalTo("HIJAU"))
                .extract()
                .path("result");
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo("78.00");

        AssessmentScored verified = verifiedEvent(id);
        assertThat(verified.total()).isEqualByComparingTo(exact);
        assertThat(verified.value()).isEqualByComparingTo("78.00");
        assertThat(verified.bandCode()).isEqualTo("B");
        assertThat(verified.zone()).isEqualTo("HIJAU");
        assertThat(verified.basis().reasons())
                .anyMatch(r -> r.contains("cut-offs"))
                .anyMatch(r -> r.contains("50/50"));
    }

    @Test
    void shouldRefuseACycleOutsideItsInstrumentsValidityYears() {
        String unit = Fixtures.unit("73.06");
        Map<String, Object> request = Fixtures.cycleRequest("OMBUDSMAN_KEPATUHAN", 1, "73", null, List.of(unit));
        request.put("year", 2026);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        request.put("year", 2021);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(201);
        Map<String, Object> early = Fixtures.cycleRequest("PEKPPP", 2, "73", null, List.of(unit));
        early.put("year", 2022);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(early)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("year"));
    }

    private static AssessmentScored verifiedEvent(String id) {
        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.ASSESSMENTS,
                r -> id.equals(r.key()) && r.value().contains(AssessmentScored.VERIFIED),
                1,
                Duration.ofSeconds(20));
        return (AssessmentScored) EventCodec.read(records.get(0).value());
    }
}
