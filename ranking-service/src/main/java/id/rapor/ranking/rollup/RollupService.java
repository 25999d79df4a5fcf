package id.rapor.ranking.rollup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.Period;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.index.UnitResult;
import id.rapor.ranking.ranking.RankingDtos.RegionItem;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.ZoneCounts;
import id.rapor.scoring.Grading;
import id.rapor.scoring.Ikm;
import id.rapor.scoring.Rational;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Regional roll-ups, computed from the unit results when asked (so they can never go stale): IKM from the summed
 * sufficient statistics of every evaluated unit (respondent-weighted, exact), assessment indices as the mean of
 * the units evaluated, zone counts and coverage (units with data / active units registered).
 */
@ApplicationScoped
public class RollupService {

    /** Roll-up level: kabupaten/kota or province. */
    public enum Level {
        REGENCY("regency_code"), PROVINCE("province_code");

        final String column;

        Level(String column) {
            this.column = column;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * Every region of {@code level} (inside province {@code parent} when given) that has an active unit or a
     * result, with its roll-up under {@code def}; unranked, in region-code order.
     */
    @SuppressWarnings("unchecked")
    public List<RegionRankingRow> rollups(Definition def, Period period, Level level, String parent,
            String unitType) {
        String key = "u." + level.column;
        StringBuilder scope = new StringBuilder(" u.active and " + key + " is not null");
        if (parent != null) {
            scope.append(" and u.province_code = :parent");
        }
        if (unitType != null) {
            scope.append(" and u.unit_type = :unitType");
        }
        Map<String, Long> registered = new TreeMap<>();
        for (Object[] row : (List<Object[]>) bind(em.createNativeQuery("select " + key + ", count(*) from "
                + "unit_projection u where" + scope + " group by 1"), parent, unitType, null, null).getResultList()) {
            registered.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, List<Object[]>> results = new TreeMap<>();
        for (Object[] row : (List<Object[]>) bind(em.createNativeQuery("select " + key + ", r.state, r.value_exact, "
                + "r.zone, r.regulation, r.respondents, r.scale, r.basis from unit_result r join unit_projection u on u.id = r.unit_id "
                + "where r.index_code = :index and r.period = :period and" + scope), parent, unitType, def.code(),
                period.text()).getResultList()) {
            results.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row);
        }
        Map<String, Map<String, List<Object[]>>> items = new TreeMap<>();
        if (def.source() == Source.SURVEY_TALLY) {
            for (Object[] row : (List<Object[]>) bind(em.createNativeQuery("select " + key + ", "
                    + "coalesce(r.regulation, ''), i.item_code, i.weight, sum(i.item_sum), sum(i.item_count) "
                    + "from unit_result_item i join unit_result r on r.id = i.result_id "
                    + "join unit_projection u on u.id = r.unit_id where r.index_code = :index and r.period = :period "
                    + "and r.state = 'OK' and" + scope + " group by 1, 2, 3, 4 order by 1, 2, 3, 4"), parent, unitType,
                    def.code(), period.text()).getResultList()) {
                items.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                        .computeIfAbsent((String) row[1], k -> new ArrayList<>()).add(row);
            }
        }
        TreeSet<String> regions = new TreeSet<>(registered.keySet());
        regions.addAll(results.keySet());
        List<RegionRankingRow> rows = new ArrayList<>(regions.size());
        for (String region : regions) {
            rows.add(rollup(def, level, region, registered.getOrDefault(region, 0L),
                    results.getOrDefault(region, List.of()), items.getOrDefault(region, Map.of())));
        }
        return rows;
    }

    private RegionRankingRow rollup(Definition def, Level level, String region, long registered,
            List<Object[]> results, Map<String, List<Object[]>> itemsByRegulation) {
        long hijau = 0;
        long kuning = 0;
        long merah = 0;
        long withData = 0;
        Rational total = Rational.ZERO;
        Map<String, Long> respondentsByRegulation = new TreeMap<>();
        Map<String, Set<String>> scalesByRegulation = new TreeMap<>();
        Basis basis = Basis.CONFIRMED;
        for (Object[] r : results) {
            if (!UnitResult.OK.equals(r[1])) {
                continue;
            }
            withData++;
            String zone = (String) r[3];
            if ("HIJAU".equals(zone)) {
                hijau++;
            } else if ("KUNING".equals(zone)) {
                kuning++;
            } else if ("MERAH".equals(zone)) {
                merah++;
            }
            if (r[2] != null) {
                total = total.add(Rational.of((BigDecimal) r[2]));
            }
            String regulation = r[4] == null ? "" : (String) r[4];
            respondentsByRegulation.merge(regulation, r[5] == null ? 0L : ((Number) r[5]).longValue(), Long::sum);
            scalesByRegulation.computeIfAbsent(regulation, k -> new TreeSet<>()).add(r[6] == null ? "" : (String) r[6]);
            if (r[7] != null) {
                basis = basis.and(read((String) r[7], Basis.class));
            }
        }
        ZoneCounts zones = new ZoneCounts(hijau, kuning, merah);
        BigDecimal coverage = registered == 0 ? null
                : BigDecimal.valueOf(withData).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
        String levelName = level.name().toLowerCase(java.util.Locale.ROOT);
        if (withData == 0) {
            return new RegionRankingRow(null, region, levelName, UnitResult.INSUFFICIENT_DATA,
                    "no unit of the region has data for this index and period", null, null, null, null, registered,
                    0, coverage, zones, null, null, def.version(), List.of(), Basis.CONFIRMED);
        }
        if (def.source() == Source.ASSESSMENT) {
            // mean of the units evaluated, rounded only at the end, graded with the scale the units were graded with
            Set<String> scales = new TreeSet<>();
            scalesByRegulation.values().forEach(scales::addAll);
            String reason = scales.size() > 1 ? "the units were graded under different band tables; no band" : null;
            GradeScale scale = scales.size() == 1 ? scale(scales.iterator().next(), def) : def.scale(null, null);
            Grading.Grade grade = (reason == null ? scale.grading() : new Grading(scale.decimals(), null))
                    .grade(total.divide(Rational.of(withData)));
            return row(region, levelName, grade, registered, withData, coverage, zones, null, null,
                    def.version(), List.of(), reason, basis);
        }
        // the regulation with the most respondents; tallies of different item sets cannot be summed together
        String regulation = respondentsByRegulation.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        long respondents = respondentsByRegulation.get(regulation);
        String reg = regulation.isEmpty() ? null : regulation;
        Map<String, Ikm.ItemStat> stats = new LinkedHashMap<>();
        List<RegionItem> itemViews = new ArrayList<>();
        String reason = null;
        for (Object[] i : itemsByRegulation.getOrDefault(regulation, List.of())) {
            String code = (String) i[2];
            Rational weight = Rational.parse((String) i[3]);
            long sum = ((Number) i[4]).longValue();
            long count = ((Number) i[5]).longValue();
            if (stats.put(code, new Ikm.ItemStat(code, weight, sum, count)) != null) {
                reason = "units weigh item " + code + " differently";
            }
            itemViews.add(new RegionItem(code, weight.toString(), sum, count,
                    count == 0 ? null : Rational.of(sum, count).toDecimal(4)));
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
            return new RegionRankingRow(null, region, levelName, UnitResult.INSUFFICIENT_DATA, reason, null, null,
                    null, null, registered, withData, coverage, zones, respondents, reg, def.version(), itemViews,
                    basis);
        }
        Set<String> scales = scalesByRegulation.getOrDefault(regulation, Set.of());
        String note = scales.size() > 1 ? "the units were graded under different band tables; no band" : null;
        GradeScale scale = scales.size() == 1 ? scale(scales.iterator().next(), def) : def.scale(null, reg);
        Grading.Grade grade = (note == null ? scale.grading() : new Grading(scale.decimals(), null))
                .grade(ikm.ikmKonversi());
        return row(region, levelName, grade, registered, withData, coverage, zones, respondents, reg,
                def.version(), itemViews, note, basis);
    }

    /** A unit result's stored scale, or the definition's own when the result has none (schema-1 facts). */
    private GradeScale scale(String stored, Definition def) {
        return stored.isEmpty() ? def.scale(null, null) : read(stored, GradeScale.class);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result is not valid JSON", e);
        }
    }

    private static RegionRankingRow row(String region, String level, Grading.Grade grade, long registered,
            long withData, BigDecimal coverage, ZoneCounts zones, Long respondents, String regulation, int version,
            List<RegionItem> items, String reason, Basis basis) {
        return new RegionRankingRow(null, region, level, UnitResult.OK, reason, grade.value(), grade.code(),
                grade.label(), grade.zone(), registered, withData, coverage, zones, respondents, regulation,
                version, items, basis);
    }

    private static Query bind(Query query, String parent, String unitType, String index, String period) {
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        if (unitType != null) {
            query.setParameter("unitType", unitType);
        }
        if (index != null) {
            query.setParameter("index", index);
            query.setParameter("period", period);
        }
        return query;
    }
}
