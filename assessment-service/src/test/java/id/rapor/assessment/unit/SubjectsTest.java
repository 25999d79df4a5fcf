package id.rapor.assessment.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.assessment.Fixtures;
import id.rapor.events.AssessmentScored;
import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class SubjectsTest {

    private static final String UNITS = "/api/v1/units";
    private static final String ASSESSMENTS = "/api/v1/assessment/assessments/";

    private static Map<String, Object> subject(String name, String type, String region, String instansiId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        if (region != null) {
            body.put("regionCode", region);
        }
        if (instansiId != null) {
            body.put("instansiId", instansiId);
        }
        return body;
    }

    private static String register(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(UNITS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldRegisterAnInstansiWithoutRegionAndItsBranchOfficesAndPublishSchemaTwo() {
        String kai = register(DevTokens.admin(), subject("PT Kereta Api Indonesia (Persero)", "BUMN", null, null));
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(UNITS + "/" + kai)
                .then()
                .statusCode(200)
                .body("subjectKind", equalTo("INSTANSI"))
                .body("regionCode", nullValue());
        String station = register(DevTokens.evaluator("32"), subject("Stasiun Bandung", "OTHER", "32.73", kai));
        given().auth()
                .oauth2(DevTokens.evaluator("32"))
                .when()
                .get(UNITS + "/" + station)
                .then()
                .statusCode(200)
                .body("subjectKind", equalTo("UNIT"))
                .body("instansiId", equalTo(kai));

        UnitChanged instansi = (UnitChanged) EventCodec.read(TopicProbe.await(
                        KafkaTestResource.bootstrapServers(),
                        Topics.UNITS,
                        r -> kai.equals(r.key()),
                        1,
                        Duration.ofSeconds(20))
                .get(0)
                .value());
        assertThat(instansi.schemaVersion()).isEqualTo(2);
        assertThat(instansi.subjectKind()).isEqualTo("INSTANSI");
        assertThat(instansi.regionCode()).isNull();
        assertThat(instansi.defect()).isEmpty();
        UnitChanged branch = (UnitChanged) EventCodec.read(TopicProbe.await(
                        KafkaTestResource.bootstrapServers(),
                        Topics.UNITS,
                        r -> station.equals(r.key()),
                        1,
                        Duration.ofSeconds(20))
                .get(0)
                .value());
        assertThat(branch.instansiId()).hasToString(kai);
        assertThat(branch.kind()).isEqualTo("UNIT");
    }

    @Test
    void shouldHoldEachSubjectKindToItsRules() {
        // an instansi is national: a regional evaluator cannot register one, and it has no region
        given().auth()
                .oauth2(DevTokens.evaluator("31"))
                .contentType(ContentType.JSON)
                .body(subject("PT ASDP Indonesia Ferry", "BUMN", null, null))
                .when()
                .post(UNITS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(subject("PT Angkasa Pura I", "BUMN", "51", null))
                .when()
                .post(UNITS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("regionCode"));
        // a unit and a Pemda need a region
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(subject("Puskesmas tanpa wilayah", "PUSKESMAS", null, null))
                .when()
                .post(UNITS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        // a Pemda governs a province or kab/kota, one per region
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(subject("Pemerintah Kecamatan", "PEMDA", "19.71.01", null))
                .when()
                .post(UNITS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        register(DevTokens.evaluator("19"), subject("Pemerintah Kabupaten Bangka", "PEMDA", "19.01", null));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(subject("Pemerintah Kabupaten Bangka (lagi)", "PEMDA", "19.01", null))
                .when()
                .post(UNITS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        // a unit belongs to an instansi, not to a Pemda or another unit
        String pemda = register(DevTokens.admin(), subject("Pemerintah Kabupaten Belitung", "PEMDA", "19.02", null));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(subject("Cabang palsu", "OTHER", "19.02", pemda))
                .when()
                .post(UNITS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("instansiId"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(subject("Pemerintah Kabupaten Belitung", "PEMDA", "19.02", pemda))
                .when()
                .put(UNITS + "/" + pemda)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("instansiId"));
    }

    @Test
    void shouldAssessAPemdaUnderAnInstrumentThatAllowsItAndKeepOthersOut() {
        String pemda = register(DevTokens.admin(), subject("Pemerintah Kota Pangkalpinang", "PEMDA", "19.71", null));
        // PEKPPP assesses units only: a Pemda is no lokus of it
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Fixtures.cycleRequest("PEKPPP", 2, "19", null, List.of(pemda)))
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitIds[0]"));

        Map<String, Object> request =
                Fixtures.cycleRequest("OMBUDSMAN_KEPATUHAN", 1, "19", List.of("MANDIRI", "KABKOTA"), List.of(pemda));
        request.put("year", 2015);
        String cycle = given().auth()
                .oauth2(DevTokens.evaluator("19"))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/assessment/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = Fixtures.assessmentOf(cycle, pemda);
        List<String> codes = Fixtures.indicatorCodes("OMBUDSMAN_KEPATUHAN", 1);
        String operator = DevTokens.operator(UUID.fromString(pemda));
        // yes on P01..P05 and P10: 5 x 10 + 5 = 55 → kepatuhan sedang, kuning
        int[] yes = {1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0};
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, yes))
                .when()
                .put(ASSESSMENTS + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(ASSESSMENTS + id + "/submit")
                .then()
                .statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");

        // the Pemda's own operator does not evaluate it, nor does an evaluator of another region
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, yes))
                .when()
                .put(ASSESSMENTS + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, yes))
                .when()
                .put(ASSESSMENTS + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("19.71"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, yes))
                .when()
                .put(ASSESSMENTS + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.evaluator("19.71"))
                .when()
                .post(ASSESSMENTS + id + "/verify")
                .then()
                .statusCode(200)
                .body("regionCode", equalTo("19.71"))
                .body("result.value", equalTo(55.0f))
                .body("result.zone", equalTo("KUNING"));

        AssessmentScored verified = (AssessmentScored) EventCodec.read(TopicProbe.await(
                        KafkaTestResource.bootstrapServers(),
                        Topics.ASSESSMENTS,
                        r -> id.equals(r.key()) && r.value().contains(AssessmentScored.VERIFIED),
                        1,
                        Duration.ofSeconds(20))
                .get(0)
                .value());
        assertThat(verified.unitId()).hasToString(pemda);
        assertThat(verified.zone()).isEqualTo("KUNING");
    }
}
