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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PEKPPP Khusus end to end through the gateway: KemenPANRB evaluates a Papua unit directly (tiers MANDIRI and
 * NASIONAL) along a plan with pra-evaluasi, verifikasi lapangan and pemeringkatan; a field visit adjusts a score, the
 * verified result reaches the ranking service, the published ranking becomes the cycle's pemeringkatan and only then
 * the cycle becomes final.
 */
class PekpppSchemeSystemTest {

    private static final String REGION = "91";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static Map<String, Object> phase(String phase, int offsetDays) {
        return Map.of("phase", phase, "starts", TODAY.plusDays(offsetDays).toString());
    }

    private static JsonPath cycle(String id) {
        return ScenarioApi.json(expect(as(DevTokens.admin()).get("/api/v1/assessment/cycles/" + id), 200, "cycle"));
    }

    private static Map<String, Object> rankingRow(String unitId, String period) {
        List<Map<String, Object>> rows = ScenarioApi.json(as(DevTokens.admin())
                        .queryParam("index", "IPP")
                        .queryParam("period", period)
                        .queryParam("region", REGION)
                        .queryParam("size", 100)
                        .get("/api/v1/ranking/units"))
                .getList("items");
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> unitId.equals(r.get("unitId")))
                        .findFirst()
                        .orElse(null);
    }

    @Test
    void shouldRunAKhususCycleFromPraEvaluasiToThePublishedPemeringkatan() {
        int year = TODAY.getYear();
        String period = String.valueOf(year);
        String admin = DevTokens.admin();
        String unit = Api.unit("RSUD Jayapura " + UUID.randomUUID(), "RSUD", "91.03");
        ScenarioApi.awaitReplicas(unit);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "PEKPPP Khusus Papua " + UUID.randomUUID());
        body.put("instrumentCode", "PEKPPP");
        body.put("instrumentVersion", 2);
        body.put("year", year);
        body.put("scheme", "KHUSUS");
        body.put("scopeRegion", REGION);
        body.put("tiers", List.of("MANDIRI", "NASIONAL"));
        body.put(
                "phasePlan",
                List.of(
                        phase("SELF_ASSESSMENT", -30),
                        phase("PRA_EVALUASI", -20),
                        phase("VERIFIKASI_LAPANGAN", 5),
                        phase("PEMERINGKATAN", 10),
                        phase("FINAL", 20)));
        body.put("unitIds", List.of(unit));
        // a khusus cycle is the ministry's: a provincial evaluator may not open it
        expect(
                as(DevTokens.evaluator(REGION))
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/assessment/cycles"),
                403,
                "khusus cycle by an evaluator");
        JsonPath opened = ScenarioApi.json(expect(
                as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/assessment/cycles"),
                201,
                "khusus cycle"));
        String cycle = opened.getString("id");
        assertThat(opened.getString("scheme")).isEqualTo("KHUSUS");
        assertThat(opened.getString("currentPhase")).isEqualTo("PRA_EVALUASI");
        assertThat(opened.getList("phasePlan.phase", String.class))
                .containsExactly("SELF_ASSESSMENT", "PRA_EVALUASI", "VERIFIKASI_LAPANGAN", "PEMERINGKATAN", "FINAL");

        // pra-evaluasi: the unit answers and submits while the ministry measures from the desk
        String assessment = ScenarioApi.assessmentsByUnit(cycle).get(unit);
        String operator = DevTokens.operator(UUID.fromString(unit));
        expect(ScenarioApi.answer(operator, assessment, ScenarioApi.answers(i -> 4)), 200, "answers");
        expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        expect(
                ScenarioApi.score(DevTokens.evaluator(REGION), assessment, "NASIONAL", ScenarioApi.scores(i -> 3)),
                403,
                "national tier by a provincial evaluator");
        expect(ScenarioApi.score(admin, assessment, "NASIONAL", ScenarioApi.scores(i -> 3)), 200, "scores");

        // verifikasi lapangan: the visit raises the first indicator with its reason
        expect(ScenarioApi.movePhase(admin, cycle, "VERIFIKASI_LAPANGAN"), 200, "phase");
        ScenarioApi.Indicator first = ScenarioApi.INDICATORS.get(0);
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("tier", "NASIONAL");
        visit.put("visitDate", TODAY.toString());
        visit.put("team", List.of(Map.of("name", "Tim KemenPANRB", "nip", "198503122010011003", "role", "Ketua Tim")));
        visit.put("observations", "Standar pelayanan dan maklumat dipajang di ruang tunggu");
        visit.put("photos", List.of("https://bukti.example/papua/rsud-1.jpg"));
        visit.put(
                "adjustedScores",
                List.of(Map.of("indicatorCode", first.code(), "value", 5, "reason", "Bukti fisik dilihat di lokasi")));
        expect(
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(visit)
                        .post("/api/v1/assessment/assessments/" + assessment + "/field-visits"),
                201,
                "field visit");
        BigDecimal expected = ScenarioApi.ipp(i -> i.code().equals(first.code()) ? 5 : 3);
        JsonPath verified = ScenarioApi.json(expect(ScenarioApi.verify(admin, assessment), 200, "verify"));
        assertThat(new BigDecimal(verified.getString("result.total"))).isEqualByComparingTo(expected);
        assertThat(verified.getString("finalTier")).isEqualTo("NASIONAL");

        // the ranking service ranks the verified result
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> rankingRow(unit, period) != null);
        assertThat((BigDecimal) rankingRow(unit, period).get("value"))
                .isEqualByComparingTo(ScenarioApi.twoDecimals(expected));

        // pemeringkatan: the cycle becomes final only once the ranking is published
        expect(ScenarioApi.movePhase(admin, cycle, "PEMERINGKATAN"), 200, "phase");
        expect(ScenarioApi.movePhase(admin, cycle, "FINAL"), 422, "final before the pemeringkatan");
        expect(
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(Map.of("regionCode", REGION, "period", period))
                        .post("/api/v1/ranking/publications"),
                201,
                "publish the ranking");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> cycle(cycle).get("pemeringkatan") != null);
        JsonPath ranked = cycle(cycle);
        assertThat(ranked.getString("pemeringkatan.regionCode")).isEqualTo(REGION);
        assertThat(ranked.getString("pemeringkatan.period")).isEqualTo(period);
        assertThat(ranked.getInt("pemeringkatan.version")).isEqualTo(1);
        assertThat(ranked.getString("pemeringkatan.contentHash")).hasSize(64);
        JsonPath finalised = ScenarioApi.json(expect(ScenarioApi.movePhase(admin, cycle, "FINAL"), 200, "final"));
        assertThat(finalised.getString("currentPhase")).isEqualTo("FINAL");
    }
}
