package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.events.RaporEvent;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The register instruments' indices (V27_1: SOP_AP, SPM, INOVASI): verified assessments are graded with the seeded
 * instrument's bands (read from the producer's seed, never a copy), rank among their subject kind and reach the
 * scorecard.
 */
@QuarkusTest
@RaporQuarkusTest
class RegisterIndicesRankingTest {

    /** Publishes one subject per total (in the given order) and returns their ids. */
    private static List<UUID> subjects(String p, String kind, String index, String period, String... totals) {
        List<UUID> ids = new ArrayList<>();
        List<RaporEvent> events = new ArrayList<>();
        for (int n = 0; n < totals.length; n++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            events.add(UnitChanged.of(
                    id,
                    1,
                    index + " subject " + n + " " + p,
                    UnitChanged.PEMDA.equals(kind) ? "PEMDA" : "DINAS",
                    p + "." + String.format("%02d", n + 1),
                    null,
                    true,
                    kind,
                    null,
                    Instant.now()));
        }
        for (int n = 0; n < totals.length; n++) {
            events.add(verified(ids.get(n), index, period, totals[n]));
        }
        publish(events.toArray(RaporEvent[]::new));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Api.units(index, period, p, "subjectKind=" + kind)
                                .getList("items"))
                        .hasSize(totals.length));
        return ids;
    }

    private static void assertBands(JsonPath ranking, List<UUID> order, String... bandZone) {
        assertThat(ranking.getList("items.unitId", String.class))
                .containsExactlyElementsOf(order.stream().map(UUID::toString).toList());
        for (int n = 0; n < bandZone.length; n++) {
            String[] bz = bandZone[n].split("/");
            assertThat(ranking.getString("items[" + n + "].bandCode"))
                    .as("band of row " + n)
                    .isEqualTo(bz[0]);
            assertThat(ranking.getString("items[" + n + "].zone"))
                    .as("zone of row " + n)
                    .isEqualTo(bz[1]);
        }
    }

    @Test
    void shouldGradeSpmPemdaIntoTheSourcedCategories() {
        String p = Fixtures.freshProvince();
        // categories (INSTRUMENTS-ADDENDUM §4.4): 100 paripurna, ≥ 90 utama, ≥ 80 madya, ≥ 70 pratama, ≥ 60 muda
        List<UUID> ids = subjects(
                p, UnitChanged.PEMDA, "SPM", "2024", "100", "99.99", "80", "79.994", "60.00", "59.995", "42.03");
        JsonPath ranking = Api.units("SPM", "2024", p, "subjectKind=PEMDA");
        // 79.994 rounds to 79.99 (pratama); 59.995 rounds half-up to 60.00 (muda), ranked after 60.00 by its exact
        // value
        assertBands(
                ranking,
                ids,
                "TUNTAS_PARIPURNA/HIJAU",
                "TUNTAS_UTAMA/HIJAU",
                "TUNTAS_MADYA/HIJAU",
                "TUNTAS_PRATAMA/KUNING",
                "TUNTAS_MUDA/KUNING",
                "TUNTAS_MUDA/KUNING",
                "BELUM_TUNTAS/MERAH");
        assertThat(ranking.getObject("items[6].value", BigDecimal.class)).isEqualByComparingTo("42.03");

        JsonPath card = Api.scorecard(ids.get(0));
        assertThat(card.getString("indices[0].indexCode")).isEqualTo("SPM");
        assertThat(card.getString("indices[0].periods[0].bandCode")).isEqualTo("TUNTAS_PARIPURNA");
        assertThat(card.getInt("indices[0].periods[0].rankInProvince")).isEqualTo(1);
    }

    @Test
    void shouldGradeSopUnitsWithTheDefaultBands() {
        String p = Fixtures.freshProvince();
        List<UUID> ids = subjects(p, UnitChanged.UNIT, "SOP_AP", "2025", "80", "79.99", "65", "50", "49.99");
        assertBands(
                Api.units("SOP_AP", "2025", p, "subjectKind=UNIT"),
                ids,
                "A/HIJAU",
                "B/HIJAU",
                "B/HIJAU",
                "C/KUNING",
                "D/MERAH");
        JsonPath card = Api.scorecard(ids.get(3));
        assertThat(card.getString("indices[0].indexCode")).isEqualTo("SOP_AP");
        assertThat(card.getString("indices[0].periods[0].bandCode")).isEqualTo("C");
    }

    @Test
    void shouldGradeInovasiUnitsWithTheIidPredikat() {
        String p = Fixtures.freshProvince();
        // IID predikat: sangat inovatif from 60.01, inovatif from 35.00, kurang inovatif from 0.01, 0 tidak dapat
        // dinilai
        List<UUID> ids = subjects(p, UnitChanged.UNIT, "INOVASI", "2025", "60.01", "60.004", "35", "0.01", "0");
        assertBands(
                Api.units("INOVASI", "2025", p, "subjectKind=UNIT"),
                ids,
                "SANGAT_INOVATIF/HIJAU",
                "INOVATIF/KUNING",
                "INOVATIF/KUNING",
                "KURANG_INOVATIF/MERAH",
                "TIDAK_DAPAT_DINILAI/MERAH");
    }
}
