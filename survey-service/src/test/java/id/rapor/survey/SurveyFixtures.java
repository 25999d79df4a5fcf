package id.rapor.survey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.TopicProbe;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data made through the real paths: units via UnitChanged on the broker, campaigns and responses via HTTP. */
public final class SurveyFixtures {

    public static final String SKM_2017 = "00000000-0000-0000-0000-000000002017";
    public static final String IKM_2004 = "00000000-0000-0000-0000-000000002004";

    private SurveyFixtures() {}

    /** Publishes a UnitChanged event for a new active unit and waits until the replica has it. */
    public static UUID unit(String regionCode) {
        UUID id = UUID.randomUUID();
        publishUnit(id, 1, "Puskesmas " + id.toString().substring(0, 8), regionCode, true);
        awaitReplicaVersion(id, 1);
        return id;
    }

    /** Publishes a unit's state as the assessment service would. */
    public static void publishUnit(UUID id, long version, String name, String regionCode, boolean active) {
        TopicProbe.send(
                KafkaTestResource.bootstrapServers(),
                Topics.UNITS,
                id.toString(),
                EventCodec.write(UnitChanged.of(
                        id, version, name, "PUSKESMAS", regionCode, "Dinas Kesehatan", active, Instant.now())));
    }

    /** Waits (up to 90 s: the first event of a fresh JVM waits for the consumer group) until the replica holds {@code version} of the unit. */
    public static void awaitReplicaVersion(UUID id, long version) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .alias("unit " + id + " version " + version + " reaches the replica")
                .until(() -> {
                    var response =
                            given().auth().oauth2(DevTokens.admin()).when().get("/api/v1/survey/units/" + id);
                    return response.statusCode() == 200 && response.jsonPath().getLong("version") >= version;
                });
    }

    /** Opens a campaign as admin and returns its id. */
    public static String campaign(UUID unitId, String questionnaireId, String period, Long population) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId.toString());
        body.put("questionnaireId", questionnaireId);
        body.put("period", period);
        if (population != null) {
            body.put("population", population);
        }
        return given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** One response body with the given answers, consent given. */
    public static Map<String, Object> response(String clientId, Map<String, Integer> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (clientId != null) {
            body.put("clientResponseId", clientId);
        }
        body.put("answers", answers);
        body.put("gender", "P");
        body.put("age", 34);
        body.put("education", "D4/S1");
        body.put("occupation", "Wirausaha");
        body.put("consent", true);
        return body;
    }

    /** The same value for items U1..U{items}. */
    public static Map<String, Integer> uniform(int items, int value) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= items; i++) {
            answers.put("U" + i, value);
        }
        return answers;
    }

    /**
     * {@code n} respondents answering all {@code items} items with answers totalling {@code total}: every cell
     * gets total ÷ (items·n) and the first (total mod items·n) cells one more.
     */
    public static List<Map<String, Object>> respondentsWithTotal(int n, int items, int total) {
        int cells = n * items;
        int base = total / cells;
        int extra = total - base * cells;
        List<Map<String, Object>> rows = new ArrayList<>();
        int cell = 0;
        for (int r = 0; r < n; r++) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int i = 1; i <= items; i++) {
                answers.put("U" + i, base + (cell++ < extra ? 1 : 0));
            }
            rows.add(response("r" + r + "-" + UUID.randomUUID(), answers));
        }
        return rows;
    }

    /** Posts a JSON batch as admin and returns the accepted count. */
    public static int batch(String campaignId, List<Map<String, Object>> rows) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/survey/campaigns/" + campaignId + "/responses/batch")
                .then()
                .statusCode(200)
                .extract()
                .path("accepted");
    }

    /**
     * Submits one response as a kiosk would, anonymously: the campaign's form token (read as admin, as printed on the
     * QR code), a fresh challenge, solved, and the submission; returns the response for assertions.
     */
    public static io.restassured.response.Response publicSubmit(String campaignId, Object body, String idempotencyKey) {
        String formToken = formToken(campaignId);
        var challenge = given().header("X-Form-Token", formToken)
                .when()
                .get("/api/v1/survey/campaigns/" + campaignId + "/challenge")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String solution = id.rapor.testsupport.ProofOfWorkSolver.solve(
                challenge.getString("algorithm"),
                challenge.getString("challenge"),
                challenge.getString("salt"),
                challenge.getLong("maxnumber"),
                challenge.getString("signature"));
        var request = given().header("X-Form-Token", formToken)
                .header("X-Proof-Of-Work", solution)
                .contentType(ContentType.JSON)
                .body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/survey/campaigns/" + campaignId + "/responses");
    }

    /** The campaign's public form token, as its managers see it. */
    public static String formToken(String campaignId) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaignId)
                .then()
                .statusCode(200)
                .extract()
                .path("formToken");
    }

    /** Publishes the unit's result of {@code period} as admin (the first version) and returns the publication id. */
    public static String publish(UUID unitId, String period) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("period", period))
                .when()
                .post("/api/v1/survey/units/" + unitId + "/publications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
