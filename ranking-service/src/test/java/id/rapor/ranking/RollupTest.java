package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static id.rapor.ranking.Fixtures.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class RollupTest {

    @Test
    void shouldRollUpIkmFromSummedStatisticsAndAssessmentsAsTheMeanWithCoverage() {
        String p = Fixtures.freshProvince();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID idle = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        publish(
                unit(a, "Puskesmas A", p + ".01"),
                unit(b, "Puskesmas B", p + ".01.02"),
                unit(idle, "Puskesmas tanpa data", p + ".01"),
                unit(elsewhere, "Puskesmas lain", p + ".02"),
                // A: 10 respondents, every unsur sum 35 -> NRR 3.5 -> IKM 87.50 (B, hijau)
                Fixtures.skm(UUID.randomUUID(), 1, a, "2026-S2", 10, Fixtures.nine(35)),
                // B: 30 respondents, every unsur sum 90 -> NRR 3.0 -> IKM 75.00 (C, kuning)
                Fixtures.skm(UUID.randomUUID(), 1, b, "2026-S2", 30, Fixtures.nine(90)),
                verified(a, "IPP", "2027", "4.00"),
                verified(b, "IPP", "2027", "3.00"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Api.unitRows("IKM", "2026-S2", p)).hasSize(2);
            assertThat(Api.unitRows("IPP", "2027", p)).hasSize(2);
            // every registration has arrived, including the units without data
            assertThat(Api.regions("IKM", "2026-S2", "province", null)
                            .getInt("items.find { it.regionCode == '" + p + "' }.unitsRegistered"))
                    .isEqualTo(4);
        });

        var regencies = Api.regions("IKM", "2026-S2", "regency", p);
        assertThat(regencies.getList("items.regionCode", String.class)).containsExactly(p + ".01", p + ".02");
        // summed statistics: per unsur (35 + 90) / (10 + 30) = 3.125 -> IKM 25 x 3.125 = 78.125 -> 78.13 (B),
        // not the mean of the unit values (87.50 + 75.00) / 2 = 81.25
        assertThat(regencies.getObject("items[0].value", BigDecimal.class)).isEqualByComparingTo("78.13");
        assertThat(regencies.getString("items[0].bandCode")).isEqualTo("B");
        assertThat(regencies.getString("items[0].zone")).isEqualTo("HIJAU");
        assertThat(regencies.getInt("items[0].rank")).isEqualTo(1);
        assertThat(regencies.getInt("items[0].respondents")).isEqualTo(40);
        assertThat(regencies.getInt("items[0].unitsRegistered")).isEqualTo(3);
        assertThat(regencies.getInt("items[0].unitsWithData")).isEqualTo(2);
        assertThat(regencies.getObject("items[0].coverage", BigDecimal.class)).isEqualByComparingTo("0.6667");
        assertThat(regencies.getInt("items[0].zoneCounts.hijau")).isEqualTo(1);
        assertThat(regencies.getInt("items[0].zoneCounts.kuning")).isEqualTo(1);
        assertThat(regencies.getInt("items[0].zoneCounts.merah")).isEqualTo(0);
        assertThat(regencies.getObject("items[0].items[0].nrr", BigDecimal.class))
                .isEqualByComparingTo("3.125");
        // a kab/kota whose units have no data is a state, not a zero
        assertThat(regencies.getString("items[1].state")).isEqualTo("INSUFFICIENT_DATA");
        assertThat(regencies.getString("items[1].value")).isNull();
        assertThat(regencies.getString("items[1].rank")).isNull();
        assertThat(regencies.getObject("items[1].coverage", BigDecimal.class)).isEqualByComparingTo("0");

        var provinces = Api.regions("IKM", "2026-S2", "province", null);
        var row = provinces.getList("items.regionCode", String.class).indexOf(p);
        assertThat(provinces.getObject("items[" + row + "].value", BigDecimal.class))
                .isEqualByComparingTo("78.13");
        assertThat(provinces.getInt("items[" + row + "].unitsRegistered")).isEqualTo(4);
        assertThat(provinces.getObject("items[" + row + "].coverage", BigDecimal.class))
                .isEqualByComparingTo("0.5");

        // IPP: mean of the units evaluated (4.00 + 3.00) / 2 = 3.50 -> B- (3.01 <= x < 3.51), kuning
        var ipp = Api.regions("IPP", "2027", "regency", p);
        assertThat(ipp.getObject("items[0].value", BigDecimal.class)).isEqualByComparingTo("3.50");
        assertThat(ipp.getString("items[0].bandCode")).isEqualTo("B-");
        assertThat(ipp.getString("items[0].zone")).isEqualTo("KUNING");
        assertThat(ipp.getInt("items[0].zoneCounts.hijau")).isEqualTo(1);
        assertThat(ipp.getInt("items[0].zoneCounts.kuning")).isEqualTo(1);

        var onlyKuning = io.restassured.RestAssured.given()
                .auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/ranking/regions?index=IPP&period=2027" + "&level=regency&parent=" + p + "&zone=KUNING")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(onlyKuning.getList("items.regionCode", String.class)).containsExactly(p + ".01");
    }
}
