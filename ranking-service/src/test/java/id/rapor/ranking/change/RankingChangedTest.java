package id.rapor.ranking.change;

import static id.rapor.ranking.Fixtures.nine;
import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.skm;
import static id.rapor.ranking.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.Topics;
import id.rapor.ranking.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import id.rapor.testsupport.WebhookReceiver;
import id.rapor.testsupport.WebhookReceiver.Answer;
import id.rapor.testsupport.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ranking.changed: a fact that moves a provincial ranking is announced once, with every moved unit's before and
 * after; the same fact again announces nothing; a region's subscription receives it signed, another region's
 * ranking not at all.
 */
@QuarkusTest
@RaporQuarkusTest
class RankingChangedTest {

    private static final String HOOKS = "/api/v1/ranking/webhooks/subscriptions";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAnnounceEachRankChangeOnceWithBeforeAndAfterAndNothingForAReplayedFact() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> Answer.of(200))) {
            String p = Fixtures.freshProvince();
            String q = Fixtures.freshProvince();
            String secret = given().auth()
                    .oauth2(DevTokens.evaluator(p))
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("ranking.changed")))
                    .when()
                    .post(HOOKS)
                    .then()
                    .statusCode(201)
                    .body("subscription.regionCode", equalTo(p))
                    .extract()
                    .jsonPath()
                    .getString("secret");

            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            UUID elsewhere = UUID.randomUUID();
            UUID campaignA = UUID.randomUUID();
            publish(
                    unit(a, "Puskesmas A", p + ".01"),
                    unit(b, "Puskesmas B", p + ".02"),
                    unit(elsewhere, "Puskesmas Q", q + ".01"));
            // IKM = NRR × 25 with nine unsur of weight 1/9: 300/100 → 75.00 (C), 350/100 → 87.50 (B)
            publish(
                    skm(campaignA, 1, a, "2026-S1", 100, nine(300)),
                    skm(UUID.randomUUID(), 1, b, "2026-S1", 100, nine(350)),
                    skm(UUID.randomUUID(), 1, elsewhere, "2026-S1", 100, nine(300)));
            // each unit entering the ranking is one change of it
            await().atMost(Duration.ofSeconds(60)).until(() -> changes(p).size() == 2);

            // 380/100 → 95.00 (A): A overtakes B
            SurveyTallyChanged overtake = skm(campaignA, 2, a, "2026-S1", 100, nine(380));
            publish(overtake);
            // the same fact again, and another event of a version already held: nothing moves
            publish(overtake, skm(campaignA, 2, a, "2026-S1", 100, nine(200)));
            // 360/100 → 90.00 (A): A stays first
            publish(skm(campaignA, 3, a, "2026-S1", 100, nine(360)));

            List<JsonNode> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                events.clear();
                events.addAll(changes(p));
                assertThat(events)
                        .anySatisfy(e -> assertThat(
                                        e.get("changes").get(0).get("value").decimalValue())
                                .isEqualByComparingTo("90.00"));
            });
            assertThat(events).hasSize(4);

            JsonNode overtaken = events.get(2);
            assertThat(overtaken.get("regionCode").asText()).isEqualTo(p);
            assertThat(overtaken.get("subjectKind").asText()).isEqualTo("UNIT");
            assertThat(overtaken.get("changes")).hasSize(2);
            assertStanding(overtaken.get("changes").get(0), a, p + ".01", "75.00", "95.00", "C", "A", 2, 1);
            assertThat(overtaken.get("changes").get(0).get("previousZone").asText())
                    .isEqualTo("KUNING");
            assertThat(overtaken.get("changes").get(0).get("zone").asText()).isEqualTo("HIJAU");
            assertStanding(overtaken.get("changes").get(1), b, p + ".02", "87.50", "87.50", "B", "B", 1, 2);

            JsonNode stays = events.get(3);
            assertThat(stays.get("changes")).hasSize(1);
            assertStanding(stays.get("changes").get(0), a, p + ".01", "95.00", "90.00", "A", "A", 1, 1);

            await().atMost(Duration.ofSeconds(60))
                    .alias("the region's ranking changes delivered")
                    .until(() -> receiver.acknowledged().stream()
                            .anyMatch(
                                    r -> r.body().contains(stays.get("eventId").asText())));
            List<String> delivered = new ArrayList<>();
            for (Received r : receiver.received()) {
                assertThat(r.signature())
                        .isEqualTo(WebhookReceiver.expectedSignature(secret, r.id(), r.timestamp(), r.body()));
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.get("type").asText()).isEqualTo("ranking.changed");
                // the other province's ranking is not this region's
                assertThat(body.get("regionCode").asText()).isEqualTo(p);
                assertThat(body.get("data").get("regionCode").asText()).isEqualTo(p);
                delivered.add(body.get("data").get("eventId").asText());
            }
            assertThat(delivered)
                    .contains(
                            events.get(0).get("eventId").asText(),
                            overtaken.get("eventId").asText(),
                            stays.get("eventId").asText());
        }
    }

    @Test
    void shouldRefuseOtherRegionsUnitSubscriptionsAndOtherServicesEvents() {
        String p = Fixtures.freshProvince();
        Map<String, Object> request =
                Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("ranking.changed"), "regionCode", p);
        given().contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(DevTokens.evaluator(Fixtures.freshProvince()))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator(p))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("survey.tally.changed")))
                .when()
                .post(HOOKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("eventTypes"));
        // rankings are provincial: there is no unit subscription to them
        given().auth()
                .oauth2(DevTokens.evaluator(p))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hooks",
                        "eventTypes",
                        List.of("ranking.changed"),
                        "unitId",
                        UUID.randomUUID().toString()))
                .when()
                .post(HOOKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
        given().auth()
                .oauth2(DevTokens.evaluator(p))
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post(HOOKS)
                .then()
                .statusCode(201)
                .body("subscription.regionCode", equalTo(p));
    }

    private static void assertStanding(
            JsonNode change,
            UUID unit,
            String region,
            String previousValue,
            String value,
            String previousBand,
            String band,
            int previousRank,
            int rank) {
        assertThat(change.get("unitId").asText()).isEqualTo(unit.toString());
        assertThat(change.get("unitRegionCode").asText()).isEqualTo(region);
        assertThat(change.get("previousValue").decimalValue()).isEqualByComparingTo(new BigDecimal(previousValue));
        assertThat(change.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(change.get("previousBand").asText()).isEqualTo(previousBand);
        assertThat(change.get("band").asText()).isEqualTo(band);
        assertThat(change.get("previousRank").asInt()).isEqualTo(previousRank);
        assertThat(change.get("rank").asInt()).isEqualTo(rank);
    }

    /** The RankingChanged events of the IKM 2026-S1 unit ranking of {@code province} on the topic, in order. */
    private static List<JsonNode> changes(String province) {
        return TopicProbe.await(
                        KafkaTestResource.bootstrapServers(),
                        Topics.RANKINGS,
                        r -> r.value().contains("\"regionCode\":\"" + province + "\""),
                        Integer.MAX_VALUE,
                        Duration.ofSeconds(4))
                .stream()
                .map(r -> read(r.value()))
                .filter(e -> e.get("indexCode").asText().equals("IKM")
                        && e.get("period").asText().equals("2026-S1")
                        && e.get("subjectKind").asText().equals("UNIT"))
                .toList();
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
