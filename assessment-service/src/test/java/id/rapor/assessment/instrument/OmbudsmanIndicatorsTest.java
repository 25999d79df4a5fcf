package id.rapor.assessment.instrument;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ombudsman RI 2022-2024 per indicator (OMBUDSMAN_OPINI v2, INSTRUMENTS-ADDENDUM 7): indicators on the 0-3 interval,
 * each dimension the weighted sum of its indicators mapped onto 0-100, the total the weighted sum of the dimensions
 * (21.85/32.37/24.24/21.54), graded A-E, and published to the ranking on the same index as version 1.
 */
@QuarkusTest
@RaporQuarkusTest
class OmbudsmanIndicatorsTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    /** A filled sheet: IN01 3, IN02-15 2; PR01-03 2, PR04-11 3; OU 3,3,3,2,1; PG 1,2,3,3,0. */
    private static List<Map<String, Object>> sheet() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int n = 1; n <= 15; n++) {
            answers.add(answer(String.format("IN%02d", n), n == 1 ? 3 : 2));
        }
        for (int n = 1; n <= 11; n++) {
            answers.add(answer(String.format("PR%02d", n), n <= 3 ? 2 : 3));
        }
        int[] output = {3, 3, 3, 2, 1};
        int[] pengaduan = {1, 2, 3, 3, 0};
        for (int n = 1; n <= 5; n++) {
            answers.add(answer(String.format("OU%02d", n), output[n - 1]));
            answers.add(answer(String.format("PG%02d", n), pengaduan[n - 1]));
        }
        return answers;
    }

    private static Map<String, Object> answer(String code, int level) {
        return Map.of("indicatorCode", code, "value", level);
    }

    @Test
    void shouldScoreAFilledSheetPerDimensionAndPublishItOnTheOpiniIndex() {
        // Indicator score = level / 3 × 100, dimension = Σ w_i × score_i:
        // Input     = .1222 × 100 + 14 × .0627 × 200/3          = 12.22 + 58.52           = 70.74
        // Proses    = 3 × .0909 × 200/3 + (7 × .0909 + .0910) × 100 = 18.18 + 72.73      = 90.91
        // Output    = .20 × (100 + 100 + 100 + 200/3 + 100/3)                              = 80
        // Pengaduan = .20 × (100/3 + 200/3 + 100 + 100 + 0)                                = 60
        // Total = .2185 × 70.74 + .3237 × 90.91 + .2424 × 80 + .2154 × 60
        //       = 15.45669 + 29.427567 + 19.392 + 12.924 = 77.200257 → 77.20 → C (57 ≤ x < 78), kuning
        BigDecimal exact = new BigDecimal("0.2185")
                .multiply(new BigDecimal("70.74"))
                .add(new BigDecimal("0.3237").multiply(new BigDecimal("90.91")))
                .add(new BigDecimal("0.2424").multiply(new BigDecimal("80")))
                .add(new BigDecimal("0.2154").multiply(new BigDecimal("60")));
        assertThat(exact).isEqualByComparingTo("77.200257");

        String unit = Fixtures.unit("73.06");
        Map<String, Object> request =
                Fixtures.cycleRequest("OMBUDSMAN_OPINI", 2, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit));
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
        String operator = DevTokens.operator(UUID.fromString(unit));

        // 4 on a 0-3 indicator is refused with the field, and nothing is written
        List<Map<String, Object>> bad = new ArrayList<>(sheet());
        bad.set(0, answer("IN01", 4));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", bad))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("answers[0].value")))
                .body("errors[0].message", equalTo("must be one of the rubric levels [0, 1, 2, 3]"));

        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", sheet()))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200)
                .body("answers.size()", equalTo(36));
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
                .body(Map.of("scores", sheet()))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);
        JsonPath result = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .body("instrumentVersion", equalTo(2))
                .body("result.aspects.code", equalTo(List.of("input", "proses", "output", "pengaduan")))
                .body("result.aspects.score", equalTo(List.of(70.74f, 90.91f, 80, 60)))
                .body("result.aspects[0].indicators[1].score", equalTo(66.6666666667f))
                .body("result.bandCode", equalTo("C"))
                .body("result.bandLabel", equalTo("Kualitas Sedang"))
                .body("result.zone", equalTo("KUNING"))
                .body("result.basis.confirmed", equalTo(false))
                .body("result.basis.reasons", hasItem("Ombudsman opini A-E cut-offs 88/78/57/37"))
                .extract()
                .jsonPath(
                        JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(result.getObject("result.total", BigDecimal.class)).isEqualByComparingTo(exact);
        assertThat(result.getObject("result.value", BigDecimal.class)).isEqualByComparingTo("77.20");

        // The ranking receives it as it receives version 1: the OPINI_OMBUDSMAN index, value, band and scale.
        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.ASSESSMENTS,
                r -> id.equals(r.key()) && r.value().contains(AssessmentScored.VERIFIED),
                1,
                Duration.ofSeconds(20));
        AssessmentScored verified =
                (AssessmentScored) EventCodec.read(records.get(0).value());
        assertThat(verified.indexCode()).isEqualTo("OPINI_OMBUDSMAN");
        assertThat(verified.instrumentVersion()).isEqualTo(2);
        assertThat(verified.total()).isEqualByComparingTo(exact);
        assertThat(verified.value()).isEqualByComparingTo("77.20");
        assertThat(verified.bandCode()).isEqualTo("C");
        assertThat(verified.zone()).isEqualTo("KUNING");
        assertThat(verified.scale().regulation()).isEqualTo("OMBUDSMAN_OPINI/v2");
        assertThat(verified.scale().grading().grade(verified.total()).code()).isEqualTo("C");
        assertThat(verified.aspects())
                .extracting(a -> a.weight().toPlainString())
                .containsExactly("0.2185", "0.3237", "0.2424", "0.2154");
        assertThat(verified.basis().confirmed()).isFalse();
    }
}
