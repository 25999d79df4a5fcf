package id.rapor.assessment.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries of the region register. */
@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Regions of a level (null: any) under a parent (null: any), by code. */
    public List<Region> search(RegionLevel level, String parent, int page, int size) {
        return find(filter(level, parent), Sort.by("code"), params(level, parent))
                .page(Page.of(page, size))
                .list();
    }

    /** How many regions {@link #search} matches in all. */
    public long countMatching(RegionLevel level, String parent) {
        return count(filter(level, parent), params(level, parent));
    }

    /** Whether the code names a region in the register. */
    public boolean exists(String code) {
        return code != null && count("code", code) > 0;
    }

    private static String filter(RegionLevel level, String parent) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (level != null) {
            q.append(" and level = :level");
        }
        if (parent != null) {
            q.append(" and parentCode = :parent");
        }
        return q.toString();
    }

    private static Parameters params(RegionLevel level, String parent) {
        Parameters p = new Parameters();
        if (level != null) {
            p.and("level", (short) level.depth());
        }
        if (parent != null) {
            p.and("parent", parent);
        }
        return p;
    }
}
