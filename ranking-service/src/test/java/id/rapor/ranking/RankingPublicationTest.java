package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static id.rapor.ranking.Fixtures.verified;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import id.rapor.events.Topics;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ranking publication: anonymous readers see only published snapshots (the rows live at the moment of
 * publication), managers the live ranking with the newest publication; corrections supersede with a reason; an
 * embargo holds; only the region's evaluators or an admin publish.
 */
@QuarkusTest
@RaporQuarkusTest
class RankingPublicationTest {

    private static final String UNITS = "/api/v1/ranking/units?index=KEPATUHAN&period=2020&size=100&region=";

    /** Units A 90 and C 70 in kab/kota .01, B 85 in .02 of a fresh province, ranked live; gives the province. */
    private static String province(Map<String, UUID> ids) {
        String p = Fixtures.freshProvince();
        String[][] units = {{"A", ".01", "90.00"}, {"B", ".02", "85.00"}, {"C", ".01", "70.00"}};
        for (String[] u : units) {
            UUID id = UUID.randomUUID();
            ids.put(u[0], id);
            publish(unit(id, u[0], p + u[1]), verified(id, "KEPATUHAN", "2020", u[2]));
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(live(p).getList("items.name", String.class)).containsExactly("A", "B", "C"));
        return p;
    }

    private static JsonPath live(String region) {
        return Api.units("KEPATUHAN", "2020", region, null);
    }

    private static ValidatableResponse anonymous(String path) {
        return given().when().get(path).then();
    }

    private static ValidatableResponse publishAs(String token, String region, String embargo, String reason) {
        String body = "{\"regionCode\":\"" + region + "\",\"period\":\"2020\""
                + (embargo == null ? "" : ",\"embargoUntil\":\"" + embargo + "\"")
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/ranking/publications")
                .then();
    }

    @Test
    void shouldAnswerNotPublishedToAnonymousReadersBeforePublication() {
        Map<String, UUID> ids = new java.util.HashMap<>();
        String p = province(ids);

        anonymous(UNITS + p).statusCode(404).body("type", endsWith("/not-published"));
        anonymous(UNITS + p + ".01").statusCode(404).body("type", endsWith("/not-published"));
        anonymous("/api/v1/ranking/regions?index=KEPATUHAN&period=2020&level=regency&parent=" + p)
                .statusCode(404)
                .body("type", endsWith("/not-published"));
        anonymous("/api/v1/ranking/units/" + ids.get("A") + "/scorecard")
                .statusCode(404)
                .body("type", endsWith("/not-published"));
        anonymous("/api/v1/ranking/units/export?index=KEPATUHAN&period=2020&region=" + p)
                .statusCode(404);
        // the unit register stays public, and a manager reads the live draft
        anonymous("/api/v1/ranking/units/" + ids.get("A")).statusCode(200);
        JsonPath draft = given().auth()
                .oauth2(DevTokens.evaluator(p))
                .when()
                .get(UNITS + p)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(draft.getList("items.name", String.class)).containsExactly("A", "B", "C");
        assertThat(draft.getMap("publication")).isNull();
    }

    @Test
    void shouldShowAnonymousReadersTheRowsLiveAtPublicationUntilACorrection() {
        Map<String, UUID> ids = new java.util.HashMap<>();
        String p = province(ids);
        List<Map<String, Object>> atPublication = live(p).getList("items");
        List<Map<String, Object>> regionsAtPublication =
                Api.regions("KEPATUHAN", "2020", "regency", p).getList("items");

        JsonPath first = publishAs(DevTokens.evaluator(p), p, null, null)
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(first.getString("kind")).isEqualTo("ranking");
        assertThat(first.getString("subject")).isEqualTo(p);
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getString("publishedBy")).isEqualTo("evaluator-" + p);
        assertThat(first.getMap("basis")).containsKey("KEPATUHAN");
        assertThat(first.getString("contentHash")).hasSize(64);

        // anonymous readers see exactly the live rows of that moment
        JsonPath published = Api.json(anonymous(UNITS + p).statusCode(200));
        assertThat(published.getList("items")).isEqualTo(atPublication);
        assertThat(published.getInt("publication.version")).isEqualTo(1);
        assertThat(published.getString("publication.regionCode")).isEqualTo(p);
        assertThat(Api.json(anonymous("/api/v1/ranking/regions?index=KEPATUHAN&period=2020&level=regency&size=1000"
                                        + "&parent=" + p)
                                .statusCode(200))
                        .getList("items"))
                .isEqualTo(regionsAtPublication);

        // a kab/kota inside the published province: its units ranked among themselves, as live would rank them
        JsonPath regency = Api.json(anonymous(UNITS + p + ".01").statusCode(200));
        assertThat(regency.getList("items.name", String.class)).containsExactly("A", "C");
        assertThat(regency.getList("items.rank", Integer.class)).containsExactly(1, 2);
        assertThat(regency.getList("items")).isEqualTo(live(p + ".01").getList("items"));
        assertThat(Api.json(anonymous(UNITS + p + "&zone=KUNING").statusCode(200))
                        .getList("items"))
                .isEqualTo(Api.units("KEPATUHAN", "2020", p, "zone=KUNING").getList("items"));

