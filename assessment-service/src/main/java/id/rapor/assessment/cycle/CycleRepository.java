package id.rapor.assessment.cycle;

import id.rapor.events.RegionCodes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries of evaluation cycles. */
@ApplicationScoped
public class CycleRepository implements PanacheRepositoryBase<EvaluationCycle, UUID> {

    private static final String ORDER = " order by year desc, createdAt desc, id";

    /**
     * Cycles visible to a region scope: national ones, those of the region's province or kab/kota, and those
     * inside the region (null scope: all). Filtered by year when given.
     */
    public List<EvaluationCycle> searchForRegion(String region, Integer year, int page, int size) {
        return find(regionFilter(region, year) + ORDER, regionParams(region, year))
                .page(Page.of(page, size))
                .list();
    }

    /** How many cycles {@link #searchForRegion} matches. */
    public long countForRegion(String region, Integer year) {
        return count(regionFilter(region, year), regionParams(region, year));
    }

    /** Cycles in which the unit is lokus. */
    public List<EvaluationCycle> searchForUnit(UUID unitId, Integer year, int page, int size) {
        return find(unitFilter(year) + ORDER, unitParams(unitId, year))
                .page(Page.of(page, size))
                .list();
    }

    /** How many cycles {@link #searchForUnit} matches. */
    public long countForUnit(UUID unitId, Integer year) {
        return count(unitFilter(year), unitParams(unitId, year));
    }

    private static String regionFilter(String region, Integer year) {
        String q = region == null
                ? "1 = 1"
                : "(scopeRegion is null or scopeRegion = :region or :region like concat(scopeRegion, '.%') "
                        + "or scopeRegion like :inside)";
        return year == null ? q : q + " and year = :year";
    }

    private static Parameters regionParams(String region, Integer year) {
        Parameters p = new Parameters();
        if (region != null) {
            p.and("region", region).and("inside", RegionCodes.likeInside(region));
        }
        if (year != null) {
            p.and("year", year);
        }
        return p;
    }

    private static String unitFilter(Integer year) {
        String q = "id in (select a.cycleId from Assessment a where a.unitId = :unit)";
        return year == null ? q : q + " and year = :year";
    }

    private static Parameters unitParams(UUID unitId, Integer year) {
        Parameters p = Parameters.with("unit", unitId);
        if (year != null) {
            p.and("year", year);
        }
        return p;
    }
}
