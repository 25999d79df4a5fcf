package id.rapor.assessment.instrument;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class InstrumentResourceTest {

    private static final String BASE = "/api/v1/assessment/instruments";

    /** A copy of the seeded PEKPPP 2023 version under a fresh code, as a request body. */
    private static Map<String, Object> pekpppCopy(String code) {
        Map<String, Object> seeded = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + "/PEKPPP/versions/2")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        Map<String, Object> body = new HashMap<>(seeded);
        body.keySet()
                .retainAll(List.of(
                        "name",
                        "indexCode",
                        "legalBasis",
                        "validFromYear",
                        "validToYear",
                        "scaleMax",
                        "aspects",
                        "bands"));
        body.put("code", code);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> aspects(Map<String, Object> body) {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Object a : (List<Object>) body.get("aspects")) {
            copy.add(new HashMap<>((Map<String, Object>) a));
        }
        body.put("aspects", copy);
        return copy;
    }

    @Test
    void shouldShipTheSeededInstrumentsWithTheirLegalBasis() {
        List<String> codes = given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        assertThat(codes)
                .contains("PEKPPP", "OMBUDSMAN_KEPATUHAN", "OMBUDSMAN_OPINI", "CPP_LEGACY", "STANDAR_PELAYANAN");
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE + "/PEKPPP/versions/1")
                .then()
                .statusCode(200)
                .body("indexCode", equalTo("IPP"))
                .body("validFromYear", equalTo(2022))
                .body("legalBasis", equalTo("PermenPANRB 29/2022; Pedoman Menteri PANRB 1/2022"));
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE + "/OMBUDSMAN_OPINI/versions/1")
                .then()
                .statusCode(200)
                .body("indexCode", equalTo("OPINI_OMBUDSMAN"))
                .body("aspects.weight", equalTo(List.of(21.85f, 32.37f, 24.24f, 21.54f)))
                .body("bands.code", equalTo(List.of("A", "B", "C", "D", "E")))
                .body("bands.zone", equalTo(List.of("HIJAU", "HIJAU", "KUNING", "MERAH", "MERAH")));
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE + "/OMBUDSMAN_KEPATUHAN/versions/1")
                .then()
                .statusCode(200)
                .body("indexCode", equalTo("KEPATUHAN"))
                .body("scaleMax", equalTo(100))
                .body("bands.lowerBound", equalTo(List.of(81, 51, 0)));
        List<List<String>> sp = given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE + "/STANDAR_PELAYANAN")
                .then()
                .statusCode(200)
                .extract()
                .path("aspects.indicators.code");
        assertThat(sp.stream().mapToInt(List::size).sum()).isEqualTo(14);
    }

    @Test
    void shouldRejectWeightsThatDoNotSumToOneHundredPercent() {
        Map<String, Object> body =
                pekpppCopy("T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        List<Map<String, Object>> aspects = aspects(body);
        aspects.get(0).put("weight", 23);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("aspects.weight"));

        aspects.get(0).put("weight", 24);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators =
                new ArrayList<>((List<Map<String, Object>>) aspects.get(1).get("indicators"));
        Map<String, Object> first = new HashMap<>(indicators.get(0));
        first.put("weight", 11);
        indicators.set(0, first);
        aspects.get(1).put("indicators", indicators);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("aspects[1].indicators.weight"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + "/" + body.get("code"))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepEachVersionsOwnResultForTheSameAnswers() {
        String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = pekpppCopy(code);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE)
                .then()
                .statusCode(201)
                .body("version", equalTo(1));
        // Version 2 moves aspect weight from Inovasi to Kebijakan: 30/25/18/11/10/6.
        List<Map<String, Object>> aspects = aspects(body);
        aspects.get(0).put("weight", 30);
        aspects.get(5).put("weight", 6);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(BASE + "/" + code)
                .then()
                .statusCode(201)
                .body("version", equalTo(2));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + "/" + code + "/versions")
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(1, 2)));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + "/" + code + "/versions/1")
                .then()
                .body("aspects[0].weight", equalTo(24))
                .body("aspects[5].weight", equalTo(12));

        String first = Fixtures.unit("73.06");
        String second = Fixtures.unit("73.06");
        String cycle1 = Fixtures.cycle(DevTokens.admin(), code, 1, "73", List.of("MANDIRI"), List.of(first));
        String cycle2 = Fixtures.cycle(DevTokens.admin(), code, 2, "73", List.of("MANDIRI"), List.of(second));
        List<String> codes = Fixtures.indicatorCodes(code, 1);
        // Aspect scores 3.82 / 4 / 3.54 / 3.9 / 3.9 / 2.5 (PekpppScoringTest).
        // v1: .24×3.82 + .25×4 + .18×3.54 + .11×3.9 + .10×3.9 + .12×2.5 = 3.673
        // v2: .30×3.82 + .25×4 + .18×3.54 + .11×3.9 + .10×3.9 + .06×2.5 = 1.146 + 1 + .6372 + .429 + .39 + .15 = 3.7522
        String a1 = answerSubmitVerify(cycle1, first, codes);
        String a2 = answerSubmitVerify(cycle2, second, codes);
        assertThat(total(a1)).isEqualByComparingTo("3.673");
        assertThat(total(a2)).isEqualByComparingTo("3.7522");
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/assessment/assessments/" + a1)
                .then()
                .body("instrumentVersion", equalTo(1))
                .body("result.aspects.weight", hasItems(24, 12));
    }

    private static String answerSubmitVerify(String cycle, String unit, List<String> codes) {
        String id = Fixtures.assessmentOf(cycle, unit);
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.MIXED))
                .when()
                .put("/api/v1/assessment/assessments/" + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post("/api/v1/assessment/assessments/" + id + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post("/api/v1/assessment/assessments/" + id + "/verify")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
        return id;
    }

    private static BigDecimal total(String assessment) {
        Object total = given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get("/api/v1/assessment/assessments/" + assessment)
                .then()
                .statusCode(200)
                .extract()
                .path("result.total");
        return new BigDecimal(total.toString());
    }
}
