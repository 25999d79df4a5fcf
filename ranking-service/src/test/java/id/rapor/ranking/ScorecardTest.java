package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class ScorecardTest {

    @Test
    void shouldShowHistoryChangeAndFlagDrops() {
        String p = Fixtures.freshProvince();
        UUID u = UUID.randomUUID();
        UUID better = UUID.randomUUID();
        publish(
                unit(u, "Puskesmas Menurun", p + ".01"),
                unit(better, "Puskesmas Unggul", p + ".01"),
                // 2030-S1: every unsur 36/10 = 3.6 -> IKM 90.00
                Fixtures.skm(UUID.randomUUID(), 1, u, "2030-S1", 10, Fixtures.nine(36)),
                // 2030-S2: U1..U8 34/10 = 3.4, U9 28/10 = 2.8 -> sum of NRR 30.0, IKM 25 x 30 / 9 = 83.33
                Fixtures.skm(UUID.randomUUID(), 1, u, "2030-S2", 10, 34, 34, 34, 34, 34, 34, 34, 34, 28),
                // 38/10 = 3.8 -> IKM 95.00, ahead of the unit in 2030-S2
                Fixtures.skm(UUID.randomUUID(), 1, better, "2030-S2", 10, Fixtures.nine(38)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Api.unitRows("IKM", "2030-S2", p)).hasSize(2);
            assertThat(Api.scorecard(u).getList("indices[0].periods.period", String.class))
                    .hasSize(3);
        });
        var card = Api.scorecard(u);
        assertThat(card.getString("unit.name")).isEqualTo("Puskesmas Menurun");
        assertThat(card.getList("indices.indexCode", String.class)).containsExactly("IKM");
        assertThat(card.getList("indices[0].periods.period", String.class))
                .containsExactly("2030", "2030-S1", "2030-S2");
        // the year pools both semesters: U1..U8 (36 + 34) / 20 = 3.5, U9 (36 + 28) / 20 = 3.2;
        // IKM = 25 x (8 x 3.5 + 3.2) / 9 = 86.666.. -> 86.67
        assertThat(card.getObject("indices[0].periods[0].value", BigDecimal.class))
                .isEqualByComparingTo("86.67");
        assertThat(card.getInt("indices[0].periods[0].inputs.respondents")).isEqualTo(20);
        assertThat(card.getObject("indices[0].periods[1].value", BigDecimal.class))
                .isEqualByComparingTo("90.00");
        assertThat(card.getList("indices[0].periods[1].flags", String.class)).isEmpty();
        assertThat(card.getString("indices[0].periods[1].change")).isNull();
        // 83.33 - 90.00 = -6.67: fell by more than 5 points; U9 fell 3.6 -> 2.8 = -0.8, more than 0.5
        assertThat(card.getObject("indices[0].periods[2].value", BigDecimal.class))
                .isEqualByComparingTo("83.33");
        assertThat(card.getObject("indices[0].periods[2].change", BigDecimal.class))
                .isEqualByComparingTo("-6.67");
        assertThat(card.getString("indices[0].periods[2].previousPeriod")).isEqualTo("2030-S1");
        assertThat(card.getList("indices[0].periods[2].flags", String.class)).containsExactly("IKM_DROP", "NRR_DROP");
        assertThat(card.getObject("indices[0].periods[2].items[8].change", BigDecimal.class))
                .isEqualByComparingTo("-0.8");
        assertThat(card.getObject("indices[0].periods[2].items[0].change", BigDecimal.class))
                .isEqualByComparingTo("-0.2");
        assertThat(card.getInt("indices[0].periods[2].rankInProvince")).isEqualTo(2);
        assertThat(card.getInt("indices[0].periods[2].rankedInProvince")).isEqualTo(2);
        assertThat(card.getInt("indices[0].periods[2].inputs.respondents")).isEqualTo(10);
        assertThat(card.getInt("indices[0].periods[2].inputs.definitionVersion"))
                .isEqualTo(1);
        assertThat(card.getList("indices[0].periods[2].inputs.sourceEventIds")).hasSize(1);
    }
}
