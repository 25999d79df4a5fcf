package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The attacks of the survey integrity report, replayed through the gateway and straight to the survey service's own
 * port: anonymous flooding, a viewer token as a bypass, stuffing with identical top answers, an operator voiding its
 * own unit's responses, squatting on an import's response ids, and reading results around one submission.
 */
class SurveyIntegrityTest {

    private static final String PERIOD = "2026-S2";

    private static RequestSpecification surveyPort() {
        return RestAssured.given(new RequestSpecBuilder()
                .setBaseUri(SystemStack.get().service("survey").url())
                .build());
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static Map<String, Object> varied(String id, int seed) {
        int[] answers = new int[9];
        for (int i = 0; i < 9; i++) {
            answers[i] = 1 + (seed + i * 3) % 4;
        }
        return Api.response(id, answers);
    }

    @Test
    void shouldHoldAnonymousFloodingToTheConfiguredRateThroughTheGatewayAndAtTheServicePort() {
        String unit = Api.unit("Puskesmas Lanrisang " + Api.uniq(), "PUSKESMAS", "73.15");
        String campaign = Api.campaign(unit, PERIOD, null);
        int burst = env("SURVEY_INTEGRITY_RATE_LIMIT_CAMPAIGN_BURST", 120);
        int perMinute = env("SURVEY_INTEGRITY_RATE_LIMIT_CAMPAIGN_PER_MINUTE", 60);
        String path = "/api/v1/survey/campaigns/" + campaign + "/responses";

        // Without the form token and a solved challenge nothing is stored, at either door.
        for (RequestSpecification door : List.of(SystemStack.gateway(), surveyPort())) {
            Response bare = RestAssured.given()
                    .spec(door)
                    .contentType(ContentType.JSON)
                    .body(varied(null, 1))
                    .post(path);
            assertThat(bare.statusCode()).isEqualTo(403);
            assertThat(bare.contentType()).startsWith("application/problem+json");
        }
        // A viewer's token is no bypass: same refusal.
        Response viewer = SystemStack.gateway()
                .auth()
                .oauth2(DevTokens.viewer())
                .contentType(ContentType.JSON)
                .body(varied(null, 2))
                .post(path);
        assertThat(viewer.statusCode()).isEqualTo(403);

        long started = System.nanoTime();
        int accepted = 0;
        int limited = 0;
        int attempts = burst + 25;
        for (int i = 0; i < attempts; i++) {
            RequestSpecification door = i % 2 == 0 ? SystemStack.gateway() : surveyPort();
            Map<String, String> form = ScenarioApi.publicForm(door, campaign);
            RequestSpecification request = RestAssured.given()
                    .spec(door)
                    .headers(form)
                    .contentType(ContentType.JSON)
                    .body(varied(null, i));
            if (i % 3 == 0) {
                request = request.auth().oauth2(DevTokens.viewer());
            }
            Response response = request.post(path);
            if (response.statusCode() == 201) {
                accepted++;
            } else {
                assertThat(response.statusCode()).as("refused flooding").isEqualTo(429);
                assertThat(response.header("Retry-After")).isNotNull();
                limited++;
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        long allowed = burst + (long) Math.ceil(minutes * perMinute) + 1;
        System.out.printf(
                "anonymous flooding of one campaign: %d attempts in %.1f s, %d accepted (limit %d), "
                        + "%d refused with 429%n",
                attempts, minutes * 60, accepted, allowed, limited);
        assertThat(accepted).isLessThanOrEqualTo((int) allowed);
        assertThat(limited).isPositive();
        JsonPath live = Api.surveyResult(campaign);
        // every accepted response carried a solved proof-of-work: stored = accepted, counted or flagged
        assertThat(live.getLong("respondents") + live.getLong("flagged")).isEqualTo(accepted);
    }

    @Test
    void shouldHoldStuffingOutOfTheIndexAndTheRankingUntilAnEvaluatorAcceptsIt() {
        String unit = Api.unit("Puskesmas Batulicin " + Api.uniq(), "PUSKESMAS", "73.15");
        String operator = DevTokens.operator(UUID.fromString(unit));
        String campaign = ScenarioApi.openCampaign(operator, unit, PERIOD, 1000L)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Map<String, Object>> honest = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            honest.add(varied("honest-" + i, i));
        }
        assertThat(as(operator)
                        .contentType(ContentType.JSON)
                        .body(honest)
                        .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                        .statusCode())
                .isEqualTo(200);
        JsonPath before = Api.surveyResult(campaign);

        List<Map<String, Object>> stuffed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            stuffed.add(Api.response("stuffed-" + i, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        }
        JsonPath batch = as(operator)
                .contentType(ContentType.JSON)
                .body(stuffed)
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(batch.getInt("accepted")).isEqualTo(200);
        assertThat(batch.getInt("flagged")).isEqualTo(200);
        JsonPath after = Api.surveyResult(campaign);
        assertThat(after.getLong("respondents")).isEqualTo(8);
        assertThat(after.getString("ikmKonversi")).isEqualTo(before.getString("ikmKonversi"));
        assertThat(after.getString("dataQuality")).isEqualTo("LOW");
        // the ranking sees the same counted respondents and marks the unit
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    JsonPath page = as(DevTokens.admin())
                            .queryParam("index", "IKM")
                            .queryParam("period", PERIOD)
                            .queryParam("region", "73.15")
                            .queryParam("size", 500)
                            .get("/api/v1/ranking/units")
                            .jsonPath();
                    int i = page.getList("items.unitId", String.class).indexOf(unit);
                    assertThat(i).isNotNegative();
                    assertThat(page.getLong("items[" + i + "].respondents")).isEqualTo(8);
                    assertThat(page.getLong("items[" + i + "].flagged")).isEqualTo(200);
                    assertThat(page.getString("items[" + i + "].dataQuality")).isEqualTo("LOW");
                });

        // the operator can neither review nor void its way out
        assertThat(as(operator)
                        .get("/api/v1/survey/campaigns/" + campaign + "/review-queue")
                        .statusCode())
                .isEqualTo(403);
        Response selfVoid = as(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "nilai rendah"))
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/honest-0/void");
        assertThat(selfVoid.statusCode()).isEqualTo(202);
        assertThat(selfVoid.jsonPath().getString("state")).isEqualTo("PENDING");
        assertThat(Api.surveyResult(campaign).getLong("respondents")).isEqualTo(8);
        String request = selfVoid.jsonPath().getString("id");
        assertThat(as(operator)
                        .contentType(ContentType.JSON)
                        .body(Map.of("reason", "ok"))
                        .post("/api/v1/survey/void-requests/" + request + "/approve")
                        .statusCode())
                .isEqualTo(403);
        assertThat(as(DevTokens.evaluator("73.15"))
                        .contentType(ContentType.JSON)
                        .body(Map.of("reason", "Tidak ada bukti duplikat"))
                        .post("/api/v1/survey/void-requests/" + request + "/reject")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.surveyResult(campaign).getLong("respondents")).isEqualTo(8);

        // the evaluator of the region accepts what it checked; only then does the index move
        int acceptedOnReview = ScenarioApi.acceptFlagged(DevTokens.evaluator("73.15"), campaign);
        assertThat(acceptedOnReview).isEqualTo(200);
        JsonPath reviewed = Api.surveyResult(campaign);
        assertThat(reviewed.getLong("respondents")).isEqualTo(208);
        assertThat(reviewed.getDouble("ikmKonversi")).isGreaterThan(before.getDouble("ikmKonversi"));
    }

