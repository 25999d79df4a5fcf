package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One truth for every grade: exact values just below a cut-off that round onto it get the same value and band
 * from the producing service and from the ranking, both equal to the values worked out here by hand.
 */
class GradeBoundaryTest {

    /** PEKPPP v2 scores of the issue, indicator by indicator (aspects a..f, REFERENCE.md 3.4 order). */
    private static final int[] ISSUE = {
        5, 5, 5, 5, 5, 4, 5, 5, 4, 5, 5, 4, 5, 4, 4, 5, 4, 5, 5, 5, 5, 4, 4, 4, 4, 5, 5, 4, 4, 4
    };

    private static Map<String, Object> rankingRow(String index, String period, String region, String unitId) {
        List<Map<String, Object>> rows = ScenarioApi.json(as(DevTokens.admin())
                        .queryParam("index", index)
                        .queryParam("period", period)
                        .queryParam("region", region)
                        .queryParam("size", 1000)
                        .get("/api/v1/ranking/units"))
                .getList("items");
        return rows.stream()
                .filter(r -> unitId.equals(r.get("unitId")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void shouldGradeTheIssuesPekpppAssessmentA451InBothServices() {
        // by hand (REFERENCE.md 3.4, 3.6): a = .17·5 + .14·5 + .07·5 + .14·5 + .10·5 + .17·4 + .07·5 + .07·5 + .07·4
        // = 4.76; b = 4.5; c = 4.65; d = 4.3; e = 4.5; f = 4;
        // IPP = .24·4.76 + .25·4.5 + .18·4.65 + .11·4.3 + .10·4.5 + .12·4 = 4.5074 → 4.51 → A (≥ 4.51), hijau
        int[] levels = ISSUE;
        BigDecimal exact = ScenarioApi.ipp(i -> levels[ScenarioApi.INDICATORS.indexOf(i)]);
        assertThat(exact).isEqualByComparingTo("4.5074");
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP);

        int year = ThreadLocalRandom.current().nextInt(2100, 2199);
        String region = "74.01";
        String unit = Api.unit("Dinas Grade " + UUID.randomUUID(), "DPMPTSP", region);
        ScenarioApi.awaitReplicas(unit);
        String admin = DevTokens.admin();
        String cycle = expect(ScenarioApi.openCycle(admin, "Grade " + year, year, region, List.of(unit)), 201, "cycle")
                .jsonPath()
                .getString("id");
        expect(ScenarioApi.movePhase(admin, cycle, "SELF_ASSESSMENT"), 200, "phase");
        String assessment = ScenarioApi.assessmentsByUnit(cycle).get(unit);
        String operator = DevTokens.operator(UUID.fromString(unit));
        expect(
                ScenarioApi.answer(
                        operator, assessment, ScenarioApi.answers(i -> levels[ScenarioApi.INDICATORS.indexOf(i)])),
                200,
                "answers");
        expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        expect(ScenarioApi.movePhase(admin, cycle, "EVALUATION"), 200, "phase");
        for (String tier : new String[] {"KABKOTA", "PROVINSI"}) {
            expect(
                    ScenarioApi.score(
                            admin,
                            assessment,
                            tier,
                            ScenarioApi.scores(i -> levels[ScenarioApi.INDICATORS.indexOf(i)])),
                    200,
                    tier);
        }
        var verified = ScenarioApi.json(expect(ScenarioApi.verify(admin, assessment), 200, "verify"));
        assertThat(new BigDecimal(verified.getString("result.total"))).isEqualByComparingTo(exact);
        assertThat(new BigDecimal(verified.getString("result.value"))).isEqualByComparingTo(rounded);
        assertThat(verified.getString("result.bandCode")).isEqualTo("A");
        assertThat(verified.getString("result.zone")).isEqualTo("HIJAU");
        assertThat(verified.getBoolean("result.basis.confirmed")).isFalse();

        String period = String.valueOf(year);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> rankingRow("IPP", period, region, unit) != null);
        Map<String, Object> row = rankingRow("IPP", period, region, unit);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo(rounded);
        assertThat(row.get("bandCode")).isEqualTo("A");
        assertThat(row.get("zone")).isEqualTo("HIJAU");
        assertThat(row.get("basis").toString()).contains("confirmed=false");
    }

    @Test
    void shouldGradeAnOpiniOf779955AsBInBothServices() {
        // by hand (REFERENCE.md 4.2 weights): Input = .5·78 + .5·78 = 78;
        // .2185·78 + .3237·69 + .2424·90 + .2154·78 = 17.043 + 22.3353 + 21.816 + 16.8012 = 77.9955
        // → 78.00 → B (78 ≤ x < 88, the seeded cut-offs), hijau; unrounded it would be C, kuning
        BigDecimal exact = new BigDecimal("0.2185")
                .multiply(BigDecimal.valueOf(78))
                .add(new BigDecimal("0.3237").multiply(BigDecimal.valueOf(69)))
                .add(new BigDecimal("0.2424").multiply(BigDecimal.valueOf(90)))
                .add(new BigDecimal("0.2154").multiply(BigDecimal.valueOf(78)));
        assertThat(exact).isEqualByComparingTo("77.9955");
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP);

        String region = "74.02";
        String unit = Api.unit("Dinas Opini " + UUID.randomUUID(), "DPMPTSP", region);
        ScenarioApi.awaitReplicas(unit);
        String admin = DevTokens.admin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Opini " + UUID.randomUUID());
        body.put("instrumentCode", "OMBUDSMAN_OPINI");
        body.put("instrumentVersion", 1);
        body.put("year", 2024);
        body.put("scopeRegion", region);
        body.put("tiers", List.of("MANDIRI", "PROVINSI"));
        body.put(
                "phases",
                Map.of(
                        "selfAssessment",
                        "2024-02-01",
                        "evaluation",
                        "2024-05-01",
                        "revision",
                        "2024-08-01",
                        "finalisation",
                        "2024-10-01"));
        body.put("unitIds", List.of(unit));
        String cycle = expect(
                        as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/assessment/cycles"),
                        201,
                        "cycle")
                .jsonPath()
                .getString("id");
        expect(ScenarioApi.movePhase(admin, cycle, "SELF_ASSESSMENT"), 200, "phase");
        String assessment = ScenarioApi.assessmentsByUnit(cycle).get(unit);
        List<Map<String, Object>> values = new ArrayList<>();
        Map.of("IN1", 78, "IN2", 78, "PR1", 69, "OU1", 90, "PG1", 78)
                .forEach((code, v) -> values.add(Map.of("indicatorCode", code, "value", v)));
        String operator = DevTokens.operator(UUID.fromString(unit));
        expect(ScenarioApi.answer(operator, assessment, Map.of("answers", values)), 200, "answers");
        expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        expect(ScenarioApi.movePhase(admin, cycle, "EVALUATION"), 200, "phase");
        expect(ScenarioApi.score(admin, assessment, "PROVINSI", Map.of("scores", values)), 200, "scores");
        var verified = ScenarioApi.json(expect(ScenarioApi.verify(admin, assessment), 200, "verify"));
        assertThat(new BigDecimal(verified.getString("result.value"))).isEqualByComparingTo(rounded);
        assertThat(verified.getString("result.bandCode")).isEqualTo("B");
        assertThat(verified.getString("result.zone")).isEqualTo("HIJAU");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> rankingRow("OPINI_OMBUDSMAN", "2024", region, unit) != null);
        Map<String, Object> row = rankingRow("OPINI_OMBUDSMAN", "2024", region, unit);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo(rounded);
        assertThat(row.get("bandCode")).isEqualTo("B");
        assertThat(row.get("zone")).isEqualTo("HIJAU");
    }

    @Test
    void shouldGradeAnIkmOf883055AsAInBothServices() {
        // 100 respondents, every answer 3 except 479 of the 900 cells at 4: Σ = 2700 + 479 = 3179;
        // IKM = 25 × 3179 / 900 = 88.3055.. → 88.31 → A (≥ 88.31), hijau; unrounded it would be B
        BigDecimal exact = BigDecimal.valueOf(25L * 3179).divide(BigDecimal.valueOf(900), 10, RoundingMode.HALF_UP);
        assertThat(exact).isLessThan(new BigDecimal("88.31"));
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP);
        assertThat(rounded).isEqualByComparingTo("88.31");

        int year = ThreadLocalRandom.current().nextInt(2100, 2199);
        String region = "74.03";
        String unit = Api.unit("Puskesmas Grade " + UUID.randomUUID(), "PUSKESMAS", region);
        ScenarioApi.awaitReplicas(unit);
        String period = year + "-S1";
        String campaign = Api.campaign(unit, period, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        // the 479 fours go 5 to a row for 79 rows and 4 for the other 21 (395 + 84), rotating across the unsur: no
        // respondent answers every unsur alike and none repeats the one before, so the quality flags hold none out
        for (int r = 0; r < 100; r++) {
            int fours = r < 79 ? 5 : 4;
            int[] answers = new int[9];
            for (int i = 0; i < 9; i++) {
                answers[i] = Math.floorMod(i - r, 9) < fours ? 4 : 3;
            }
            rows.add(Api.response("grade-" + UUID.randomUUID(), answers));
        }
        assertThat(Api.batch(campaign, rows).statusCode()).isEqualTo(200);
        var result = Api.surveyResult(campaign);
        assertThat(result.getLong("respondents")).isEqualTo(100);
        assertThat(result.getLong("flagged")).isZero();
        assertThat(new BigDecimal(result.getString("ikmKonversi"))).isEqualByComparingTo(rounded);
        assertThat(result.getString("mutu")).isEqualTo("A");
        assertThat(result.getString("zone")).isEqualTo("HIJAU");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> rankingRow("IKM", period, region, unit) != null);
        Map<String, Object> row = rankingRow("IKM", period, region, unit);
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo(rounded);
        assertThat(row.get("bandCode")).isEqualTo("A");
        assertThat(row.get("zone")).isEqualTo("HIJAU");
    }
}
