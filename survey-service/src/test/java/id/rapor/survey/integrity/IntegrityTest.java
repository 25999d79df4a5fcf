package id.rapor.survey.integrity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.ProofOfWorkSolver;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The attacks on survey integrity, replayed against the service itself: farming without a form token or a solved
 * proof-of-work, reusing a solution, flooding a campaign, a viewer token as a bypass, stuffing with identical top
 * answers, an operator voiding its own unit's responses, squatting on an import's response ids, and reading
 * results around a single submission.
 */
@QuarkusTest
@RaporQuarkusTest
@TestProfile(IntegrityTest.FlagsOn.class)
class IntegrityTest {

    /** The quality flags as in production (the other service tests switch the content flags off). */
    public static class FlagsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "survey.integrity.flags.burst-count",
                    "5",
                    "survey.integrity.flags.identical-run",
                    "3",
                    "survey.integrity.flags.straight-lining-items",
                    "5");
        }
    }

    private static String campaign(UUID unit) {
        return SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
    }

    private static Map<String, Integer> varied(int seed) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 1 + (seed + i * 7) % 4);
        }
        return answers;
    }

    private static JsonPath challenge(String campaign, String formToken) {
        return given().header("X-Form-Token", formToken)
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/challenge")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String solve(JsonPath c) {
        return ProofOfWorkSolver.solve(
                c.getString("algorithm"),
                c.getString("challenge"),
                c.getString("salt"),
                c.getLong("maxnumber"),
                c.getString("signature"));
    }

    private static JsonPath liveResult(String campaign) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldRefuseAnonymousSubmissionWithoutFormTokenOrProofOfWork() {
        String campaign = campaign(SurveyFixtures.unit("73.06"));
        String token = SurveyFixtures.formToken(campaign);
        Map<String, Object> body = SurveyFixtures.response(null, varied(1));
        String path = "/api/v1/survey/campaigns/" + campaign + "/responses";

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when()
                .get("/api/v1/survey/campaigns/" + campaign + "/challenge")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("X-Form-Token", "not-the-token")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(403);
        given().header("X-Form-Token", token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("X-Proof-Of-Work"));

        JsonPath c = challenge(campaign, token);
        assertThat(c.getString("algorithm")).isEqualTo("SHA-256");
        assertThat(c.getString("salt")).contains("expires=").contains("campaign=" + campaign);
        // a wrong number, a forged signature, a salt moved to another campaign: all refused
        String wrong = ProofOfWorkSolver.payload(
                "SHA-256",
                c.getString("challenge"),
                c.getLong("maxnumber") + 1,
                c.getString("salt"),
                c.getString("signature"));
        given().header("X-Form-Token", token)
                .header("X-Proof-Of-Work", wrong)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(400);
        String other = campaign(SurveyFixtures.unit("73.06"));
        JsonPath foreign = challenge(other, SurveyFixtures.formToken(other));
        given().header("X-Form-Token", token)
                .header("X-Proof-Of-Work", solve(foreign))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(400);

        String solution = solve(c);
        given().header("X-Form-Token", token)
                .header("X-Proof-Of-Work", solution)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .body("namespace", equalTo("WEB/public"));
        // each solution is accepted once
        given().header("X-Form-Token", token)
                .header("X-Proof-Of-Work", solution)
                .contentType(ContentType.JSON)
                .body(SurveyFixtures.response(null, varied(2)))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(liveResult(campaign).getLong("respondents")).isEqualTo(1);

        // a rotated token stops the old one; a revoked token stops anonymous submission altogether
        String rotated = given().auth()
                .oauth2(DevTokens.operator(unitOf(campaign)))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/form-token")
                .then()
                .statusCode(200)
                .extract()
                .path("formToken");
        assertThat(rotated).isNotEqualTo(token);
        given().header("X-Form-Token", token)
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/challenge")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .delete("/api/v1/survey/campaigns/" + campaign + "/form-token")
                .then()
                .statusCode(204);
        given().header("X-Form-Token", rotated)
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/challenge")
                .then()
                .statusCode(403);
        // a viewer reads campaigns but never sees the token
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .body("formToken", equalTo(null));
    }

    @Test
    void shouldHoldFloodingToTheCampaignLimitWhateverTheToken() {
        // %test: a campaign takes a burst of 30 single submissions, then one a minute
        String campaign = campaign(SurveyFixtures.unit("73.06"));
        int accepted = 0;
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 40; i++) {
            var response = i % 2 == 0
                    ? SurveyFixtures.publicSubmit(campaign, SurveyFixtures.response(null, varied(i)), null)
                    : given().auth()
                            .oauth2(DevTokens.admin())
                            .contentType(ContentType.JSON)
                            .body(SurveyFixtures.response(null, varied(i)))
                            .when()
                            .post("/api/v1/survey/campaigns/" + campaign + "/responses");
            if (response.statusCode() == 201) {
                accepted++;
            } else if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        System.out.printf("flooding one campaign: %d accepted, %d refused with 429%n", accepted, limited);
        assertThat(accepted).isBetween(30, 31);
        assertThat(limited).isEqualTo(40 - accepted);
        assertThat(Long.parseLong(retryAfter)).isPositive();
        // a viewer token is no bypass: it needs the form token and the proof-of-work like anyone
        String fresh = campaign(SurveyFixtures.unit("73.06"));
        given().auth()
                .oauth2(DevTokens.viewer())
                .contentType(ContentType.JSON)
                .body(SurveyFixtures.response(null, varied(3)))
                .when()
                .post("/api/v1/survey/campaigns/" + fresh + "/responses")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldHoldStuffedIdenticalTopAnswersOutOfTheIndexUntilReviewed() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = campaign(unit);
        List<Map<String, Object>> honest = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            honest.add(SurveyFixtures.response("h-" + i, varied(i)));
        }
        SurveyFixtures.batch(campaign, honest);
        JsonPath before = liveResult(campaign);
        List<Map<String, Object>> stuffed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stuffed.add(SurveyFixtures.response("s-" + i, SurveyFixtures.uniform(9, 4)));
        }
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(stuffed)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(50))
                .body("flagged", equalTo(50));
        JsonPath after = liveResult(campaign);
        assertThat(after.getLong("respondents")).isEqualTo(6);
        assertThat(after.getFloat("ikmKonversi")).isEqualTo(before.getFloat("ikmKonversi"));
        assertThat(after.getLong("flagged")).isEqualTo(50);
        assertThat(after.getString("dataQuality")).isEqualTo("LOW");

        // the unit's operator cannot review its own flagged responses; an evaluator outside the region neither
        String path = "/api/v1/survey/campaigns/" + campaign + "/review-queue";
        given().auth().oauth2(DevTokens.operator(unit)).when().get(path).then().statusCode(403);
        given().auth().oauth2(DevTokens.evaluator("64")).when().get(path).then().statusCode(403);
        JsonPath queue = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(queue.getLong("total")).isEqualTo(50);
        assertThat(queue.getList("items[0].flags", String.class)).contains("STRAIGHT_LINING");
        assertThat(queue.getList("items.flags.flatten()", String.class)).contains("IDENTICAL_RUN");

        String review = "/api/v1/survey/campaigns/" + campaign + "/responses/s-0/review";
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPT", "reason", "kami sendiri"))
                .when()
                .post(review)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPT", "reason", "Dicek dengan buku tamu"))
                .when()
                .post(review)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("respondents", equalTo(7))
                .body("flagged", equalTo(49));
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "EXCLUDE", "reason", "again"))
                .when()
                .post(review)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "EXCLUDE", "reason", "Isian seragam tanpa bukti"))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/s-1/review")
                .then()
                .statusCode(200)
                .body("state", equalTo("EXCLUDED"))
                .body("excluded", equalTo(1));
        JsonPath reviewed = liveResult(campaign);
        assertThat(reviewed.getLong("respondents")).isEqualTo(7);
        assertThat(reviewed.getFloat("ikmKonversi")).isGreaterThan(before.getFloat("ikmKonversi"));
    }

    @Test
    void shouldLetTheOperatorOnlyRequestAVoidThatAnEvaluatorApproves() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = campaign(unit);
        SurveyFixtures.batch(
                campaign,
                List.of(SurveyFixtures.response("bad-1", varied(1)), SurveyFixtures.response("ok-1", varied(2))));
        String voidPath = "/api/v1/survey/campaigns/" + campaign + "/responses/bad-1/void";
        String requestId = given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Nilai rendah"))
                .when()
                .post(voidPath)
                .then()
                .statusCode(202)
                .body("state", equalTo("PENDING"))
                .extract()
                .path("id");
        assertThat(liveResult(campaign).getLong("respondents")).isEqualTo(2);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "setuju"))
                .when()
                .post("/api/v1/survey/void-requests/" + requestId + "/approve")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "setuju"))
                .when()
                .post("/api/v1/survey/void-requests/" + requestId + "/approve")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Duplikat terbukti"))
                .when()
                .post("/api/v1/survey/void-requests/" + requestId + "/approve")
                .then()
                .statusCode(200)
                .body("voided", equalTo(true))
                .body("respondents", equalTo(1));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "lagi"))
                .when()
                .post("/api/v1/survey/void-requests/" + requestId + "/reject")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/void-requests")
                .then()
                .statusCode(200)
                .body("[0].state", equalTo("APPROVED"));
    }

    @Test
    void shouldImportPaperFormsWhoseIdsAnAnonymousCallerClaimedFirst() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = campaign(unit);
        SurveyFixtures.publicSubmit(campaign, SurveyFixtures.response("PAPER-2026-0001", varied(1)), null)
                .then()
                .statusCode(201);
        StringBuilder csv = new StringBuilder("client_response_id,consent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n");
        for (int i = 1; i <= 5; i++) {
            csv.append(String.format("PAPER-2026-%04d,true", i));
            varied(i + 10).values().forEach(v -> csv.append(',').append(v));
            csv.append('\n');
        }
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType("text/csv")
                .body(csv.toString())
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("batchReference"));
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType("text/csv")
                .body(csv.toString())
                .queryParam("batchReference", "Kotak saran 2026/01")
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(5))
                .body("flagged", equalTo(0));
        assertThat(liveResult(campaign).getLong("respondents")).isEqualTo(6);
        // the id now exists in two namespaces: a void must name one
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/PAPER-2026-0001/void")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("namespace"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Titipan"))
                .queryParam("namespace", "WEB/public")
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/PAPER-2026-0001/void")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(5));
    }

    @Test
    void shouldNeedAnAdminForCampaignPeriodsFarFromToday() {
        UUID unit = SurveyFixtures.unit("73.06");
        for (String period : List.of("1999", "2099")) {
            given().auth()
                    .oauth2(DevTokens.operator(unit))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "unitId", unit.toString(), "questionnaireId", SurveyFixtures.SKM_2017, "period", period))
                    .when()
                    .post("/api/v1/survey/campaigns")
                    .then()
                    .statusCode(403)
                    .body("errors[0].field", equalTo("period"));
        }
        SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2099", null);
    }

    @Test
    void shouldHideSmallGroupsAndLiveSumsFromAnonymousReaders() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = campaign(unit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(SurveyFixtures.response("g-" + i, varied(i)));
        }
        Map<String, Object> lone = new LinkedHashMap<>(SurveyFixtures.response("g-lone", varied(8)));
        lone.put("occupation", "Kepala Puskesmas Lanrisang");
        rows.add(lone);
        SurveyFixtures.batch(campaign, rows);

        String path = "/api/v1/survey/campaigns/" + campaign + "/result";
        String publication = SurveyFixtures.publish(unit, "2026-S2");
        JsonPath anonymous =
                given().when().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(anonymous.getList("breakdowns.occupation.value", String.class))
                .doesNotContain("Kepala Puskesmas Lanrisang");
        assertThat(anonymous.getString("publication.id")).isEqualTo(publication);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                // free text outside the vocabulary is counted as Lainnya, for every reader
                .body("breakdowns.occupation.find { it.value == 'Lainnya' }.respondents", equalTo(1))
                .body("breakdowns.occupation.value", not(hasItem("Kepala Puskesmas Lanrisang")));

        // two reads around one submission: the anonymous reader sees the same published snapshot
        SurveyFixtures.publicSubmit(campaign, SurveyFixtures.response(null, varied(5)), null)
                .then()
                .statusCode(201);
        JsonPath again =
                given().when().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(again.getLong("respondents")).isEqualTo(anonymous.getLong("respondents"));
        assertThat(again.getList("items.sum")).isEqualTo(anonymous.getList("items.sum"));
        assertThat(liveResult(campaign).getLong("respondents")).isEqualTo(anonymous.getLong("respondents") + 1);
    }

    @Test
    void shouldPoolTheYearFromCountedResponsesOnlyAndHideItsSmallGroups() {
        UUID unit = SurveyFixtures.unit("73.06");
        String first = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        String second = campaign(unit);
        String[] loners = {"Kepala Puskesmas Lanrisang", "Kepala Tata Usaha Lanrisang"};
        String[] campaigns = {first, second};
        for (int c = 0; c < 2; c++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                rows.add(SurveyFixtures.response("y" + c + "-" + i, varied(i + c)));
            }
            Map<String, Object> lone = new LinkedHashMap<>(SurveyFixtures.response("y" + c + "-lone", varied(8)));
            lone.put("occupation", loners[c]);
            rows.add(lone);
            SurveyFixtures.batch(campaigns[c], rows);
        }
        String path = "/api/v1/survey/units/" + unit + "/result";
        JsonPath before = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("period", "2026")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(before.getList("campaignIds", String.class)).containsExactlyInAnyOrder(first, second);
        assertThat(before.getLong("respondents")).isEqualTo(14);

        List<Map<String, Object>> stuffed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stuffed.add(SurveyFixtures.response("ys-" + i, SurveyFixtures.uniform(9, 4)));
        }
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(stuffed)
                .when()
                .post("/api/v1/survey/campaigns/" + second + "/responses/batch")
                .then()
                .statusCode(200)
                .body("flagged", equalTo(50));

        // the year pools only counted responses: the held-out ones change the counts, never the index
        JsonPath year = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("period", "2026")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(year.getLong("respondents")).isEqualTo(14);
        assertThat(year.getFloat("ikmKonversi")).isEqualTo(before.getFloat("ikmKonversi"));
        assertThat(year.getList("items.count", Integer.class)).containsOnly(14);
        assertThat(year.getLong("flagged")).isEqualTo(50);
        assertThat(year.getString("dataQuality")).isEqualTo("LOW");
        assertThat(year.getString("publication")).isNull();

        // one respondent per semester in a group: pooled they are still too few to show, even merged
        String publication = SurveyFixtures.publish(unit, "2026");
        JsonPath anonymous = given().queryParam("period", "2026")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(anonymous.getString("publication.id")).isEqualTo(publication);
        assertThat(anonymous.getLong("respondents")).isEqualTo(14);
        assertThat(anonymous.getLong("flagged")).isEqualTo(50);
        // a pooled period shows no breakdowns to anonymous readers (they could subtract one semester from it)
        assertThat(anonymous.getMap("breakdowns")).isNull();
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("period", "2026")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("breakdowns.occupation.find { it.value == 'Lainnya' }.respondents", equalTo(loners.length))
                .body("breakdowns.occupation.value", not(hasItem(loners[0])));
    }

    @Test
    void shouldShareTheLimitAcrossRequestsThroughPostgres() {
        // the limiter's state is a row, not memory: a bucket of 3 with no refill gives exactly 3
        RateLimiter limiter =
                io.quarkus.arc.Arc.container().instance(RateLimiter.class).get();
        String key = "test:" + UUID.randomUUID();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waits.add(limiter.take(key, 3, 0.5));
        }
        assertThat(waits.subList(0, 3)).containsOnly(0L);
        assertThat(waits.subList(3, 5)).allMatch(w -> w > 0);
    }

    private static UUID unitOf(String campaign) {
        return UUID.fromString(given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign)
                .then()
                .extract()
                .path("unitId"));
    }
}
