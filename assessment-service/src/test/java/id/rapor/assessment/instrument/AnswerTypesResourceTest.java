package id.rapor.assessment.instrument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generic answer types through the API: an instrument defined with a checklist, a count, a percentage of a
 * target and a multi-year indicator, checked on definition and on answering, and scored by hand.
 */
@QuarkusTest
@RaporQuarkusTest
class AnswerTypesResourceTest {

    private static final String INSTRUMENTS = "/api/v1/assessment/instruments";
    private static final String ASSESSMENTS = "/api/v1/assessment/assessments/";

    private static Map<String, Object> indicator(String code, String type, Map<String, Object> extra) {
        Map<String, Object> indicator = new HashMap<>(extra);
        indicator.put("code", code);
        indicator.put("text", "Indicator " + code);
        indicator.put("weight", 25);
        indicator.put("answerType", type);
        return indicator;
    }

    private static Map<String, Object> instrument(String code, List<Map<String, Object>> indicators) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Generic answer types");
        body.put("indexCode", code);
        body.put("legalBasis", "test instrument");
        body.put("scaleMax", 100);
        body.put("aspects", List.of(Map.of("code", "a", "name", "Aspect", "weight", 100, "indicators", indicators)));
        body.put(
                "bands",
                List.of(
                        Map.of("lowerBound", 80, "code", "A", "label", "Baik sekali"),
                        Map.of("lowerBound", 60, "code", "B", "label", "Baik"),
                        Map.of("lowerBound", 0, "code", "C", "label", "Kurang")));
        return body;
    }

    private static List<Map<String, Object>> fourTypes() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        indicators.add(indicator(
                "CL",
                "CHECKLIST",
                Map.of(
                        "items",
                        List.of(
                                Map.of("code", "a", "text", "SK"),
                                Map.of("code", "b", "text", "Maklumat"),
                                Map.of("code", "c", "text", "SOP"),
                                Map.of("code", "d", "text", "Survei")))));
        indicators.add(indicator(
                "CT",
                "COUNT",
                Map.of(
                        "thresholds",
                        List.of(
                                Map.of("atLeast", 0, "score", 0),
                                Map.of("atLeast", 1, "score", 50),
                                Map.of("atLeast", 3, "score", 100)))));
        indicators.add(indicator("PT", "PERCENT_OF_TARGET", Map.of()));
        indicators.add(indicator("MY", "MULTI_YEAR", Map.of("years", 3)));
        return indicators;
    }

    @Test
    void shouldRefuseABadDefinitionNamingTheField() {
        List<Map<String, Object>> indicators = fourTypes();
        indicators.set(0, indicator("CL", "CHECKLIST", Map.of()));
        indicators.set(3, indicator("MY", "MULTI_YEAR", Map.of("years", 1)));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(instrument("GEN_" + code(), indicators))
                .when()
                .post(INSTRUMENTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("aspects[0].indicators[0].items"))
                .body("errors.field", hasItem("aspects[0].indicators[3].years"));
        indicators = fourTypes();
        indicators.set(1, indicator("CT", "COUNT", Map.of()));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(instrument("GEN_" + code(), indicators))
                .when()
                .post(INSTRUMENTS)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("aspects[0].indicators[1].thresholds"));
    }

    @Test
    void shouldScoreEachAnswerTypeAndRefuseABadAnswerNamingTheField() {
        String code = "GEN_" + code();
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(instrument(code, fourTypes()))
                .when()
                .post(INSTRUMENTS)
                .then()
                .statusCode(201)
                .body("aspects[0].indicators[3].years", equalTo(3));
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.admin(), code, 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        String operator = DevTokens.operator(UUID.fromString(unit));

        List<Map<String, Object>> bad = List.of(
                Map.of("indicatorCode", "CL", "parts", Map.of("a", 1, "x", 1)),
                Map.of("indicatorCode", "CT", "value", 2.5),
                Map.of("indicatorCode", "PT", "parts", Map.of("target", 0, "achieved", 1)),
                Map.of("indicatorCode", "MY", "parts", Map.of("2023", 60, "2025", 80)),
                Map.of("indicatorCode", "PT", "value", 50));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", bad))
                .when()
                .put(ASSESSMENTS + id + "/answers")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers[0].parts.x"))
                .body("errors.field", hasItem("answers[1].value"))
                .body("errors.field", hasItem("answers[2].parts.target"))
                .body("errors.field", hasItem("answers[3].parts"))
                .body("errors.field", hasItem("answers[4].value"));

        // CL: 3 of 4 ticked → 75; CT: 2 → 50 (1 ≤ 2 < 3); PT: 150 of 200 → 75; MY: mean(60, 70, 80) → 70.
        // aspect = .25 × (75 + 50 + 75 + 70) = 67.5 = total → B (60 ≤ x < 80)
        List<Map<String, Object>> answers = List.of(
                Map.of("indicatorCode", "CL", "parts", Map.of("a", 1, "b", 1, "c", 1, "d", 0)),
                Map.of("indicatorCode", "CT", "value", 2),
                Map.of("indicatorCode", "PT", "parts", Map.of("target", 200, "achieved", 150)),
                Map.of("indicatorCode", "MY", "parts", Map.of("2023", 60, "2024", 70, "2025", 80)));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", answers))
                .when()
                .put(ASSESSMENTS + id + "/answers")
                .then()
                .statusCode(200)
                .body("tiers[0].complete", equalTo(true))
                .body("tiers[0].result.total", equalTo(67.5f))
                .body("tiers[0].result.bandCode", equalTo("B"))
                .body("tiers[0].result.aspects[0].indicators.score", equalTo(List.of(75, 50, 75, 70)))
                .body("tiers[0].result.aspects[0].indicators[2].parts.achieved", equalTo(150))
                .body("answers.find { it.indicatorCode == 'PT' }.value", equalTo(75))
                .body("answers.find { it.indicatorCode == 'MY' }.parts.'2024'", equalTo(70));
    }

    private static String code() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
