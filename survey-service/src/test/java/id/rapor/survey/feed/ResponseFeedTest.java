package id.rapor.survey.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Reading a campaign's responses back: the keyset feed, its filters, personal fields and who may read it. */
@QuarkusTest
@RaporQuarkusTest
class ResponseFeedTest {

    @Inject
    AgroalDataSource dataSource;

    private static String path(String campaign) {
        return "/api/v1/survey/campaigns/" + campaign + "/responses";
    }

    private static List<Map<String, Object>> rows(int n, String prefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = SurveyFixtures.response(prefix + i, SurveyFixtures.uniform(9, 1 + i % 4));
            row.put("suggestion", "Saran nomor " + i);
            rows.add(row);
        }
        rows.get(0).put("consent", false);
        return rows;
    }

    private static JsonPath page(String token, String campaign, String query) {
        return given().auth()
                .oauth2(token)
                .when()
                .get(path(campaign) + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldPageThroughEveryResponseOnceWithTheCursor() {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(campaign, rows(5, "feed-"));
        // a row shows once every transaction older than its own has ended (on the whole server)
        settled(campaign, 5);

        Set<String> seen = new HashSet<>();
        String cursor = null;
        List<String> order = new ArrayList<>();
        for (int guard = 0; guard < 10; guard++) {
            JsonPath page = page(DevTokens.admin(), campaign, "?size=2" + (cursor == null ? "" : "&cursor=" + cursor));
            List<String> ids = page.getList("items.responseId");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            order.addAll(ids);
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        assertThat(order).hasSize(5).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyInAnyOrder("feed-0", "feed-1", "feed-2", "feed-3", "feed-4");
        // a later pull with the last cursor sees nothing new until something changes
        assertThat(page(DevTokens.admin(), campaign, "?cursor=" + cursor).getList("items"))
                .isEmpty();

        Instant beforeVoid = Instant.now();
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Diisi dua kali"))
                .when()
                .post(path(campaign) + "/feed-3/void")
                .then()
                .statusCode(200);
        String before = cursor;
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(page(DevTokens.admin(), campaign, "?cursor=" + before)
                                .getList("items"))
                        .isNotEmpty());
        JsonPath after = page(DevTokens.admin(), campaign, "?cursor=" + cursor);
        assertThat(after.getList("items.responseId")).containsExactly("feed-3");
        assertThat(after.getBoolean("items[0].voided")).isTrue();
        assertThat(after.getString("items[0].voidReason")).isEqualTo("Diisi dua kali");
        assertThat(page(DevTokens.admin(), campaign, "?updatedSince=" + beforeVoid)
                        .getList("items.responseId"))
                .containsExactly("feed-3");
    }

    @Test
    void shouldNotSkipARowWhoseTransactionStartedFirstAndCommittedLast() throws Exception {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(campaign, rows(2, "early-"));
        settled(campaign, 2);
        List<String> delivered = new ArrayList<>();
        String cursor = drain(campaign, null, delivered);
        assertThat(delivered).containsExactlyInAnyOrder("early-0", "early-1");

        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // the slow transaction takes its id first, writes its row, and is still open when the fast one commits
            try (PreparedStatement start = slow.prepareStatement("select pg_current_xact_id()")) {
                start.executeQuery().close();
            }
            try (PreparedStatement insert = slow.prepareStatement("insert into survey_response (campaign_id, "
                    + "client_id, request_hash, answers, consent, channel, submitted_at) select campaign_id, 'slow-0', "
                    + "request_hash, answers, consent, channel, submitted_at from survey_response where "
                    + "campaign_id = ?::uuid and client_id = 'early-0'")) {
                insert.setString(1, campaign);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            SurveyFixtures.batch(campaign, rows(3, "fast-"));

            // the poll in between: the fast rows are committed, yet held back behind the open slow transaction
            cursor = drain(campaign, cursor, delivered);
            assertThat(delivered).doesNotContain("fast-0", "fast-1", "fast-2", "slow-0");
            slow.commit();
        }

        String[] at = {cursor};
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            at[0] = drain(campaign, at[0], delivered);
            return delivered.size() >= 6;
        });
        assertThat(drain(campaign, at[0], delivered)).isEqualTo(at[0]);
        assertThat(delivered)
                .containsExactlyInAnyOrder("early-0", "early-1", "slow-0", "fast-0", "fast-1", "fast-2")
                .doesNotHaveDuplicates();
        // the slow transaction took its id first, so its row comes first among the late ones
        assertThat(delivered.subList(2, 6)).startsWith("slow-0");
    }

    @Test
    void shouldHandTheNextIncrementsCursorWithAnExport() throws Exception {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(campaign, rows(2, "inc-"));
        settled(campaign, 2);
        io.restassured.response.Response first = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(path(campaign) + "/export")
                .then()
                .statusCode(200)
                .extract()
                .response();
        String next = first.header("Rapor-Next-Cursor");
        assertThat(next).isNotBlank();
        assertThat(first.asString()).contains("inc-0", "inc-1");

        SurveyFixtures.batch(campaign, rows(1, "inc2-"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(given().auth()
                                .oauth2(DevTokens.admin())
                                .when()
                                .get(path(campaign) + "/export?cursor=" + next)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                        .contains("inc2-0")
                        .doesNotContain("inc-0", "inc-1"));
    }

    /** Waits until the feed shows {@code count} responses of the campaign. */
    private static void settled(String campaign, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                page(DevTokens.admin(), campaign, "?size=1000").getList("items"))
                        .hasSize(count));
    }

    /** Pulls every page after {@code cursor} into {@code delivered}; the cursor to continue with. */
    private static String drain(String campaign, String cursor, List<String> delivered) {
        String at = cursor;
        for (int guard = 0; guard < 100; guard++) {
            JsonPath page = page(DevTokens.admin(), campaign, "?size=2" + (at == null ? "" : "&cursor=" + at));
            delivered.addAll(page.getList("items.responseId"));
            at = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        return at;
    }

    @Test
    void shouldFilterByChannelVoidedFlaggedAndSubmissionDate() {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(campaign, rows(3, "f-"));
        settled(campaign, 3);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

        assertThat(page(DevTokens.admin(), campaign, "?channel=batch").getList("items"))
                .hasSize(3);
        assertThat(page(DevTokens.admin(), campaign, "?channel=WEB").getList("items"))
                .isEmpty();
        assertThat(page(DevTokens.admin(), campaign, "?voided=false").getList("items"))
                .hasSize(3);
        assertThat(page(DevTokens.admin(), campaign, "?voided=true").getList("items"))
                .isEmpty();
        assertThat(page(DevTokens.admin(), campaign, "?flagged=false").getList("items"))
                .hasSize(3);
        assertThat(page(DevTokens.admin(), campaign, "?flagged=true").getList("items"))
                .isEmpty();
        assertThat(page(DevTokens.admin(), campaign, "?submittedFrom=" + today + "&submittedTo=" + today)
                        .getList("items"))
                .hasSize(3);
        assertThat(page(DevTokens.admin(), campaign, "?submittedFrom=" + tomorrow)
                        .getList("items"))
                .isEmpty();
    }

    @Test
    void shouldShowPersonalFieldsOnlyWithConsentToThoseWhoMayReadThem() {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(campaign, rows(2, "p-"));
        settled(campaign, 2);

        JsonPath evaluator = page(DevTokens.evaluator("73"), campaign, "");
        int consented = evaluator.getList("items.responseId").indexOf("p-1");
        int refused = evaluator.getList("items.responseId").indexOf("p-0");
        assertThat(evaluator.getString("items[" + consented + "].personalFields"))
                .isEqualTo("SHOWN");
        assertThat(evaluator.getString("items[" + consented + "].personal.gender"))
                .isEqualTo("P");
        assertThat(evaluator.getString("items[" + consented + "].personal.suggestion"))
                .isEqualTo("Saran nomor 1");
        assertThat(evaluator.getInt("items[" + consented + "].answers.U1")).isEqualTo(2);
        assertThat(evaluator.getString("items[" + refused + "].personalFields")).isEqualTo("NO_CONSENT");
        assertThat(evaluator.getMap("items[" + refused + "].personal")).isNull();

        JsonPath operator = page(DevTokens.operator(unit), campaign, "");
        assertThat(operator.getList("items.personalFields")).containsOnly("NOT_PERMITTED", "NO_CONSENT");
        assertThat(operator.getList("items.personal")).containsOnlyNulls();
        assertThat(operator.getList("items.answers")).hasSize(2);
    }

    @Test
    void shouldRefuseThoseWhoDoNotManageTheUnit() {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        for (String token : List.of(
                DevTokens.operator(UUID.randomUUID()),
                DevTokens.evaluator("74"),
                DevTokens.evaluator("73.12"),
                DevTokens.viewer())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(path(campaign))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get(path(campaign)).then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(path(UUID.randomUUID().toString()))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldNameTheParameterAtFault() {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        for (String[] bad : List.of(
                new String[] {"channel=FAX", "channel"},
                new String[] {"submittedFrom=yesterday", "submittedFrom"},
                new String[] {"updatedSince=2026-13-01", "updatedSince"},
                new String[] {"cursor=bm9wZQ", "cursor"},
                new String[] {"size=5000", "size"})) {
            given().auth()
                    .oauth2(DevTokens.admin())
                    .when()
                    .get(path(campaign) + "?" + bad[0])
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }
}
