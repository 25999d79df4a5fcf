package id.rapor.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class QuestionnaireResourceTest {

    @Test
    void shouldSeedSkm2017WithOfficialOrderLabelsWeightsAndBands() {
        given().when()
                .get("/api/v1/survey/questionnaires/" + SurveyFixtures.SKM_2017)
                .then()
                .statusCode(200)
                .body("code", equalTo("SKM_2017"))
                .body("regulation", equalTo("PERMENPANRB_14_2017"))
                .body("scaleMin", equalTo(1))
                .body("scaleMax", equalTo(4))
                .body("items.code", contains("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"))
                // the official order puts Pengaduan 8th and Sarana 9th
                .body("items[7].name", equalTo("Penanganan Pengaduan, Saran dan Masukan"))
                .body(
                        "items[7].labels",
                        contains(
                                "Tidak ada",
                                "Ada tetapi tidak berfungsi",
                                "Berfungsi kurang maksimal",
                                "Dikelola dengan baik"))
                .body("items[8].name", equalTo("Sarana dan prasarana"))
                .body("items[8].labels", contains("Buruk", "Cukup", "Baik", "Sangat baik"))
                .body("items[3].labels", contains("Sangat mahal", "Cukup mahal", "Murah", "Gratis"))
                .body("items.weight", everyItem(equalTo("1/9")))
                .body("bands.code", contains("A", "B", "C", "D"))
                .body("bands.lowerBound", contains(88.31f, 76.61f, 65.0f, 25.0f))
                .body("bands.label", contains("Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"));
    }

    @Test
    void shouldSeedIkm2004AndAnUnconfirmedPekpppF03() {
        given().when()
                .get("/api/v1/survey/questionnaires/" + SurveyFixtures.IKM_2004)
                .then()
                .statusCode(200)
                .body("items", hasSize(14))
                .body("items.weight", everyItem(equalTo("1/14")))
                .body("items[13].name", equalTo("Keamanan pelayanan"))
                .body("bands.lowerBound", contains(81.26f, 62.51f, 43.76f, 25.0f));
        given().queryParam("code", "PEKPPP_F03")
                .when()
                .get("/api/v1/survey/questionnaires")
                .then()
                .statusCode(200)
                .body("[0].confirmed", equalTo(false))
                .body("[0].items.code", hasItem("1.a.K1"))
                .body("[0].items.code", hasItem("10.d.T"));
    }

    @Test
    void shouldCreateUnitVersionWithAddedItemAndWeightsSummingToOne() {
        UUID unit = SurveyFixtures.unit("73.06");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            items.add(item("U" + i, "1/10"));
        }
        items.add(item("U10", "1/10"));
        Map<String, Object> body =
                Map.of("basedOn", SurveyFixtures.SKM_2017, "unitId", unit.toString(), "items", items);

        String id = given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/survey/questionnaires")
                .then()
                .statusCode(201)
                .body("code", equalTo("SKM_2017"))
                .body("unitId", equalTo(unit.toString()))
                .body("basedOn", equalTo(SurveyFixtures.SKM_2017))
                .body("items", hasSize(10))
                .body("bands", hasSize(4))
                .extract()
                .path("id");
        int version = given().when()
                .get("/api/v1/survey/questionnaires/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        assertThat(version).isGreaterThan(1);

        // another unit's operator may not version for this unit
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/survey/questionnaires")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRejectWeightsNotSummingToOneNamingTheField() {
        UUID unit = SurveyFixtures.unit("73.06");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            items.add(item("U" + i, i == 1 ? "0.2" : "1/9"));
        }
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("basedOn", SurveyFixtures.SKM_2017, "unitId", unit.toString(), "items", items))
                .when()
                .post("/api/v1/survey/questionnaires")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[].weight"));

        items.set(1, item("U1", "abc"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("basedOn", SurveyFixtures.SKM_2017, "unitId", unit.toString(), "items", items))
                .when()
                .post("/api/v1/survey/questionnaires")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("items[1].code"))
                .body("errors.field", hasItem("items[1].weight"));
    }

    @Test
    void shouldRefuseAVersionThatDropsAMandatoryUnsurOrReusesACodeWithOtherLabels() {
        UUID unit = SurveyFixtures.unit("73.06");
        // U3 (Waktu Penyelesaian) left out, U10 added: weights still sum to 1, but 14/2017 needs all nine unsur
        List<Map<String, Object>> dropped = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            if (i != 3) {
                dropped.add(item("U" + i, "1/9"));
            }
        }
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("basedOn", SurveyFixtures.SKM_2017, "unitId", unit.toString(), "items", dropped))
                .when()
                .post("/api/v1/survey/questionnaires")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("items"))
                .body("errors[0].message", containsString("U3"));

        // U4 (Biaya/Tarif) with the generic labels instead of Sangat mahal .. Gratis: same code, other question
        List<Map<String, Object>> relabelled = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            relabelled.add(
                    i == 4
                            ? Map.of(
                                    "code",
                                    "U4",
                                    "name",
                                    "Biaya",
                                    "question",
                                    "Biaya?",
                                    "weight",
                                    "1/9",
                                    "labels",
                                    List.of("Tidak baik", "Kurang baik", "Baik", "Sangat baik"))
                            : item("U" + i, "1/9"));
        }
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("basedOn", SurveyFixtures.SKM_2017, "unitId", unit.toString(), "items", relabelled))
                .when()
                .post("/api/v1/survey/questionnaires")
                .then()
                .statusCode(422)
                .body("errors.field", contains("items[3].labels"));
        given().when()
                .get("/api/v1/survey/questionnaires?unitId=" + unit)
                .then()
                .statusCode(200)
                .body("unitId", not(hasItem(unit.toString())));
    }

    /** An item of a new version: a standard unsur keeps its seeded labels, an added one has the generic labels. */
    private static Map<String, Object> item(String code, String weight) {
        List<String> labels = SEEDED.getOrDefault(code, List.of("Tidak baik", "Kurang baik", "Baik", "Sangat baik"));
        return Map.of(
                "code",
                code,
                "name",
                "Unsur " + code,
                "question",
                "Pertanyaan " + code,
                "weight",
                weight,
                "labels",
                labels);
    }

    /** The answer labels of the seeded SKM 2017 unsur, read through the API. */
    private static final Map<String, List<String>> SEEDED = new HashMap<>();

    @BeforeEach
    void readSeededLabels() {
        if (SEEDED.isEmpty()) {
            List<String> codes = given().when()
                    .get("/api/v1/survey/questionnaires/" + SurveyFixtures.SKM_2017)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.code");
            List<List<String>> labels = given().when()
                    .get("/api/v1/survey/questionnaires/" + SurveyFixtures.SKM_2017)
                    .then()
                    .extract()
                    .path("items.labels");
            for (int i = 0; i < codes.size(); i++) {
                SEEDED.put(codes.get(i), labels.get(i));
            }
        }
    }
}
