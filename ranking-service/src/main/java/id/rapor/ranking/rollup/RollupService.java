package id.rapor.ranking.rollup;

import id.rapor.events.Period;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.Source;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.rollup.RollupCalculator.PooledItem;
import id.rapor.ranking.rollup.RollupCalculator.UnitValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Regional roll-ups, computed from the unit results when asked (so they can never go stale): IKM from the summed
 * sufficient statistics of every evaluated unit (respondent-weighted, exact), assessment indices as the mean of
 * the units evaluated, zone counts and coverage (units with data / active units registered). The arithmetic is
 * {@link RollupCalculator}'s; this service only reads and hands over.
 */
@ApplicationScoped
public class RollupService {

    /** Roll-up level: kabupaten/kota or province. */
    public enum Level {
        REGENCY("regency_code"),
        PROVINCE("province_code");

        final String column;

        Level(String column) {
            this.column = column;
        }
    }

    @Inject
    RollupRepository rollups;

    /**
     * Every region of {@code level} (inside province {@code parent} when given) that has an active unit or a
     * result, with its roll-up under {@code def}; unranked, in region-code order.
     */
    public List<RegionRankingRow> rollups(Definition def, Period period, Level level, String parent, String unitType) {
        Map<String, Long> registered = rollups.activeUnitsByRegion(level, parent, unitType);
        Map<String, List<UnitValue>> results = rollups.unitResultsByRegion(level, parent, unitType, def.code(), period);
        Map<String, Map<String, List<PooledItem>>> items = def.source() == Source.SURVEY_TALLY
                ? rollups.pooledItemsByRegion(level, parent, unitType, def.code(), period)
                : Map.of();
        TreeSet<String> regions = new TreeSet<>(registered.keySet());
        regions.addAll(results.keySet());
        List<RegionRankingRow> rows = new ArrayList<>(regions.size());
        for (String region : regions) {
            rows.add(RollupCalculator.rollup(
                    def,
                    level,
                    region,
                    registered.getOrDefault(region, 0L),
                    results.getOrDefault(region, List.of()),
                    items.getOrDefault(region, Map.of())));
        }
        return rows;
    }
}