        // the scorecard of a published unit: the published period's entry
        JsonPath card = Api.json(anonymous("/api/v1/ranking/units/" + ids.get("A") + "/scorecard")
                .statusCode(200));
        assertThat(card.getString("indices[0].indexCode")).isEqualTo("KEPATUHAN");
        assertThat(card.getString("indices[0].periods[0].period")).isEqualTo("2020");
        assertThat(card.getObject("indices[0].periods[0].value", BigDecimal.class))
                .isEqualByComparingTo("90.00");

        // a new fact changes the live ranking, not what anonymous readers see
        UUID d = UUID.randomUUID();
        publish(unit(d, "D", p + ".02"), verified(d, "KEPATUHAN", "2020", "95.00"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(live(p).getList("items.name", String.class)).containsExactly("D", "A", "B", "C"));
        assertThat(Api.json(anonymous(UNITS + p).statusCode(200)).getList("items"))
                .isEqualTo(atPublication);
        // the manager sees the live ranking and which version the public sees
        assertThat(live(p).getInt("publication.version")).isEqualTo(1);

        // a correction needs a reason, then supersedes
        publishAs(DevTokens.admin(), p, null, null)
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"));
        JsonPath second = publishAs(DevTokens.admin(), p, null, "Unit D verified late")
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getString("supersedes")).isEqualTo(first.getString("id"));
        assertThat(second.getString("reason")).isEqualTo("Unit D verified late");
        assertThat(Api.json(anonymous(UNITS + p).statusCode(200)).getList("items.name", String.class))
                .containsExactly("D", "A", "B", "C");
        // nothing changed since: refused
        publishAs(DevTokens.admin(), p, null, "again").statusCode(409);

        JsonPath history = Api.json(anonymous("/api/v1/ranking/publications?period=2020&regionCode=" + p)
                .statusCode(200));
        assertThat(history.getList("version", Integer.class)).containsExactly(2, 1);
        assertThat(history.getList("state", String.class)).containsExactly("PUBLISHED", "SUPERSEDED");

        // both publications went out as events
        var events = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.PUBLICATIONS,
                r -> r.value() != null && r.value().contains("\"subject\":\"" + p + "\""),
                2,
                Duration.ofSeconds(60));
        assertThat(events).hasSize(2);
        // keyed by publication id, so the two may sit in different partitions: no order between them
        assertThat(events)
                .extracting(r -> r.value())
                .anySatisfy(v -> assertThat(v).contains("\"supersedes\":\"" + first.getString("id") + "\""));
    }

    @Test
    void shouldHoldAnEmbargoedPublicationFromAnonymousReaders() {
        String p = province(new java.util.HashMap<>());
        String embargo = Instant.now()
                .plus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();

        publishAs(DevTokens.admin(), p, embargo, null).statusCode(201);

        anonymous(UNITS + p).statusCode(404).body("type", endsWith("/not-published"));
        assertThat(Api.json(anonymous("/api/v1/ranking/publications?period=2020&regionCode=" + p)
                                .statusCode(200))
                        .getList("$"))
                .isEmpty();
        JsonPath managed = live(p);
        assertThat(managed.getInt("publication.version")).isEqualTo(1);
        assertThat(Instant.parse(managed.getString("publication.embargoUntil"))).isEqualTo(Instant.parse(embargo));
        JsonPath history = given().auth()
                .oauth2(DevTokens.evaluator(p))
                .when()
                .get("/api/v1/ranking/publications?period=2020&regionCode=" + p)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("state", String.class)).containsExactly("SCHEDULED");
    }

    @Test
    void shouldLetOnlyAdminsAndEvaluatorsOfTheRegionPublish() {
        String p = province(new java.util.HashMap<>());
        String other = Fixtures.freshProvince();

        publishAs(DevTokens.evaluator(p + ".01"), p, null, null).statusCode(403);
        publishAs(DevTokens.evaluator(other), p, null, null).statusCode(403);
        publishAs(DevTokens.evaluator(p), "ID", null, null).statusCode(403);
        publishAs(DevTokens.viewer(), p, null, null).statusCode(403);
        publishAs(DevTokens.operator(UUID.randomUUID()), p, null, null).statusCode(403);
        given().contentType("application/json")
                .body("{\"regionCode\":\"" + p + "\",\"period\":\"2020\"}")
                .when()
                .post("/api/v1/ranking/publications")
                .then()
                .statusCode(401);
        publishAs(DevTokens.admin(), p + "x", null, null)
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("regionCode"));
        publishAs(DevTokens.admin(), p, "2001-01-01T00:00:00Z", null).statusCode(400);
        publishAs(DevTokens.admin(), other, null, null).statusCode(422);

        // the kab/kota evaluator publishes its own kab/kota: readers of it see it, the province stays unpublished
        publishAs(DevTokens.evaluator(p + ".01"), p + ".01", null, null).statusCode(201);
        assertThat(Api.json(anonymous(UNITS + p + ".01").statusCode(200)).getList("items.name", String.class))
                .containsExactly("A", "C");
        anonymous(UNITS + p).statusCode(404);
        anonymous(UNITS + p + ".02").statusCode(404);
        // the evaluator of the kab/kota reads the province as the public does
        given().auth()
                .oauth2(DevTokens.evaluator(p + ".01"))
                .when()
                .get(UNITS + p)
                .then()
                .statusCode(404);
    }
}
