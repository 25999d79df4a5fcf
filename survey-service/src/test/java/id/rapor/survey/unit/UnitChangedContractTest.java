package id.rapor.survey.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.events.Topics;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import id.rapor.testsupport.UnitChangedContract;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The producer's UnitChanged events through this service's real consumer end in the contract's state. */
@QuarkusTest
@RaporQuarkusTest
class UnitChangedContractTest {

    @Test
    void shouldEndInTheContractStateAndDeadLetterTheDefectiveEvents() {
        UnitChangedContract contract = UnitChangedContract.fresh();
        String key = contract.unitId().toString();
        TopicProbe.send(
                KafkaTestResource.bootstrapServers(),
                Topics.UNITS,
                key,
                contract.deliveries().toArray(String[]::new));

        var dead = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.DEAD_LETTER,
                r -> key.equals(r.key()),
                contract.defective().size(),
                Duration.ofSeconds(60));
        assertThat(dead).extracting(r -> r.value()).containsExactlyElementsOf(contract.defective());
        for (int i = 0; i < dead.size(); i++) {
            assertThat(new String(
                            dead.get(i)
                                    .headers()
                                    .lastHeader("dead-letter-reason")
                                    .value(),
                            StandardCharsets.UTF_8))
                    .contains(contract.defectReasons().get(i));
        }
        // the defective events came last on the key: once they are dead-lettered, all before them are applied
        SurveyFixtures.awaitReplicaVersion(
                contract.unitId(), contract.expected().version());
        UnitChangedContract.State expected = contract.expected();
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/units/" + key)
                .then()
                .statusCode(200)
                .body("version", equalTo((int) expected.version()))
                .body("name", equalTo(expected.name()))
                .body("unitType", equalTo(expected.unitType()))
                .body("regionCode", equalTo(expected.regionCode()))
                .body("provinceCode", equalTo(expected.provinceCode()))
                .body("regencyCode", equalTo(expected.regencyCode()))
                .body("active", equalTo(expected.active()));
    }
}
