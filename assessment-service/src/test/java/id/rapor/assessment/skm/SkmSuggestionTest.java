package id.rapor.assessment.skm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.events.EventCodec;
import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.events.Topics;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SKM indicators suggested from the survey service's facts: the newest version wins whatever the order of
 * delivery, duplicates apply once, the operator accepts or overrides with a note, and readers see which answers
 * the system suggested.
 */
@QuarkusTest
@RaporQuarkusTest
class SkmSuggestionTest {

    @Inject
    AgroalDataSource dataSource;

    private static SkmFollowUpSummarized facts(UUID unit, long version, int media, int total, int done, Integer days) {
        return new SkmFollowUpSummarized(
                UUID.randomUUID(),
                SkmFollowUpSummarized.TYPE,
                SkmFollowUpSummarized.SCHEMA_VERSION,
                Instant.now(),
                unit,
                2026,
                version,
                "73.06",
                2,
                true,
                true,
                120,
                media,
                media == 0 ? List.of() : List.of("BANNER", "WEBSITE").subList(0, media),
                total,
                done,
                total == 0 ? null : BigDecimal.valueOf(done * 100L / total).setScale(2),
                days,
                List.of(
                        "https://dinkes.example.go.id/skm",
                        "/api/v1/survey/units/" + unit + "/follow-up/plans?year=2026"));
    }

    private static void send(SkmFollowUpSummarized f) {
        TopicProbe.send(
                KafkaTestResource.bootstrapServers(), Topics.SKM_FOLLOW_UP, f.aggregateId(), EventCodec.write(f));
    }

    private static JsonPath suggestions(String token, String assessment) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/assessment/assessments/" + assessment + "/skm-suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldSuggestSkmIndicatorsFromTheNewestFactsAndShowDecisions() throws SQLException {
        String unit = Fixtures.unit("73.06");
        UUID unitId = UUID.fromString(unit);
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
        String assessment = Fixtures.assessmentOf(cycle, unit);
        String operator = DevTokens.operator(unitId);

        assertThat(suggestions(operator, assessment).getBoolean("factsAvailable"))
                .isFalse();

        SkmFollowUpSummarized newest = facts(unitId, 3, 2, 1, 1, 40);
        send(newest);
        send(newest); // a duplicate delivery
        SkmFollowUpSummarized stale = facts(unitId, 2, 0, 2, 0, null);
        send(stale); // an older version arriving late
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        suggestions(operator, assessment).getLong("items.find { it.fact == 'RTL_DONE' }.factsVersion")
                                == 3);
        // the late version-2 event must not replace version 3: wait until it too was processed
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> processed(stale.eventId()) == 1);
        JsonPath s = suggestions(DevTokens.evaluator("73"), assessment);
        assertThat(s.getLong("items.find { it.fact == 'RTL_DONE' }.factsVersion"))
                .isEqualTo(3);
        assertThat(s.getDouble("items.find { it.fact == 'RTL_DONE' }.suggestedValue"))
                .isEqualTo(5.0);
        assertThat(s.getBoolean("items.find { it.fact == 'RTL_DONE' }.confirmed"))
                .isTrue();
        assertThat(s.getDouble("items.find { it.fact == 'FOLLOW_UP_SPEED' }.suggestedValue"))
                .isEqualTo(4.0);
        assertThat(s.getDouble("items.find { it.fact == 'MEDIA_COUNT' }.suggestedValue"))
                .isEqualTo(2.0);
        assertThat(s.getString("items.find { it.fact == 'SKM_HELD' }.suggestedValue"))
                .isNull();
        assertThat(s.getList("items.find { it.fact == 'RTL_DONE' }.evidence"))
                .contains("https://dinkes.example.go.id/skm");

        String base = "/api/v1/assessment/assessments/" + assessment + "/skm-suggestions/";
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "accept"))
                .when()
                .post(base + "8.a.Ak")
                .then()
                .statusCode(200);
        // nothing to accept for indicator 6; an override needs a note
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "accept"))
                .when()
                .post(base + "6.a.B")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("decision"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "override", "value", 4))
                .when()
                .post(base + "6.a.B")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "override", "value", 4, "note", "SKM dua kali setahun, laporan lengkap"))
                .when()
                .post(base + "6.a.B")
                .then()
                .statusCode(200);
        // another unit's operator cannot decide
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "accept"))
                .when()
                .post(base + "9.a.Ak")
                .then()
                .statusCode(403);

        JsonPath seen = suggestions(DevTokens.evaluator("73"), assessment);
        assertThat(seen.getString("items.find { it.indicatorCode == '8.a.Ak' }.decision"))
                .isEqualTo("ACCEPTED");
        assertThat(seen.getDouble("items.find { it.indicatorCode == '8.a.Ak' }.answeredValue"))
                .isEqualTo(5.0);
        assertThat(seen.getString("items.find { it.indicatorCode == '6.a.B' }.decision"))
                .isEqualTo("OVERRIDDEN");
        assertThat(seen.getString("items.find { it.indicatorCode == '6.a.B' }.note"))
                .isEqualTo("SKM dua kali setahun, laporan lengkap");
        assertThat(seen.getString("items.find { it.indicatorCode == '9.a.Ak' }.decision"))
                .isNull();
    }

    private long processed(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from processed_event where consumer = 'assessment-skm-facts' and event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
