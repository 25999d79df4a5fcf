package id.rapor.assessment.sop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SOP register: the unit's operator registers and revises its SOPs with the SOP-AP header, evaluators of the
 * region evaluate how each is applied, others are refused, and a unit's coverage and compliance are summed up.
 */
@QuarkusTest
@RaporQuarkusTest
class SopRegisterTest {

    private static Map<String, Object> header(String number, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", "Penerbitan Kartu Keluarga");
        body.put("madeDate", "2026-01-05");
        body.put("effectiveDate", "2026-01-15");
        body.put("approverName", "Drs. Andi Saputra");
        body.put("approverNip", "197001011990031001");
        body.put("approverPosition", "Kepala Dinas Kependudukan dan Pencatatan Sipil");
        body.put("legalBasis", "UU 24/2013; Perpres 96/2018");
        body.put("implementerQualification", "Memahami SIAK");
        body.put("relatedSops", "SOP perekaman KTP-el");
        body.put("equipment", "Komputer, printer");
        body.put("warnings", "Berkas tidak lengkap dikembalikan");
        body.put("records", "Buku register KK");
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }

    /** Answers to criteria 1..n: yes for the first {@code yes}, tidak for the rest. */
    private static Map<String, Object> evaluation(int year, String application, Integer version, int n, int yes) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            answers.add(Map.of("number", i, "yes", i <= yes));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("application", application);
        body.put("method", "observasi");
        body.put("note", "Dinilai di loket");
        body.put("action", "Perbarui alur");
        if (version != null) {
            body.put("criteriaVersion", version);
        }
        body.put("answers", answers);
        return body;
    }

    private static ValidatableResponse register(String token, String unit, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessment/units/" + unit + "/sops")
                .then();
    }

    private static ValidatableResponse revise(String token, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/assessment/sops/" + id)
                .then();
    }

    private static ValidatableResponse evaluate(String token, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessment/sops/" + id + "/evaluations")
                .then();
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    private static ValidatableResponse summary(String token, String unit, int year) {
        return given().auth()
                .oauth2(token)
                .queryParam("year", year)
                .when()
                .get("/api/v1/assessment/units/" + unit + "/sops/summary")
                .then();
    }

    private static String operator(String unit) {
        return DevTokens.operator(UUID.fromString(unit));
    }

    private static String sop(String unit, String number, String status) {
        return register(operator(unit), unit, header(number, status))
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldRegisterReviseAndEvaluateAnSop() {
        String unit = Fixtures.unit("61.71");
        String op = operator(unit);
        String id = register(op, unit, header("SOP-KK/01", null))
                .statusCode(201)
                .header("Location", containsString("/api/v1/assessment/sops/"))
                .body("status", equalTo("draft"))
                .body("revision", equalTo(1))
                .body("approverNip", equalTo("197001011990031001"))
                .body("records", equalTo("Buku register KK"))
                .extract()
                .path("id");

        // a draft is not evaluated
        evaluate(DevTokens.evaluator("61"), id, evaluation(2026, "berjalan_baik", null, 7, 7))
                .statusCode(422)
                .body("errors[0].field", equalTo("status"));

        Map<String, Object> revised = header("SOP-KK/01", "ditetapkan");
        revised.put("revisedDate", "2026-03-01");
        revised.put("revisionReason", "Persyaratan disederhanakan");
        revised.put("title", "Penerbitan Kartu Keluarga (revisi)");
        revise(op, id, revised)
                .statusCode(200)
                .body("status", equalTo("ditetapkan"))
                .body("revision", equalTo(2))
                .body("revisedDate", equalTo("2026-03-01"))
                .body("history.size()", equalTo(1))
                .body("history[0].revision", equalTo(1))
                .body("history[0].reason", equalTo("Persyaratan disederhanakan"))
                .body("history[0].header", containsString("\"title\":\"Penerbitan Kartu Keluarga\""));

        // six ya and one tidak on the seven criteria: 6/7 = 85.71 %, needs revision
        JsonPath e = evaluate(DevTokens.evaluator("61.71"), id, evaluation(2026, "berjalan_baik", null, 7, 6))
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(e.getInt("yes")).isEqualTo(6);
        assertThat(e.getBoolean("needsRevision")).isTrue();
        assertThat(e.getDouble("score")).isEqualTo(85.71);
        assertThat(e.getInt("sopRevision")).isEqualTo(2);
        assertThat(e.getString("application")).isEqualTo("berjalan_baik");
        assertThat(e.getBoolean("criteria.confirmed")).isFalse();
        assertThat(e.getString("criteria.reason")).contains("Tabel 8");
        assertThat(e.getList("criteria.criteria")).hasSize(7);
        assertThat(e.getString("answers[6].text")).isEqualTo("Sinergi satu dengan lainnya");
        assertThat(e.getBoolean("answers[6].yes")).isFalse();

        get(op, "/api/v1/assessment/sops/" + id + "/evaluations")
                .statusCode(200)
                .body("size()", equalTo(1));
        get(op, "/api/v1/assessment/units/" + unit + "/sops").statusCode(200).body("id", equalTo(List.of(id)));
        List<String> actions = get(DevTokens.evaluator("61"), "/api/v1/assessment/sops/" + id + "/audit")
                .statusCode(200)
                .extract()
                .path("action");
        assertThat(actions).containsExactly("SOP_REGISTERED", "SOP_REVISED", "SOP_EVALUATED");
    }

    @Test
    void shouldSummariseCoverageAndComplianceOfAUnit() {
        String unit = Fixtures.unit("61.71");
        String a = sop(unit, "A", "ditetapkan");
        String b = sop(unit, "B", "ditetapkan");
        String c = sop(unit, "C", "ditetapkan");
        sop(unit, "D", null);
        sop(unit, "E", "dicabut");
        String ev = DevTokens.evaluator("61");
        // 2026: A first tidak berjalan 5/7, then berjalan 7/7 (the latest counts); B tidak berjalan, 3 of 6 (set 2)
        evaluate(ev, a, evaluation(2026, "tidak_berjalan_baik", null, 7, 5)).statusCode(201);
        evaluate(ev, a, evaluation(2026, "berjalan_baik", null, 7, 7))
                .statusCode(201)
                .body("needsRevision", equalTo(false));
        evaluate(ev, b, evaluation(2026, "tidak_berjalan_baik", 2, 6, 3))
                .statusCode(201)
                .body("score", equalTo(50.0f))
                .body("criteria.version", equalTo(2));
        // 2025: C berjalan 7/7
        evaluate(ev, c, evaluation(2025, "berjalan_baik", null, 7, 7)).statusCode(201);

        // 2026: in force A, B, C = 3; evaluated A, B = 2 → 66.67 %; berjalan baik A = 1 of 2 → 50.00 %;
        // needs revision B = 1; mean score (7/7 + 3/6) / 2 = 75.00
        JsonPath y2026 =
                summary(operator(unit), unit, 2026).statusCode(200).extract().jsonPath();
        assertThat(y2026.getLong("sops")).isEqualTo(3);
        assertThat(y2026.getLong("drafts")).isEqualTo(1);
        assertThat(y2026.getLong("revoked")).isEqualTo(1);
        assertThat(y2026.getLong("evaluated")).isEqualTo(2);
        assertThat(y2026.getDouble("coverage")).isEqualTo(66.67);
        assertThat(y2026.getLong("appliedWell")).isEqualTo(1);
        assertThat(y2026.getDouble("compliance")).isEqualTo(50.0);
        assertThat(y2026.getLong("needsRevision")).isEqualTo(1);
        assertThat(y2026.getDouble("meanScore")).isEqualTo(75.0);

        // 2025: only C: 1 of 3 → 33.33 %, compliance 100 %, mean 100
        JsonPath y2025 = summary(DevTokens.evaluator("61.71"), unit, 2025)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(y2025.getLong("evaluated")).isEqualTo(1);
        assertThat(y2025.getDouble("coverage")).isEqualTo(33.33);
        assertThat(y2025.getDouble("compliance")).isEqualTo(100.0);
        assertThat(y2025.getLong("needsRevision")).isZero();
        assertThat(y2025.getDouble("meanScore")).isEqualTo(100.0);

        // an empty year has nothing to divide
        JsonPath y2024 =
                summary(DevTokens.admin(), unit, 2024).statusCode(200).extract().jsonPath();
        assertThat(y2024.getLong("evaluated")).isZero();
        assertThat(y2024.<Object>get("compliance")).isNull();
        assertThat(y2024.getDouble("coverage")).isEqualTo(0.0);
    }

    @Test
    void shouldRefuseOtherUnitsOperatorAndOtherProvincesEvaluator() {
        String unit = Fixtures.unit("61.71");
        String other = Fixtures.unit("61.71");
        String id = sop(unit, "SOP-1", "ditetapkan");
        Map<String, Object> revised = header("SOP-1", null);
        revised.put("revisedDate", "2026-03-01");
        revised.put("revisionReason", "x");

        register(operator(other), unit, header("SOP-2", null)).statusCode(403).contentType("application/problem+json");
        revise(operator(other), id, revised).statusCode(403);
        get(operator(other), "/api/v1/assessment/sops/" + id).statusCode(403);
        get(operator(other), "/api/v1/assessment/units/" + unit + "/sops/summary?year=2026")
                .statusCode(403);
        get(DevTokens.evaluator("52"), "/api/v1/assessment/sops/" + id).statusCode(403);
        get(DevTokens.evaluator("52"), "/api/v1/assessment/units/" + unit + "/sops")
                .statusCode(403);
        evaluate(DevTokens.evaluator("52"), id, evaluation(2026, "berjalan_baik", null, 7, 7))
                .statusCode(403);
        // the unit's own operator does not evaluate; an evaluator does not register
        evaluate(operator(unit), id, evaluation(2026, "berjalan_baik", null, 7, 7))
                .statusCode(403);
        register(DevTokens.evaluator("61"), unit, header("SOP-3", null)).statusCode(403);
        given().contentType(ContentType.JSON)
                .body(header("SOP-4", null))
                .when()
                .post("/api/v1/assessment/units/" + unit + "/sops")
                .then()
                .statusCode(401);
        get(DevTokens.evaluator("61"), "/api/v1/assessment/sops/" + id).statusCode(200);
        register(DevTokens.admin(), unit, header("SOP-5", null)).statusCode(201);
    }

    @Test
    void shouldRejectBadInputNamingTheField() {
        String unit = Fixtures.unit("61.71");
        String op = operator(unit);
        Map<String, Object> noTitle = header("X-1", null);
        noTitle.remove("title");
        register(op, unit, noTitle).statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> badNip = header("X-1", null);
        badNip.put("approverNip", "123");
        register(op, unit, badNip).statusCode(400).body("errors.field", hasItem("approverNip"));
        Map<String, Object> early = header("X-1", null);
        early.put("effectiveDate", "2025-12-31");
        register(op, unit, early).statusCode(400).body("errors[0].field", equalTo("effectiveDate"));
        Map<String, Object> badStatus = header("X-1", "berlaku");
        register(op, unit, badStatus).statusCode(400).body("errors.field", hasItem("status"));

        String id = sop(unit, "X-1", "ditetapkan");
        register(op, unit, header("X-1", null)).statusCode(409).body("errors[0].field", equalTo("number"));

        Map<String, Object> revised = header("X-1", null);
        revise(op, id, revised).statusCode(400).body("errors[0].field", equalTo("revisedDate"));
        revised.put("revisedDate", "2026-03-01");
        revise(op, id, revised).statusCode(400).body("errors[0].field", equalTo("revisionReason"));

        String ev = DevTokens.evaluator("61");
        evaluate(ev, id, evaluation(2026, "berjalan_baik", null, 6, 6))
                .statusCode(400)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("criterion 7"));
        evaluate(ev, id, evaluation(2026, "berjalan_baik", null, 8, 8))
                .statusCode(400)
                .body("errors[0].field", equalTo("answers"));
        evaluate(ev, id, evaluation(2026, "berjalan_baik", 9, 7, 7))
                .statusCode(400)
                .body("errors[0].field", equalTo("criteriaVersion"));
        evaluate(ev, id, evaluation(2026, "bagus", null, 7, 7))
                .statusCode(400)
                .body("errors.field", hasItem("application"));

        revised.put("revisionReason", "Dicabut karena layanan dihapus");
        revised.put("status", "dicabut");
        revise(op, id, revised).statusCode(200).body("status", equalTo("dicabut"));
        revise(op, id, revised).statusCode(409).body("errors[0].field", equalTo("status"));
        get(op, "/api/v1/assessment/units/" + unit + "/sops/summary")
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        get(op, "/api/v1/assessment/sops/" + UUID.randomUUID()).statusCode(404);
    }
}
