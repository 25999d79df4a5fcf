package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SOP end to end through the gateway: a unit's SOP register filled and evaluated, the SOP_AP answers proposed from
 * it and accepted, scored and verified with the seeded version's band, ranked among units and on the scorecard.
 */
class SopSystemTest {

    private static String sop(String operator, String unit, String number, String status, String made, boolean doc) {
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
        if (doc) {
            body.put("documentUrl", "https://sop.example/" + number + ".pdf");
        }
        body.put("status", status);
        return expect(
                        as(operator)
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/assessment/units/" + unit + "/sops"),
                        201,
                        "sop")
                .jsonPath()
                .getString("id");
    }

    private static void evaluate(String evaluator, String sop, String application, int yes) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            answers.add(Map.of("number", i, "yes", i <= yes));
        }
        expect(
                as(evaluator)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "year", 2025, "application", application, "method", "observasi", "answers", answers))
                        .post("/api/v1/assessment/sops/" + sop + "/evaluations"),
                201,
                "evaluation");
    }

    @Test
    void shouldScoreAUnitsSopRegisterAndSeeItRankedAndOnItsScorecard() {
        String unit = Api.unit("Disdukcapil Majene " + UUID.randomUUID(), "DISDUKCAPIL", "76.05");
        ScenarioApi.awaitReplicas(unit);
        String operator = DevTokens.operator(UUID.fromString(unit));
        String evaluator = DevTokens.evaluator("76");
        String s1 = sop(operator, unit, "S1", "ditetapkan", "2025-01-05", true);
        String s2 = sop(operator, unit, "S2", "ditetapkan", "2019-01-05", true);
        sop(operator, unit, "S3", "ditetapkan", "2024-03-01", false);
        sop(operator, unit, "S4", "draft", "2025-02-01", true);
        evaluate(evaluator, s1, "berjalan_baik", 7);
        evaluate(evaluator, s2, "tidak_berjalan_baik", 4);

        String[] opened = RegisterScenario.open("SOP_AP", 2025, "76", unit);
        JsonPath p = RegisterScenario.proposals(operator, opened[1]);
        assertThat(p.getList("items.indicatorCode"))
                .containsExactly("SOP01", "SOP02", "SOP03", "SOP04", "SOP05", "SOP06");
        assertThat(p.getMap("items[5].answer.parts"))
                .containsEntry("target", 21)
                .containsEntry("achieved", 11);
        List<Map<String, Object>> answers = RegisterScenario.accepted(p);
        assertThat(answers).hasSize(6);

        // SOP01 3/4 → 75; SOP02 2/3; SOP03 2/3 (S2 last made 2019, before 2023); SOP04 2/3; SOP05 1/3; SOP06 11/21.
        // penerapan = .30 × 200/3 + .35 × 100/3 + .35 × 1100/21 = 50;
        // total = .20 × 75 + .20 × 200/3 + .15 × 200/3 + .45 × 50 = 365/6 = 60.8333… → 60.83 → C, kuning
        JsonPath verified = RegisterScenario.acceptScoreAndVerify(opened[0], opened[1], operator, evaluator, answers);
        assertThat(new BigDecimal(verified.getString("result.value"))).isEqualByComparingTo("60.83");
        assertThat(verified.getString("result.bandCode")).isEqualTo("C");
        assertThat(verified.getBoolean("result.basis.confirmed")).isFalse();

        Map<String, Object> row = RegisterScenario.rankingRow("SOP_AP", "2025", "UNIT", "76", unit);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("60.83");
        assertThat(row.get("bandCode")).isEqualTo("C");
        assertThat(row.get("zone")).isEqualTo("KUNING");
        assertThat(row.get("basis").toString()).contains("confirmed=false");

        Map<String, Object> card = Api.scorecardEntry(unit, "SOP_AP", "2025");
        assertThat(card).isNotNull();
        assertThat(card.get("bandCode")).isEqualTo("C");
        assertThat(card.get("rankInProvince")).isNotNull();
    }
}
