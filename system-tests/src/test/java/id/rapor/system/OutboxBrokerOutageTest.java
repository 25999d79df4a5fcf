package id.rapor.system;

import static id.rapor.system.SystemStack.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.local.Stack;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.PostgresServer;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writes made while the broker is down wait in the outbox and reach consumers exactly once when it returns. */
class OutboxBrokerOutageTest {

    @Test
    void shouldDeliverEventsWrittenWhileTheBrokerWasDownExactlyOnce() throws Exception {
        Stack stack = SystemStack.get();
        String token = DevTokens.admin();
        stack.kafka().stop();
        String id;
        try {
            id = gateway()
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Samsat Makassar", "type", "SAMSAT", "regionCode", "73.71"))
                    .when()
                    .post("/api/v1/units")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            // the event waits in the outbox, and keeps waiting while the broker is away
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> outboxUnsent(stack, id) == 1);
            gateway()
                    .auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/survey/units/" + id)
                    .then()
                    .statusCode(404);
        } finally {
            stack.kafka().start();
        }

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> gateway()
                        .auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/survey/units/" + id)
                        .then()
                        .statusCode(200));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> gateway()
                        .auth()
                        .oauth2(token)
                        .when()
                        .get("/api/v1/ranking/units/" + id)
                        .then()
                        .statusCode(200));

        assertThat(outboxUnsent(stack, id)).isZero();
        String eventId = eventIdOf(stack, id);
        assertThat(processedCount(stack, "survey", eventId))
                .as("applied once by the survey replica")
                .isEqualTo(1);
        assertThat(processedCount(stack, "ranking", eventId))
                .as("applied once by the ranking projection")
                .isEqualTo(1);
    }

    private static int outboxUnsent(Stack stack, String unitId) throws Exception {
        return count(
                stack.database("assessment"),
                "select count(*) from outbox_message where message_key = ? and sent_at is null",
                unitId);
    }

    private static String eventIdOf(Stack stack, String unitId) throws Exception {
        try (Connection c = PostgresServer.connect(stack.database("assessment"));
                PreparedStatement s = c.prepareStatement(
                        "select event_id from outbox_message where message_key = ? order by id limit 1")) {
            s.setString(1, unitId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int processedCount(Stack stack, String service, String eventId) throws Exception {
        try (Connection c = PostgresServer.connect(stack.database(service));
                PreparedStatement s = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            s.setObject(1, UUID.fromString(eventId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int count(String database, String sql, String param) throws Exception {
        try (Connection c = PostgresServer.connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
