package id.rapor.survey.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading a campaign's responses back: the keyset feed, its filters, personal fields and who may read it. */
@QuarkusTest
@RaporQuarkusTest
class ResponseFeedTest {

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
        JsonPath after = page(DevTokens.admin(), campaign, "?cursor=" + cursor);
        assertThat(after.getList("items.responseId")).containsExactly("feed-3");
        assertThat(after.getBoolean("items[0].voided")).isTrue();
        assertThat(after.getString("items[0].voidReason")).isEqualTo("Diisi dua kali");
        assertThat(page(DevTokens.admin(), campaign, "?updatedSince=" + beforeVoid)
                        .getList("items.responseId"))
                .containsExactly("feed-3");
    }

    @Test
    void shouldFilterByChannelVoidedFlaggedAndSubmissionDate() {
        UUID unit = SurveyFixtures.unit("73.11");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(campaign, rows(3, "f-"));
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
