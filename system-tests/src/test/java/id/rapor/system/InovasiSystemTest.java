package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Inovasi end to end through the gateway: a unit's innovation registered, the INOVASI answers proposed from the
 * register and accepted, scored and verified with the seeded predikat, ranked among units and on the scorecard.
 */
class InovasiSystemTest {

    @Test
    void shouldScoreAUnitsInnovationsAndSeeThemRankedAndOnItsScorecard() {
        String unit = Api.unit("DPMPTSP Mamuju " + UUID.randomUUID(), "DPMPTSP", "76.02");
        ScenarioApi.awaitReplicas(unit);
        String operator = DevTokens.operator(UUID.fromString(unit));
        Map<String, Object> innovation = new HashMap<>();
        innovation.put("name", "Izin antar ke rumah");
        innovation.put("innovator", "Bidang Pelayanan");
        innovation.put("year", 2025);
        innovation.put("jenis", "digital");
        innovation.put("bentuk", "pelayanan_publik");
        innovation.put("stage", "uji_coba");
        innovation.put("trialDate", "2025-02-01");
        innovation.put("purpose", "Mendekatkan layanan perizinan");
        innovation.put("benefit", "Pelaku usaha mikro terlayani");
        innovation.put("result", "120 izin diantar");
        innovation.put("competitionTier", "provinsi");
        innovation.put("evidence", List.of(Map.of("label", "SK uji coba", "url", "https://bukti.example/izin.pdf")));
        expect(
                as(operator)
                        .contentType(ContentType.JSON)
                        .body(innovation)
                        .post("/api/v1/assessment/units/" + unit + "/innovations"),
                201,
                "innovation");

        String[] opened = RegisterScenario.open("INOVASI", 2025, "76", unit);
        JsonPath p = RegisterScenario.proposals(operator, opened[1]);
        assertThat(p.getList("items.indicatorCode")).containsExactly("INV01", "INV02", "INV03", "INV04", "INV05");
        assertThat(p.getString("items[4].reason")).contains("Izin antar ke rumah");
        List<Map<String, Object>> answers = RegisterScenario.accepted(p);
        assertThat(answers).hasSize(5);

        // INV01 1 → 100; INV02 uji coba 2 of 3 → 200/3; INV03 bukti and profil, not verified → 200/3; INV04 0;
        // INV05 provinsi 2 of 4 → 50. total = 30 + 50/3 + 10 + 0 + 10 = 200/3 → 66.67 → Sangat Inovatif, hijau
        JsonPath verified = RegisterScenario.acceptScoreAndVerify(
                opened[0], opened[1], operator, DevTokens.evaluator("76"), answers);
        assertThat(new BigDecimal(verified.getString("result.value"))).isEqualByComparingTo("66.67");
        assertThat(verified.getString("result.bandCode")).isEqualTo("SANGAT_INOVATIF");

        Map<String, Object> row = RegisterScenario.rankingRow("INOVASI", "2025", "UNIT", "76", unit);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("66.67");
        assertThat(row.get("bandCode")).isEqualTo("SANGAT_INOVATIF");
        assertThat(row.get("zone")).isEqualTo("HIJAU");

        Map<String, Object> card = Api.scorecardEntry(unit, "INOVASI", "2025");
        assertThat(card).isNotNull();
        assertThat(card.get("bandCode")).isEqualTo("SANGAT_INOVATIF");
        assertThat(card.get("rankInProvince")).isNotNull();
    }
}
