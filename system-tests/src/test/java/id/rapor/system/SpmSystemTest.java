package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPM end to end through the gateway: a kab/kota government's SPM sheet of the year entered, the SPM_KABKOTA answers
 * proposed from it (sasaran as target, dilayani as achieved) and accepted, scored and verified into the sourced
 * category, ranked among Pemda and on the scorecard.
 */
class SpmSystemTest {

    @Test
    void shouldScoreAPemdasSpmSheetAndSeeItRankedAndOnItsScorecard() {
        String pemda = Api.unit("Pemerintah Kabupaten Polewali Mandar " + UUID.randomUUID(), "PEMDA", "76.04");
        ScenarioApi.awaitReplicas(pemda);
        String operator = DevTokens.operator(UUID.fromString(pemda));
        // every service at 100 % except DIK-1 90 %, DIK-3 50 %, KES-1 95 %, KES-8 125 % (counts as 100)
        List<Map<String, Object>> entries = new ArrayList<>();
        String[][] services = {{"DIK", "3"}, {"KES", "12"}, {"PU", "2"}, {"PKP", "2"}, {"TRB", "5"}, {"SOS", "5"}};
        Map<String, long[]> special = Map.of(
                "KK-DIK-1.P", new long[] {100, 90},
                "KK-DIK-3.P", new long[] {100, 50},
                "KK-KES-1.P", new long[] {1200, 1140},
                "KK-KES-8.P", new long[] {200, 250});
        for (String[] s : services) {
            for (int n = 1; n <= Integer.parseInt(s[1]); n++) {
                String code = "KK-" + s[0] + "-" + n + ".P";
                long[] v = special.getOrDefault(code, new long[] {10, 10});
                entries.add(Map.of("indicatorCode", code, "sasaran", v[0], "dilayani", v[1]));
            }
        }
        expect(
                as(operator)
                        .contentType(ContentType.JSON)
                        .body(Map.of("entries", entries))
                        .put("/api/v1/assessment/units/" + pemda + "/spm/2024"),
                200,
                "spm sheet");

        String[] opened = RegisterScenario.open("SPM_KABKOTA", 2024, "76", pemda);
        JsonPath p = RegisterScenario.proposals(operator, opened[1]);
        assertThat(p.getList("items")).hasSize(29);
        assertThat(p.getMap("items.find { it.indicatorCode == 'KK-KES-1.P' }.answer.parts"))
                .containsEntry("target", 1200)
                .containsEntry("achieved", 1140);
        List<Map<String, Object>> answers = RegisterScenario.accepted(p);
        assertThat(answers).hasSize(29);

        // DIK .3333 × 90 + .3333 × 100 + .3334 × 50 = 79.997; KES .0833 × 95 + .0833 × 700 + .0834 × 400 = 99.5835;
        // total = .1666 × 79.997 + .1666 × 99.5835 + .1667 × 400 = 96.5981113 → 96.60 → Tuntas Utama, hijau
        JsonPath verified = RegisterScenario.acceptScoreAndVerify(
                opened[0], opened[1], operator, DevTokens.evaluator("76"), answers);
        assertThat(new BigDecimal(verified.getString("result.total"))).isEqualByComparingTo("96.5981113");
        assertThat(verified.getString("result.bandCode")).isEqualTo("TUNTAS_UTAMA");

        Map<String, Object> row = RegisterScenario.rankingRow("SPM", "2024", "PEMDA", "76", pemda);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("96.60");
        assertThat(row.get("bandCode")).isEqualTo("TUNTAS_UTAMA");
        assertThat(row.get("zone")).isEqualTo("HIJAU");

        Map<String, Object> card = Api.scorecardEntry(pemda, "SPM", "2024");
        assertThat(card).isNotNull();
        assertThat(card.get("bandCode")).isEqualTo("TUNTAS_UTAMA");
        assertThat(card.get("rankInProvince")).isNotNull();
    }
}
