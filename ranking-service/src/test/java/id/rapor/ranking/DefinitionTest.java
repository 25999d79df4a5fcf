package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static id.rapor.ranking.Fixtures.verified;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.events.AssessmentScored;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class DefinitionTest {

    @Test
    void shouldServeTheSeededDefinitionsPublicly() {
        given().when()
                .get("/api/v1/ranking/definitions")
                .then()
                .statusCode(200)
                .body("code", hasItem("IKM"))
                .body("code", hasItem("IPP"))
                .body("code", hasItem("KEPATUHAN"))
                .body("code", hasItem("OPINI_OMBUDSMAN"));
        given().when()
                .get("/api/v1/ranking/definitions/IKM/versions/1")
                .then()
                .statusCode(200)
                .body("source", equalTo("SURVEY_TALLY"))
                // one home per band table: IKM is graded with the questionnaire's table from the survey's events
                .body("bandTables.size()", equalTo(0))
                .body("rules.excludeQuestionnaireCodes[0]", equalTo("PEKPPP_F03"));
        given().when()
                .get("/api/v1/ranking/definitions/IPP/versions/1")
                .then()
                .statusCode(200)
                .body("rules.blend.weight", equalTo(0))
                .body("bandTables.size()", equalTo(0));
        given().when()
                .get("/api/v1/ranking/definitions/KEPATUHAN/versions/1")
                .then()
                .statusCode(200)
                .body("bandTables.size()", equalTo(0));
        given().when()
                .get("/api/v1/ranking/definitions/NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> kepatuhan(String effectiveFrom, double hijau) {
        return Map.of(
                "name",
                "Kepatuhan (local test)",
                "legalBasis",
                "Peraturan Ombudsman 17/2015",
                "effectiveFrom",
                effectiveFrom,
                "source",
                "ASSESSMENT",
                "scaleMin",
                0,
                "scaleMax",
                100,
                "decimals",
                2,
                "bandTables",
                Map.of(
                        "default",
                        List.of(
                                Map.of(
                                        "lowerBound",
                                        hijau,
                                        "code",
                                        "TINGGI",
                                        "label",
                                        "Kepatuhan tinggi",
                                        "zone",
                                        "HIJAU"),
                                Map.of(
                                        "lowerBound",
                                        51,
                                        "code",
                                        "SEDANG",
                                        "label",
                                        "Kepatuhan sedang",
                                        "zone",
                                        "KUNING"),
                                Map.of(
                                        "lowerBound",
                                        0,
                                        "code",
                                        "RENDAH",
                                        "label",
                                        "Kepatuhan rendah",
                                        "zone",
                                        "MERAH"))),
                "rules",
                Map.of("tierPriority", List.of("PROVINSI", "KABKOTA", "MANDIRI")));
    }

    @Test
    void shouldOnlyLetAdminsChangeDefinitionsAndNameInvalidFields() {
        given().contentType(ContentType.JSON)
                .body(kepatuhan("2045-01-01", 70))
                .when()
                .post("/api/v1/ranking/definitions/KEPATUHAN/versions")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(DevTokens.viewer())
                .contentType(ContentType.JSON)
                .body(kepatuhan("2045-01-01", 70))
                .when()
                .post("/api/v1/ranking/definitions/KEPATUHAN/versions")
                .then()
                .statusCode(403);
        Map<String, Object> bad = new java.util.HashMap<>(kepatuhan("2045-01-01", 70));
        bad.put("bandTables", Map.of("other", List.of(Map.of("lowerBound", 1, "code", "X", "zone", "BIRU"))));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(bad)
                .when()
                .post("/api/v1/ranking/definitions/KEPATUHAN/versions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> noDefault = new java.util.HashMap<>(kepatuhan("2045-01-01", 70));
        noDefault.put("bandTables", Map.of("other", List.of(Map.of("lowerBound", 1, "code", "X", "zone", "MERAH"))));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(noDefault)
                .when()
                .post("/api/v1/ranking/definitions/KEPATUHAN/versions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("bandTables"));
        // a table for a regulation no producer publishes is refused, not silently replaced by "default" later
        Map<String, Object> unknown = new java.util.HashMap<>(kepatuhan("2045-01-01", 70));
        unknown.put(
                "bandTables",
                Map.of(
                        "default",
                        List.of(Map.of("lowerBound", 0, "code", "X", "zone", "MERAH")),
                        "PERMENPANRB_99_2099",
                        List.of(Map.of("lowerBound", 0, "code", "Y", "zone", "MERAH"))));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(unknown)
                .when()
                .post("/api/v1/ranking/definitions/KEPATUHAN/versions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("bandTables.PERMENPANRB_99_2099"));
        given().when()
                .get("/api/v1/ranking/definitions/KEPATUHAN")
                .then()
                .statusCode(200)
                .body("effectiveFrom", org.hamcrest.Matchers.not(hasItem("2045-01-01")));
    }

    @Test
    void shouldCreateNewVersionRecomputeLaterPeriodsAndKeepOlderResultsOnTheirVersion() {
        String p = Fixtures.freshProvince();
        UUID u = UUID.randomUUID();
        // each year the unit graded itself 85.00 (MANDIRI) and the province 75.00 (PROVINSI)
        publish(
                unit(u, "Dinas Tetap", p + ".01"),
                verified(u, "KEPATUHAN", "2039", "75.00"),
                verified(u, "KEPATUHAN", "2040", "75.00"),
                Fixtures.assessment(
                        UUID.randomUUID(), 1, AssessmentScored.VERIFIED, u, "KEPATUHAN", "2039", "MANDIRI", "85.00"),
                Fixtures.assessment(
                        UUID.randomUUID(), 1, AssessmentScored.VERIFIED, u, "KEPATUHAN", "2040", "MANDIRI", "85.00"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("KEPATUHAN", "2040", p).size() == 1
                        && Api.unitRows("KEPATUHAN", "2039", p).size() == 1);
        assertThat(Api.unitRows("KEPATUHAN", "2040", p).get(0).get("zone")).isEqualTo("KUNING");

        // version 2 from 2040 ranks the unit's own tier first (a local rule; the bands stay the instrument's)
        Map<String, Object> selfFirst = new java.util.HashMap<>(kepatuhan("2040-01-01", 70));
        selfFirst.remove("bandTables");
        selfFirst.put("rules", Map.of("tierPriority", List.of("MANDIRI", "KABKOTA", "PROVINSI")));
        var change = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(selfFirst)
                .when()
                .post("/api/v1/ranking/definitions/KEPATUHAN/versions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        int version = change.getInt("definition.version");
        assertThat(version).isGreaterThan(1);
        assertThat(change.getInt("resultsRecomputed")).isGreaterThanOrEqualTo(1);

        var now = Api.unitRows("KEPATUHAN", "2040", p).get(0);
        assertThat(now.get("zone")).isEqualTo("HIJAU");
        assertThat(now.get("bandCode")).isEqualTo("HIJAU");
        assertThat(now.get("definitionVersion")).isEqualTo(version);
        var before = Api.unitRows("KEPATUHAN", "2039", p).get(0);
        assertThat(before.get("zone")).isEqualTo("KUNING");
        assertThat(before.get("definitionVersion")).isEqualTo(1);
    }

    @Test
    void shouldBlendThePublicSurveyIntoIppWhenTheDefinitionSaysSo() {
        String p = Fixtures.freshProvince();
        UUID enough = UUID.randomUUID();
        UUID few = UUID.randomUUID();
        var ipp = given().when()
                .get("/api/v1/ranking/definitions/IPP/versions/1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> request = new java.util.HashMap<>();
        for (String key : List.of("name", "legalBasis", "source", "scaleMin", "scaleMax", "decimals", "bandTables")) {
            request.put(key, ipp.get(key));
        }
        request.put("effectiveFrom", "2041-01-01");
        request.put(
                "rules",
                Map.of(
                        "tierPriority",
                        List.of("PROVINSI", "KABKOTA", "MANDIRI"),
                        "blend",
                        Map.of(
                                "questionnaireCode",
                                "PEKPPP_F03",
                                "weight",
                                0.25,
                                "minimumRespondents",
                                5,
                                "belowMinimum",
                                "ZERO")));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/ranking/definitions/IPP/versions")
                .then()
                .statusCode(201);

        publish(
                unit(enough, "Dengan survei", p + ".01"),
                unit(few, "Survei kurang", p + ".01"),
                verified(enough, "IPP", "2041", "4.00"),
                verified(few, "IPP", "2041", "4.00"),
                // F-03 on 1..5, three items of 1/3: NRR 4.0, 4.5, 5.0 -> 4.5 on the 0..5 IPP scale
                Fixtures.tally(UUID.randomUUID(), 1, enough, "2041", "PEKPPP_F03", null, 10, "1/3", 5, 40, 45, 50),
                Fixtures.tally(UUID.randomUUID(), 1, few, "2041", "PEKPPP_F03", null, 3, "1/3", 5, 12, 12, 12));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var rows = Api.unitRows("IPP", "2041", p);
            assertThat(rows).hasSize(2);
            // 0.75 x 4.00 + 0.25 x 4.5 = 4.125 -> 4.13 (A-); below 5 respondents the survey counts as 0:
            // 0.75 x 4.00 + 0.25 x 0 = 3.00 (C: 2.51 <= x < 3.01)
            assertThat(rows.get(0).get("name")).isEqualTo("Dengan survei");
            assertThat((BigDecimal) rows.get(0).get("value")).isEqualByComparingTo("4.13");
            assertThat(rows.get(0).get("bandCode")).isEqualTo("A-");
            assertThat((BigDecimal) rows.get(1).get("value")).isEqualByComparingTo("3.00");
            assertThat(rows.get(1).get("bandCode")).isEqualTo("C");
        });
        // the F-03 questionnaire never feeds IKM
        assertThat(Api.scorecard(enough).getList("indices.indexCode", String.class))
                .containsExactly("IPP");
    }
}
