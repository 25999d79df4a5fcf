package id.rapor.assessment.assessment;

import id.rapor.assessment.cycle.Tier;
import id.rapor.events.RegionCodes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of assessments, their answers and their scores. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    @Inject
    EntityManager em;

    /** The assessment, locked for a change. */
    public Optional<Assessment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The assessment of a unit in a cycle. */
    public Optional<Assessment> findInCycle(UUID cycleId, UUID unitId) {
        return find("cycleId = ?1 and unitId = ?2", cycleId, unitId).firstResultOptional();
    }

    /** How many units a cycle evaluates. */
    public long countInCycle(UUID cycleId) {
        return count("cycleId", cycleId);
    }

    /** Assessments filtered by cycle, unit, status and region scope (null: any), newest first. */
    public List<Assessment> search(
            UUID cycleId, UUID unitId, AssessmentStatus status, String regionScope, int page, int size) {
        return find(
                        filter(cycleId, unitId, status, regionScope),
                        Sort.descending("updatedAt").and("id"),
                        params(cycleId, unitId, status, regionScope))
                .page(Page.of(page, size))
                .list();
    }

    /** How many assessments {@link #search} matches. */
    public long countMatching(UUID cycleId, UUID unitId, AssessmentStatus status, String regionScope) {
        return count(filter(cycleId, unitId, status, regionScope), params(cycleId, unitId, status, regionScope));
    }

    /** The operator's answers, by indicator code. */
    public List<AssessmentAnswer> answers(UUID assessmentId) {
        return em.createQuery(
                        "from AssessmentAnswer where assessmentId = :a order by indicatorCode", AssessmentAnswer.class)
                .setParameter("a", assessmentId)
                .getResultList();
    }

    /** The evaluators' scores of one tier. */
    public List<AssessmentScore> scores(UUID assessmentId, Tier tier) {
        return em.createQuery(
                        "from AssessmentScore where assessmentId = :a and tier = :t order by indicatorCode",
                        AssessmentScore.class)
                .setParameter("a", assessmentId)
                .setParameter("t", tier)
                .getResultList();
    }

    private static String filter(UUID cycleId, UUID unitId, AssessmentStatus status, String regionScope) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (cycleId != null) {
            q.append(" and cycleId = :cycle");
        }
        if (unitId != null) {
            q.append(" and unitId = :unit");
        }
        if (status != null) {
            q.append(" and status = :status");
        }
        if (regionScope != null) {
            q.append(" and (regionCode = :region or regionCode like :regionPrefix)");
        }
        return q.toString();
    }

    private static Parameters params(UUID cycleId, UUID unitId, AssessmentStatus status, String regionScope) {
        Parameters p = new Parameters();
        if (cycleId != null) {
            p.and("cycle", cycleId);
        }
        if (unitId != null) {
            p.and("unit", unitId);
        }
        if (status != null) {
            p.and("status", status);
        }
        if (regionScope != null) {
            p.and("region", regionScope).and("regionPrefix", RegionCodes.likeInside(regionScope));
        }
        return p;
    }
}
