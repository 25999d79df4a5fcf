package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.events.SurveyTallyChanged;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sample adequacy in unit rankings, and annual IKM pooled from the semesters of the year. */
@QuarkusTest
@RaporQuarkusTest
class SampleAndRollUpTest {

    private static SurveyTallyChanged withPopulation(SurveyTallyChanged t, long population) {
        return new SurveyTallyChanged(
                t.eventId(),
                t.type(),
                t.schemaVersion(),
                t.occurredAt(),
                t.campaignId(),
                t.tallyVersion(),
                t.unitId(),
                t.period(),
                t.questionnaireCode(),
                t.questionnaireVersion(),
                t.regulation(),
                t.campaignStatus(),
                population,
                t.respondents(),
                t.items(),
                t.scale(),
                t.basis());
    }

    @Test
    void shouldFlagUnitsBelowTheirKrejcieMorganMinimumAndFilterThemOut() {
        String p = Fixtures.freshProvince();
        UUID enough = UUID.randomUUID();
        UUID few = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        // population 100 → minimum 80 (Krejcie–Morgan table); 80 respondents all 3 → 75.00, 50 respondents all 4
        // → 100.00 but below the minimum; a unit without a population is not flagged either way
        publish(
                unit(enough, "Cukup", p + ".01"),
                unit(few, "Kurang", p + ".01"),
                unit(unknown, "Tanpa N", p + ".01"),
                withPopulation(Fixtures.skm(UUID.randomUUID(), 1, enough, "2026-S1", 80, Fixtures.nine(240)), 100),
                withPopulation(Fixtures.skm(UUID.randomUUID(), 1, few, "2026-S1", 50, Fixtures.nine(200)), 100),
                Fixtures.skm(UUID.randomUUID(), 1, unknown, "2026-S1", 10, Fixtures.nine(20)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("IKM", "2026-S1", p).size() == 3);

        List<Map<String, Object>> all = Api.unitRows("IKM", "2026-S1", p);
        assertThat(all).extracting(r -> r.get("name")).containsExactly("Kurang", "Cukup", "Tanpa N");
        assertThat(all.get(0)).containsEntry("sampleAdequate", false).containsEntry("rank", 1);
        assertThat(((Number) all.get(0).get("minimumSample")).longValue()).isEqualTo(80);
        assertThat(((Number) all.get(0).get("respondents")).longValue()).isEqualTo(50);
        assertThat(all.get(1)).containsEntry("sampleAdequate", true);
        assertThat(all.get(2).get("sampleAdequate")).isNull();

        var adequate = Api.units("IKM", "2026-S1", p, "adequateOnly=true");
        assertThat(adequate.getList("items.name", String.class)).containsExactly("Cukup", "Tanpa N");
        assertThat(adequate.getList("items.rank", Integer.class)).containsExactly(1, 2);
    }

    @Test
    void shouldPoolTheSemestersIntoTheAnnualIkm() {
        String p = Fixtures.freshProvince();
        UUID u = UUID.randomUUID();
        UUID s1 = UUID.randomUUID();
        UUID s2 = UUID.randomUUID();
        // S1: 1 respondent all 4 (sum 4 per unsur); S2: 3 respondents all 2 (sum 6 per unsur)
        publish(
                unit(u, "Pinrang", p + ".15"),
                Fixtures.skm(s1, 1, u, "2026-S1", 1, Fixtures.nine(4)),
                Fixtures.skm(s2, 1, u, "2026-S2", 3, Fixtures.nine(6)));
        // by hand: per unsur (4 + 6) ÷ (1 + 3) = 2.5; IKM 2026 = 25 × 2.5 = 62.50 → D (< 65.00), not the mean of
        // the semesters' 100.00 and 50.00
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> rows = Api.unitRows("IKM", "2026", p);
            assertThat(rows).hasSize(1);
            assertThat((BigDecimal) rows.get(0).get("value")).isEqualByComparingTo("62.50");
            assertThat(rows.get(0).get("bandCode")).isEqualTo("D");
            assertThat(((Number) rows.get(0).get("respondents")).longValue()).isEqualTo(4);
        });
        var card = Api.scorecard(u);
        List<String> campaigns = card.getList(
                "indices.find { it.indexCode == 'IKM' }.periods.find { it.period == "
                        + "'2026' }.inputs.campaigns.campaignId",
                String.class);
        assertThat(campaigns).containsExactlyInAnyOrder(s1.toString(), s2.toString());
        assertThat((BigDecimal) Api.unitRows("IKM", "2026-S2", p).get(0).get("value"))
                .isEqualByComparingTo("50.00");
    }
}
