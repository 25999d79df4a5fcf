package id.rapor.ranking.ranking;

import com.fasterxml.jackson.databind.JsonNode;
import id.rapor.events.Basis;
import id.rapor.ranking.index.IndexInterval;
import id.rapor.ranking.unit.UnitDtos.UnitView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of rankings and scorecards. */
public final class RankingDtos {

    private RankingDtos() {}

    /** One unit in a ranking; {@code rank} is a competition rank (1, 2, 2, 4), null for insufficient data. */
    @Schema(name = "UnitRanking")
    public record UnitRankingRow(
            @Schema(nullable = true) Integer rank,
            UUID unitId,
            String name,
            String unitType,
            String regionCode,
            @Schema(description = "OK or INSUFFICIENT_DATA") String state,
            @Schema(nullable = true) BigDecimal value,
            @Schema(nullable = true) String bandCode,
            @Schema(nullable = true) String bandLabel,

            @Schema(nullable = true, description = "HIJAU, KUNING or MERAH")
            String zone,

            @Schema(nullable = true) Long respondents,
            int definitionVersion,

            @Schema(description = "confirmed false, with reasons, when the value rests on an unconfirmed part")
            Basis basis,

            @Schema(
                    nullable = true,
                    description =
                            "Survey indices: whether the respondents reach the Krejcie–Morgan minimum for the "
                                    + "campaigns' summed population; null when a population is unknown or the index has no sample")
            Boolean sampleAdequate,

            @Schema(nullable = true, description = "The Krejcie–Morgan minimum sample, when the population is known")
            Long minimumSample,

            @Schema(nullable = true, description = "The summed population of the campaigns, when known")
            Long population,

            @Schema(nullable = true, description = "Survey responses of the unit in the period held out for review")
            Long flagged,

            @Schema(nullable = true, description = "Survey responses excluded on review")
            Long excluded,

            @Schema(
                    nullable = true,
                    description = "Survey data quality: OK, REVIEW_PENDING, or LOW when flagged and excluded exceed "
                            + "ranking.survey-quality-threshold of all responses; null without survey data")
            String dataQuality,

            @Schema(
                    nullable = true,
                    description = "95 % interval of the value when it rests on survey data, with the respondents a "
                            + "target width needs; null otherwise")
            IndexInterval interval,

            @Schema(
                    nullable = true,
                    description = "The ranks the unit could hold given every ranked unit's interval (a value without "
                            + "one counts as exact); null for insufficient data")
            RankRange rankRange,

            @Schema(
                    nullable = true,
                    description = "True when the interval reaches bands of more than one zone (a cut-off inside it); "
                            + "null without an interval")
            Boolean zoneUncertain,

            @Schema(
                    nullable = true,
                    description = "The zones the interval reaches, highest first; null without an interval")
            List<String> possibleZones) {

        /** This row with its rank and rank range (ranked again in a narrower scope). */
        public UnitRankingRow ranked(Integer newRank, RankRange range) {
            return new UnitRankingRow(
                    newRank,
                    unitId,
                    name,
                    unitType,
                    regionCode,
                    state,
                    value,
                    bandCode,
                    bandLabel,
                    zone,
                    respondents,
                    definitionVersion,
                    basis,
                    sampleAdequate,
                    minimumSample,
                    population,
                    flagged,
                    excluded,
                    dataQuality,
                    interval,
                    range,
                    zoneUncertain,
                    possibleZones);
        }
    }

    /** The best and worst rank a unit could hold given the intervals: e.g. 3–7. */
    @Schema(name = "RankRange")
    public record RankRange(
            @Schema(description = "1 + units whose lower bound lies above this unit's upper bound")
            int best,

            @Schema(description = "1 + other units whose upper bound lies above this unit's lower bound")
            int worst,

            @Schema(example = "3–7") String label) {

        /** The range, labelled {@code "best–worst"} or just the rank when both agree. */
        public static RankRange of(int best, int worst) {
            return new RankRange(best, worst, best == worst ? String.valueOf(best) : best + "–" + worst);
        }
    }

    /** How many evaluated units of a region are in each zone. */
    @Schema(name = "ZoneCounts")
    public record ZoneCounts(long hijau, long kuning, long merah) {}

