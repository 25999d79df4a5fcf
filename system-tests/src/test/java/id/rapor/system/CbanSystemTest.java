package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CBAN end to end through the gateway: a kab/kota government assessed on the seeded CBAN version with the generic
 * answer types, its result graded by the assessment service, ranked among Pemda and shown on its scorecard.
 */
class CbanSystemTest {

    private static List<Map<String, Object>> sheet() {
        return List.of(
                Map.of("indicatorCode", "CB01", "parts", Map.of("a", 1, "b", 1, "c", 1, "d", 0)),
                Map.of("indicatorCode", "CB02", "parts", Map.of("target", 1000, "achieved", 950)),
                Map.of("indicatorCode", "CB03", "value", 2),
                Map.of("indicatorCode", "CB04", "parts", Map.of("a", 1, "b", 1, "c", 1, "d", 1)),
                Map.of("indicatorCode", "CB05", "parts", Map.of("target", 200, "achieved", 120)),
                Map.of("indicatorCode", "CB06", "parts", Map.of("2009", 68, "2010", 69, "2011", 70)),
                Map.of("indicatorCode", "CB07", "parts", Map.of("2009", 90, "2010", 100, "2011", 80)),
                Map.of("indicatorCode", "CB08", "value", 6),
                Map.of("indicatorCode", "CB09", "parts", Map.of("target", 10, "achieved", 4)),
                Map.of("indicatorCode", "CB10", "value", 80),
                Map.of("indicatorCode", "CB11", "parts", Map.of("a", 1, "b", 1, "c", 0, "d", 0)),
                Map.of("indicatorCode", "CB12", "value", 70));
    }

    private static Map<String, Object> rankingRow(String region, String unitId) {
        // read as a manager: the live ranking (anonymous readers see only published rankings)
        List<Map<String, Object>> rows = ScenarioApi.json(as(DevTokens.admin())
                        .queryParam("index", "CBAN")
                        .queryParam("period", "2012")
                        .queryParam("subjectKind", "PEMDA")
                        .queryParam("region", region)
                        .queryParam("size", 100)
                        .get("/api/v1/ranking/units"))
                .getList("items");
        return rows.stream()
                .filter(r -> unitId.equals(r.get("unitId")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void shouldAssessAPemdaOnCbanAndSeeItRankedAndOnItsScorecard() {
        // CB01 3/4 → 75; CB02 95; CB03 count 2 → 50; CB04 100; CB05 60; CB06 mean 69; CB07 mean 90; CB08 count 6 → 75;
        // CB09 40; CB10 80; CB11 2/4 → 50; CB12 70.
        // .0833 × 614 + .0834 × 240 = 51.1462 + 20.016 = 71.1622 → 71.16 → B (65 ≤ x < 80, Rapor defaults), hijau
        String pemda = Api.unit("Pemerintah Kabupaten Majene " + UUID.randomUUID(), "PEMDA", "76.05");
        ScenarioApi.awaitReplicas(pemda);
        String admin = DevTokens.admin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "CBAN " + UUID.randomUUID());
        body.put("instrumentCode", "CBAN");
        body.put("instrumentVersion", 1);
        body.put("year", 2012);
        body.put("scopeRegion", "76");
        body.put("tiers", List.of("MANDIRI", "PROVINSI"));
        body.put(
                "phases",
                Map.of(
                        "selfAssessment",
                        "2012-02-01",
                        "evaluation",
                        "2012-05-01",
                        "revision",
                        "2012-08-01",
                        "finalisation",
                        "2012-10-01"));
        body.put("unitIds", List.of(pemda));
        String cycle = expect(
                        as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/assessment/cycles"),
                        201,
                        "cycle")
                .jsonPath()
                .getString("id");
        expect(ScenarioApi.movePhase(admin, cycle, "SELF_ASSESSMENT"), 200, "phase");
        String assessment = ScenarioApi.assessmentsByUnit(cycle).get(pemda);
        String operator = DevTokens.operator(UUID.fromString(pemda));
        expect(ScenarioApi.answer(operator, assessment, Map.of("answers", sheet())), 200, "answers");
        expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        expect(ScenarioApi.movePhase(admin, cycle, "EVALUATION"), 200, "phase");
        expect(ScenarioApi.score(admin, assessment, "PROVINSI", Map.of("scores", sheet())), 200, "scores");
        var verified = ScenarioApi.json(expect(ScenarioApi.verify(admin, assessment), 200, "verify"));
        assertThat(new BigDecimal(verified.getString("result.total"))).isEqualByComparingTo("71.1622");
        assertThat(new BigDecimal(verified.getString("result.value"))).isEqualByComparingTo("71.16");
        assertThat(verified.getString("result.bandCode")).isEqualTo("B");
        assertThat(verified.getBoolean("result.basis.confirmed")).isFalse();

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> rankingRow("76", pemda) != null);
        Map<String, Object> row = rankingRow("76", pemda);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("71.16");
        assertThat(row.get("bandCode")).isEqualTo("B");
        assertThat(row.get("zone")).isEqualTo("HIJAU");
        assertThat(row.get("basis").toString()).contains("confirmed=false");

        Map<String, Object> card = Api.scorecardEntry(pemda, "CBAN", "2012");
        assertThat(card).isNotNull();
        assertThat(card.get("bandCode")).isEqualTo("B");
        assertThat(card.get("rankInProvince")).isEqualTo(1);
    }
}
