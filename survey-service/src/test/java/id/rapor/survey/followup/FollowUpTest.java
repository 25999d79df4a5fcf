package id.rapor.survey.followup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.events.EventCodec;
import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.events.Topics;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Follow-up of SKM results: proposals for the weakest unsur and for the ones that dropped, plans with their one-way
 * status and audit, the outcome in the next period, publication media, the SKM facts event, and who may act.
 */
@QuarkusTest
@RaporQuarkusTest
class FollowUpTest {

    /** {@code n} respondents answering 3 everywhere except {@code low} on {@code weak}. */
    private static List<Map<String, Object>> rows(int n, String weak, int low, String droppedItem) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Map<String, Integer> answers = new LinkedHashMap<>(SurveyFixtures.uniform(9, 3));
            answers.put(weak, low);
            if (droppedItem != null) {
                answers.put(droppedItem, 2);
            }
            rows.add(SurveyFixtures.response("f" + r + "-" + UUID.randomUUID(), answers));
        }
        return rows;
    }

    /** A new unit in the replica; the first one of a fresh application waits for the consumer to join its group. */
    private static UUID unit() {
        UUID id = UUID.randomUUID();
        SurveyFixtures.publishUnit(id, 1, "Puskesmas " + id.toString().substring(0, 8), "73.71", true);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(DevTokens.admin())
                                .when()
                                .get("/api/v1/survey/units/" + id)
                                .statusCode()
                        == 200);
        return id;
    }

    private static String base(UUID unit) {
        return "/api/v1/survey/units/" + unit;
    }

    private static ValidatableResponse createPlan(String token, UUID unit, String period, String item) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "period", period,
                        "itemCode", item,
                        "action", "Menambah loket dan antrean daring",
                        "owner", "Kepala Seksi Pelayanan",
                        "dueDate", "2026-09-30"))
                .when()
                .post(base(unit) + "/follow-up/plans")
                .then();
    }

    private static ValidatableResponse status(String token, UUID unit, String plan, String status, String evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (evidence != null) {
            body.put("evidenceUrl", evidence);
        }
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(base(unit) + "/follow-up/plans/" + plan + "/status")
                .then();
    }

    @Test
    void shouldProposeWeakestUnsurFollowItAndShowItImprovedNextPeriod() {
        UUID unit = unit();
        String operator = DevTokens.operator(unit);
        String s1 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", 40L);
        SurveyFixtures.batch(s1, rows(40, "U3", 1, null));

        JsonPath proposals = given().auth()
                .oauth2(operator)
                .queryParam("period", "2026-S1")
                .when()
                .get(base(unit) + "/follow-up/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(proposals.getList("items.itemCode")).containsExactly("U3");
        assertThat(proposals.getList("items[0].reasons")).containsExactly("LOWEST");
        assertThat(proposals.getDouble("items[0].nrr")).isEqualTo(1.0);

        String plan = createPlan(operator, unit, "2026-S1", "U3")
                .statusCode(201)
                .body("status", equalTo("rencana"))
                .body("reasons", hasItem("LOWEST"))
                .body("baselineNrr", equalTo(1.0f))
                .extract()
                .path("id");

        // skipping berjalan, and going nowhere from rencana to rencana, are refused naming the field
        status(operator, unit, plan, "selesai", "https://example.go.id/rtl.pdf")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        status(operator, unit, plan, "rencana", null).statusCode(409).body("errors[0].field", equalTo("status"));
        status(operator, unit, plan, "dibatalkan", null).statusCode(400).body("errors[0].field", equalTo("status"));
        status(operator, unit, plan, "berjalan", null).statusCode(200).body("plan.status", equalTo("berjalan"));
        // back is refused; selesai needs evidence
        status(operator, unit, plan, "rencana", null).statusCode(409).body("errors[0].field", equalTo("status"));
        status(operator, unit, plan, "selesai", null).statusCode(422).body("errors[0].field", equalTo("evidenceUrl"));
        status(operator, unit, plan, "selesai", "https://example.go.id/rtl.pdf")
                .statusCode(200)
                .body("plan.status", equalTo("selesai"))
                .body("audit.newValue", hasItem("selesai"));

        // S2: U3 improved; U5 dropped since S1 and is proposed for it
        String s2 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", 40L);
        SurveyFixtures.batch(s2, rows(40, "U3", 3, "U5"));
        JsonPath plans = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("year", 2026)
                .when()
                .get(base(unit) + "/follow-up/plans")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(plans.getString("[0].outcome.period")).isEqualTo("2026-S2");
        assertThat(plans.getBoolean("[0].outcome.improved")).isTrue();
        JsonPath next = given().auth()
                .oauth2(operator)
                .queryParam("period", "2026-S2")
                .when()
                .get(base(unit) + "/follow-up/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(next.getString("previousPeriod")).isEqualTo("2026-S1");
        assertThat(next.getList("items.itemCode")).containsExactly("U5");
        assertThat(next.getList("items[0].reasons")).containsExactly("LOWEST", "DROPPED");

        // the facts of the year went out on the outbox: one plan, done, with its evidence
        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.SKM_FOLLOW_UP,
                r -> r.key().equals(unit + ":2026") && r.value().contains("\"plansDone\":1"),
                1,
                Duration.ofSeconds(20));
        assertThat(records).isNotEmpty();
        SkmFollowUpSummarized facts =
                (SkmFollowUpSummarized) EventCodec.read(records.get(0).value());
        assertThat(facts.plansTotal()).isEqualTo(1);
        assertThat(facts.donePercent()).isEqualByComparingTo("100");
        assertThat(facts.followUpDays()).isNotNull();
        assertThat(facts.evidence()).contains("https://example.go.id/rtl.pdf");
    }

    @Test
    void shouldKeepPlansToTheUnitsManagers() {
        UUID unit = unit();
        UUID other = unit();
        String s1 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(s1, rows(5, "U2", 2, null));
        String plan = createPlan(DevTokens.operator(unit), unit, "2026-S1", "U2")
                .statusCode(201)
                .extract()
                .path("id");

        // an operator of another unit can neither make, move nor read this unit's plans
        createPlan(DevTokens.operator(other), unit, "2026-S1", "U2").statusCode(403);
        status(DevTokens.operator(other), unit, plan, "berjalan", null).statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(other))
                .when()
                .get(base(unit) + "/follow-up/plans/" + plan)
                .then()
                .statusCode(403);
        // nor through its own unit's path
        status(DevTokens.operator(other), other, plan, "berjalan", null).statusCode(404);
        // an evaluator of another province neither
        status(DevTokens.evaluator("31"), unit, plan, "berjalan", null).statusCode(403);
        // an unknown unsur names the field
        createPlan(DevTokens.operator(unit), unit, "2026-S1", "U99")
                .statusCode(400)
                .body("errors[0].field", equalTo("itemCode"));
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .when()
                .get(base(unit) + "/follow-up/plans/" + plan)
                .then()
                .statusCode(200)
                .body("plan.status", equalTo("rencana"))
                .body("audit[0].actor", equalTo("operator-" + unit));
    }

    @Test
    void shouldRecordPublicationMediaFromTheVocabulary() {
        UUID unit = unit();
        given().when()
                .get("/api/v1/survey/publication-medium-kinds")
                .then()
                .statusCode(200)
                .body("code", hasItem("WEBSITE"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", "2026-S1");
        body.put("kind", "WEBSITE");
        body.put("evidenceUrl", "https://dinkes.example.go.id/skm");
        body.put("publishedOn", "2026-07-10");
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(base(unit) + "/publication-media")
                .then()
                .statusCode(201)
                .body("kindLabel", equalTo("Website"));
        body.put("kind", "TELEVISI");
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(base(unit) + "/publication-media")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        body.put("kind", "BANNER");
        body.put("evidenceUrl", "javascript:alert(1)");
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(base(unit) + "/publication-media")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidenceUrl"));
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "period", "2026-S1",
                        "kind", "BANNER",
                        "evidenceUrl", "https://x.example/b.jpg",
                        "publishedOn", "2026-07-10"))
                .when()
                .post(base(unit) + "/publication-media")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.viewer())
                .queryParam("year", 2026)
                .when()
                .get(base(unit) + "/publication-media")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .queryParam("year", 2026)
                .when()
                .get(base(unit) + "/skm-facts")
                .then()
                .statusCode(200)
                .body("mediaCount", equalTo(1))
                .body("mediaKinds", hasItem("WEBSITE"));
    }
}
