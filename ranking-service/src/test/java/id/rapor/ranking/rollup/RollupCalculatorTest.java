package id.rapor.ranking.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.GradeScale.BandRow;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.BandSpec;
import id.rapor.ranking.definition.DefinitionDtos.Rules;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.ZoneCounts;
import id.rapor.ranking.rollup.RollupCalculator.PooledItem;
import id.rapor.ranking.rollup.RollupCalculator.UnitValue;
import id.rapor.ranking.rollup.RollupService.Level;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The roll-up arithmetic, a table of regions worked by hand. */
class RollupCalculatorTest {

    /** The producer's PEKPPP scale as the unit results carry it: 2 decimals, A from 4.51. */
    private static final GradeScale IPP = new GradeScale(
            "PEKPPP/v2",
            2,
            true,
            List.of(
                    new BandRow(new BigDecimal("4.51"), "A", "Sangat baik", "HIJAU"),
                    new BandRow(new BigDecimal("3.51"), "B", "Baik", "HIJAU"),
                    new BandRow(new BigDecimal("2.51"), "C", "Cukup", "KUNING"),
                    new BandRow(BigDecimal.ZERO, "D", "Kurang", "MERAH")));

    /** The same table under another regulation key: units graded under it cannot share a band with IPP. */
    private static final GradeScale IPP_OTHER = new GradeScale("PEKPPP/v1", 2, true, IPP.bands());

    private static final Definition ASSESSMENT = new Definition(
            "IPP",
            3,
            Source.ASSESSMENT,
            BigDecimal.ONE,
            BigDecimal.valueOf(5),
            2,
            Map.of(),
            new Rules(null, null, null, null));

    /** A survey index with its own default table (for results stored without a producer scale), 2 decimals. */
    private static final Definition SURVEY = new Definition(
            "IKM",
            2,
            Source.SURVEY_TALLY,
            BigDecimal.valueOf(25),
            BigDecimal.valueOf(100),
            2,
            Map.of(
                    "default",
                    List.of(
                            new BandSpec(new BigDecimal("88.31"), "A", "Sangat baik", "HIJAU"),
                            new BandSpec(new BigDecimal("76.61"), "B", "Baik", "HIJAU"),
                            new BandSpec(new BigDecimal("65.00"), "C", "Kurang baik", "KUNING"),
                            new BandSpec(new BigDecimal("25.00"), "D", "Tidak baik", "MERAH"))),
            new Rules(null, null, null, null));

    private static UnitValue ok(String value, String zone, GradeScale scale) {
        return new UnitValue("OK", new BigDecimal(value), zone, null, null, scale, Basis.CONFIRMED);
    }

    private static UnitValue tally(String regulation, long respondents, String zone) {
        return new UnitValue("OK", null, zone, regulation, respondents, null, Basis.CONFIRMED);
    }

    private static final UnitValue NO_DATA = new UnitValue("INSUFFICIENT_DATA", null, null, null, null, null, null);

    /** Survey items of regulation R: U1 52/16 (NRR 3.25), U2 44/16 (2.75), weights 1/2; IKM 25 x 3.0 = 75.00. */
    private static final Map<String, List<PooledItem>> ITEMS_R = Map.of(
            "R", List.of(new PooledItem("U1", "1/2", 52, 16), new PooledItem("U2", "1/2", 44, 16)),
            "OLD", List.of(new PooledItem("U1", "1", 30, 10)));

