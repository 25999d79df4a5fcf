package id.rapor.ranking.publication;

import id.rapor.events.Period;
import id.rapor.events.RegionCodes;
import id.rapor.platform.web.PageView;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.DefinitionDtos.DefinitionView;
import id.rapor.ranking.definition.DefinitionService;
import id.rapor.ranking.publication.RankingPublicationDtos.IndexSnapshot;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingSnapshot;
import id.rapor.ranking.publication.RankingPublicationDtos.UnitCard;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import id.rapor.ranking.ranking.RankingRepository;
import id.rapor.ranking.ranking.RankingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Takes the snapshot a ranking publication keeps, through the very reads the live ranking answers with (the unit
 * list, the region roll-ups and the scorecard), so a published row is the live row of that moment.
 */
@ApplicationScoped
public class RankingSnapshots {

    private static final int PAGE = 1_000;

    @Inject
    RankingService rankings;

    @Inject
    DefinitionService definitions;

    /**
     * The ranking of {@code regionCode} ({@link RankingPublicationDtos#NATIONAL} for every region) in {@code period}:
     * every index in force that has a unit result there, and the definition version each was computed under.
     */
    public Taken take(String regionCode, Period period) {
        String region = RankingPublicationDtos.NATIONAL.equals(regionCode) ? null : regionCode;
        List<IndexSnapshot> indices = new ArrayList<>();
        Map<String, Integer> versions = new TreeMap<>();
        Set<UUID> unitIds = new LinkedHashSet<>();
        List<String> codes =
                definitions.latest().stream().map(DefinitionView::code).sorted().toList();
        for (String code : codes) {
            Optional<Definition> def = definitions.inForce(code, period);
            if (def.isEmpty()) {
                continue;
            }
            List<UnitRankingRow> units = all(page -> rankings.units(
                    code, period.text(), region, null, RankingRepository.UNIT, null, null, false, page, PAGE));
            if (units.isEmpty()) {
                continue;
            }
            units.forEach(u -> unitIds.add(u.unitId()));
            List<RegionRankingRow> regions = List.of();
            List<RegionRankingRow> provinces = List.of();
            if (region == null) {
                regions = all(page -> rankings.regions(code, period.text(), "regency", null, null, null, page, PAGE));
                provinces =
                        all(page -> rankings.regions(code, period.text(), "province", null, null, null, page, PAGE));
            } else if (RegionCodes.level(region) == 1) {
                regions = all(page -> rankings.regions(code, period.text(), "regency", region, null, null, page, PAGE));
            }
            indices.add(new IndexSnapshot(code, def.get().version(), units, regions, provinces));
            versions.put(code, def.get().version());
        }
        List<UnitCard> cards = new ArrayList<>(unitIds.size());
        for (UUID unitId : unitIds) {
            cards.add(new UnitCard(unitId, rankings.scorecardEntries(unitId, period.text())));
        }
        return new Taken(new RankingSnapshot(regionCode, period.text(), indices, cards), versions);
    }

    /** A snapshot and its basis: index code → definition version. */
    public record Taken(RankingSnapshot snapshot, Map<String, Integer> definitionVersions) {}

    private static <T> List<T> all(IntFunction<PageView<T>> read) {
        List<T> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageView<T> found = read.apply(page);
            rows.addAll(found.items());
            if (found.items().isEmpty() || rows.size() >= found.total()) {
                return rows;
            }
        }
    }
}
