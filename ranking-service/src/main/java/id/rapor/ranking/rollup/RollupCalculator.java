package id.rapor.ranking.rollup;

import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.index.IndexInterval;
import id.rapor.ranking.index.Precision;
import id.rapor.ranking.index.UnitResult;
import id.rapor.ranking.ranking.RankingDtos.RegionItem;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.ZoneCounts;
import id.rapor.scoring.ConfidenceInterval;
import id.rapor.scoring.Grading;
import id.rapor.scoring.Ikm;
import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One region's roll-up from its units' stored results, without a database: zone counts and coverage, an assessment
 * index as the mean of the units evaluated, an IKM from the pooled item tallies of the regulation with the most
 * respondents; graded with {@link Grading} under the scale the units were graded with.
 */
public final class RollupCalculator {

    /** One unit's stored result in the region ({@code scale} null for schema-1 facts without one). */
    public record UnitValue(
            String state,
            BigDecimal valueExact,
            String zone,
            String regulation,
            Long respondents,
            GradeScale scale,
            Basis basis,
            Precision precision) {

        /** A unit result without a precision (no survey data). */
        public UnitValue(
                String state,
                BigDecimal valueExact,
                String zone,
                String regulation,
                Long respondents,
                GradeScale scale,
                Basis basis) {
            this(state, valueExact, zone, regulation, respondents, scale, basis, null);
        }
    }

    /** One item's tally summed over the region's units of one regulation. */
    public record PooledItem(String code, String weight, long sum, long count) {}

    private RollupCalculator() {}