    static Stream<Arguments> regions() {
        return Stream.of(
                // (4.5074 + 4.0 + 3.6) / 3 = 4.035800 -> 4.04 B; zones H H K; 3 of 4 registered
                Arguments.of(
                        "mean of three units",
                        ASSESSMENT,
                        4L,
                        List.of(ok("4.5074", "HIJAU", IPP), ok("4.0", "HIJAU", IPP), ok("3.6", "KUNING", IPP)),
                        Map.of(),
                        "OK",
                        "4.04",
                        "B",
                        "HIJAU",
                        new ZoneCounts(2, 1, 0),
                        3L,
                        "0.7500",
                        null),
                // the exact mean 4.5074 lies below 4.51 but rounds onto it: A, as the producer grades it
                Arguments.of(
                        "mean rounded then classified",
                        ASSESSMENT,
                        2L,
                        List.of(ok("4.5074", "HIJAU", IPP), ok("4.5074", "HIJAU", IPP)),
                        Map.of(),
                        "OK",
                        "4.51",
                        "A",
                        "HIJAU",
                        new ZoneCounts(2, 0, 0),
                        2L,
                        "1.0000",
                        null),
                // a unit without data counts as registered, not in the mean: 3.0049 -> 3.00 C
                Arguments.of(
                        "units without data left out",
                        ASSESSMENT,
                        3L,
                        List.of(ok("3.0049", "KUNING", IPP), NO_DATA, NO_DATA),
                        Map.of(),
                        "OK",
                        "3.00",
                        "C",
                        "KUNING",
                        new ZoneCounts(0, 1, 0),
                        1L,
                        "0.3333",
                        null),
                // two band tables: a value, no band
                Arguments.of(
                        "different band tables",
                        ASSESSMENT,
                        2L,
                        List.of(ok("4.0", "HIJAU", IPP), ok("2.0", "MERAH", IPP_OTHER)),
                        Map.of(),
                        "OK",
                        "3.00",
                        null,
                        null,
                        new ZoneCounts(1, 0, 1),
                        2L,
                        "1.0000",
                        "the units were graded under different band tables; no band"),
                Arguments.of(
                        "no unit with data",
                        ASSESSMENT,
                        2L,
                        List.of(NO_DATA),
                        Map.of(),
                        "INSUFFICIENT_DATA",
                        null,
                        null,
                        null,
                        new ZoneCounts(0, 0, 0),
                        0L,
                        "0.0000",
                        "no unit of the region has data for this index and period"),
                // results of a region with no active unit registered: no coverage
                Arguments.of(
                        "nothing registered",
                        ASSESSMENT,
                        0L,
                        List.of(ok("2.5", "MERAH", IPP)),
                        Map.of(),
                        "OK",
                        "2.50",
                        "D",
                        "MERAH",
                        new ZoneCounts(0, 0, 1),
                        1L,
                        null,
                        null),
                // IKM from the pooled items of R (16 respondents) rather than OLD (10); the definition's own table
                Arguments.of(
                        "pooled IKM of the largest regulation",
                        SURVEY,
                        3L,
                        List.of(tally("R", 10, "KUNING"), tally("R", 6, "HIJAU"), tally("OLD", 10, "KUNING")),
                        ITEMS_R,
                        "OK",
                        "75.00",
                        "C",
                        "KUNING",
                        new ZoneCounts(1, 2, 0),
                        3L,
                        "1.0000",
                        null),
                // an item weighed differently by two units cannot be pooled
                Arguments.of(
                        "item weighed differently",
                        SURVEY,
                        2L,
                        List.of(tally("R", 5, "HIJAU"), tally("R", 5, "HIJAU")),
                        Map.of("R", List.of(new PooledItem("U1", "1/2", 20, 5), new PooledItem("U1", "1", 18, 5))),
                        "INSUFFICIENT_DATA",
                        null,
                        null,
                        null,
                        new ZoneCounts(2, 0, 0),
                        2L,
                        "1.0000",
                        "units weigh item U1 differently"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void shouldRollUpTheRegion(
            String name,
            Definition def,
            long registered,
            List<UnitValue> results,
            Map<String, List<PooledItem>> items,
            String state,
            String value,
            String band,
            String zone,
            ZoneCounts zones,
            long withData,
            String coverage,
            String reason) {
        RegionRankingRow row = RollupCalculator.rollup(def, Level.REGENCY, "73.06", registered, results, items);

        assertThat(row.regionCode()).isEqualTo("73.06");
        assertThat(row.level()).isEqualTo("regency");
        assertThat(row.state()).isEqualTo(state);
        assertThat(row.value()).isEqualTo(value == null ? null : new BigDecimal(value));
        assertThat(row.bandCode()).isEqualTo(band);
        assertThat(row.zone()).isEqualTo(zone);
        assertThat(row.zoneCounts()).isEqualTo(zones);
        assertThat(row.unitsRegistered()).isEqualTo(registered);
        assertThat(row.unitsWithData()).isEqualTo(withData);
        assertThat(row.coverage()).isEqualTo(coverage == null ? null : new BigDecimal(coverage));
        assertThat(row.reason()).isEqualTo(reason);
        assertThat(row.definitionVersion()).isEqualTo(def.version());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void shouldNameRegulationAndRespondentsOnlyForSurveyIndices(
            String name,
            Definition def,
            long registered,
            List<UnitValue> results,
            Map<String, List<PooledItem>> items,
            String state,
            String value,
            String band,
            String zone,
            ZoneCounts zones,
            long withData,
            String coverage,
            String reason) {
        RegionRankingRow row = RollupCalculator.rollup(def, Level.PROVINCE, "73", registered, results, items);

        assertThat(row.level()).isEqualTo("province");
        if (def.source() == Source.SURVEY_TALLY) {
            assertThat(row.regulation()).isEqualTo("R");
            assertThat(row.respondents()).isEqualTo(def == SURVEY && "OK".equals(state) ? 16L : 10L);
            assertThat(row.items()).isNotEmpty().extracting(i -> i.code()).isSubsetOf("U1", "U2");
        } else {
            assertThat(row.regulation()).isNull();
            assertThat(row.respondents()).isNull();
            assertThat(row.items()).isEmpty();
        }
    }
}
