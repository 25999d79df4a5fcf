package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps a register instrument (SOP_AP, SPM_KABKOTA, INOVASI) takes through the gateway: a cycle of the year in
 * self-assessment, the answers the subject's register proposes, accepted through the answer endpoint, submitted,
 * scored and verified; then the ranking row (read as admin: the live ranking) and the scorecard entry.
 */
final class RegisterScenario {

    private RegisterScenario() {}

    /** Opens a cycle of {@code year} for one subject, moves it to self-assessment and returns [cycle, assessment]. */
    static String[] open(String instrument, int year, String scope, String subject) {
        String admin = DevTokens.admin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", instrument + " " + Api.uniq());
        body.put("instrumentCode", instrument);
        body.put("instrumentVersion", 1);
        body.put("year", year);
        body.put("scopeRegion", scope);
        body.put("tiers", List.of("MANDIRI", "PROVINSI"));
        body.put(
                "phases",
                Map.of(
                        "selfAssessment", year + "-02-01",
                        "evaluation", year + "-05-01",
                        "revision", year + "-08-01",
                        "finalisation", year + "-10-01"));
        body.put("unitIds", List.of(subject));
        String cycle = expect(
                        as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/assessment/cycles"),
                        201,
                        "cycle")
                .jsonPath()
                .getString("id");
        expect(ScenarioApi.movePhase(admin, cycle, "SELF_ASSESSMENT"), 200, "phase");
        return new String[] {cycle, ScenarioApi.assessmentsByUnit(cycle).get(subject)};
    }

    /** The register's proposals for the assessment, as the operator reads them. */
    static JsonPath proposals(String operator, String assessment) {
        return ScenarioApi.json(expect(
                as(operator).get("/api/v1/assessment/assessments/" + assessment + "/register-answers"),
                200,
                "register answers"));
    }

    /** Every proposed answer object, unchanged. */
    static List<Map<String, Object>> accepted(JsonPath proposals) {
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

    /** Accepts the answers, submits, the region's evaluator scores the same and verifies; the verified assessment. */
    static JsonPath acceptScoreAndVerify(
            String cycle, String assessment, String operator, String evaluator, List<Map<String, Object>> answers) {
        String admin = DevTokens.admin();
        expect(ScenarioApi.answer(operator, assessment, Map.of("answers", answers)), 200, "answers");
        expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        expect(ScenarioApi.movePhase(admin, cycle, "EVALUATION"), 200, "phase");
        expect(ScenarioApi.score(evaluator, assessment, "PROVINSI", Map.of("scores", answers)), 200, "scores");
        return ScenarioApi.json(expect(ScenarioApi.verify(evaluator, assessment), 200, "verify"));
    }

    /** The subject's live ranking row, read as admin, once the ranking has projected it. */
    static Map<String, Object> rankingRow(String index, String period, String kind, String region, String subject) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> row(index, period, kind, region, subject) != null);
        Map<String, Object> row = row(index, period, kind, region, subject);
        assertThat(row).isNotNull();
        return row;
    }

    private static Map<String, Object> row(String index, String period, String kind, String region, String subject) {
        List<Map<String, Object>> rows = ScenarioApi.json(as(DevTokens.admin())
                        .queryParam("index", index)
                        .queryParam("period", period)
                        .queryParam("subjectKind", kind)
                        .queryParam("region", region)
                        .queryParam("size", 100)
                        .get("/api/v1/ranking/units"))
                .getList("items");
        return rows.stream()
                .filter(r -> subject.equals(r.get("unitId")))
                .findFirst()
                .orElse(null);
    }
}
