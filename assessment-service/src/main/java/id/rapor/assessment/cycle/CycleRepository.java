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
    public List<EvaluationCycle> searchForRegion(String region, Integer year, Scheme scheme, int page, int size) {
        return find(regionFilter(region, year, scheme) + ORDER, regionParams(region, year, scheme))
                .page(Page.of(page, size))
                .list();
    }

    /** How many cycles {@link #searchForRegion} matches. */
    public long countForRegion(String region, Integer year, Scheme scheme) {
        return count(regionFilter(region, year, scheme), regionParams(region, year, scheme));
    }

    /** Cycles in which the unit is lokus. */
    public List<EvaluationCycle> searchForUnit(UUID unitId, Integer year, Scheme scheme, int page, int size) {
        return find(unitFilter(year, scheme) + ORDER, unitParams(unitId, year, scheme))
                .page(Page.of(page, size))
                .list();
    }

    /** How many cycles {@link #searchForUnit} matches. */
    public long countForUnit(UUID unitId, Integer year, Scheme scheme) {
        return count(unitFilter(year, scheme), unitParams(unitId, year, scheme));
    }

    private static String regionFilter(String region, Integer year, Scheme scheme) {
        String q = region == null
                ? "1 = 1"
                : "(scopeRegion is null or scopeRegion = :region or :region like concat(scopeRegion, '.%') "
                        + "or scopeRegion like :inside)";
        return filters(q, year, scheme);
    }

    private static String filters(String q, Integer year, Scheme scheme) {
        String withYear = year == null ? q : q + " and year = :year";
        return scheme == null ? withYear : withYear + " and scheme = :scheme";
    }

    private static Parameters regionParams(String region, Integer year, Scheme scheme) {
        Parameters p = new Parameters();
        if (region != null) {
            p.and("region", region).and("inside", RegionCodes.likeInside(region));
        }
        if (year != null) {
            p.and("year", year);
        }
        if (scheme != null) {
            p.and("scheme", scheme);
        }
        return p;
    }

    private static String unitFilter(Integer year, Scheme scheme) {
        return filters("id in (select a.cycleId from Assessment a where a.unitId = :unit)", year, scheme);
    }

    private static Parameters unitParams(UUID unitId, Integer year, Scheme scheme) {
        Parameters p = Parameters.with("unit", unitId);
        if (year != null) {
            p.and("year", year);
        }
        if (scheme != null) {
            p.and("scheme", scheme);
        }
        return p;
    }
}