    /**
     * The roll-up of {@code region} at {@code level} under {@code def}: {@code registered} active units,
     * {@code results} of its units, {@code itemsByRegulation} (survey indices only; key "" for no regulation).
     */
    public static RegionRankingRow rollup(
            Definition def,
            RollupService.Level level,
            String region,
            long registered,
            List<UnitValue> results,
            Map<String, List<PooledItem>> itemsByRegulation) {
        long hijau = 0;
        long kuning = 0;
        long merah = 0;
        long withData = 0;
        Rational total = Rational.ZERO;
        Map<String, Long> respondentsByRegulation = new TreeMap<>();
        Map<String, Set<GradeScale>> scalesByRegulation = new TreeMap<>();
        Basis basis = Basis.CONFIRMED;
        for (UnitValue r : results) {
            if (!UnitResult.OK.equals(r.state())) {
                continue;
            }
            withData++;
            if ("HIJAU".equals(r.zone())) {
                hijau++;
            } else if ("KUNING".equals(r.zone())) {
                kuning++;
            } else if ("MERAH".equals(r.zone())) {
                merah++;
            }
            if (r.valueExact() != null) {
                total = total.add(Rational.of(r.valueExact()));
            }
            String regulation = r.regulation() == null ? "" : r.regulation();
            respondentsByRegulation.merge(regulation, r.respondents() == null ? 0L : r.respondents(), Long::sum);
            scalesByRegulation.computeIfAbsent(regulation, k -> new HashSet<>()).add(r.scale());
            if (r.basis() != null) {
                basis = basis.and(r.basis());
            }
        }
        ZoneCounts zones = new ZoneCounts(hijau, kuning, merah);
        BigDecimal coverage = registered == 0
                ? null
                : BigDecimal.valueOf(withData).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
        String levelName = level.name().toLowerCase(Locale.ROOT);
        if (withData == 0) {
            return new RegionRankingRow(
                    null,
                    region,
                    levelName,
                    UnitResult.INSUFFICIENT_DATA,
                    "no unit of the region has data for this index and period",
                    null,
                    null,
                    null,
                    null,
                    registered,
                    0,
                    coverage,
                    zones,
                    null,
                    null,
                    def.version(),
                    List.of(),
                    Basis.CONFIRMED,
                    null,
                    null,
                    null,
                    null);
        }
        if (def.source() == Source.ASSESSMENT) {
            // mean of the units evaluated, rounded only at the end, graded with the scale the units were graded with
            Set<GradeScale> scales = new HashSet<>();
            scalesByRegulation.values().forEach(scales::addAll);
            String reason = scales.size() > 1 ? "the units were graded under different band tables; no band" : null;
            GradeScale scale = scales.size() == 1 ? scale(scales.iterator().next(), def) : def.scale(null, null);
            Grading.Grade grade = (reason == null ? scale.grading() : new Grading(scale.decimals(), null))
                    .grade(total.divide(Rational.of(withData)));
            return row(
                    region,
                    levelName,
                    grade,
                    registered,
                    withData,
                    coverage,
                    zones,
                    null,
                    null,
                    def.version(),
                    List.of(),
                    reason,
                    basis,
                    null);
        }
        // the regulation with the most respondents; tallies of different item sets cannot be summed together
        String regulation = respondentsByRegulation.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
        long respondents = respondentsByRegulation.get(regulation);
        String reg = regulation.isEmpty() ? null : regulation;
        Map<String, Ikm.ItemStat> stats = new LinkedHashMap<>();
        List<RegionItem> itemViews = new ArrayList<>();
        String reason = null;
        for (PooledItem i : itemsByRegulation.getOrDefault(regulation, List.of())) {
            Rational weight = Rational.parse(i.weight());
            if (stats.put(i.code(), new Ikm.ItemStat(i.code(), weight, i.sum(), i.count())) != null) {
                reason = "units weigh item " + i.code() + " differently";
            }
            itemViews.add(new RegionItem(
                    i.code(),
                    weight.toString(),
                    i.sum(),
                    i.count(),
                    i.count() == 0 ? null : Rational.of(i.sum(), i.count()).toDecimal(4)));
        }
        Ikm.Result ikm = null;
        if (reason == null) {
            try {
                ikm = Ikm.compute(List.copyOf(stats.values()));
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
        }
        if (ikm == null) {
            return new RegionRankingRow(
                    null,
                    region,
                    levelName,
                    UnitResult.INSUFFICIENT_DATA,
                    reason,
                    null,
                    null,
                    null,
                    null,
                    registered,
                    withData,
                    coverage,
                    zones,
                    respondents,
                    reg,
                    def.version(),
                    itemViews,
                    basis,
                    null,
                    null,
                    null,
                    null);
        }
        Set<GradeScale> scales = scalesByRegulation.getOrDefault(regulation, Set.of());
        String note = scales.size() > 1 ? "the units were graded under different band tables; no band" : null;
        GradeScale scale = scales.size() == 1 ? scale(scales.iterator().next(), def) : def.scale(null, reg);
        Grading.Grade grade =
                (note == null ? scale.grading() : new Grading(scale.decimals(), null)).grade(ikm.ikmKonversi());
        Precision precision = stratified(
                ikm.ikm(),
                results.stream()
                        .filter(r -> UnitResult.OK.equals(r.state())
                                && regulation.equals(r.regulation() == null ? "" : r.regulation()))
                        .toList(),
                note == null ? scale : null);
        return row(
                region,
                levelName,
                grade,
                registered,
                withData,
                coverage,
                zones,
                respondents,
                reg,
                def.version(),
                itemViews,
                note,
                basis,
                precision);
    }

    /**
     * The regional IKM's interval with the units as strata (scoring's stratified formula), from the units' stored
     * score moments and populations; null when a unit has none.
     */
    private static Precision stratified(Rational estimate, List<UnitValue> units, GradeScale grading) {
        List<ConfidenceInterval.Stratum> strata = new ArrayList<>();
        for (UnitValue u : units) {
            if (u.precision() == null || u.precision().moments() == null) {
                return null;
            }
            strata.add(new ConfidenceInterval.Stratum(
                    u.precision().moments().moments(), u.precision().population()));
        }
        if (strata.isEmpty()) {
            return null;
        }
        Precision first = units.get(0).precision();
        ConfidenceInterval.Scale scale = new ConfidenceInterval.Scale(
                Ikm.intervalScale(0, 1, 4).factor(),
                grading == null ? first.interval().halfWidth().scale() : grading.decimals(),
                first.scaleMin(),
                first.scaleMax());
        return ConfidenceInterval.stratified(estimate, strata, scale)
                .map(i -> Precision.of(IndexInterval.of(i, null, null), grading, null, null, scale))
                .orElse(null);
    }

    /** A unit result's stored scale, or the definition's own when the result has none (schema-1 facts). */
    private static GradeScale scale(GradeScale stored, Definition def) {
        return stored == null ? def.scale(null, null) : stored;
    }

    private static RegionRankingRow row(
            String region,
            String level,
            Grading.Grade grade,
            long registered,
            long withData,
            BigDecimal coverage,
            ZoneCounts zones,
            Long respondents,
            String regulation,
            int version,
            List<RegionItem> items,
            String reason,
            Basis basis,
            Precision precision) {
        return new RegionRankingRow(
                null,
                region,
                level,
                UnitResult.OK,
                reason,
                grade.value(),
                grade.code(),
                grade.label(),
                grade.zone(),
                registered,
                withData,
                coverage,
                zones,
                respondents,
                regulation,
                version,
                items,
                basis,
                precision == null ? null : precision.interval(),
                null,
                precision == null ? null : precision.zoneUncertain(),
                precision == null ? null : precision.possibleZones());
    }
}
