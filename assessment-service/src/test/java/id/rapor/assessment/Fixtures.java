package id.rapor.assessment;

import static io.restassured.RestAssured.given;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data made through the API: units, cycles in a chosen phase, PEKPPP answers and scores. */
public final class Fixtures {

    private Fixtures() {}

    /** Registers a unit (as admin) and returns its id. */
    public static String unit(String region) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Unit " + UUID.randomUUID(), "type", "PUSKESMAS", "regionCode", region))
                .when()
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Opens a cycle whose dates put it in the self-assessment phase today: self-assessment started ten days ago,
     * evaluation starts in ten days.
     */
    public static Map<String, Object> cycleRequest(
            String instrument, int version, String scope, List<String> tiers, List<String> unitIds) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Cycle " + UUID.randomUUID());
        body.put("instrumentCode", instrument);
        body.put("instrumentVersion", version);
        body.put("year", 2026);
        if (scope != null) {
            body.put("scopeRegion", scope);
        }
        if (tiers != null) {
            body.put("tiers", tiers);
        }
        body.put(
                "phases",
                Map.of(
                        "selfAssessment",
                        today.minusDays(10).toString(),
                        "evaluation",
                        today.plusDays(10).toString(),
                        "revision",
                        today.plusDays(20).toString(),
                        "finalisation",
                        today.plusDays(30).toString()));
        body.put("unitIds", unitIds);
        return body;
    }

    /** Opens a cycle as {@code token} and returns its id. */
    public static String cycle(
            String token, String instrument, int version, String scope, List<String> tiers, List<String> unitIds) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(cycleRequest(instrument, version, scope, tiers, unitIds))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves a cycle to a phase as admin. */
    public static void phase(String cycleId, String phase) {
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("phase", phase))
                .when()
                .put("/api/v1/assessment/cycles/" + cycleId + "/phase")
                .then()
                .statusCode(200)
                .body("currentPhase", org.hamcrest.Matchers.equalTo(phase));
    }

    /** The id of a unit's assessment in a cycle. */
    public static String assessmentOf(String cycleId, String unitId) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("cycleId", cycleId)
                .queryParam("unitId", unitId)
                .when()
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    /** Indicator codes of an instrument version, in order (PEKPPP: the 30 scored ones, then the queue item). */
    public static List<String> indicatorCodes(String instrument, int version) {
        List<List<String>> perAspect = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/assessment/instruments/" + instrument + "/versions/" + version)
                .then()
                .statusCode(200)
                .extract()
                .path("aspects.indicators.code");
        return perAspect.stream().flatMap(List::stream).toList();
    }

    /** An answers body: indicator i at levels[i], each with a link in the "bukti" slot. */
    public static Map<String, Object> answers(List<String> codes, int[] levels) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            items.add(Map.of(
                    "indicatorCode",
                    codes.get(i),
                    "value",
                    levels[i],
                    "note",
                    "catatan " + i,
                    "evidence",
                    List.of(Map.of("slot", "bukti", "link", "https://bukti.example/" + codes.get(i)))));
        }
        return Map.of("answers", items);
    }

    /** A scores body: indicator i at levels[i]. */
    public static Map<String, Object> scores(List<String> codes, int[] levels) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            items.add(Map.of("indicatorCode", codes.get(i), "value", levels[i], "note", "dinilai"));
        }
        return Map.of("scores", items);
    }

    /** The same level for the first {@code n} indicators. */
    public static int[] all(int level, int n) {
        int[] levels = new int[n];
        java.util.Arrays.fill(levels, level);
        return levels;
    }

    /** The mixed PEKPPP levels whose IPP is 3.673 (worked out in PekpppScoringTest). */
    public static final int[] MIXED = {
        5, 4, 3, 4, 5, 3, 2, 4, 3, 4, 4, 3, 5, 4, 3, 4, 5, 2, 3, 4, 4, 3, 3, 5, 5, 4, 4, 3, 2, 3
    };
}
