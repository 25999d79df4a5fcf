package id.rapor.ranking.rollup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.Period;
import id.rapor.ranking.index.Precision;
import id.rapor.ranking.rollup.RollupCalculator.PooledItem;
import id.rapor.ranking.rollup.RollupCalculator.UnitValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unit results and registered units of every region at one level, read for the roll-ups; each region's scope is
 * the active units (inside province {@code parent} and of {@code unitType} when given).
 */
@ApplicationScoped
public class RollupRepository {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Active units registered per region. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> activeUnitsByRegion(RollupService.Level level, String parent, String unitType) {
        Map<String, Long> registered = new TreeMap<>();
        for (Object[] row : (List<Object[]>) bind(
                        em.createNativeQuery("select " + key(level) + ", count(*) from " + "unit_projection u where"
                                + scope(level, parent, unitType) + " group by 1"),
                        parent,
                        unitType,
                        null,
                        null)
                .getResultList()) {
            registered.put((String) row[0], ((Number) row[1]).longValue());
        }
        return registered;
    }

    /** The stored results of index {@code index} in {@code period} of the scope's units, per region. */
    @SuppressWarnings("unchecked")
    public Map<String, List<UnitValue>> unitResultsByRegion(
            RollupService.Level level, String parent, String unitType, String index, Period period) {
        Map<String, List<UnitValue>> results = new TreeMap<>();
        for (Object[] row : (List<Object[]>) bind(
                        em.createNativeQuery("select " + key(level) + ", r.state, "
                                + "r.value_exact, r.zone, r.regulation, r.respondents, r.scale, r.basis, r.precision from unit_result r "
                                + "join unit_projection u on u.id = r.unit_id where r.index_code = :index and r.period = :period and"
                                + scope(level, parent, unitType)),
                        parent,
                        unitType,
                        index,
                        period.text())
                .getResultList()) {
            results.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new UnitValue(
                            (String) row[1],
                            (BigDecimal) row[2],
                            (String) row[3],
                            (String) row[4],
                            row[5] == null ? null : ((Number) row[5]).longValue(),
                            row[6] == null ? null : read((String) row[6], GradeScale.class),
                            row[7] == null ? null : read((String) row[7], Basis.class),
                            row[8] == null ? null : read((String) row[8], Precision.class)));
        }
        return results;
    }

    /**
     * The item tallies of the scope's graded results of index {@code index} in {@code period}, summed per region,
     * regulation ("" for none), item and weight, in that order.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, List<PooledItem>>> pooledItemsByRegion(
            RollupService.Level level, String parent, String unitType, String index, Period period) {
        Map<String, Map<String, List<PooledItem>>> items = new TreeMap<>();
        for (Object[] row : (List<Object[]>) bind(
                        em.createNativeQuery("select " + key(level) + ", "
                                + "coalesce(r.regulation, ''), i.item_code, i.weight, sum(i.item_sum), sum(i.item_count) "
                                + "from unit_result_item i join unit_result r on r.id = i.result_id "
                                + "join unit_projection u on u.id = r.unit_id where r.index_code = :index and r.period = :period "
                                + "and r.state = 'OK' and" + scope(level, parent, unitType) + " group by 1, 2, 3, 4 "
                                + "order by 1, 2, 3, 4"),
                        parent,
                        unitType,
                        index,
                        period.text())
                .getResultList()) {
            items.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                    .computeIfAbsent((String) row[1], k -> new ArrayList<>())
                    .add(new PooledItem(
                            (String) row[2],
                            (String) row[3],
                            ((Number) row[4]).longValue(),
                            ((Number) row[5]).longValue()));
        }
        return items;
    }

    private static String key(RollupService.Level level) {
        return "u." + level.column;
    }

    private static String scope(RollupService.Level level, String parent, String unitType) {
        // a region's roll-up is over its service units; its Pemda and instansi are subjects of their own
        StringBuilder scope =
                new StringBuilder(" u.active and u.subject_kind = 'UNIT' and " + key(level) + " is not null");
        if (parent != null) {
            scope.append(" and u.province_code = :parent");
        }
        if (unitType != null) {
            scope.append(" and u.unit_type = :unitType");
        }
        return scope.toString();
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

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result is not valid JSON", e);
        }
    }
}
