package id.rapor.assessment.unit;

import id.rapor.events.RegionCodes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of the unit register. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<ServiceUnit, UUID> {

    /** The unit, locked for an update. */
    public Optional<ServiceUnit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The Pemda registered for a province or kab/kota, if any. */
    public Optional<ServiceUnit> findPemda(String regionCode) {
        return find("subjectKind = ?1 and regionCode = ?2", SubjectKind.PEMDA, regionCode)
                .firstResultOptional();
    }

    /** Units under {@code regionScope} (null: everywhere) filtered by type and activity, sorted by name. */
    public List<ServiceUnit> search(String regionScope, UnitType type, Boolean active, int page, int size) {
        return find(filter(regionScope, type, active), Sort.by("name").and("id"), params(regionScope, type, active))
                .page(Page.of(page, size))
                .list();
    }

    /** How many units {@link #search} matches in all. */
    public long countMatching(String regionScope, UnitType type, Boolean active) {
        return count(filter(regionScope, type, active), params(regionScope, type, active));
    }

    private static String filter(String regionScope, UnitType type, Boolean active) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (regionScope != null) {
            q.append(" and (regionCode = :region or regionCode like :regionPrefix)");
        }
        if (type != null) {
            q.append(" and type = :type");
        }
        if (active != null) {
            q.append(" and active = :active");
        }
        return q.toString();
    }

    private static Parameters params(String regionScope, UnitType type, Boolean active) {
        Parameters p = new Parameters();
        if (regionScope != null) {
            p.and("region", regionScope).and("regionPrefix", RegionCodes.likeInside(regionScope));
        }
        if (type != null) {
            p.and("type", type);
        }
        if (active != null) {
            p.and("active", active);
        }
        return p;
    }
}
