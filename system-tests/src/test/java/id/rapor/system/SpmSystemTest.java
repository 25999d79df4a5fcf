package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPM end to end through the gateway: a kab/kota government's SPM sheet of the year entered, the SPM_KABKOTA answers
 * proposed from it (sasaran as target, dilayani as achieved) and accepted, scored and verified into the sourced
 * category, ranked among Pemda and on the scorecard; province governments the same on SPM_PROVINSI (same index and
 * categories), ranked among the provinces (level PROVINSI), never among the kab/kota.
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
        // ranked among the kab/kota of its province, as the province's Pemda ranking (level KABKOTA) ranks it
        assertThat(((Number) card.get("rankInProvince")).intValue()).isEqualTo(((Number) row.get("rank")).intValue());
    }

    /** A province Pemda's sheet of 2024 entered, assessed on SPM_PROVINSI and verified; the verified assessment. */
    private static JsonPath provinceAssessed(String province, String region, Map<String, long[]> sheet) {
        String operator = DevTokens.operator(UUID.fromString(province));
        List<Map<String, Object>> entries = new ArrayList<>();
        sheet.forEach((code, v) -> entries.add(Map.of("indicatorCode", code, "sasaran", v[0], "dilayani", v[1])));
        expect(
                as(operator)
                        .contentType(ContentType.JSON)
                        .body(Map.of("entries", entries))
                        .put("/api/v1/assessment/units/" + province + "/spm/2024"),
                200,
                "spm sheet");
        String[] opened = RegisterScenario.open("SPM_PROVINSI", 2024, region, province);
        JsonPath p = RegisterScenario.proposals(operator, opened[1]);
        assertThat(p.getList("items.indicatorCode")).containsExactlyElementsOf(sheet.keySet());
        sheet.forEach(
                (code, v) -> assertThat(p.getMap("items.find { it.indicatorCode == '" + code + "' }.answer.parts"))
                        .containsEntry("target", (int) v[0])
                        .containsEntry("achieved", (int) v[1]));
        List<Map<String, Object>> answers = RegisterScenario.accepted(p);
        assertThat(answers).hasSize(9);
        return RegisterScenario.acceptScoreAndVerify(
                opened[0], opened[1], operator, DevTokens.evaluator(region), answers);
    }

    private static Map<String, long[]> provincialSheet(long[] dik1, long[] kes2, long[] sos1) {
        Map<String, long[]> sheet = new LinkedHashMap<>();
        sheet.put("PR-DIK-1.P", dik1);
        sheet.put("PR-DIK-2.P", new long[] {50, 40});
        sheet.put("PR-KES-1.P", new long[] {10, 10});
        sheet.put("PR-KES-2.P", kes2);
        sheet.put("PR-PU-1.P", new long[] {5, 5});
        sheet.put("PR-PU-2.P", new long[] {3, 6});
        sheet.put("PR-PKP-1.P", new long[] {10, 10});
        sheet.put("PR-PKP-2.P", new long[] {10, 10});
        sheet.put("PR-SOS-1.P", sos1);
        return sheet;
    }

    @Test
    void shouldScoreProvincesOnSpmProvinsiAndRankThemOnTheSpmIndex() {
        String sulbar = Api.unit("Pemerintah Provinsi Sulawesi Barat " + UUID.randomUUID(), "PEMDA", "76");
        String gorontalo = Api.unit("Pemerintah Provinsi Gorontalo " + UUID.randomUUID(), "PEMDA", "75");
        ScenarioApi.awaitReplicas(sulbar);
        ScenarioApi.awaitReplicas(gorontalo);

        // Sulawesi Barat: DIK .5 × 90 + .5 × 80 = 85; KES .5 × 100 + .5 × 75 = 87.5; PU 100 (PU-2 6 of 3 counts as
        // 100); PKP 100; SOS 75. total = .2 × 447.5 = 89.5 → 89.50 → Tuntas Madya, hijau
        JsonPath barat = provinceAssessed(
                sulbar, "76", provincialSheet(new long[] {200, 180}, new long[] {4, 3}, new long[] {40, 30}));
        assertThat(new BigDecimal(barat.getString("result.total"))).isEqualByComparingTo("89.5");
        assertThat(barat.getString("result.bandCode")).isEqualTo("TUNTAS_MADYA");
        assertThat(barat.getBoolean("result.basis.confirmed")).isFalse();
        assertThat(barat.getList("result.basis.reasons").toString()).contains("PR-SOS-1");
        // Gorontalo: DIK .5 × 100 + .5 × 80 = 90; KES 100; PU 100; PKP 100; SOS 100.
        // total = .2 × 490 = 98 → 98.00 → Tuntas Utama, hijau
        JsonPath gtlo = provinceAssessed(
                gorontalo, "75", provincialSheet(new long[] {200, 200}, new long[] {4, 4}, new long[] {40, 40}));
        assertThat(new BigDecimal(gtlo.getString("result.total"))).isEqualByComparingTo("98");
        assertThat(gtlo.getString("result.bandCode")).isEqualTo("TUNTAS_UTAMA");

        // on the SPM index among the province governments (level PROVINSI), read as admin; other provinces of the
        // shared stack may rank too, so the two are checked in their order and every rank within the level
        Map<String, String> provincial = Map.of("subjectKind", "PEMDA", "level", "PROVINSI");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> ScenarioApi.managerRanking("SPM", "2024", provincial).stream()
                        .map(r -> r.get("unitId"))
                        .toList()
                        .containsAll(List.of(sulbar, gorontalo)));
        List<Map<String, Object>> provinces = ScenarioApi.managerRanking("SPM", "2024", provincial);
        // no kab/kota government among them (this class's Polewali Mandar has an SPM result of 2024 too)
        assertThat(provinces)
                .allSatisfy(r -> assertThat(r.get("regionCode").toString()).doesNotContain("."));
        for (Map<String, Object> r : provinces) {
            if (r.get("value") != null) {
                BigDecimal value = new BigDecimal(r.get("value").toString());
                long above = provinces.stream()
                        .filter(o -> o.get("value") != null
                                && new BigDecimal(o.get("value").toString()).compareTo(value) > 0)
                        .count();
                assertThat(((Number) r.get("rank")).longValue())
                        .as("rank of " + r.get("unitId"))
                        .isEqualTo(above + 1);
            }
        }
        List<Map<String, Object>> ours = provinces.stream()
                .filter(r -> sulbar.equals(r.get("unitId")) || gorontalo.equals(r.get("unitId")))
                .toList();
        assertThat(ours).extracting(r -> r.get("unitId")).containsExactly(gorontalo, sulbar);
        assertThat(ours).extracting(r -> r.get("bandCode")).containsExactly("TUNTAS_UTAMA", "TUNTAS_MADYA");
        assertThat(((Number) ours.get(0).get("rank")).intValue())
                .isLessThan(((Number) ours.get(1).get("rank")).intValue());
        Map<String, Object> row = ours.get(1);
        assertThat(new BigDecimal(row.get("value").toString())).isEqualByComparingTo("89.50");
        assertThat(row.get("zone")).isEqualTo("HIJAU");
        // a province's region read without a level lists its kab/kota governments, not the province itself
        assertThat(ScenarioApi.managerRanking("SPM", "2024", Map.of("subjectKind", "PEMDA", "region", "76")))
                .extracting(r -> r.get("unitId"))
                .doesNotContain(sulbar);

        Map<String, Object> card = Api.scorecardEntry(sulbar, "SPM", "2024");
        assertThat(card).isNotNull();
        assertThat(card.get("bandCode")).isEqualTo("TUNTAS_MADYA");
        assertThat(new BigDecimal(card.get("value").toString())).isEqualByComparingTo("89.50");
        // ranked among the provinces, as the PROVINSI list ranks it
        assertThat(((Number) card.get("rankInProvince")).intValue()).isEqualTo(((Number) row.get("rank")).intValue());
        assertThat(((Number) card.get("rankedInProvince")).longValue())
                .isEqualTo(
                        provinces.stream().filter(r -> r.get("value") != null).count());
    }
}
