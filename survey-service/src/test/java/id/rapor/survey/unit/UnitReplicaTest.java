package id.rapor.survey.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.events.EventCodec;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class UnitReplicaTest {

    @Test
    void shouldKeepNewestVersionDespiteDuplicatesAndReordering() {
        UUID id = UUID.randomUUID();
        String v1 = EventCodec.write(
                UnitChanged.of(id, 1, "Disdukcapil Gowa", "DISDUKCAPIL", "73.06", "Pemkab Gowa", true, Instant.now()));
        String v3 = EventCodec.write(UnitChanged.of(
                id, 3, "Disdukcapil Kabupaten Gowa", "DISDUKCAPIL", "73.06", "Pemkab Gowa", false, Instant.now()));
        String v2 = EventCodec.write(UnitChanged.of(
                id, 2, "Disdukcapil Gowa (lama)", "DISDUKCAPIL", "73.06", "Pemkab Gowa", true, Instant.now()));
        // v3 arrives before v2; v1 and v3 are delivered twice
        TopicProbe.send(KafkaTestResource.bootstrapServers(), Topics.UNITS, id.toString(), v1, v1, v3, v2, v3);
        // a marker event on the same key: once it is applied, everything before it has been handled
        UUID marker = UUID.randomUUID();
        SurveyFixtures.publishUnit(marker, 1, "Marker", "73.06", true);
        SurveyFixtures.awaitReplicaVersion(id, 3);
        SurveyFixtures.awaitReplicaVersion(marker, 1);

        given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get("/api/v1/survey/units/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(3))
                .body("name", equalTo("Disdukcapil Kabupaten Gowa"))
                .body("active", equalTo(false))
                .body("regionCode", equalTo("73.06"))
                .body("provinceCode", equalTo("73"))
                .body("regencyCode", equalTo("73.06"))
                .body("unitType", equalTo("DISDUKCAPIL"));
    }

    @Test
    void shouldDeadLetterMalformedEventAndStillApplyTheNextOne() {
        UUID id = UUID.randomUUID();
        String valid = EventCodec.write(
                UnitChanged.of(id, 1, "Samsat Makassar", "SAMSAT", "73.71", null, true, Instant.now()));
        TopicProbe.send(KafkaTestResource.bootstrapServers(), Topics.UNITS, id.toString(), "{not json", valid);

        SurveyFixtures.awaitReplicaVersion(id, 1);
        var dead = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.DEAD_LETTER,
                r -> id.toString().equals(r.key()),
                1,
                Duration.ofSeconds(20));
        assertThat(dead).extracting(r -> r.value()).contains("{not json");
    }

    @Test
    void shouldAnswerNotFoundForUnknownUnitAndForbiddenOutsideScope() {
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/units/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        UUID id = SurveyFixtures.unit("73.06");
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get("/api/v1/survey/units/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.operator(id))
                .when()
                .get("/api/v1/survey/units/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .when()
                .get("/api/v1/survey/units/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/survey/units/" + id).then().statusCode(401);
    }
}
