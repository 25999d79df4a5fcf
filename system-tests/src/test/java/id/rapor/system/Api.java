package id.rapor.system;

import static id.rapor.system.SystemStack.gateway;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The calls a Biro Organisasi client makes, through the gateway only. */
final class Api {

    /** The seeded SKM questionnaire (PermenPANRB 14/2017, nine unsur). */
    static final String SKM_2017 = "00000000-0000-0000-0000-000000002017";

    private Api() {}

    static String admin() {
        return DevTokens.admin();
    }

    /** Registers a unit and waits until the survey service's replica knows it. */
    static String unit(String name, String type, String regionCode) {
        String id = gateway()
                .auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "type",
                        type,
                        "regionCode",
                        regionCode,
                        "parentOrganisation",
                        "Pemerintah Daerah"))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> gateway()
                                .auth()
                                .oauth2(admin())
                                .get("/api/v1/survey/units/" + id)
                                .statusCode()
                        == 200);
        return id;
    }

    /** Opens an SKM 2017 campaign for a unit and period. */
    static String campaign(String unitId, String period, Long population) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("questionnaireId", SKM_2017);
        body.put("period", period);
        if (population != null) {
            body.put("population", population);
        }
        return gateway()
                .auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** One response with the nine SKM answers. */
    static Map<String, Object> response(String clientId, int... answers) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            byCode.put("U" + (i + 1), answers[i]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientResponseId", clientId);
        body.put("answers", byCode);
        body.put("gender", "L");
        body.put("age", 41);
        body.put("education", "SMA");
        body.put("occupation", "Swasta");
        body.put("consent", true);
        return body;
    }

    /**
     * {@code n} responses with fresh client ids, every answer {@code value} but one item per row (rotating) a step
     * away, so the rows pass the quality checks (no straight-lining, no identical runs) and count at once.
     */
    static List<Map<String, Object>> uniformResponses(String prefix, int n, int value) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] answers = {value, value, value, value, value, value, value, value, value};
            answers[i % 9] = value == 4 ? 3 : value + 1;
            rows.add(response(prefix + "-" + i, answers));
        }
        return rows;
    }

    /** Posts a JSON batch; returns the raw response (callers check the status). */
    static Response batch(String campaignId, List<Map<String, Object>> rows) {
        return gateway()
                .auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/survey/campaigns/" + campaignId + "/responses/batch");
    }

    /** The campaign's result as the survey service computes it. */
    static JsonPath surveyResult(String campaignId) {
        return gateway()
                .auth()
                .oauth2(admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaignId + "/result")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The unit's scorecard entry for an index and period, or null when the ranking has none yet. */
    static Map<String, Object> scorecardEntry(String unitId, String index, String period) {
        Response response =
                gateway().auth().oauth2(admin()).when().get("/api/v1/ranking/units/" + unitId + "/scorecard");
        if (response.statusCode() != 200) {
            return null;
        }
        List<Map<String, Object>> indices = response.jsonPath().getList("indices");
        for (Map<String, Object> history : indices) {
            if (index.equals(history.get("indexCode"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> periods = (List<Map<String, Object>>) history.get("periods");
                for (Map<String, Object> entry : periods) {
                    if (period.equals(entry.get("period"))) {
                        return entry;
                    }
                }
            }
        }
        return null;
    }

    /** Respondents the ranking counts for a unit's IKM in a period (0 when absent). */
    static long rankingRespondents(String unitId, String period) {
        Map<String, Object> entry = scorecardEntry(unitId, "IKM", period);
        if (entry == null || entry.get("respondents") == null) {
            return 0;
        }
        return ((Number) entry.get("respondents")).longValue();
    }

    /** Drops the ranking projection and replays every topic; returns the rebuild report. */
    static JsonPath rebuildRanking() {
        return gateway()
                .auth()
                .oauth2(admin())
                .when()
                .post("/api/v1/ranking/admin/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A short unique suffix for names and periods. */
    static String uniq() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
