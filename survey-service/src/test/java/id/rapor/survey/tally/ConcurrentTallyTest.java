package id.rapor.survey.tally;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Writers of one campaign at once: the tally they leave (and the last event published) equals a recount of the raw
 * rows, and a response id sent by several writers counts once.
 */
@QuarkusTest
@RaporQuarkusTest
class ConcurrentTallyTest {

    private static final int WRITERS = 8;
    private static final int PER_WRITER = 500;
    private static final int PER_REQUEST = 10;
    /** Each writer starts this far after the previous one, so half of its ids are also sent by the next writer. */
    private static final int STRIDE = 250;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The body of response {@code n}: its answers and demographics follow from n, so a repeat is identical. */
    private static Map<String, Object> response(int n) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 1 + (n * 7 + i * 3) % 4);
        }
        Map<String, Object> body = SurveyFixtures.response("c-" + n, answers);
        body.put("gender", n % 3 == 0 ? "L" : "P");
        body.put("education", n % 2 == 0 ? "SMA" : "D4/S1");
        return body;
    }

    @Test
    void shouldLeaveTheTallyOfARecountAfterEightConcurrentWriters() throws Exception {
        String campaign = SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026", null);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<int[]>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int first = w * STRIDE;
            Callable<int[]> writer = () -> {
                int accepted = 0;
                int duplicates = 0;
                for (int from = first; from < first + PER_WRITER; from += PER_REQUEST) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int n = from; n < from + PER_REQUEST; n++) {
                        rows.add(response(n));
                    }
                    var result = given().auth()
                            .oauth2(DevTokens.admin())
                            .contentType(ContentType.JSON)
                            .body(rows)
                            .when()
                            .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    accepted += result.getInt("accepted");
                    duplicates += result.getInt("duplicates");
                }
                return new int[] {accepted, duplicates};
            };
            writers.add(pool.submit(writer));
        }
        int accepted = 0;
        int duplicates = 0;
        for (Future<int[]> f : writers) {
            int[] r = f.get();
            accepted += r[0];
            duplicates += r[1];
        }
        pool.shutdown();
        int distinct = (WRITERS - 1) * STRIDE + PER_WRITER;
        assertThat(accepted).isEqualTo(distinct);
        assertThat(duplicates).isEqualTo(WRITERS * PER_WRITER - distinct);

        UUID id = UUID.fromString(campaign);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                        "select count(*) from campaign_tally_change where campaign_id = ?1")
                                                .setParameter(1, id)
                                                .getSingleResult())
                                        .longValue()
                                == 0));

        QuarkusTransaction.requiringNew().run(() -> {
            Object[] rows = (Object[]) em.createNativeQuery("select count(*), count(distinct client_id), "
                            + "count(*) filter (where review_state in ('COUNTED', 'ACCEPTED') and not voided), "
                            + "count(*) filter (where review_state = 'FLAGGED' and not voided) "
                            + "from survey_response where campaign_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult();
            assertThat(((Number) rows[0]).longValue()).isEqualTo(distinct);
            assertThat(((Number) rows[1]).longValue()).isEqualTo(distinct);
            long counted = ((Number) rows[2]).longValue();
            long flagged = ((Number) rows[3]).longValue();

            Object[] tally = (Object[]) em.createNativeQuery("select respondents, flagged, score_count, tally_version "
                            + "from campaign_tally where campaign_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult();
            assertThat(((Number) tally[0]).longValue()).isEqualTo(counted);
            assertThat(((Number) tally[1]).longValue()).isEqualTo(flagged);
            assertThat(((Number) tally[2]).longValue()).isEqualTo(counted);

            assertThat(rowsOf(
                            "select item_code, answer_sum, answer_count from campaign_item_tally "
                                    + "where campaign_id = ?1",
                            id))
                    .isEqualTo(rowsOf(
                            "select key, sum(value::int), count(*) from survey_response r, "
                                    + "jsonb_each_text(r.answers) where r.campaign_id = ?1 and not r.voided "
                                    + "and r.review_state in ('COUNTED', 'ACCEPTED') group by key",
                            id));
            assertThat(rowsOf(
                            "select group_value, respondents from campaign_group_tally where campaign_id = ?1 "
                                    + "and dimension = 'gender' and respondents <> 0",
                            id))
                    .isEqualTo(rowsOf(
                            "select gender, count(*) from survey_response where campaign_id = ?1 and not voided "
                                    + "and review_state in ('COUNTED', 'ACCEPTED') group by gender",
                            id));

            // the last event published carries the same state, under the tally's own version
            String payload = (String) em.createNativeQuery("select payload from outbox_message where message_key = "
                            + "?1 and event_type = 'SurveyTallyChanged' order by id desc limit 1")
                    .setParameter(1, campaign)
                    .getSingleResult();
            try {
                JsonNode event = json.readTree(payload);
                assertThat(event.get("respondents").asLong()).isEqualTo(counted);
                assertThat(event.get("tallyVersion").asLong()).isEqualTo(((Number) tally[3]).longValue());
                Map<String, Long> eventSums = new HashMap<>();
                event.get("items")
                        .forEach(i -> eventSums.put(
                                i.get("code").asText(), i.get("sum").asLong()));
                Map<String, Long> recount = new HashMap<>();
                rowsOf(
                                "select key, sum(value::int) from survey_response r, jsonb_each_text(r.answers) "
                                        + "where r.campaign_id = ?1 and not r.voided and r.review_state in "
                                        + "('COUNTED', 'ACCEPTED') group by key",
                                id)
                        .forEach((k, v) -> recount.put(k, Long.parseLong(v)));
                assertThat(eventSums).isEqualTo(recount);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The rows of a query as first column → the other columns joined, for comparison. */
    private Map<String, String> rowsOf(String sql, UUID campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
        Map<String, String> result = new HashMap<>();
        for (Object[] row : rows) {
            StringBuilder rest = new StringBuilder();
            for (int i = 1; i < row.length; i++) {
                rest.append(i > 1 ? "/" : "").append(((Number) row[i]).longValue());
            }
            result.put(String.valueOf(row[0]), rest.toString());
        }
        return result;
    }
}
