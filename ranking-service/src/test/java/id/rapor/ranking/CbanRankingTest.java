package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.events.UnitChanged;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** CBAN (index CBAN, V23_1): verified assessments of kab/kota governments rank among Pemda and reach the scorecard. */
@QuarkusTest
@RaporQuarkusTest
class CbanRankingTest {

    @Test
    void shouldRankCbanPemdaWithTheInstrumentsBandAndShowItOnTheScorecard() {
        String p = Fixtures.freshProvince();
        UUID kota = UUID.randomUUID();
        UUID kab = UUID.randomUUID();
        publish(
                UnitChanged.of(
                        kota,
                        1,
                        "Pemerintah Kota " + p,
                        "PEMDA",
                        p + ".71",
                        null,
                        true,
                        UnitChanged.PEMDA,
                        null,
                        Instant.now()),
                UnitChanged.of(
                        kab,
                        1,
                        "Pemerintah Kabupaten " + p,
                        "PEMDA",
                        p + ".01",
                        null,
                        true,
                        UnitChanged.PEMDA,
                        null,
                        Instant.now()),
                verified(kota, "CBAN", "2012", "71.1622"),
                verified(kab, "CBAN", "2012", "45.00"));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Api.units("CBAN", "2012", p, "subjectKind=PEMDA")
                                .getList("items"))
                        .hasSize(2));
        JsonPath ranking = Api.units("CBAN", "2012", p, "subjectKind=PEMDA");
        assertThat(ranking.getList("items.unitId", String.class)).containsExactly(kota.toString(), kab.toString());
        assertThat(ranking.getObject("items[0].value", BigDecimal.class)).isEqualByComparingTo("71.16");
        // the seeded CBAN bands (A >= 80, B >= 65, C >= 50, D below; Rapor defaults, unconfirmed)
        assertThat(ranking.getString("items[0].bandCode")).isEqualTo("B");
        assertThat(ranking.getString("items[0].zone")).isEqualTo("HIJAU");
        assertThat(ranking.getString("items[1].bandCode")).isEqualTo("D");
        assertThat(ranking.getString("items[1].zone")).isEqualTo("MERAH");

        JsonPath card = Api.scorecard(kota);
        assertThat(card.getString("unit.subjectKind")).isEqualTo("PEMDA");
        assertThat(card.getString("indices[0].indexCode")).isEqualTo("CBAN");
        assertThat(card.getString("indices[0].periods[0].bandCode")).isEqualTo("B");
        assertThat(card.getInt("indices[0].periods[0].rankInProvince")).isEqualTo(1);
    }
}