    /** One region's roll-up in a ranking. */
    @Schema(name = "RegionRanking")
    public record RegionRankingRow(
            @Schema(nullable = true) Integer rank,
            String regionCode,
            @Schema(description = "province or regency") String level,

            @Schema(description = "OK or INSUFFICIENT_DATA (no unit of the region has data)")
            String state,

            @Schema(nullable = true) String reason,
            @Schema(nullable = true) BigDecimal value,
            @Schema(nullable = true) String bandCode,
            @Schema(nullable = true) String bandLabel,
            @Schema(nullable = true) String zone,
            long unitsRegistered,
            long unitsWithData,

            @Schema(nullable = true, description = "unitsWithData / unitsRegistered, 4 decimals")
            BigDecimal coverage,

            ZoneCounts zoneCounts,

            @Schema(nullable = true, description = "Respondents summed over the units (survey indices)")
            Long respondents,

            @Schema(nullable = true) String regulation,
            int definitionVersion,

            @Schema(nullable = true, description = "Summed item statistics and NRR (survey indices)")
            List<RegionItem> items,

            @Schema(description = "confirmed false, with reasons, when a unit's value rests on an unconfirmed part")
            Basis basis,

            @Schema(
                    description = "95 % interval of a regional IKM: its units as strata, each weighted by its "
                            + "respondents as the pooled IKM is; null when a unit lacks score moments")
            IndexInterval interval,

            @Schema(description = "The ranks the region could hold given the intervals; null for insufficient data")
            RankRange rankRange,

            @Schema(description = "True when the interval reaches bands of more than one zone")
            Boolean zoneUncertain,

            @Schema(description = "The zones the interval reaches, highest first")
            List<String> possibleZones) {

        /** This row with its rank and rank range. */
        public RegionRankingRow ranked(Integer newRank, RankRange range) {
            return new RegionRankingRow(
                    newRank,
                    regionCode,
                    level,
                    state,
                    reason,
                    value,
                    bandCode,
                    bandLabel,
                    zone,
                    unitsRegistered,
                    unitsWithData,
                    coverage,
                    zoneCounts,
                    respondents,
                    regulation,
                    definitionVersion,
                    items,
                    basis,
                    interval,
                    range,
                    zoneUncertain,
                    possibleZones);
        }
    }

    /** One item of a regional IKM: summed statistics and the NRR they give. */
    @Schema(name = "RegionItem")
    public record RegionItem(String code, String weight, long sum, long count, BigDecimal nrr) {}

    /** One item's NRR in a period and its change from the previous period. */
    @Schema(name = "ItemChange")
    public record ItemChange(
            String code,
            @Schema(nullable = true) BigDecimal nrr,
            @Schema(nullable = true) BigDecimal change) {}

    /** One index of a unit in one period, with its rank and the change from the previous period. */
    @Schema(name = "ScorecardEntry")
    public record PeriodEntry(
            String period,
            String state,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true) BigDecimal value,
            @Schema(nullable = true) String bandCode,
            @Schema(nullable = true) String bandLabel,
            @Schema(nullable = true) String zone,
            int definitionVersion,
            @Schema(nullable = true) Long respondents,

            @Schema(
                    nullable = true,
                    description = "Competition rank among all active subjects of the same kind (units, Pemda or "
                            + "instansi) nationally; a Pemda among the Pemda of its level (provinces or kab/kota)")
            Integer rankNational,

            long rankedNational,

            @Schema(
                    nullable = true,
                    description = "Competition rank among active subjects of the same kind in the same province; "
                            + "a kab/kota Pemda among the kab/kota Pemda of its province, a province Pemda among the "
                            + "province Pemda nationally (as the PEMDA ranking ranks them)")
            Integer rankInProvince,

            long rankedInProvince,

            @Schema(
                    nullable = true,
                    description = "Competition rank among the active units of the same instansi (a BUMN's branches)")
            Integer rankInInstansi,

            long rankedInInstansi,
            @Schema(nullable = true) String previousPeriod,
            @Schema(nullable = true) BigDecimal change,
            @Schema(description = "IKM_DROP, NRR_DROP") List<String> flags,
            List<ItemChange> items,

            @Schema(
                    type = SchemaType.OBJECT,
                    implementation = Object.class,
                    description = "Free-form: the inputs that produced the value, as recorded with it (respondents, "
                            + "NRR per item, aspect scores, definition version, source event ids); their keys "
                            + "depend on the index's source, so read them for display or audit, not as a fixed shape",
                    nullable = true)
            JsonNode inputs,

            @Schema(description = "confirmed false, with reasons, when the value rests on an unconfirmed part")
            Basis basis,

            @Schema(description = "95 % interval of the value when it rests on survey data")
            IndexInterval interval,

            @Schema(description = "True when the interval reaches bands of more than one zone")
            Boolean zoneUncertain) {}

    /** A unit's history for one index. */
    @Schema(name = "IndexHistory")
    public record IndexHistory(String indexCode, List<PeriodEntry> periods) {}

    /** A unit's scorecard: every index, every period; for a Pemda also the entity results rolled up from its units. */
    @Schema(name = "Scorecard")
    public record Scorecard(
            UnitView unit,
            List<IndexHistory> indices,

            @Schema(
                    description = "A Pemda only: per index and period, the entity result aggregated from the "
                            + "results of the units (or produk layanan) of its region, with the rule applied")
            List<EntityResult> entity) {}

    /** A Pemda's result of one index and period, aggregated from its region's units under a stated rule. */
    @Schema(name = "EntityResult")
    public record EntityResult(
            String indexCode,
            String period,

            @Schema(
                    description = "How the entity value is formed",
                    example = "MEAN_OF_UNITS: the mean of the exact results of the region's units")
            String rule,

            RegionRankingRow result) {}
}
