package id.rapor.ranking.publication;

import id.rapor.events.Period;
import id.rapor.events.RegionCodes;
import id.rapor.ranking.publication.RankingPublicationDtos.IndexSnapshot;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingSnapshot;
import id.rapor.ranking.ranking.RankRanges;
import id.rapor.ranking.ranking.RankingDtos.IndexHistory;
import id.rapor.ranking.ranking.RankingDtos.PeriodEntry;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import id.rapor.ranking.ranking.RankingService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads of a published snapshot with the live reads' filters: the rows of a narrower scope (a kab/kota inside a
 * published province, one unit type, adequate samples only) are ranked again among themselves as the live read
 * ranks its scope, then the zone filter and the page apply.
 */
final class SnapshotReads {

    private SnapshotReads() {}

    /** All unit rows of {@code index} in scope, ranked in that scope, zone-filtered. */
    static List<UnitRankingRow> units(
            RankingSnapshot snapshot, String index, String region, String unitType, String zone, boolean adequateOnly) {
        IndexSnapshot found = index(snapshot, index);
        if (found == null) {
            return List.of();
        }
        Predicate<UnitRankingRow> inScope = r -> (region == null || RegionCodes.within(r.regionCode(), region))
                && (unitType == null || unitType.equals(r.unitType()))
                && (!adequateOnly || !Boolean.FALSE.equals(r.sampleAdequate()));
        List<UnitRankingRow> scoped = found.units().stream().filter(inScope).toList();
        List<UnitRankingRow> ranked = RankRanges.rank(
                scoped,
                UnitRankingRow::value,
                r -> r.interval() == null ? null : r.interval().lower(),
                r -> r.interval() == null ? null : r.interval().upper(),
                (row, rank) -> range -> row.ranked(rank, range));
        return zone == null
                ? ranked
                : ranked.stream().filter(r -> zone.equals(r.zone())).toList();
    }

    /**
     * All region rows of {@code index}: kab/kota ({@code provinces} false) inside {@code parent} when given, or
     * provinces, ranked in that scope, zone-filtered.
     */
    static List<RegionRankingRow> regions(
            RankingSnapshot snapshot, String index, boolean provinces, String parent, String zone) {
        IndexSnapshot found = index(snapshot, index);
        if (found == null) {
            return List.of();
        }
        List<RegionRankingRow> rows = provinces ? found.provinces() : found.regions();
        List<RegionRankingRow> scoped = rows.stream()
                .filter(r -> parent == null || RegionCodes.within(r.regionCode(), parent))
                .toList();
        List<RegionRankingRow> ranked = RankingService.rankRegions(scoped);
        return zone == null
                ? ranked
                : ranked.stream().filter(r -> zone.equals(r.zone())).toList();
    }

    /** The unit's scorecard entries kept in the snapshots, per index in period order. */
    static List<IndexHistory> scorecard(List<RankingSnapshot> snapshots, UUID unitId) {
        Map<String, List<PeriodEntry>> byIndex = new LinkedHashMap<>();
        for (RankingSnapshot snapshot : snapshots) {
            snapshot.cards().stream()
                    .filter(c -> c.unitId().equals(unitId))
                    .findFirst()
                    .ifPresent(card -> card.indices()
                            .forEach(h -> byIndex.computeIfAbsent(h.indexCode(), k -> new ArrayList<>())
                                    .addAll(h.periods())));
        }
        List<IndexHistory> histories = new ArrayList<>();
        byIndex.keySet().stream().sorted().forEach(code -> {
            List<PeriodEntry> entries = new ArrayList<>(byIndex.get(code));
            entries.sort(
                    Comparator.comparing((PeriodEntry e) -> start(e.period())).thenComparing(PeriodEntry::period));
            histories.add(new IndexHistory(code, entries));
        });
        return histories;
    }

    private static LocalDate start(String period) {
        return Period.parse(period).map(Period::start).orElse(LocalDate.MIN);
    }

    private static IndexSnapshot index(RankingSnapshot snapshot, String index) {
        return snapshot.indices().stream()
                .filter(i -> i.indexCode().equals(index))
                .findFirst()
                .orElse(null);
    }
}
