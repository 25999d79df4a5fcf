package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.events.Topics;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class UnitProjectionTest {

    @Test
    void shouldProjectUnitAndIgnoreStaleVersions() {
        UUID id = UUID.randomUUID();
        String province = Fixtures.freshProvince();
        publish(
                unit(id, 2, "Puskesmas Baru", "PUSKESMAS", province + ".06", true),
                unit(id, 1, "Puskesmas Lama", "RSUD", province + ".07", false),
                unit(id, 2, "Puskesmas Baru", "PUSKESMAS", province + ".06", true));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        given().when().get("/api/v1/ranking/units/" + id).then().statusCode(200));
        // the stale version 1 published after version 2 must not win, whatever the timing
        await().pollDelay(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().when()
                        .get("/api/v1/ranking/units/" + id)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Puskesmas Baru"))
                        .body("unitType", equalTo("PUSKESMAS"))
                        .body("regionCode", equalTo(province + ".06"))
                        .body("provinceCode", equalTo(province))
                        .body("regencyCode", equalTo(province + ".06"))
                        .body("active", equalTo(true))
                        .body("version", equalTo(2)));
    }

    @Test
    void shouldAnswerUnknownUnitWithProblem() {
        given().when()
                .get("/api/v1/ranking/units/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        // a malformed id is a client error answered as a problem, never a 500
        given().when()
                .get("/api/v1/ranking/units/not-a-uuid")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)))
                .contentType("application/problem+json");
    }

    @Test
    void shouldDeadLetterMalformedEventAndStillApplyTheNextOne() {
        UUID id = UUID.randomUUID();
        String marker = "garbage-" + UUID.randomUUID();
        Fixtures.send(Topics.UNITS, id.toString(), "{\"type\":\"UnitChanged\",\"note\":\"" + marker + "\"");
        // a well-formed JSON that violates the contract (no region) is poison too
        Fixtures.send(
                Topics.UNITS,
                id.toString(),
                "{\"type\":\"UnitChanged\",\"eventId\":\"" + UUID.randomUUID() + "\",\"unitId\":\"" + id
                        + "\",\"version\":1,\"name\":\"" + marker + "\"}");
        publish(unit(id, "Puskesmas Sesudah Racun", Fixtures.freshProvince() + ".01"));

        var dead = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.DEAD_LETTER,
                r -> r.value() != null && r.value().contains(marker),
                2,
                Duration.ofSeconds(60));
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(r -> {
            var reason = r.headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
        });
        assertThat(new String(
                        dead.get(1).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("regionCode");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().when()
                        .get("/api/v1/ranking/units/" + id)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Puskesmas Sesudah Racun")));
    }
}
