package id.rapor.assessment.spm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPM per Pemda: the seeded catalogue, the Pemda's operator entering sasaran and dilayani, capaian and the summary
 * computed by hand, and the refusals (a service unit, another province's evaluator, bad counts).
 */
@QuarkusTest
@RaporQuarkusTest
class SpmTest {

    private static final String UNITS = "/api/v1/units";

    private static String pemda(String name, String region) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "PEMDA", "regionCode", region))
                .when()
                .post(UNITS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> entry(String code, long sasaran, long dilayani) {
        Map<String, Object> e = new HashMap<>();
        e.put("indicatorCode", code);
        e.put("sasaran", sasaran);
        e.put("dilayani", dilayani);
        return e;
    }

    private static String sheet(String pemda, int year) {
        return "/api/v1/assessment/units/" + pemda + "/spm/" + year;
    }

    @Test
    void shouldListTheSeededServicesPerLevelAndSayWhatIsUnconfirmed() {
        given().auth()
                .oauth2(DevTokens.viewer())
                .queryParam("level", "kabkota")
                .when()
                .get("/api/v1/assessment/spm/services")
                .then()
                .statusCode(200)
                .body("", hasSize(29))
                .body("findAll { it.bidang == 'kesehatan' }", hasSize(12))
                .body("findAll { it.bidang == 'sosial' }", hasSize(5))
                .body("findAll { it.bidang == 'trantibumlinmas' }", hasSize(5))
                .body(
                        "find { it.code == 'KK-KES-1' }.indicators[0].served",
                        equalTo("Jumlah ibu hamil yang mendapatkan layanan kesehatan"))
                .body("find { it.code == 'KK-KES-1' }.indicators[0].confirmed", equalTo(true))
                .body("find { it.code == 'KK-PU-1' }.indicators[0].confirmed", equalTo(false))
                .body("find { it.code == 'KK-PU-1' }.indicators[0].reason", containsString("lampiran"));
        given().auth()
                .oauth2(DevTokens.viewer())
                .queryParam("level", "provinsi")
                .when()
                .get("/api/v1/assessment/spm/services")
                .then()
                .statusCode(200)
                .body("", hasSize(9))
                .body("findAll { it.bidang == 'trantibumlinmas' }", hasSize(0))
                .body("find { it.code == 'PR-SOS-1' }.confirmed", equalTo(false))
                .body("find { it.code == 'PR-SOS-1' }.reason", containsString("not retrieved"));
        given().auth()
                .oauth2(DevTokens.viewer())
                .queryParam("level", "kecamatan")
                .when()
                .get("/api/v1/assessment/spm/services")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }

    @Test
    void shouldComputeCapaianAndTheSummaryOfAKabupatenFromItsOperatorsEntries() {
        String pemda = pemda("Pemerintah Kabupaten Barito Kuala", "63.04");
        String operator = DevTokens.operator(UUID.fromString(pemda));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "entries",
                        List.of(
                                entry("KK-KES-1.P", 1200, 1140),
                                entry("KK-DIK-2.P", 800, 800),
                                entry("KK-DIK-1.P", 3, 2),
                                entry("KK-KES-8.P", 200, 250),
                                entry("KK-SOS-1.P", 0, 0))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(200)
                .body("level", equalTo("kabkota"))
                .body("rows", hasSize(29))
                .body("rows.find { it.indicatorCode == 'KK-KES-1.P' }.capaian", equalTo(95.00f))
                .body("rows.find { it.indicatorCode == 'KK-KES-1.P' }.simpulan", equalTo("tidak_memenuhi"))
                .body("rows.find { it.indicatorCode == 'KK-DIK-2.P' }.simpulan", equalTo("memenuhi"))
                .body("rows.find { it.indicatorCode == 'KK-DIK-1.P' }.capaian", equalTo(66.67f))
                .body("rows.find { it.indicatorCode == 'KK-KES-8.P' }.capaian", equalTo(125.00f))
                .body("rows.find { it.indicatorCode == 'KK-KES-8.P' }.aboveSasaran", equalTo(true))
                .body("rows.find { it.indicatorCode == 'KK-SOS-1.P' }.capaian", nullValue())
                .body("rows.find { it.indicatorCode == 'KK-PU-1.P' }.sasaran", nullValue());
        // the region's evaluator reads the summary:
        // pendidikan (100 + 200/3) / 2 = 250/3 = 83.33; kesehatan (95 + 125) / 2 = 110; sosial: sasaran 0, no mean;
        // overall (100 + 200/3 + 95 + 125) / 4 = 290/3 = 96.67, two at 100 % or more
        given().auth()
                .oauth2(DevTokens.evaluator("63"))
                .when()
                .get(sheet(pemda, 2025) + "/summary")
                .then()
                .statusCode(200)
                .body("bidang", hasSize(6))
                .body("bidang.find { it.bidang == 'pendidikan' }.indicators", equalTo(3))
                .body("bidang.find { it.bidang == 'pendidikan' }.meanCapaian", equalTo(83.33f))
                .body("bidang.find { it.bidang == 'pendidikan' }.atTarget", equalTo(1))
                .body("bidang.find { it.bidang == 'kesehatan' }.meanCapaian", equalTo(110.00f))
                .body("bidang.find { it.bidang == 'sosial' }.entered", equalTo(1))
                .body("bidang.find { it.bidang == 'sosial' }.withCapaian", equalTo(0))
                .body("bidang.find { it.bidang == 'sosial' }.meanCapaian", nullValue())
                .body("overall.indicators", equalTo(29))
                .body("overall.entered", equalTo(5))
                .body("overall.withCapaian", equalTo(4))
                .body("overall.meanCapaian", equalTo(96.67f))
                .body("overall.atTarget", equalTo(2))
                .body("note", containsString("not the official SPM index"));
        // an admin replaces one entry, the others are kept: sosial 10 of 40 = 25;
        // overall (290/3 × 4 + 25) / 5 = 1235/15 = 82.33
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-SOS-1.P", 40, 10))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(200)
                .body("rows.find { it.indicatorCode == 'KK-SOS-1.P' }.capaian", equalTo(25.00f))
                .body("rows.find { it.indicatorCode == 'KK-KES-1.P' }.dilayani", equalTo(1140));
        given().auth()
                .oauth2(operator)
                .when()
                .get(sheet(pemda, 2025) + "/summary")
                .then()
                .statusCode(200)
                .body("overall.withCapaian", equalTo(5))
                .body("overall.meanCapaian", equalTo(82.33f));
        // another year is empty
        given().auth()
                .oauth2(operator)
                .when()
                .get(sheet(pemda, 2024) + "/summary")
                .then()
                .statusCode(200)
                .body("overall.entered", equalTo(0))
                .body("overall.meanCapaian", nullValue());
        // the region's evaluator returns the entries; neither the operator nor another province's evaluator reviews
        Map<String, Object> review = Map.of("verdict", "dikembalikan", "note", "Sasaran ibu hamil di bawah proyeksi");
        given().auth()
                .oauth2(DevTokens.evaluator("63"))
                .contentType(ContentType.JSON)
                .body(review)
                .when()
                .post(sheet(pemda, 2025) + "/review")
                .then()
                .statusCode(200)
                .body("review.verdict", equalTo("dikembalikan"))
                .body("review.entriesChangedSince", equalTo(false));
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(review)
                .when()
                .post(sheet(pemda, 2025) + "/review")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(review)
                .when()
                .post(sheet(pemda, 2025) + "/review")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("63"))
                .contentType(ContentType.JSON)
                .body(review)
                .when()
                .post(sheet(pemda, 2024) + "/review")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("year"));
        given().auth()
                .oauth2(DevTokens.evaluator("63"))
                .contentType(ContentType.JSON)
                .body(Map.of("verdict", "lulus"))
                .when()
                .post(sheet(pemda, 2025) + "/review")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("verdict"));
        // the operator corrects an entry: the review is shown as outdated
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-KES-1.P", 1150, 1140))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(200)
                .body("review.verdict", equalTo("dikembalikan"))
                .body("review.entriesChangedSince", equalTo(true));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/assessment/units/" + pemda + "/spm/audit")
                .then()
                .statusCode(200)
                .body("", hasSize(4))
                .body("[0].action", equalTo("SPM_ENTERED"))
                .body("[0].role", equalTo("operator"))
                .body("[2].action", equalTo("SPM_REVIEWED"))
                .body("[2].role", equalTo("evaluator"));
    }

    @Test
    void shouldGiveAProvinceTheProvincialServicesOnly() {
        String province = pemda("Pemerintah Provinsi Kalimantan Selatan", "63");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("PR-DIK-1.P", 7, 6))))
                .when()
                .put(sheet(province, 2025))
                .then()
                .statusCode(200)
                .body("level", equalTo("provinsi"))
                .body("rows", hasSize(9))
                .body("rows.find { it.indicatorCode == 'PR-DIK-1.P' }.capaian", equalTo(85.71f))
                .body("rows.find { it.indicatorCode == 'PR-SOS-1.P' }.confirmed", equalTo(false));
        // a kab/kota indicator is not a province's
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("PR-DIK-1.P", 7, 6), entry("KK-DIK-2.P", 10, 9))))
                .when()
                .put(sheet(province, 2025))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("entries[1].indicatorCode"));
    }

    @Test
    void shouldRefuseAServiceUnitOtherScopesAndBadCounts() {
        String pemda = pemda("Pemerintah Kabupaten Tapin", "63.05");
        String unit = Fixtures.unit("63.05");
        // a service unit does not apply SPM
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-DIK-2.P", 10, 9))))
                .when()
                .put(sheet(unit, 2025))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("pemdaId"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(sheet(unit, 2025))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("pemdaId"));
        // another province's evaluator neither reads nor writes
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .when()
                .get(sheet(pemda, 2025) + "/summary")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .when()
                .get(sheet(pemda, 2025))
                .then()
                .statusCode(403);
        // the region's evaluator reads but does not enter the Pemda's data
        given().auth()
                .oauth2(DevTokens.evaluator("63"))
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-DIK-2.P", 10, 9))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(403);
        // another unit's operator does not enter it either
        given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(unit)))
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-DIK-2.P", 10, 9))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(403);
        given().when().get(sheet(pemda, 2025)).then().statusCode(401);
        String operator = DevTokens.operator(UUID.fromString(pemda));
        // negative sasaran
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-DIK-2.P", -1, 0))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("entries[0].sasaran"));
        // an unknown indicator, one named twice
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-XX-1.P", 1, 1))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].indicatorCode"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(entry("KK-DIK-2.P", 1, 1), entry("KK-DIK-2.P", 2, 1))))
                .when()
                .put(sheet(pemda, 2025))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[1].indicatorCode"));
        // a year before SPM under PP 2/2018
        given().auth()
                .oauth2(operator)
                .when()
                .get(sheet(pemda, 2018))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // nothing was written by the refused requests
        given().auth()
                .oauth2(operator)
                .when()
                .get(sheet(pemda, 2025) + "/summary")
                .then()
                .statusCode(200)
                .body("overall.entered", equalTo(0));
    }
}
