package id.rapor.survey.integrity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The integrity rules beyond arrival: service hours per unit, the flag sweep that catches what only shows later,
 * breakdowns by controlled vocabulary, and breakdowns that cannot be subtracted to reveal a small group.
 */
@QuarkusTest
@RaporQuarkusTest
@TestProfile(IntegrityTest.FlagsOn.class)
class IntegrityRulesTest {

    @Inject
    FlagSweep sweep;

    private static Map<String, Integer> varied(int seed) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 1 + (seed + i * 7) % 4);
        }
        return answers;
    }

    private static JsonPath live(String campaign) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void submitAsAdmin(String campaign, Map<String, Object> body) {
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses")
                .then()
                .statusCode(201);
    }

    private static Map<String, Object> hours(String zone, List<DayOfWeek> days, String opens, String closes) {
        List<Map<String, String>> intervals = new ArrayList<>();
        for (DayOfWeek day : days) {
            intervals.add(Map.of("weekday", day.name(), "opens", opens, "closes", closes));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (zone != null) {
            body.put("timeZone", zone);
        }
        body.put("intervals", intervals);
        return body;
    }

    @Test
    void shouldFlagSubmissionsOutsideTheUnitsServiceHours() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        String path = "/api/v1/survey/units/" + unit + "/service-hours";
        // Sulawesi Selatan keeps WITA; open only on a day that is not today there
        DayOfWeek today = ZonedDateTime.now(ZoneId.of("Asia/Makassar")).getDayOfWeek();
        Map<String, Object> closedToday = hours(null, List.of(today.plus(1)), "08:00", "15:00");
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(closedToday)
                .when()
                .put(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(hours("Mars/Olympus", List.of(today), "08:00", "15:00"))
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(hours(null, List.of(today), "15:00", "08:00"))
                .when()
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("intervals[0].closes"));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(closedToday)
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Makassar"))
                .body("timeZoneSource", equalTo("PROVINCE"));

        submitAsAdmin(campaign, SurveyFixtures.response("late-1", varied(1)));
        JsonPath result = live(campaign);
        assertThat(result.getLong("respondents")).isZero();
        assertThat(result.getLong("flagged")).isEqualTo(1);
        JsonPath queue = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/review-queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(queue.getList("items[0].flags", String.class)).containsExactly("OUTSIDE_SERVICE_HOURS");

        // open every day, all day (in the unit's own zone): counted
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(hours("Asia/Jayapura", List.of(DayOfWeek.values()), "00:00", "23:59"))
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("timeZoneSource", equalTo("CONFIGURED"))
                .body("intervals.size()", equalTo(7));
        submitAsAdmin(campaign, SurveyFixtures.response("open-1", varied(2)));
        assertThat(live(campaign).getLong("respondents")).isEqualTo(1);
        assertThat(live(campaign).getLong("flagged")).isEqualTo(1);
    }

    @Test
    void shouldFlagTheEarlierSubmissionsOfABurstInTheSweepOnce() {
        String campaign =
                SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026-S2", null);
        for (int i = 0; i < 5; i++) {
            submitAsAdmin(campaign, SurveyFixtures.response("burst-" + i, varied(i)));
        }
        // on arrival only the fifth shows the burst
        JsonPath before = live(campaign);
        assertThat(before.getLong("respondents")).isEqualTo(4);
        assertThat(before.getLong("flagged")).isEqualTo(1);

        assertThat(sweep.sweep(UUID.fromString(campaign))).isEqualTo(4);
        JsonPath after = live(campaign);
        assertThat(after.getLong("respondents")).isZero();
        assertThat(after.getLong("flagged")).isEqualTo(5);
        assertThat(after.getLong("tallyVersion")).isEqualTo(before.getLong("tallyVersion") + 1);
        assertThat(after.getList("items.collect { it['count'] }", Long.class)).containsOnly(0L);

        // idempotent: nothing left to flag, no new tally version
        assertThat(sweep.sweep(UUID.fromString(campaign))).isZero();
        assertThat(live(campaign).getLong("tallyVersion")).isEqualTo(after.getLong("tallyVersion"));
        assertThat(sweep.candidates(java.time.Duration.ofHours(1))).doesNotContain(UUID.fromString(campaign));
    }

    @Test
    void shouldBreakDownByVocabularyOnlyAndCountFreeTextAsLainnya() {
        UUID unit = SurveyFixtures.unit("73.06");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("values", List.of("Perekaman KTP-el", "Kartu Keluarga")))
                .when()
                .put("/api/v1/survey/units/" + unit + "/vocabulary/serviceUsed")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("values", List.of("Lainnya")))
                .when()
                .put("/api/v1/survey/units/" + unit + "/vocabulary/serviceUsed")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(DevTokens.operator(SurveyFixtures.unit("73.06")))
                .contentType(ContentType.JSON)
                .body(Map.of("values", List.of("Paspor")))
                .when()
                .put("/api/v1/survey/units/" + unit + "/vocabulary/serviceUsed")
                .then()
                .statusCode(403);
        JsonPath vocabulary = given().when()
                .get("/api/v1/survey/campaigns/" + campaign + "/vocabulary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(vocabulary.getList("dimensions.serviceUsed.value", String.class))
                .containsExactly("Perekaman KTP-el", "Kartu Keluarga");
        assertThat(vocabulary.getList("dimensions.occupation.value", String.class))
                .contains("PNS", "Wirausaha");
        assertThat(vocabulary.getList("dimensions.occupation.confirmed", Boolean.class))
                .containsOnly(false);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> row = new LinkedHashMap<>(SurveyFixtures.response("v-" + i, varied(i)));
            if (i < 6) {
                row.put("serviceUsed", "  perekaman   KTP-EL ");
            } else {
                row.put("serviceUsed", "Konsultasi HIV");
                row.put("occupation", "Kepala Puskesmas Lanrisang");
            }
            rows.add(row);
        }
        assertThat(SurveyFixtures.batch(campaign, rows)).isEqualTo(12);

        JsonPath raw = live(campaign);
        assertThat(raw.getMap("breakdowns.serviceUsed.collectEntries { [it.value, it.respondents] }"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Perekaman KTP-el", 6, "Lainnya", 6));
        assertThat(raw.getMap("breakdowns.occupation.collectEntries { [it.value, it.respondents] }"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Wirausaha", 6, "Lainnya", 6));
        SurveyFixtures.publish(unit, "2026-S2");
        String anonymous = given().when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(raw.prettify() + anonymous).doesNotContain("HIV").doesNotContain("Lanrisang");
    }

    @Test
    void shouldNotRevealASmallGroupBySubtractingOneResultFromAnother() {
        UUID unit = SurveyFixtures.unit("73.06");
        String s1 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        String s2 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        SurveyFixtures.batch(s1, people("s1", Map.of("PNS", 5, "Swasta", 5)));
        SurveyFixtures.batch(s2, people("s2", Map.of("PNS", 1, "Swasta", 6)));

        // The attack: PNS in the year (6) minus PNS in S1 (5) would be the one PNS respondent of S2.
        SurveyFixtures.publish(unit, "2026");
        JsonPath year = given().when()
                .get("/api/v1/survey/units/" + unit + "/result?period=2026")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(year.getLong("respondents")).isEqualTo(17);
        assertThat(year.getMap("breakdowns")).isNull();
        assertThat(year.getString("note")).contains("per campaign");

        JsonPath first = anonymousResult(s1);
        assertThat(first.getMap("breakdowns.occupation.collectEntries { [it.value, it.respondents] }"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("PNS", 5, "Swasta", 5));
        JsonPath second = anonymousResult(s2);
        // PNS (1) is hidden, and so is Swasta (6): otherwise 7 − 6 would give the hidden group away
        assertThat(second.getMap("breakdowns.occupation.collectEntries { [it.value, it.respondents] }"))
                .containsExactlyEntriesOf(Map.of("Lainnya (digabung)", 7));
        for (JsonPath published : List.of(first, second)) {
            long respondents = published.getLong("respondents");
            for (String dimension : List.of("gender", "ageBand", "education", "occupation", "serviceUsed")) {
                long shown = published.getList("breakdowns." + dimension + ".respondents", Long.class).stream()
                        .mapToLong(Long::longValue)
                        .sum();
                assertThat(respondents - shown)
                        .as(dimension)
                        .satisfiesAnyOf(
                                h -> assertThat(h).isZero(), h -> assertThat(h).isGreaterThanOrEqualTo(5));
            }
        }

        // the unit's evaluator still reads every group of the pooled year
        JsonPath live = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get("/api/v1/survey/units/" + unit + "/result?period=2026")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(live.getMap("breakdowns.occupation.collectEntries { [it.value, it.respondents] }"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("PNS", 6, "Swasta", 11));
    }

    private static JsonPath anonymousResult(String campaign) {
        return given().when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> people(String prefix, Map<String, Integer> occupations) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> occupation : occupations.entrySet()) {
            for (int i = 0; i < occupation.getValue(); i++) {
                Map<String, Object> row = new LinkedHashMap<>(SurveyFixtures.response(prefix + "-" + n, varied(n)));
                row.put("occupation", occupation.getKey());
                rows.add(row);
                n++;
            }
        }
        return rows;
    }
}
