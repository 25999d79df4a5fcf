package id.rapor.survey.result;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * IKM results against hand-computed values. With the nine SKM 2017 unsur at weight 1/9 and every respondent
 * answering every unsur, NRR_i = s_i/N and IKM(25–100) = 25 · Σ(s_i/N · 1/9) = 25·S/(9N), S the total of all
 * answers. Mutu is read from the value rounded half-up to 2 decimals: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00.
 */
@QuarkusTest
@RaporQuarkusTest
class ResultResourceTest {

    private static ValidatableResponse result(String campaign) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse skmWith(UUID unit, int n, int total) {
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(n, 9, total));
        return result(campaign).body("respondents", equalTo(n));
    }

    @Test
    void shouldGradeAExactlyAtTheLowerBoundOfA() {
        // N = 24, S = 763: 25·763/216 = 19075/216 = 88.3101… → 88.31 → A; on 1–4: 763/216 = 3.5324…
        skmWith(SurveyFixtures.unit("73.06"), 24, 763)
                .body("ikmKonversi", equalTo(88.31f))
                .body("ikm", equalTo(3.5324f))
                .body("ikmExact", equalTo("763/216"))
                .body("mutu", equalTo("A"))
                .body("mutuLabel", equalTo("Sangat Baik"))
                .body("zone", equalTo("HIJAU"))
                // the mutu-to-zone mapping is local practice, so the result says it is not confirmed
                .body("basis.confirmed", equalTo(false))
                .body("basis.reasons[0]", org.hamcrest.Matchers.containsString("zone mapping"))
                .body("regulation", equalTo("PERMENPANRB_14_2017"));
    }

    @Test
    void shouldGradeBJustBelowA() {
        // N = 19, S = 604: 25·604/171 = 15100/171 = 88.3040… → 88.30 → B
        skmWith(SurveyFixtures.unit("73.06"), 19, 604)
                .body("ikmKonversi", equalTo(88.30f))
                .body("mutu", equalTo("B"))
                .body("mutuLabel", equalTo("Baik"));
    }

    @Test
    void shouldGradeBWhenTheRoundedValueReachesTheBoundEvenIfTheExactOneIsBelow() {
        // N = 19, S = 524: 25·524/171 = 13100/171 = 76.6081… (< 76.61) → rounds to 76.61 → B
        skmWith(SurveyFixtures.unit("73.06"), 19, 524)
                .body("ikmKonversi", equalTo(76.61f))
                .body("mutu", equalTo("B"));
    }

    @Test
    void shouldGradeCJustBelowB() {
        // N = 26, S = 717: 25·717/234 = 5975/78 = 76.6025… → 76.60 → C
        skmWith(SurveyFixtures.unit("73.06"), 26, 717)
                .body("ikmKonversi", equalTo(76.60f))
                .body("mutu", equalTo("C"))
                .body("mutuLabel", equalTo("Kurang Baik"));
    }

    @Test
    void shouldGradeCExactlyAtSixtyFiveAndDJustBelow() {
        UUID unit = SurveyFixtures.unit("73.06");
        // N = 5, S = 117: 25·117/45 = 65 exactly → 65.00 → C
        skmWith(unit, 5, 117).body("ikmKonversi", equalTo(65.0f)).body("mutu", equalTo("C"));
        // N = 38, S = 889: 25·889/342 = 22225/342 = 64.9853… → 64.99 → D
        skmWith(unit, 38, 889)
                .body("ikmKonversi", equalTo(64.99f))
                .body("mutu", equalTo("D"))
                .body("mutuLabel", equalTo("Tidak Baik"));
    }

    @Test
    void shouldReportPerItemSumsNrrAndWeightedNrr() {
        // N = 24, S = 763 = 216·3 + 115: the first 115 cells (row-major) are 4, so U1..U9 of respondents 1–12
        // and U1..U7 of respondent 13 are 4. U1: 13 fours + 11 threes = 52 + 33 = 85, NRR 85/24 = 3.5417,
        // NRR tertimbang 85/216 = 0.3935. U9: 12 fours + 12 threes = 84, NRR 3.50, tertimbang 84/216 = 0.3889.
        skmWith(SurveyFixtures.unit("73.06"), 24, 763)
                .body("items[0].code", equalTo("U1"))
                .body("items[0].sum", equalTo(85))
                .body("items[0].count", equalTo(24))
                .body("items[0].nrr", equalTo(3.54f))
                .body("items[0].weightedNrr", equalTo(0.3935f))
                .body("items[0].weight", equalTo("1/9"))
                .body("items[8].sum", equalTo(84))
                .body("items[8].nrr", equalTo(3.50f))
                .body("items[8].weightedNrr", equalTo(0.3889f));
    }

    @Test
    void shouldGradeTheSameAnswersWithThe2004BandsUnderThe2004Questionnaire() {
        UUID unit = SurveyFixtures.unit("73.06");
        // every answer 3: NRR 3 on every unsur, IKM = 3 × 25 = 75.00
        String skm = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026", null);
        SurveyFixtures.batch(
                skm,
                List.of(
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 3)),
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 3))));
        String ikm2004 = SurveyFixtures.campaign(unit, SurveyFixtures.IKM_2004, "2026", null);
        SurveyFixtures.batch(
                ikm2004,
                List.of(
                        SurveyFixtures.response(null, SurveyFixtures.uniform(14, 3)),
                        SurveyFixtures.response(null, SurveyFixtures.uniform(14, 3))));

        // 2017: 65.00 ≤ 75.00 < 76.61 → C; 2004: 62.51 ≤ 75.00 < 81.26 → B
        result(skm).body("ikmKonversi", equalTo(75.0f)).body("mutu", equalTo("C"));
        result(ikm2004)
                .body("ikmKonversi", equalTo(75.0f))
                .body("mutu", equalTo("B"))
                .body("mutuLabel", equalTo("Baik"))
                .body("regulation", equalTo("KEPMENPAN_25_2004"))
                .body("items[0].weight", equalTo("1/14"));
    }

    @Test
    void shouldReportKrejcieMorganMinimumSample() {
        UUID unit = SurveyFixtures.unit("73.06");
        // Krejcie–Morgan, rounded: N = 100 → 80, N = 1,000 → 278
        String small = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-Q1", 100L);
        SurveyFixtures.batch(small, SurveyFixtures.respondentsWithTotal(80, 9, 80 * 27));
        result(small)
                .body("sample.population", equalTo(100))
                .body("sample.minimumSample", equalTo(80))
                .body("sample.met", equalTo(true));
        String large = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-Q2", 1000L);
        SurveyFixtures.batch(large, SurveyFixtures.respondentsWithTotal(5, 9, 5 * 27));
        result(large).body("sample.minimumSample", equalTo(278)).body("sample.met", equalTo(false));
    }

    @Test
    void shouldSumTalliesOfAUnitsCampaignsInAPeriod() {
        UUID unit = SurveyFixtures.unit("73.06");
        String first = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", 100L);
        String second = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", 50L);
        SurveyFixtures.batch(first, List.of(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 4))));
        SurveyFixtures.batch(
                second,
                List.of(
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 2)),
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 3))));

        // summed: each unsur 4 + 2 + 3 = 9 over 3 answers, NRR 3 → 75.00 → C; population 150 → 108
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("period", "2026-S2")
                .when()
                .get("/api/v1/survey/units/" + unit + "/result")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(3))
                .body("items[0].sum", equalTo(9))
                .body("ikmKonversi", equalTo(75.0f))
                .body("mutu", equalTo("C"))
                .body("sample.minimumSample", equalTo(108))
                .body("campaignIds.size()", equalTo(2));
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("period", "2027")
                .when()
                .get("/api/v1/survey/units/" + unit + "/result")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldPoolTheSemestersOfAYearIntoTheAnnualResult() {
        // Pinrang surveys every six months and reports per year
        UUID unit = SurveyFixtures.unit("73.15");
        String s1 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        String s2 = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        String other = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2027-S1", null);
        // S1: one respondent all 4 (sum 4 per unsur); S2: three respondents all 2 (sum 6 per unsur)
        SurveyFixtures.batch(s1, List.of(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 4))));
        SurveyFixtures.batch(
                s2,
                List.of(
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 2)),
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 2)),
                        SurveyFixtures.response(null, SurveyFixtures.uniform(9, 2))));
        SurveyFixtures.batch(other, List.of(SurveyFixtures.response(null, SurveyFixtures.uniform(9, 1))));

        // by hand: per unsur (4 + 6) ÷ (1 + 3) = 2.5; IKM = 25 × 2.5 = 62.50 → D (< 65.00). The mean of the two
        // semester IKMs (100.00 and 50.00) would be 75.00: pooling weighs by respondents, not by campaign.
        SurveyFixtures.publish(unit, "2026");
        SurveyFixtures.publish(unit, "2026-S1");
        given().queryParam("period", "2026")
                .when()
                .get("/api/v1/survey/units/" + unit + "/result")
                .then()
                .statusCode(200)
                .body("period", equalTo("2026"))
                .body("respondents", equalTo(4))
                .body("items[0].sum", equalTo(10))
                .body("items[0].count", equalTo(4))
                .body("ikmKonversi", equalTo(62.5f))
                .body("mutu", equalTo("D"))
                .body("campaignIds", containsInAnyOrder(s1, s2));
        given().queryParam("period", "2026-S1")
                .when()
                .get("/api/v1/survey/units/" + unit + "/result")
                .then()
                .statusCode(200)
                .body("ikmKonversi", equalTo(100.0f))
                .body("campaignIds", contains(s1));
        given().queryParam("period", "2026-H1")
                .when()
                .get("/api/v1/survey/units/" + unit + "/result")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void shouldBreakDownByDemographicsFromGroupTalliesAndDropThemWithoutConsent() {
        String campaign = SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", null);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        Map<String, Object> man = SurveyFixtures.response("g-1", SurveyFixtures.uniform(9, 4));
        man.put("gender", "L");
        rows.add(man);
        for (int i = 0; i < 4; i++) {
            Map<String, Object> another = SurveyFixtures.response("g-1" + i, SurveyFixtures.uniform(9, 3));
            another.put("gender", "L");
            rows.add(another);
        }
        rows.add(SurveyFixtures.response("g-2", SurveyFixtures.uniform(9, 2)));
        Map<String, Object> noConsent = SurveyFixtures.response("g-3", SurveyFixtures.uniform(9, 3));
        noConsent.put("consent", false);
        rows.add(noConsent);
        SurveyFixtures.batch(campaign, rows);

        // L: five respondents, one all 4 and four all 3 → NRR 16/5 each → 25 × 16/5 = 80.00; P: one respondent and
        // no consent: demographics not kept → "(tidak diisi)", one respondent: groups below five show no IKM
        result(campaign)
                .body("breakdowns.gender.value", contains("(tidak diisi)", "L", "P"))
                .body("breakdowns.gender.respondents", contains(1, 5, 1))
                .body("breakdowns.gender.ikmKonversi", contains(null, 80.0f, null))
                .body("breakdowns.ageBand.value", contains("(tidak diisi)", "30-39"))
                .body("breakdowns.ageBand.respondents", contains(1, 6));

        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "uji"))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/g-1/void")
                .then()
                .statusCode(200);
        // the voided respondent leaves its group, which drops below five and no longer shows an IKM
        result(campaign)
                .body("breakdowns.gender.value", contains("(tidak diisi)", "L", "P"))
                .body("breakdowns.gender.respondents", contains(1, 4, 1))
                .body("breakdowns.gender.ikmKonversi", contains(null, null, null));
    }

    @Test
    void shouldLeaveIkmEmptyUntilEveryItemHasAnAnswer() {
        String campaign = SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", null);
        result(campaign)
                .body("respondents", equalTo(0))
                .body("ikmKonversi", nullValue())
                .body("note", equalTo("no responses yet"));
        SurveyFixtures.batch(campaign, List.of(SurveyFixtures.response(null, Map.of("U1", 4))));
        result(campaign)
                .body("respondents", equalTo(1))
                .body("ikmKonversi", nullValue())
                .body("items[0].nrr", equalTo(4.0f));
    }
}