    @Test
    void shouldImportTheOperatorsPaperFormsWhoseIdsAnAnonymousCallerClaimedFirst() {
        String unit = Api.unit("Puskesmas Kusan " + Api.uniq(), "PUSKESMAS", "73.15");
        String operator = DevTokens.operator(UUID.fromString(unit));
        String campaign = ScenarioApi.openCampaign(operator, unit, PERIOD, null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int i = 1; i <= 3; i++) {
            Response squat = SystemStack.gateway()
                    .headers(ScenarioApi.publicForm(campaign))
                    .contentType(ContentType.JSON)
                    .body(varied(String.format("PAPER-2026-%04d", i), i))
                    .post("/api/v1/survey/campaigns/" + campaign + "/responses");
            assertThat(squat.statusCode()).isEqualTo(201);
        }
        List<String> ids = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            ids.add(String.format("PAPER-2026-%04d", i));
            rows.add(new int[] {1 + i % 4, 1 + (i + 1) % 4, 1 + (i + 2) % 4, 3, 3, 4, 2, 3, 4});
        }
        Response imported = as(operator)
                .contentType("text/csv; charset=UTF-8")
                .queryParam("batchReference", "Kotak saran Januari")
                .body(ScenarioApi.skmCsv(ids, rows))
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.jsonPath().getInt("accepted")).isEqualTo(50);
        JsonPath live = Api.surveyResult(campaign);
        assertThat(live.getLong("respondents") + live.getLong("flagged")).isEqualTo(53);
    }

    @Test
    void shouldShowAnonymousReadersNeitherAGroupOfOneNorTheEffectOfOneSubmission() {
        String unit = Api.unit("Puskesmas Pagatan " + Api.uniq(), "PUSKESMAS", "73.15");
        String campaign = Api.campaign(unit, PERIOD, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(varied("g-" + i, i));
        }
        Map<String, Object> lone = new LinkedHashMap<>(varied("g-lone", 2));
        lone.put("occupation", "Kepala Puskesmas Lanrisang");
        lone.put("serviceUsed", "Konsultasi HIV");
        rows.add(lone);
        assertThat(Api.batch(campaign, rows).statusCode()).isEqualTo(200);

        String path = "/api/v1/survey/campaigns/" + campaign + "/result";
        // anonymous readers see published snapshots only: nothing before the evaluator publishes
        assertThat(SystemStack.gateway().get(path).statusCode()).isEqualTo(404);
        String publication = as(DevTokens.evaluator("73.15"))
                .contentType(ContentType.JSON)
                .body(Map.of("period", PERIOD))
                .post("/api/v1/survey/units/" + unit + "/publications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (RequestSpecification door : List.of(SystemStack.gateway(), surveyPort())) {
            String body = RestAssured.given()
                    .spec(door)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(body).doesNotContain("Lanrisang").doesNotContain("HIV");
        }
        // breakdowns use the controlled vocabulary for every reader: free text is counted as Lainnya
        assertThat(as(DevTokens.evaluator("73.15")).get(path).asString())
                .contains("\"Lainnya\"")
                .doesNotContain("Lanrisang");

        JsonPath first = SystemStack.gateway().get(path).jsonPath();
        Response submitted = SystemStack.gateway()
                .headers(ScenarioApi.publicForm(campaign))
                .contentType(ContentType.JSON)
                .body(varied(null, 7))
                .post("/api/v1/survey/campaigns/" + campaign + "/responses");
        assertThat(submitted.statusCode()).isEqualTo(201);
        JsonPath second = SystemStack.gateway().get(path).jsonPath();
        assertThat(second.getLong("respondents")).isEqualTo(first.getLong("respondents"));
        assertThat(second.getList("items.sum")).isEqualTo(first.getList("items.sum"));
        assertThat(second.getString("publication.id")).isEqualTo(publication);
        JsonPath live = Api.surveyResult(campaign);
        assertThat(live.getLong("respondents") + live.getLong("flagged")).isEqualTo(8);
    }
}
