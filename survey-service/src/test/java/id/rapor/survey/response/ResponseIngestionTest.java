package id.rapor.survey.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.events.EventCodec;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.Topics;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class ResponseIngestionTest {

    private static String openCampaign() {
        return SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026-S1", null);
    }

    private static long respondents(String campaign) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result?breakdowns=false")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("respondents");
    }

    @Test
    void shouldCountDuplicateSubmissionOnceAndRejectSameIdWithOtherAnswers() {
        String campaign = openCampaign();
        Map<String, Object> body = SurveyFixtures.response("kiosk-1:0001", SurveyFixtures.uniform(9, 4));

        String firstAt = SurveyFixtures.publicSubmit(campaign, body, null)
                .then()
                .statusCode(201)
                .body("responseId", equalTo("kiosk-1:0001"))
                .extract()
                .path("submittedAt");
        for (int i = 0; i < 4; i++) {
            SurveyFixtures.publicSubmit(campaign, body, null)
                    .then()
                    .statusCode(200)
                    .body("submittedAt", equalTo(firstAt));
        }
        assertThat(respondents(campaign)).isEqualTo(1);

        SurveyFixtures.publicSubmit(
                        campaign, SurveyFixtures.response("kiosk-1:0001", SurveyFixtures.uniform(9, 1)), null)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(respondents(campaign)).isEqualTo(1);
    }

    @Test
    void shouldUseIdempotencyKeyHeaderAsResponseId() {
        String campaign = openCampaign();
        Map<String, Object> body = SurveyFixtures.response(null, SurveyFixtures.uniform(9, 3));
        for (int i = 0; i < 5; i++) {
            SurveyFixtures.publicSubmit(campaign, body, "qr-77")
                    .then()
                    .statusCode(i == 0 ? 201 : 200)
                    .body("responseId", equalTo("qr-77"));
        }
        assertThat(respondents(campaign)).isEqualTo(1);
    }

    @Test
    void shouldRejectUnknownItemAndAnswerOutsideScaleNamingTheItem() {
        String campaign = openCampaign();
        Map<String, Integer> answers = new LinkedHashMap<>(SurveyFixtures.uniform(9, 3));
        answers.put("U3", 5);
        answers.put("U99", 2);
        SurveyFixtures.publicSubmit(campaign, SurveyFixtures.response(null, answers), null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers.U3"))
                .body("errors.field", hasItem("answers.U99"));
    }

    @Test
    void shouldRejectWholeBatchWhenOneRowIsInvalid() {
        String campaign = openCampaign();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(SurveyFixtures.response("b-" + i, SurveyFixtures.uniform(9, 3)));
        }
        Map<String, Object> bad = new LinkedHashMap<>(rows.get(37));
        bad.put("answers", Map.of("U1", 0));
        rows.set(37, bad);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("[37].answers.U1"));
        assertThat(respondents(campaign)).isZero();

        rows.set(37, SurveyFixtures.response("b-37", SurveyFixtures.uniform(9, 3)));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(50))
                .body("respondents", equalTo(50));
        // a second batch overlapping the first: the 50 known rows count once, one id reused with other answers
        List<Map<String, Object>> second = new ArrayList<>(rows);
        second.add(SurveyFixtures.response("b-50", SurveyFixtures.uniform(9, 2)));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(second)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("duplicates", equalTo(50))
                .body("respondents", equalTo(51));
        second.set(3, SurveyFixtures.response("b-3", SurveyFixtures.uniform(9, 1)));
        second.add(SurveyFixtures.response("b-51", SurveyFixtures.uniform(9, 2)));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(second)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("[3].clientResponseId"));
        assertThat(respondents(campaign)).isEqualTo(51);
    }

    @Test
    void shouldReplayBatchUnderIdempotencyKey() {
        String campaign = openCampaign();
        List<Map<String, Object>> rows = List.of(
                SurveyFixtures.response(null, SurveyFixtures.uniform(9, 4)),
                SurveyFixtures.response(null, SurveyFixtures.uniform(9, 2)));
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(DevTokens.admin())
                    .header("Idempotency-Key", "upload-1")
                    .contentType(ContentType.JSON)
                    .body(rows)
                    .when()
                    .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(2))
                    .body("respondents", equalTo(2));
        }
        assertThat(respondents(campaign)).isEqualTo(2);
        given().auth()
                .oauth2(DevTokens.admin())
                .header("Idempotency-Key", "upload-1")
                .contentType(ContentType.JSON)
                .body(rows.subList(0, 1))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldImportCsvAndNameRowAndColumnOfErrors() {
        String campaign = openCampaign();
        String header = "client_response_id,gender,age,education,occupation,consent,suggestion,"
                + "U1,U2,U3,U4,U5,U6,U7,U8,U9\n";
        String bad = header
                + "p-1,L,40,SMA,Swasta,true,\"Antrian, mohon dipercepat\",4,4,3,4,3,3,4,4,3\n"
                + "p-2,P,29,D4/S1,PNS,ya,,3,3,3,x,3,3,3,3,3\n"
                + "p-3,P,31,SMA,Swasta,true,,3,3,3,3,3,3,3,3,7\n";
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .body(bad)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("row 3, column U4"));
        String outOfScale = header + "p-3,P,31,SMA,Swasta,true,,3,3,3,3,3,3,3,3,7\n";
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .body(outOfScale)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("row 2, column U9"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType("text/csv")
                .body("id,U1\nx,3\n")
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("row 1, column id"))
                .body("errors.field", hasItem("row 1, column consent"));
        assertThat(respondents(campaign)).isZero();

        String good = header
                + "p-1,L,40,SMA,Swasta,true,\"Antrian, mohon dipercepat\",4,4,3,4,3,3,4,4,3\n"
                + "p-2,P,29,D4/S1,PNS,ya,,3,3,3,2,3,3,3,3,3\n";
        given().auth()
                .oauth2(DevTokens.operator(unitOf(campaign)))
                .contentType("text/csv")
                .body(good)
                .queryParam("batchReference", "Kotak 1")
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(2));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .body("items[0].sum", equalTo(7))
                .body("items[3].sum", equalTo(6))
                .body("breakdowns.gender.value", hasItem("L"));
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType("text/csv")
                .body(good)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/csv")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldVoidResponseKeepingItOutOfResults() {
        String campaign = openCampaign();
        SurveyFixtures.batch(
                campaign,
                List.of(
                        SurveyFixtures.response("v-1", SurveyFixtures.uniform(9, 4)),
                        SurveyFixtures.response("v-2", SurveyFixtures.uniform(9, 2))));
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(DevTokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Diisi dua kali"))
                    .when()
                    .post("/api/v1/survey/campaigns/" + campaign + "/responses/v-1/void")
                    .then()
                    .statusCode(200)
                    .body("voided", equalTo(true))
                    .body("respondents", equalTo(1));
        }
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(1))
                .body("items[0].sum", equalTo(2))
                .body("ikmKonversi", equalTo(50.0f));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", ""))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/v-2/void")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/none/void")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/v-2/void")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldPublishTallyWithIncreasingVersions() {
        String campaign = openCampaign();
        SurveyFixtures.batch(campaign, List.of(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 4))));
        SurveyFixtures.batch(
                campaign,
                List.of(
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 3)),
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 2))));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/close")
                .then()
                .statusCode(200);

        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.SURVEY_TALLIES,
                r -> campaign.equals(r.key()),
                3,
                Duration.ofSeconds(20));
        List<SurveyTallyChanged> events = records.stream()
                .map(r -> (SurveyTallyChanged) EventCodec.read(r.value()))
                .toList();
        assertThat(events).extracting(SurveyTallyChanged::tallyVersion).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(SurveyTallyChanged::respondents).containsExactly(1L, 3L, 3L);
        assertThat(events).extracting(SurveyTallyChanged::campaignStatus).containsExactly("OPEN", "OPEN", "CLOSED");
        SurveyTallyChanged last = events.get(2);
        assertThat(last.questionnaireCode()).isEqualTo("SKM_2017");
        assertThat(last.regulation()).isEqualTo("PERMENPANRB_14_2017");
        assertThat(last.period()).isEqualTo("2026-S1");
        assertThat(last.items()).hasSize(9);
        assertThat(last.items().get(0)).isEqualTo(new SurveyTallyChanged.ItemTally("U1", "1/9", 9, 3, 1, 4));
    }

    private static UUID unitOf(String campaign) {
        return UUID.fromString(given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign)
                .then()
                .statusCode(200)
                .extract()
                .path("unitId"));
    }
}
