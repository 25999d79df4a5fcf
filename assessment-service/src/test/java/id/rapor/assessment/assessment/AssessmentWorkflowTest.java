package id.rapor.assessment.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.rapor.assessment.Fixtures;
import id.rapor.events.AssessmentScored;
import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class AssessmentWorkflowTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    @Test
    void shouldScorePekpppThroughEveryTierAndPublishTheVerifiedIpp() {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String operator = DevTokens.operator(UUID.fromString(unit));

        // MANDIRI: every scored indicator at 4 gives IPP 4 (weights sum to 1) → B; the queue item is answered too.
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 30)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("indicatorCode", "31.g.antrian", "value", 1))))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200)
                .body("answers.size()", equalTo(31))
                .body("tiers[0].complete", equalTo(true))
                .body("tiers[0].result.total", equalTo(4));
        given().auth()
                .oauth2(operator)
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                .when()
                .put(BASE + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("phase"));
        Fixtures.phase(cycle, "EVALUATION");

        // KABKOTA by the kabupaten's Bagian Organisasi: all at 3 → IPP 3 (C).
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                .when()
                .put(BASE + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(200)
                .body("tiers[1].result.total", equalTo(3))
                .body("tiers[1].result.bandCode", equalTo("C"));
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.MIXED))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tier"));

        // PROVINSI by the Biro Organisasi: the mixed answers, IPP 3.673 (B) as worked out in PekpppScoringTest.
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.MIXED))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);
        Map<String, Object> verified = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("finalTier", equalTo("PROVINSI"))
                .body("result.bandCode", equalTo("B"))
                .body("result.zone", equalTo("HIJAU"))
                .body("result.aspects[0].indicators[0].weight", equalTo(17))
                .body("result.aspects[0].indicators[0].value", equalTo(5))
                .extract()
                .path("result");
        assertThat(new BigDecimal(verified.get("total").toString())).isEqualByComparingTo("3.673");

        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.ASSESSMENTS,
                r -> id.equals(r.key()),
                2,
                Duration.ofSeconds(20));
        List<AssessmentScored> events = records.stream()
                .map(r -> (AssessmentScored) EventCodec.read(r.value()))
                .toList();
        assertThat(events)
                .extracting(AssessmentScored::type)
                .containsExactly(AssessmentScored.SUBMITTED, AssessmentScored.VERIFIED);
        AssessmentScored submitted = events.get(0);
        assertThat(submitted.tier()).isEqualTo("MANDIRI");
        assertThat(submitted.total()).isEqualByComparingTo("4");
        AssessmentScored done = events.get(1);
        assertThat(done.version()).isGreaterThan(submitted.version());
        assertThat(done.period()).isEqualTo("2026");
        assertThat(done.year()).isEqualTo(2026);
        assertThat(done.indexCode()).isEqualTo("IPP");
        assertThat(done.instrumentCode()).isEqualTo("PEKPPP");
        assertThat(done.instrumentVersion()).isEqualTo(2);
        assertThat(done.tier()).isEqualTo("PROVINSI");
        assertThat(done.total()).isEqualByComparingTo("3.673");
        assertThat(done.scaleMax()).isEqualByComparingTo("5");
        assertThat(done.bandCode()).isEqualTo("B");
        assertThat(done.zone()).isEqualTo("HIJAU");
        assertThat(done.regionCode()).isEqualTo("73.06");
        assertThat(done.aspects().get(0).weight()).isEqualByComparingTo("0.24");
        assertThat(done.aspects().get(0).score()).isEqualByComparingTo("3.82");
        assertThat(done.aspects())
                .extracting(AssessmentScored.AspectScore::code)
                .containsExactly("a", "b", "c", "d", "e", "f");

        List<String> actions = given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE + id + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("action");
        assertThat(actions)
                .containsExactly("OPENED", "ANSWERED", "ANSWERED", "SUBMITTED", "SCORED", "SCORED", "VERIFIED");
        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(BASE + id + "/audit")
                .then()
                .body("[4].actor", equalTo("evaluator-73.06"))
                .body("[4].role", equalTo("evaluator"));
    }

    @Test
    void shouldSendBackForRevisionAndLetTheUnitResubmitOnlyInItsPhase() {
        String unit = Fixtures.unit("73.71");
        String cycle =
                Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, null, List.of("MANDIRI", "PROVINSI"), List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(2, 30)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");

        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Bukti SK standar pelayanan tidak terbaca"))
                .when()
                .post(BASE + id + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(3, 1)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("phase"));

        Fixtures.phase(cycle, "REVISION");
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(3, 1)))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                // 2 everywhere, indicator 1 at 3: 2 + 0.24 × 0.17 = 2.0408 (C-)
                .body("tiers[0].result.bandCode", equalTo("C-"));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + id)
                .then()
                .body("tiers[0].result.total", equalTo(2.0408f));

        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.ASSESSMENTS,
                r -> id.equals(r.key()),
                3,
                Duration.ofSeconds(20));
        assertThat(records.stream().map(r -> ((AssessmentScored) EventCodec.read(r.value())).type()))
                .containsExactly(AssessmentScored.SUBMITTED, AssessmentScored.REOPENED, AssessmentScored.SUBMITTED);

        Fixtures.phase(cycle, "FINAL");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(4, 30)))
                .when()
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("phase"));
    }

    @Test
    void shouldRejectUnknownIndicatorsAndOutOfRubricValuesWithoutWritingAnything() {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.admin(), "PEKPPP", 2, "73.06", null, List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        String operator = DevTokens.operator(UUID.fromString(unit));
        List<Map<String, Object>> bad = List.of(
                Map.of("indicatorCode", "1.a.Ak", "value", 4),
                Map.of("indicatorCode", "99.z.X", "value", 3),
                Map.of("indicatorCode", "2.a.P", "value", 6),
                Map.of(
                        "indicatorCode",
                        "3.a.T",
                        "value",
                        2,
                        "evidence",
                        List.of(Map.of("slot", "foto", "link", "https://x.example"))),
                Map.of("indicatorCode", "4.a.K", "value", 2, "evidence", List.of(Map.of("slot", "bukti"))));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", bad))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers[1].indicatorCode"))
                .body("errors.field", hasItem("answers[2].value"))
                .body("errors.field", hasItem("answers[3].evidence[0].slot"))
                .body("errors.field", hasItem("answers[4].evidence[0]"));
        given().auth()
                .oauth2(operator)
                .when()
                .get(BASE + id)
                .then()
                .statusCode(200)
                .body("answers.size()", equalTo(0))
                .body("version", equalTo(1));

        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("indicatorCode", "1.a.Ak", "value", 4))))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(BASE + id + "/submit")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("answers.1.a.Ak.evidence.bukti"))
                .body("errors.field", hasItem("answers.30.f.B"));
        given().auth().oauth2(operator).when().get(BASE + id).then().body("status", equalTo("DRAFT"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("indicatorCode", "1.a.Ak"))))
                .when()
                .put(BASE + id + "/answers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
