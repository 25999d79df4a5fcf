package id.rapor.survey.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.webhook.WebhookSender;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.WebhookReceiver;
import id.rapor.testsupport.WebhookReceiver.Answer;
import id.rapor.testsupport.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks against a real local receiver: every tally change of the subscribed region arrives, signed, in
 * order per campaign, and none is acknowledged twice, whatever the receiver does (errors, a redirect, a timeout, a
 * closed port); a subscription pauses after repeated failures and resumes; deliveries can be sent again by hand.
 */
@QuarkusTest
@RaporQuarkusTest
class WebhookDeliveryTest {

    private static final String BASE = "/api/v1/survey/webhooks/subscriptions";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookSender sender;

    @Test
    void shouldDeliverEveryEventSignedAndInOrderThroughFailuresAndAnOutage() throws Exception {
        // Requests 1–4 fail four different ways (500, 400, an answer after the sender's 1 s timeout, a redirect);
        // everything after is acknowledged, except while the port is closed.
        try (WebhookReceiver receiver = new WebhookReceiver(n -> switch (n) {
            case 1 -> Answer.of(500);
            case 2 -> Answer.of(400);
            case 3 -> new Answer(503, 2500);
            case 4 -> Answer.of(302);
            default -> Answer.of(204);
        })) {
            UUID unit = SurveyFixtures.unit("73.06");
            UUID peer = SurveyFixtures.unit("73.06");
            UUID elsewhere = SurveyFixtures.unit("64.71");
            JsonPath created = subscribe(DevTokens.evaluator("73"), receiver.url(), "73", null);
            String secret = created.getString("secret");
            String subscription = created.getString("subscription.id");

            String a = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
            String b = SurveyFixtures.campaign(peer, SurveyFixtures.SKM_2017, "2026", null);
            String outside = SurveyFixtures.campaign(elsewhere, SurveyFixtures.SKM_2017, "2026", null);
            for (int i = 0; i < 3; i++) {
                SurveyFixtures.batch(a, SurveyFixtures.respondentsWithTotal(1, 9, 30));
                SurveyFixtures.batch(b, SurveyFixtures.respondentsWithTotal(1, 9, 30));
                SurveyFixtures.batch(outside, SurveyFixtures.respondentsWithTotal(1, 9, 30));
            }
            awaitAcknowledged(receiver, a, 3);
            awaitAcknowledged(receiver, b, 3);

            // the receiver goes down; events keep coming and wait, retried with backoff
            receiver.stop();
            for (int i = 0; i < 3; i++) {
                SurveyFixtures.batch(a, SurveyFixtures.respondentsWithTotal(1, 9, 30));
                SurveyFixtures.batch(b, SurveyFixtures.respondentsWithTotal(1, 9, 30));
            }
            await().atMost(Duration.ofSeconds(60))
                    .alias("a delivery attempted against the closed port")
                    .until(() -> deliveries(subscription, "PENDING").getList("items.lastError", String.class).stream()
                            .anyMatch(e -> e != null && e.contains("Connect")));
            receiver.start();

            awaitAcknowledged(receiver, a, 6);
            awaitAcknowledged(receiver, b, 6);

            Map<String, Integer> acks = new HashMap<>();
            Map<String, List<Long>> arrivals = new LinkedHashMap<>();
            for (Received r : receiver.received()) {
                // every request, failed or not, is signed over id.timestamp.body with the subscription's secret
                assertThat(r.signature())
                        .isEqualTo(WebhookReceiver.expectedSignature(secret, r.id(), r.timestamp(), r.body()));
                assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())))
                        .isLessThan(300);
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.get("deliveryId").asText()).isEqualTo(r.id());
                assertThat(body.get("type").asText()).isEqualTo("survey.tally.changed");
                assertThat(body.get("regionCode").asText()).isEqualTo("73.06");
                arrivals.computeIfAbsent(body.get("aggregateId").asText(), k -> new ArrayList<>())
                        .add(body.get("data").get("tallyVersion").asLong());
                if (r.status() >= 200 && r.status() < 300) {
                    acks.merge(r.id(), 1, Integer::sum);
                }
            }
            // nothing of the other region, nothing skipped, nothing acknowledged twice
            assertThat(arrivals).containsOnlyKeys(a, b);
            assertThat(acks.values()).containsOnly(1);
            assertThat(acknowledgedVersions(receiver, a)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(acknowledgedVersions(receiver, b)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            // in order: a later version of a campaign is never tried before the earlier one was acknowledged
            assertThat(arrivals.get(a)).isSorted();
            assertThat(arrivals.get(b)).isSorted();
            // the receiver saw the four scripted failures and the twelve successes; the log also counts the attempts
            // that found the port closed
            assertThat(receiver.received()).hasSize(12 + 4);
            await().atMost(Duration.ofSeconds(30))
                    .alias("every acknowledged delivery is logged as delivered")
                    .until(() -> deliveries(subscription, "DELIVERED")
                                    .getList("items")
                                    .size()
                            == 12);
            JsonPath log = deliveries(subscription, null);
            assertThat(log.getList("items.status", String.class))
                    .containsOnly("DELIVERED")
                    .hasSize(12);
            assertThat(log.getList("items.attempts", Integer.class).stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isGreaterThan(12 + 4);
            assertThat(log.getList("items.lastStatusCode", Integer.class)).containsOnly(204);
        }
    }

    @Test
    void shouldDeliverOneSignedEventPerBatchAndVoidInOrderThroughFailuresAndAnOutage() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n <= 3 ? Answer.of(500) : Answer.of(200))) {
            UUID unit = SurveyFixtures.unit("73.06");
            Map<String, Object> request = subscription(receiver.url(), null, unit);
            request.put("eventTypes", List.of("survey.response.accepted", "survey.response.voided"));
            JsonPath created = create(DevTokens.admin(), request);
            String secret = created.getString("secret");
            String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);

            // two batches of several rows: one event each, listing its rows
            SurveyFixtures.batch(campaign, respondents("r1-", 4));
            SurveyFixtures.batch(campaign, respondents("r2-", 3));
            awaitEvents(receiver, campaign, 2);

            receiver.stop();
            SurveyFixtures.batch(campaign, respondents("r3-", 2));
            given().auth()
                    .oauth2(DevTokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Diisi dua kali"))
                    .when()
                    .post("/api/v1/survey/campaigns/" + campaign + "/responses/r1-2/void")
                    .then()
                    .statusCode(200);
            receiver.start();
            awaitEvents(receiver, campaign, 4);

            Map<String, Integer> acks = new HashMap<>();
            List<JsonNode> acknowledged = new ArrayList<>();
            for (Received r : receiver.received()) {
                assertThat(r.signature())
                        .isEqualTo(WebhookReceiver.expectedSignature(secret, r.id(), r.timestamp(), r.body()));
                if (r.status() == 200) {
                    acks.merge(r.id(), 1, Integer::sum);
                    acknowledged.add(JSON.readTree(r.body()));
                }
            }
            assertThat(acks.values()).containsOnly(1);
            assertThat(acknowledged).hasSize(4);
            assertThat(acknowledged.stream().map(b -> b.get("type").asText()))
                    .containsExactly(
                            "survey.response.accepted",
                            "survey.response.accepted",
                            "survey.response.accepted",
                            "survey.response.voided");
            assertThat(acknowledged.stream().map(b -> b.get("sequence").asLong()))
                    .isSorted();
            assertThat(ids(acknowledged.get(0))).containsExactlyInAnyOrder("r1-0", "r1-1", "r1-2", "r1-3");
            assertThat(ids(acknowledged.get(1))).containsExactlyInAnyOrder("r2-0", "r2-1", "r2-2");
            assertThat(ids(acknowledged.get(2))).containsExactlyInAnyOrder("r3-0", "r3-1");
            assertThat(ids(acknowledged.get(3))).containsExactly("r1-2");
            assertThat(acknowledged.get(3).get("data").get("reason").asText()).isEqualTo("Diisi dua kali");
            assertThat(acknowledged.get(0).get("unitId").asText()).isEqualTo(unit.toString());
            assertThat(acknowledged.get(0).get("regionCode").asText()).isEqualTo("73.06");
        }
    }

    private static List<Map<String, Object>> respondents(String prefix, int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(SurveyFixtures.response(prefix + i, SurveyFixtures.uniform(9, 3)));
        }
        return rows;
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("data").get("responseIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static void awaitEvents(WebhookReceiver receiver, String campaign, int count) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .alias(count + " response events of " + campaign + " acknowledged")
                .until(() -> receiver.acknowledged().stream()
                                .filter(r -> r.body().contains(campaign))
                                .count()
                        >= count);
    }

    @Test
    void shouldNeverSendOneDeliveryTwiceWhenSeveralSendersRace() throws Exception {
        // every third request fails, so retries and successes interleave across the racing senders
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n % 3 == 0 ? Answer.of(500) : Answer.of(200))) {
            UUID unit = SurveyFixtures.unit("73.06");
            subscribe(DevTokens.admin(), receiver.url(), null, unit);
            String c1 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
            String c2 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService senders = Executors.newFixedThreadPool(3);
            try {
                // three more senders next to the scheduled one, each with its own connection: as several instances
                for (int i = 0; i < 3; i++) {
                    senders.submit(() -> {
                        while (!done.get()) {
                            sender.sendOnce();
                        }
                        return null;
                    });
                }
                for (int i = 0; i < 8; i++) {
                    SurveyFixtures.batch(c1, SurveyFixtures.respondentsWithTotal(1, 9, 30));
                    SurveyFixtures.batch(c2, SurveyFixtures.respondentsWithTotal(1, 9, 30));
                }
                awaitAcknowledged(receiver, c1, 8);
                awaitAcknowledged(receiver, c2, 8);
            } finally {
                done.set(true);
                senders.shutdown();
                assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            Map<String, Integer> acks = new HashMap<>();
            receiver.acknowledged().forEach(r -> acks.merge(r.id(), 1, Integer::sum));
            assertThat(acks).hasSize(16);
            assertThat(acks.values()).containsOnly(1);
            assertThat(acknowledgedVersions(receiver, c1)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            assertThat(acknowledgedVersions(receiver, c2)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        }
    }

    @Test
    void shouldPauseAfterRepeatedFailuresQueueWhilePausedAndResumeInOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> Answer.of(500))) {
            UUID unit = SurveyFixtures.unit("73.06");
            Map<String, Object> request = subscription(receiver.url(), "73.06", null);
            request.put("pauseAfterFailures", 3);
            String subscription = create(DevTokens.admin(), request).getString("subscription.id");
            String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
            SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(1, 9, 30));

            await().atMost(Duration.ofSeconds(60))
                    .alias("the subscription pauses after three failures")
                    .until(() -> "PAUSED".equals(get(subscription).getString("status")));
            JsonPath paused = get(subscription);
            assertThat(paused.getInt("consecutiveFailures")).isEqualTo(3);
            assertThat(paused.getString("pausedReason"))
                    .contains("3 consecutive failed")
                    .contains("HTTP 500");
            JsonPath first = deliveries(subscription, "PENDING");
            assertThat(first.getInt("items[0].attempts")).isEqualTo(3);
            assertThat(first.getInt("items[0].lastStatusCode")).isEqualTo(500);
            int requestsWhenPaused = receiver.received().size();

            // while paused, new events are queued, not sent and not skipped
            SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(1, 9, 30));
            await().atMost(Duration.ofSeconds(30))
                    .alias("the second event is queued")
                    .until(() -> get(subscription).getLong("pendingDeliveries") == 2);
            assertThat(receiver.received()).hasSize(requestsWhenPaused);

            receiver.script(n -> Answer.of(200));
            given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .post(BASE + "/" + subscription + "/resume")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("consecutiveFailures", equalTo(0));
            awaitAcknowledged(receiver, campaign, 2);
            assertThat(acknowledgedVersions(receiver, campaign)).containsExactly(1L, 2L);
            // the receiver answers before the sender records the answer: wait for the log, not only the receiver
            await().atMost(Duration.ofSeconds(30))
                    .alias("both deliveries are logged as delivered")
                    .until(() -> deliveries(subscription, "DELIVERED")
                                    .getList("items")
                                    .size()
                            == 2);
            JsonPath log = deliveries(subscription, null);
            // newest first: the second event went out once, after the resume
            assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
            assertThat(log.getInt("items[1].attempts")).isEqualTo(4);
            assertThat(get(subscription).getLong("pendingDeliveries")).isZero();

            // manual redelivery: the first event again, with the same id, and the log says so
            String firstId = log.getString("items[1].id");
            given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .post(BASE + "/" + subscription + "/deliveries/" + firstId + "/redeliver")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("redeliveries", equalTo(1));
            await().atMost(Duration.ofSeconds(30))
                    .alias("the redelivery arrives")
                    .until(() -> receiver.acknowledged().stream()
                                    .filter(r -> r.id().equals(firstId))
                                    .count()
                            == 2);
            await().atMost(Duration.ofSeconds(30))
                    .alias("the redelivery is logged as delivered")
                    .until(() -> deliveries(subscription, "DELIVERED")
                            .getList("items.id", String.class)
                            .contains(firstId));
            JsonPath after = deliveries(subscription, "DELIVERED");
            assertThat(after.getList("items.id", String.class)).contains(firstId);
            assertThat(after.getInt("items[1].redeliveries")).isEqualTo(1);
            assertThat(after.getInt("items[1].attempts")).isEqualTo(5);

            given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .post(BASE + "/" + subscription + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void shouldRefuseSubscriptionsOutsideTheCallersRegionAndBadRequests() {
        UUID unit = SurveyFixtures.unit("73.06");
        // a closed local port: these subscriptions are never meant to receive anything
        String url = "http://127.0.0.1:9/rapor";
        String eval64 = DevTokens.evaluator("64");

        // an evaluator cannot subscribe to another province's events, by region or by unit
        create(eval64, subscription(url, "73", null), 403);
        create(eval64, subscription(url, null, unit), 403);
        // an evaluator without a region in the request subscribes inside its own
        JsonPath own = create(eval64, subscription(url, null, null));
        assertThat(own.getString("subscription.regionCode")).isEqualTo("64");
        // other roles do not subscribe at all
        create(DevTokens.operator(unit), subscription(url, null, unit), 403);
        create(DevTokens.viewer(), subscription(url, "73", null), 403);
        given().contentType(ContentType.JSON)
                .body(subscription(url, "73", null))
                .when()
                .post(BASE)
                .then()
                .statusCode(401);

        // the 73.06 subscription of an evaluator of 73: invisible and untouchable for the evaluator of 64
        JsonPath created = create(DevTokens.evaluator("73"), subscription(url, null, unit));
        assertThat(created.getString("secret")).startsWith("whsec_");
        assertThat(created.getString("subscription.regionCode")).isEqualTo("73.06");
        String id = created.getString("subscription.id");
        given().auth().oauth2(eval64).when().get(BASE + "/" + id).then().statusCode(403);
        given().auth()
                .oauth2(eval64)
                .when()
                .post(BASE + "/" + id + "/pause")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(eval64)
                .when()
                .post(BASE + "/" + id + "/resume")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(eval64)
                .when()
                .get(BASE + "/" + id + "/deliveries")
                .then()
                .statusCode(403);
        given().auth().oauth2(eval64).when().delete(BASE + "/" + id).then().statusCode(403);
        assertThat(given().auth()
                        .oauth2(eval64)
                        .when()
                        .get(BASE + "?size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .doesNotContain(id)
                .contains(own.getString("subscription.id"));
        // its own evaluators pause it, with or without a reason, and resume it
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("reason", "receiver maintenance")
                .when()
                .post(BASE + "/" + id + "/pause")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("pausedReason", equalTo("receiver maintenance"));
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .when()
                .post(BASE + "/" + id + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .when()
                .post(BASE + "/" + id + "/pause")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"));
        // the secret is never shown again
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .when()
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("secret")));
        // an admin-wide subscription (no region) belongs to admins
        String everywhere =
                create(DevTokens.admin(), subscription(url, null, null)).getString("subscription.id");
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get(BASE + "/" + everywhere)
                .then()
                .statusCode(403);

        // bad URLs and event types, each naming the field
        for (String bad :
                List.of("ftp://etl.example.go.id/x", "file:///etc/passwd", "https://u:p@example.go.id/x", "/x")) {
            create(DevTokens.admin(), subscription(bad, "73", null), 400).body("errors[0].field", equalTo("url"));
        }
        Map<String, Object> unknownType = subscription(url, "73", null);
        unknownType.put("eventTypes", List.of("survey.everything"));
        create(DevTokens.admin(), unknownType, 400).body("errors[0].field", equalTo("eventTypes"));
        Map<String, Object> elsewhere = subscription(url, "73", null);
        elsewhere.put("eventTypes", List.of("assessment.verified"));
        create(DevTokens.admin(), elsewhere, 422).body("errors[0].field", equalTo("eventTypes"));
        create(DevTokens.admin(), subscription(url, null, UUID.randomUUID()), 422)
                .body("errors[0].field", equalTo("unitId"));
        create(DevTokens.admin(), subscription(url, "64", unit), 422).body("errors[0].field", equalTo("unitId"));
    }

    // helpers

    private static Map<String, Object> subscription(String url, String region, UUID unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("eventTypes", List.of("survey.tally.changed"));
        if (region != null) {
            body.put("regionCode", region);
        }
        if (unit != null) {
            body.put("unitId", unit.toString());
        }
        return body;
    }

    private static JsonPath subscribe(String token, String url, String region, UUID unit) {
        return create(token, subscription(url, region, unit));
    }

    private static JsonPath create(String token, Map<String, Object> body) {
        return create(token, body, 201).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse create(
            String token, Map<String, Object> body, int status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE)
                .then()
                .statusCode(status);
    }

    private static JsonPath get(String subscription) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(BASE + "/" + subscription)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath deliveries(String subscription, String status) {
        var request = given().auth().oauth2(DevTokens.admin()).queryParam("size", 200);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.when()
                .get(BASE + "/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void awaitAcknowledged(WebhookReceiver receiver, String campaign, long version) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .alias("tally version " + version + " of " + campaign + " acknowledged")
                .until(() -> acknowledgedVersions(receiver, campaign).contains(version));
    }

    private static List<Long> acknowledgedVersions(WebhookReceiver receiver, String campaign) throws Exception {
        List<Long> versions = new ArrayList<>();
        for (Received r : receiver.acknowledged()) {
            JsonNode body = JSON.readTree(r.body());
            if (body.get("aggregateId").asText().equals(campaign)) {
                versions.add(body.get("data").get("tallyVersion").asLong());
            }
        }
        return versions;
    }
}
