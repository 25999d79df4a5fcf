package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static id.rapor.ranking.Fixtures.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class BandBoundaryTest {

    private static Map<String, List<Object>> byName(List<Map<String, Object>> rows) {
        return rows.stream()
                .collect(Collectors.toMap(
                        r -> (String) r.get("name"),
                        r -> List.of(value(r), String.valueOf(r.get("bandCode")), String.valueOf(r.get("zone")))));
    }

    private static String value(Map<String, Object> row) {
        return row.get("value") == null ? "null" : ((BigDecimal) row.get("value")).toPlainString();
    }

    @Test
    void shouldGradeKepatuhanAtTheOmbudsmanZoneBoundaries() {
        String p = Fixtures.freshProvince();
        String[] totals = {"81.00", "80.99", "51.00", "50.99"};
        for (String total : totals) {
            UUID u = UUID.randomUUID();
            publish(unit(u, "K " + total, p + ".01"), verified(u, "KEPATUHAN", "2021", total));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("KEPATUHAN", "2021", p).size() == 4);
        // Ombudsman 2013–2021 (REFERENCE.md 4.1): zone hijau 81.00–100, kuning 51.00–80.99, merah 0–50.99; the band
        // is the zone, as the instrument names it (predikat kepatuhan tinggi / sedang / rendah is the label)
        assertThat(byName(Api.unitRows("KEPATUHAN", "2021", p)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "K 81.00", List.of("81.00", "HIJAU", "HIJAU"),
                        "K 80.99", List.of("80.99", "KUNING", "KUNING"),
                        "K 51.00", List.of("51.00", "KUNING", "KUNING"),
                        "K 50.99", List.of("50.99", "MERAH", "MERAH")));
    }

    @Test
    void shouldGradeIppAtTheAPlusBoundary() {
        String p = Fixtures.freshProvince();
        for (String total : new String[] {"4.51", "4.50", "3.51", "3.50"}) {
            UUID u = UUID.randomUUID();
            publish(unit(u, "I " + total, p + ".01"), verified(u, "IPP", "2026", total));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("IPP", "2026", p).size() == 4);
        // PEKPPP: A >= 4.51, A- >= 4.01, B >= 3.51 (hijau), B- >= 3.01 (kuning)
        assertThat(byName(Api.unitRows("IPP", "2026", p)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "I 4.51", List.of("4.51", "A", "HIJAU"),
                        "I 4.50", List.of("4.50", "A-", "HIJAU"),
                        "I 3.51", List.of("3.51", "B", "HIJAU"),
                        "I 3.50", List.of("3.50", "B-", "KUNING")));
    }

    @Test
    void shouldShowTheProducersRoundedValueAndBandForTotalsJustBelowACutOff() {
        String p = Fixtures.freshProvince();
        // exact totals as the assessment service publishes them; each rounds half-up onto (or stays below) a cut-off
        String[][] cases = {
            {"4.5074", "IPP"}, {"3.0049", "IPP"}, {"3.0050", "IPP"}, {"2.0090", "IPP"}, {"77.9955", "OPINI_OMBUDSMAN"}
        };
        for (String[] c : cases) {
            UUID u = UUID.randomUUID();
            publish(unit(u, "T " + c[0], p + ".01"), verified(u, c[1], "2024", c[0]));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("IPP", "2024", p).size() == 4
                        && Api.unitRows("OPINI_OMBUDSMAN", "2024", p).size() == 1);
        // by hand: 4.5074 → 4.51 ≥ 4.51 → A; 3.0049 → 3.00 < 3.01 → C; 3.0050 → 3.01 → B-; 2.0090 → 2.01 → C-
        assertThat(byName(Api.unitRows("IPP", "2024", p)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "T 4.5074", List.of("4.51", "A", "HIJAU"),
                        "T 3.0049", List.of("3.00", "C", "KUNING"),
                        "T 3.0050", List.of("3.01", "B-", "KUNING"),
                        "T 2.0090", List.of("2.01", "C-", "KUNING")));
        // 77.9955 → 78.00 ≥ 78 → B, hijau (the unrounded value would be C, kuning)
        assertThat(byName(Api.unitRows("OPINI_OMBUDSMAN", "2024", p)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("T 77.9955", List.of("78.00", "B", "HIJAU")));
        // the region's roll-up of one unit is graded with the same table the unit was graded with
        var region = Api.regions("OPINI_OMBUDSMAN", "2024", "regency", p);
        assertThat(region.getString("items[0].bandCode")).isEqualTo("B");
    }

    @Test
    void shouldGradeIkmOnTheRoundedValueAndUseThe2004BandsFor2004Tallies() {
        String p = Fixtures.freshProvince();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        publish(
                unit(a, "IKM 88.31", p + ".01"),
                unit(b, "IKM 88.30", p + ".01"),
                unit(c, "IKM 2004", p + ".01"),
                unit(d, "IKM 2017 same", p + ".01"),
                // 100 answers per unsur, sums 8 x 353 + 355 = 3179: IKM = 25 x 3179 / 900 = 88.3055.. -> 88.31 (A)
                Fixtures.skm(UUID.randomUUID(), 1, a, "2026-S1", 100, 353, 353, 353, 353, 353, 353, 353, 353, 355),
                // 1000 answers per unsur, sums 8 x 3532 + 3531 = 31787:
                // IKM = 25 x 31787 / 9000 = 88.2972.. -> 88.30 (B)
                Fixtures.skm(
                        UUID.randomUUID(), 1, b, "2026-S1", 1000, 3532, 3532, 3532, 3532, 3532, 3532, 3532, 3532, 3531),
                // 2004: 14 unsur x 1/14, 100 answers, sums 13 x 297 + 292 = 4153: IKM = 25 x 4153 / 1400
                // = 74.1607.. -> 74.16, B under Kepmenpan 25/2004 (> 62.50)
                Fixtures.ikm2004(
                        UUID.randomUUID(),
                        1,
                        c,
                        "2026-S1",
                        100,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        297,
                        292),
                // about the same value under 2017 is C (65.00 <= x < 76.61): sums 8 x 297 + 294 = 2670,
                // IKM = 25 x 2670 / 900 = 74.1666.. -> 74.17
                Fixtures.skm(UUID.randomUUID(), 1, d, "2026-S1", 100, 297, 297, 297, 297, 297, 297, 297, 297, 294));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("IKM", "2026-S1", p).size() == 4);
        assertThat(byName(Api.unitRows("IKM", "2026-S1", p)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "IKM 88.31", List.of("88.31", "A", "HIJAU"),
                        "IKM 88.30", List.of("88.30", "B", "HIJAU"),
                        "IKM 2004", List.of("74.16", "B", "HIJAU"),
                        "IKM 2017 same", List.of("74.17", "C", "KUNING")));
    }
}
