package id.rapor.survey.result;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.rapor.events.EventCodec;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.Topics;
import id.rapor.scoring.ConfidenceInterval;
import id.rapor.survey.SurveyFixtures;
import id.rapor.survey.tally.ScoreBackfill;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The IKM's 95 % interval in results, against values computed by hand and by a direct computation from the raw rows:
 * three small campaigns, one with a known population.
 */
@QuarkusTest
@RaporQuarkusTest
class ResultIntervalTest {

    @Inject
    ScoreBackfill backfill;

    @Inject
    EntityManager em;

    private static JsonPath result(String campaign) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/result?breakdowns=true")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> twoThreeThreeFour() {
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] values = {2, 3, 3, 4};
        for (int i = 0; i < values.length; i++) {
            rows.add(SurveyFixtures.response("h-" + i, SurveyFixtures.uniform(9, values[i])));
        }
        return rows;
    }

    @Test
    void shouldShowTheIntervalComputedByHand() {
        // respondent scores 2, 3, 3, 4: IKM 75.00, s² = 2/3, h = t(0.975, 3) × √(2/3 ÷ 4) × 25 = 32.48
        String campaign = SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", null);
        SurveyFixtures.batch(campaign, twoThreeThreeFour());
        JsonPath r = result(campaign);
        assertThat(r.getFloat("ikmKonversi")).isEqualTo(75.0f);
        assertThat(r.getFloat("interval.lower")).isEqualTo(42.52f);
        assertThat(r.getFloat("interval.upper")).isEqualTo(100.0f);
        assertThat(r.getFloat("interval.halfWidth")).isEqualTo(32.48f);
        assertThat(r.getString("interval.method")).isEqualTo(ConfidenceInterval.METHOD_T);
        assertThat(r.getInt("interval.degreesOfFreedom")).isEqualTo(3);
        assertThat(r.getFloat("interval.level")).isEqualTo(0.95f);
        // to ±2.5 points: 259 respondents (t(0.975, 258) × 20.41 ÷ √259 ≤ 2.5), so 255 more
        assertThat(r.getFloat("interval.targetHalfWidth")).isEqualTo(2.5f);
        assertThat(r.getLong("interval.additionalRespondents")).isEqualTo(255L);
        // a group below the minimum size shows neither IKM nor interval
        assertThat(r.getMap("breakdowns.gender[0].interval")).isNull();

        // one respondent: no interval
        String single = SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", null);
        SurveyFixtures.batch(single, List.of(SurveyFixtures.response("one", SurveyFixtures.uniform(9, 4))));
        assertThat(result(single).getMap("interval")).isNull();
    }

    @Test
    void shouldApplyTheFinitePopulationCorrectionWhenThePopulationIsKnown() {
        // the same four among 10 users: SE = √((1 − 4/10) × 2/3 ÷ 4) = √0.1, h = 3.182446 × 0.316228 × 25 = 25.16
        String campaign = SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", 10L);
        SurveyFixtures.batch(campaign, twoThreeThreeFour());
        JsonPath r = result(campaign);
        assertThat(r.getFloat("interval.halfWidth")).isEqualTo(25.16f);
        assertThat(r.getFloat("interval.lower")).isEqualTo(49.84f);
        assertThat(r.getString("interval.method")).isEqualTo(ConfidenceInterval.METHOD_T_FPC);
        // at most the 6 users still outside the sample
        assertThat(r.getLong("interval.additionalRespondents")).isBetween(1L, 6L);
    }

    @Test
    void shouldMatchADirectComputationFromTheRawRowsAfterVoidsAndKeepItAcrossABackfill() {
        long population = 300;
        String campaign =
                SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", population);
        Random random = new Random(7);
        List<Map<String, Integer>> answers = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Integer> a = new LinkedHashMap<>();
            for (int u = 1; u <= 9; u++) {
                // every respondent answers U1 (so no item is left unanswered); the others now and then skip one
                if (u == 1 || random.nextInt(8) > 0) {
                    a.put("U" + u, 1 + random.nextInt(4));
                }
            }
            answers.add(a);
            rows.add(SurveyFixtures.response("d-" + i, a));
        }
        SurveyFixtures.batch(campaign, rows);
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(DevTokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Diisi dua kali"))
                    .when()
                    .post("/api/v1/survey/campaigns/" + campaign + "/responses/d-" + i + "/void")
                    .then()
                    .statusCode(200);
        }
        List<Map<String, Integer>> kept = answers.subList(3, answers.size());

        // direct: each kept respondent's mean answer (equal weights), the IKM from item sums, t × SE with (1 − n/N)
        int n = kept.size();
        double[] y = kept.stream()
                .mapToDouble(a -> a.values().stream()
                        .mapToInt(Integer::intValue)
                        .average()
                        .orElseThrow())
                .toArray();
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double s2 = java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double nrrMean = 0;
        for (int u = 1; u <= 9; u++) {
            String code = "U" + u;
            nrrMean += kept.stream()
                            .filter(a -> a.containsKey(code))
                            .mapToInt(a -> a.get(code))
                            .average()
                            .orElseThrow()
                    / 9;
        }
        double ikm = nrrMean * 25;
        double h = 2.026192 * Math.sqrt((1 - (double) n / population) * s2 / n) * 25; // t(0.975, 36)

        JsonPath r = result(campaign);
        assertThat(r.getInt("respondents")).isEqualTo(37);
        assertThat(r.getDouble("ikmKonversi")).isCloseTo(ikm, within(0.005));
        assertThat(r.getDouble("interval.halfWidth")).isCloseTo(h, within(0.006));
        assertThat(r.getDouble("interval.lower")).isCloseTo(ikm - h, within(0.011));
        assertThat(r.getDouble("interval.upper")).isCloseTo(ikm + h, within(0.011));
        assertThat(r.getString("interval.method")).isEqualTo(ConfidenceInterval.METHOD_T_FPC);
        // every respondent is in the gender group P; a group's population is unknown, so no correction there
        assertThat(r.getDouble("breakdowns.gender[0].interval.halfWidth"))
                .isCloseTo(h / Math.sqrt(1 - (double) n / population), within(0.006));
        assertThat(r.getString("breakdowns.gender[0].interval.method")).isEqualTo(ConfidenceInterval.METHOD_T);

        // the tally event carries the same moments
        var records = TopicProbe.await(
                KafkaTestResource.bootstrapServers(),
                Topics.SURVEY_TALLIES,
                rec -> campaign.equals(rec.key()),
                4,
                Duration.ofSeconds(20));
        SurveyTallyChanged last = (SurveyTallyChanged)
                EventCodec.read(records.get(records.size() - 1).value());
        assertThat(last.scores().count()).isEqualTo(37);
        assertThat(id.rapor.scoring.Rational.parse(last.scores().sum()).doubleValue())
                .isCloseTo(mean * n, within(1e-9));

        // a campaign from before the moments were kept: filled from its counted rows, the same interval
        Map<String, Object> before = r.getMap("interval");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update campaign_tally set score_count = null, score_sum = null, "
                            + "score_square_sum = null where campaign_id = ?1")
                    .setParameter(1, UUID.fromString(campaign))
                    .executeUpdate();
            em.createNativeQuery("delete from campaign_group_score_tally where campaign_id = ?1")
                    .setParameter(1, UUID.fromString(campaign))
                    .executeUpdate();
        });
        assertThat(result(campaign).getMap("interval")).isNull();
        backfill.backfill(UUID.fromString(campaign));
        JsonPath after = result(campaign);
        assertThat(after.getMap("interval")).isEqualTo(before);
        assertThat(after.getMap("breakdowns.gender[0].interval")).isNotNull();
    }
}
