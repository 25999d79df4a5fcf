package id.rapor.ranking.publication;

import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import id.rapor.ranking.publication.RankingPublicationDtos.PublicationStatus;
import id.rapor.ranking.publication.RankingPublicationDtos.RankingPage;
import id.rapor.ranking.publication.RankingPublicationService.Published;
import id.rapor.ranking.ranking.PemdaLevel;
import id.rapor.ranking.ranking.RankingDtos.RegionRankingRow;
import id.rapor.ranking.ranking.RankingDtos.Scorecard;
import id.rapor.ranking.ranking.RankingDtos.UnitRankingRow;
import id.rapor.ranking.ranking.RankingRepository;
import id.rapor.ranking.ranking.RankingService;
import id.rapor.ranking.rollup.RollupService.Level;
import id.rapor.ranking.unit.UnitDtos.UnitView;
import id.rapor.ranking.unit.UnitProjectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Who sees what of a ranking: managers (admins, viewers, evaluators whose region covers the scope read) see the
 * live ranking, a draft until published, with the newest publication of the scope; everyone else sees only the
 * current published snapshot of the region read or of the nearest region above it that has one, and a
 * {@code not-published} 404 when none covers the read.
 */
@ApplicationScoped
public class RankingReads {

    @Inject
    RankingService rankings;

    @Inject
    RankingPublicationService publications;

    @Inject
    UnitProjectionService units;

    @Inject
    Caller caller;

    /** The unit ranking as the caller may see it (filters and paging as {@link RankingService#units}). */
    public RankingPage<UnitRankingRow> units(
            String index,
            String period,
            String region,
            String unitType,
            String subjectKind,
            String level,
            UUID instansi,
            String zone,
            boolean adequateOnly,
            int page,
            int size) {
        if (managesScope(region)) {
            PageView<UnitRankingRow> live = rankings.units(
                    index, period, region, unitType, subjectKind, level, instansi, zone, adequateOnly, page, size);
            return page(live, publications.newest(region, period).orElse(null));
        }
        // the live read's validation and 400s first, so a bad request never reads as "not published"
        rankings.requireIndex(index);
        RankingService.requirePeriod(period);
        String zoneFilter = RankingService.zone(zone);
        if (region != null && !RegionCodes.isValid(region)) {
            throw ProblemException.badRequest("region", "must be a Kemendagri region code such as 73 or 73.06");
        }
        PemdaLevel.require(subjectKind, level, region);
        if ((subjectKind != null && !RankingRepository.UNIT.equals(subjectKind)) || instansi != null) {
            throw notPublished("Only unit rankings are published; Pemda and instansi rankings are not");
        }
        Published published = publications
                .covering(region, period)
                .orElseThrow(() -> notPublished(scope(region) + " has no published ranking for " + period));
        return page(
                SnapshotReads.units(published.snapshot(), index, region, unitType, zoneFilter, adequateOnly),
                page,
                size,
                published.status());
    }

    /** The region ranking as the caller may see it (filters and paging as {@link RankingService#regions}). */
    public RankingPage<RegionRankingRow> regions(
            String index,
            String period,
            String level,
            String parent,
            String unitType,
            String zone,
            int page,
            int size) {
        boolean provinces = rankings.requireRegionQuery(index, period, level, parent) == Level.PROVINCE;
        String scope = provinces ? null : parent;
        if (managesScope(scope)) {
            PageView<RegionRankingRow> live =
                    rankings.regions(index, period, level, parent, unitType, zone, page, size);
            return page(live, publications.newest(scope, period).orElse(null));
        }
        String zoneFilter = RankingService.zone(zone);
        if (unitType != null) {
            throw notPublished("Published roll-ups cover every unit type; a roll-up of one unit type is not published");
        }
        Published published = publications
                .covering(scope, period)
                .orElseThrow(() -> notPublished(scope(scope) + " has no published ranking for " + period));
        return page(
                SnapshotReads.regions(published.snapshot(), index, provinces, parent, zoneFilter),
                page,
                size,
                published.status());
    }

    /**
     * A unit's scorecard: live for managers of its region; for everyone else the entries of the periods a current
     * publication covers, as they were published, and no Pemda entity results.
     */
    public Scorecard scorecard(UUID unitId) {
        UnitView unit = units.get(unitId);
        if (unit.regionCode() == null ? managesScope(null) : managesScope(unit.regionCode())) {
            return rankings.scorecard(unitId);
        }
        if (unit.regionCode() == null) {
            throw notPublished("Only units of a region are published");
        }
        List<Published> covering = publications.coveringEveryPeriod(unit.regionCode());
        if (covering.isEmpty()) {
            throw notPublished("No ranking covering this unit is published");
        }
        return new Scorecard(
                unit,
                SnapshotReads.scorecard(
                        covering.stream().map(Published::snapshot).toList(), unitId),
                List.of());
    }

    /** Whether the caller sees the live ranking of {@code region} (null: national). */
    private boolean managesScope(String region) {
        if (caller.isAdmin() || caller.isViewer()) {
            return true;
        }
        return region != null && caller.inRegion(region);
    }

    private static <T> RankingPage<T> page(PageView<T> live, PublicationStatus publication) {
        return new RankingPage<>(live.items(), live.page(), live.size(), live.total(), publication);
    }

    private static <T> RankingPage<T> page(List<T> all, int page, int size, PublicationStatus publication) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new RankingPage<>(all.subList(from, to), page, size, all.size(), publication);
    }

    private static String scope(String region) {
        return region == null ? "The nation" : "Region " + region;
    }

    /** 404 {@code not-published}: nothing published covers the read. */
    static ProblemException notPublished(String detail) {
        return new ProblemException(404, "not-published", "Not published", detail, null);
    }
}
