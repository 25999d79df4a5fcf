package id.rapor.assessment.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One record feeds both: the seeded SOP_AP, SPM_KABKOTA, SPM_PROVINSI and INOVASI versions answered from the subject's registers
 * (GET .../register-answers), the proposals sent unchanged through the answer endpoint, scored by the evaluator and
 * verified with the seeded weights and bands; the endpoint's scope rules and an empty register.
 */
@QuarkusTest
@RaporQuarkusTest
class RegisterAnswersTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    private static String post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath proposals(String token, String assessment) {
        return given().auth()
                .oauth2(token)
                .when()
                .get(BASE + assessment + "/register-answers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The proposed answers, as the operator sends them. */
    private static List<Map<String, Object>> accepted(JsonPath proposals) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> item : proposals.<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) item.get("answer");
            if (answer != null) {
                answers.add(answer);
            }
        }
        return answers;
    }

    private static Map<String, Object> parts(JsonPath p, String code) {
        return p.getMap("items.find { it.indicatorCode == '" + code + "' }.answer.parts");
    }

    /** Accepts the proposals, submits, scores the same answers at the PROVINSI tier and verifies; the result. */
    private static Map<String, Object> acceptScoreAndVerify(
            String cycle, String assessment, String operator, String evaluator, List<Map<String, Object>> answers) {
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", answers))
                .when()
                .put(BASE + assessment + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(BASE + assessment + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");
        given().auth()
                .oauth2(evaluator)
                .contentType(ContentType.JSON)
                .body(Map.of("scores", answers))
                .when()
                .put(BASE + assessment + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);
        return given().auth()
                .oauth2(evaluator)
                .when()
                .post(BASE + assessment + "/verify")
                .then()
                .statusCode(200)
                .body("result.basis.confirmed", equalTo(false))
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getMap("result");
    }

    private static Map<String, Object> sop(String number, String status, String made, boolean complete) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", "Pelayanan " + number);
        body.put("madeDate", made);
        body.put("effectiveDate", made);
        body.put("approverName", "Drs. Andi Saputra");
        body.put("approverPosition", "Kepala Dinas");
        body.put("legalBasis", "PermenPANRB 35/2012");
        body.put("implementerQualification", "Memahami SIAK");
        body.put("relatedSops", "SOP perekaman KTP-el");
        body.put("equipment", "Komputer");
        body.put("warnings", "Berkas tidak lengkap dikembalikan");
        body.put("records", "Buku register");
        if (complete) {
            body.put("documentUrl", "https://sop.example/" + number + ".pdf");
        }
        body.put("status", status);
        return body;
    }

    private static void evaluate(String sop, String application, int yes) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            answers.add(Map.of("number", i, "yes", i <= yes));
        }
        post(
                DevTokens.evaluator("73"),
                "/api/v1/assessment/sops/" + sop + "/evaluations",
                Map.of("year", 2026, "application", application, "method", "observasi", "answers", answers));
    }

    @Test
    void shouldProposeSopAnswersFromTheRegisterAndScoreThemWithTheSeededVersion() {
        String unit = Fixtures.unit("73.71");
        String empty = Fixtures.unit("73.71");
        String other = Fixtures.unit("73.71");
        String operator = DevTokens.operator(UUID.fromString(unit));
        // S1 complete, made 2026, berjalan baik 7/7; S2 complete, made 2020, tidak berjalan baik 4/7; S3 without its
        // document, made 2025, not evaluated; S4 a draft.
        String s1 = post(
                operator, "/api/v1/assessment/units/" + unit + "/sops", sop("S1", "ditetapkan", "2026-01-05", true));
        String s2 = post(
                operator, "/api/v1/assessment/units/" + unit + "/sops", sop("S2", "ditetapkan", "2020-01-05", true));
        post(operator, "/api/v1/assessment/units/" + unit + "/sops", sop("S3", "ditetapkan", "2025-03-01", false));
        post(operator, "/api/v1/assessment/units/" + unit + "/sops", sop("S4", "draft", "2026-02-01", true));
        evaluate(s1, "berjalan_baik", 7);
        evaluate(s2, "tidak_berjalan_baik", 4);

        String cycle = Fixtures.cycle(
                DevTokens.admin(), "SOP_AP", 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit, empty, other));
        String id = Fixtures.assessmentOf(cycle, unit);

        JsonPath p = proposals(operator, id);
        assertThat(p.getInt("year")).isEqualTo(2026);
        assertThat(p.getBoolean("registerEmpty")).isFalse();
        assertThat(p.getList("items.indicatorCode"))
                .containsExactly("SOP01", "SOP02", "SOP03", "SOP04", "SOP05", "SOP06");
        assertThat(parts(p, "SOP01")).containsEntry("target", 4).containsEntry("achieved", 3);
        assertThat(parts(p, "SOP02")).containsEntry("target", 3).containsEntry("achieved", 2);
        assertThat(parts(p, "SOP03")).containsEntry("target", 3).containsEntry("achieved", 2);
        assertThat(parts(p, "SOP04")).containsEntry("target", 3).containsEntry("achieved", 2);
        assertThat(parts(p, "SOP05")).containsEntry("target", 3).containsEntry("achieved", 1);
        // 7 + 4 ya of 7 + 7 + 7 (S3 not evaluated: the default set's 7 criteria, no ya)
        assertThat(parts(p, "SOP06")).containsEntry("target", 21).containsEntry("achieved", 11);
        assertThat(p.getBoolean("items.find { it.indicatorCode == 'SOP01' }.confirmed"))
                .isFalse();
        assertThat(p.getBoolean("items.find { it.indicatorCode == 'SOP04' }.confirmed"))
                .isTrue();
        assertThat(p.getList("items.find { it.indicatorCode == 'SOP04' }.records"))
                .hasSize(3);
        assertThat(p.getString("items.find { it.indicatorCode == 'SOP04' }.answer.evidence[0].link"))
                .isEqualTo("https://sop.example/S1.pdf");

        // the region's evaluator reads them; another unit's operator and another province's evaluator do not
        proposals(DevTokens.evaluator("73"), id);
        given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(other)))
                .when()
                .get(BASE + id + "/register-answers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("19"))
                .when()
                .get(BASE + id + "/register-answers")
                .then()
                .statusCode(403);
        given().when().get(BASE + id + "/register-answers").then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + UUID.randomUUID() + "/register-answers")
                .then()
                .statusCode(404);
        // an empty register proposes nothing
        JsonPath none = proposals(DevTokens.operator(UUID.fromString(empty)), Fixtures.assessmentOf(cycle, empty));
        assertThat(none.getBoolean("registerEmpty")).isTrue();
        assertThat(none.getList("items")).hasSize(6);
        assertThat(none.getList("items.answer")).containsOnlyNulls();
        // proposing writes nothing
        assertThat(given().auth()
                        .oauth2(operator)
                        .when()
                        .get(BASE + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("answers"))
                .isEmpty();

        // SOP01 3/4 → 75; SOP02 2/3 → 200/3; SOP03 2/3 → 200/3 (S2 last made 2020, before 2024); SOP04 2/3 → 200/3;
        // SOP05 1/3 → 100/3; SOP06 11/21 → 1100/21.
        // penerapan = .30 × 200/3 + .35 × 100/3 + .35 × 1100/21 = 20 + 35/3 + 55/3 = 50
        // total = .20 × 75 + .20 × 200/3 + .15 × 200/3 + .45 × 50 = 15 + 40/3 + 10 + 22.5 = 365/6 = 60.8333…
        //       → 60.83 → C (50 ≤ x < 65, Rapor defaults), kuning
        Map<String, Object> result = acceptScoreAndVerify(cycle, id, operator, DevTokens.evaluator("73"), accepted(p));
        assertThat(new BigDecimal(result.get("total").toString())).isEqualByComparingTo("60.8333333333");
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo("60.83");
        assertThat(result.get("bandCode")).isEqualTo("C");
        assertThat(result.get("zone")).isEqualTo("KUNING");
    }

    @Test
    void shouldProposeSpmAnswersFromThePemdasSheetOfTheYear() {
        String pemda = post(
                DevTokens.admin(),
                "/api/v1/units",
                Map.of(
                        "name",
                        "Pemerintah Kabupaten Gowa " + UUID.randomUUID(),
                        "type",
                        "PEMDA",
                        "regionCode",
                        "73.06"));
        String operator = DevTokens.operator(UUID.fromString(pemda));
        List<Map<String, Object>> entries = new ArrayList<>();
        String[][] services = {{"DIK", "3"}, {"KES", "12"}, {"PU", "2"}, {"PKP", "2"}, {"TRB", "5"}, {"SOS", "5"}};
        for (String[] s : services) {
            for (int n = 1; n <= Integer.parseInt(s[1]); n++) {
                String code = "KK-" + s[0] + "-" + n + ".P";
                long sasaran = 10;
                long dilayani = 10;
                switch (code) {
                    case "KK-DIK-1.P" -> {
                        sasaran = 100;
                        dilayani = 90;
                    }
                    case "KK-DIK-3.P" -> {
                        sasaran = 100;
                        dilayani = 50;
                    }
                    case "KK-KES-1.P" -> {
                        sasaran = 1200;
                        dilayani = 1140;
                    }
                    case "KK-KES-8.P" -> {
                        sasaran = 200;
                        dilayani = 250;
                    }
                    default -> {}
                }
                entries.add(Map.of("indicatorCode", code, "sasaran", sasaran, "dilayani", dilayani));
            }
        }
        Map<String, Object> request =
                Fixtures.cycleRequest("SPM_KABKOTA", 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(pemda));
        String cycle = post(DevTokens.admin(), "/api/v1/assessment/cycles", request);
        String id = Fixtures.assessmentOf(cycle, pemda);
        // nothing entered for 2026 yet: no proposal
        assertThat(proposals(operator, id).getList("items.answer")).hasSize(29).containsOnlyNulls();
        // another year's sheet does not feed the 2026 assessment
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("indicatorCode", "KK-DIK-1.P", "sasaran", 5, "dilayani", 5))))
                .when()
                .put("/api/v1/assessment/units/" + pemda + "/spm/2025")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", entries))
                .when()
                .put("/api/v1/assessment/units/" + pemda + "/spm/2026")
                .then()
                .statusCode(200);

        JsonPath p = proposals(operator, id);
        assertThat(p.getList("items")).hasSize(29);
        assertThat(p.getString("items[0].source")).isEqualTo("SPM:SERVED:KK-DIK-1.P");
        assertThat(parts(p, "KK-DIK-1.P")).containsEntry("target", 100).containsEntry("achieved", 90);
        assertThat(parts(p, "KK-KES-8.P")).containsEntry("target", 200).containsEntry("achieved", 250);
        assertThat(p.getString("items.find { it.indicatorCode == 'KK-KES-1.P' }.reason"))
                .contains("capaian 95.00 %");

        // DIK: .3333 × 90 + .3333 × 100 + .3334 × 50 = 79.997
        // KES: .0833 × 95 + .0833 × 100 × 7 (KES-8: 250 of 200 counts as 100) + .0834 × 100 × 4 = 99.5835
        // total = .1666 × 79.997 + .1666 × 99.5835 + .1667 × 100 × 4 = 13.3275002 + 16.5906111 + 66.68
        //       = 96.5981113 → 96.60 → Tuntas Utama (90 ≤ x < 100), hijau
        Map<String, Object> result = acceptScoreAndVerify(cycle, id, operator, DevTokens.evaluator("73"), accepted(p));
        assertThat(new BigDecimal(result.get("total").toString())).isEqualByComparingTo("96.5981113");
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo("96.60");
        assertThat(result.get("bandCode")).isEqualTo("TUNTAS_UTAMA");
        assertThat(result.get("zone")).isEqualTo("HIJAU");
    }

    private static String pemda(String name, String region) {
        return post(
                DevTokens.admin(),
                "/api/v1/units",
                Map.of("name", name + " " + UUID.randomUUID(), "type", "PEMDA", "regionCode", region));
    }

    private static void sheet(String operator, String pemda, int year, List<Map<String, Object>> entries) {
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("entries", entries))
                .when()
                .put("/api/v1/assessment/units/" + pemda + "/spm/" + year)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> served(String code, long sasaran, long dilayani) {
        return Map.of("indicatorCode", code, "sasaran", sasaran, "dilayani", dilayani);
    }

    @Test
    void shouldProposeSpmProvinsiAnswersFromAProvincesSheetAndNothingForAKabKota() {
        String province = pemda("Pemerintah Provinsi Sulawesi Selatan", "73");
        String kabupaten = pemda("Pemerintah Kabupaten Takalar", "73.05");
        String operator = DevTokens.operator(UUID.fromString(province));
        sheet(
                operator,
                province,
                2026,
                List.of(
                        served("PR-DIK-1.P", 200, 180),
                        served("PR-DIK-2.P", 50, 40),
                        served("PR-KES-1.P", 10, 10),
                        served("PR-KES-2.P", 4, 3),
                        served("PR-PU-1.P", 5, 5),
                        served("PR-PU-2.P", 3, 6),
                        served("PR-PKP-1.P", 10, 10),
                        served("PR-PKP-2.P", 10, 10),
                        served("PR-SOS-1.P", 40, 30)));
        // a kab/kota's sheet holds kab/kota indicators only
        String kabOperator = DevTokens.operator(UUID.fromString(kabupaten));
        sheet(kabOperator, kabupaten, 2026, List.of(served("KK-DIK-1.P", 100, 100)));

        // the lokus rule names subject kinds (PEMDA) only: a kab/kota Pemda is accepted as lokus
        String cycle = Fixtures.cycle(
                DevTokens.admin(),
                "SPM_PROVINSI",
                1,
                "73",
                List.of("MANDIRI", "PROVINSI"),
                List.of(province, kabupaten));
        String id = Fixtures.assessmentOf(cycle, province);

        JsonPath p = proposals(operator, id);
        assertThat(p.getList("items.indicatorCode"))
                .containsExactly(
                        "PR-DIK-1.P",
                        "PR-DIK-2.P",
                        "PR-KES-1.P",
                        "PR-KES-2.P",
                        "PR-PU-1.P",
                        "PR-PU-2.P",
                        "PR-PKP-1.P",
                        "PR-PKP-2.P",
                        "PR-SOS-1.P");
        assertThat(p.getList("items.source")).allMatch(s -> s.toString().startsWith("SPM:SERVED:PR-"));
        assertThat(parts(p, "PR-DIK-1.P")).containsExactly(Map.entry("target", 200), Map.entry("achieved", 180));
        assertThat(parts(p, "PR-DIK-2.P")).containsExactly(Map.entry("target", 50), Map.entry("achieved", 40));
        assertThat(parts(p, "PR-KES-1.P")).containsExactly(Map.entry("target", 10), Map.entry("achieved", 10));
        assertThat(parts(p, "PR-KES-2.P")).containsExactly(Map.entry("target", 4), Map.entry("achieved", 3));
        assertThat(parts(p, "PR-PU-1.P")).containsExactly(Map.entry("target", 5), Map.entry("achieved", 5));
        assertThat(parts(p, "PR-PU-2.P")).containsExactly(Map.entry("target", 3), Map.entry("achieved", 6));
        assertThat(parts(p, "PR-PKP-1.P")).containsExactly(Map.entry("target", 10), Map.entry("achieved", 10));
        assertThat(parts(p, "PR-PKP-2.P")).containsExactly(Map.entry("target", 10), Map.entry("achieved", 10));
        assertThat(parts(p, "PR-SOS-1.P")).containsExactly(Map.entry("target", 40), Map.entry("achieved", 30));
        assertThat(p.getString("items.find { it.indicatorCode == 'PR-KES-2.P' }.reason"))
                .contains("capaian 75.00 %");
        assertThat(p.getString("items.find { it.indicatorCode == 'PR-PU-2.P' }.reason"))
                .contains("capaian 200.00 %");

        // the kab/kota Pemda's register proposes nothing on the provincial version
        JsonPath none = proposals(kabOperator, Fixtures.assessmentOf(cycle, kabupaten));
        assertThat(none.getBoolean("registerEmpty")).isFalse();
        assertThat(none.getList("items")).hasSize(9);
        assertThat(none.getList("items.answer")).containsOnlyNulls();
        assertThat(none.getString("items.find { it.indicatorCode == 'PR-DIK-1.P' }.reason"))
                .isEqualTo("no SPM entry of PR-DIK-1.P for 2026");

        // DIK .5 × 90 + .5 × 80 = 85; KES .5 × 100 + .5 × 75 = 87.5; PU 100 (PU-2: 6 of 3 counts as 100); PKP 100;
        // SOS 75. total = .2 × (85 + 87.5 + 100 + 100 + 75) = 89.5 → 89.50 → Tuntas Madya (80 ≤ x < 90), hijau
        Map<String, Object> result = acceptScoreAndVerify(cycle, id, operator, DevTokens.evaluator("73"), accepted(p));
        assertThat(new BigDecimal(result.get("total").toString())).isEqualByComparingTo("89.5");
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo("89.50");
        assertThat(result.get("bandCode")).isEqualTo("TUNTAS_MADYA");
        assertThat(result.get("zone")).isEqualTo("HIJAU");
        @SuppressWarnings("unchecked")
        Map<String, Object> basis = (Map<String, Object>) result.get("basis");
        assertThat(basis.get("reasons").toString()).contains("PR-SOS-1", "trantibumlinmas");
    }

    @Test
    void shouldProposeInovasiAnswersFromTheUnitsInnovations() {
        String unit = Fixtures.unit("73.71");
        String operator = DevTokens.operator(UUID.fromString(unit));
        Map<String, Object> innovation = new HashMap<>();
        innovation.put("name", "Antar KTP ke rumah");
        innovation.put("innovator", "Seksi Pelayanan");
        innovation.put("year", 2026);
        innovation.put("jenis", "non_digital");
        innovation.put("bentuk", "pelayanan_publik");
        innovation.put("stage", "uji_coba");
        innovation.put("trialDate", "2026-02-01");
        innovation.put("purpose", "Mendekatkan layanan");
        innovation.put("benefit", "Warga lansia terlayani");
        innovation.put("result", "300 KTP diantar");
        innovation.put("competitionTier", "provinsi");
        innovation.put("evidence", List.of(Map.of("label", "SK uji coba", "url", "https://bukti.example/sk.pdf")));
        post(operator, "/api/v1/assessment/units/" + unit + "/innovations", innovation);
        // an older innovation at a lower tier does not raise the year's stage
        Map<String, Object> older = new HashMap<>(innovation);
        older.put("name", "Loket terpadu");
        older.put("year", 2024);
        older.put("stage", "inisiatif");
        older.remove("trialDate");
        older.put("competitionTier", "kab_kota");
        post(operator, "/api/v1/assessment/units/" + unit + "/innovations", older);

        String cycle =
                Fixtures.cycle(DevTokens.admin(), "INOVASI", 1, "73", List.of("MANDIRI", "PROVINSI"), List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        JsonPath p = proposals(operator, id);
        assertThat(p.getInt("items.find { it.indicatorCode == 'INV01' }.answer.value"))
                .isEqualTo(1);
        assertThat(p.getInt("items.find { it.indicatorCode == 'INV02' }.answer.value"))
                .isEqualTo(2);
        assertThat(parts(p, "INV03"))
                .containsEntry("bukti", 1)
                .containsEntry("profil", 1)
                .containsEntry("verifikasi", 0);
        assertThat(p.getInt("items.find { it.indicatorCode == 'INV04' }.answer.value"))
                .isZero();
        assertThat(p.getInt("items.find { it.indicatorCode == 'INV05' }.answer.value"))
                .isEqualTo(2);

        // INV01 1 → 100; INV02 uji coba 2 of 0..3 → 200/3; INV03 2 of 3 ticked → 200/3; INV04 0 → 0;
        // INV05 provinsi 2 of 0..4 → 50.
        // total = .30 × 100 + .25 × 200/3 + .15 × 200/3 + .10 × 0 + .20 × 50 = 30 + 50/3 + 10 + 10 = 200/3
        //       = 66.6666… → 66.67 → Sangat Inovatif (≥ 60.01, IID predikat), hijau
        Map<String, Object> result = acceptScoreAndVerify(cycle, id, operator, DevTokens.evaluator("73"), accepted(p));
        assertThat(new BigDecimal(result.get("total").toString())).isEqualByComparingTo("66.6666666667");
        assertThat(new BigDecimal(result.get("value").toString())).isEqualByComparingTo("66.67");
        assertThat(result.get("bandCode")).isEqualTo("SANGAT_INOVATIF");
        assertThat(result.get("zone")).isEqualTo("HIJAU");
    }

    @Test
    void shouldRefuseAnInstrumentWhoseIndicatorNamesASourceNotOfTheForm() {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("code", "X1");
        indicator.put("text", "Count");
        indicator.put("weight", 100);
        indicator.put("answerType", "COUNT");
        indicator.put("thresholds", List.of(Map.of("atLeast", 0, "score", 0), Map.of("atLeast", 1, "score", 100)));
        indicator.put("source", "PAYROLL:SALARIES");
        Map<String, Object> body = new HashMap<>();
        body.put("code", "REG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("name", "Register source check");
        body.put("indexCode", "SOP_AP");
        body.put("legalBasis", "test");
        body.put("scaleMax", 100);
        body.put("aspects", List.of(Map.of("code", "a", "name", "A", "weight", 100, "indicators", List.of(indicator))));
        body.put("bands", List.of(Map.of("lowerBound", 0, "code", "D", "label", "Kurang", "zone", "MERAH")));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessment/instruments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith("source")));
    }
}
