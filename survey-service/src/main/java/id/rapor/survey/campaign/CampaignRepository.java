package id.rapor.survey.campaign;

import id.rapor.events.Period;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries of campaigns. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /** A unit's campaigns, of one period when {@code period} is given, newest first. */
    public List<Campaign> findByUnit(UUID unitId, String period) {
        if (period == null) {
            return find("unitId", Sort.descending("createdAt"), unitId).list();
        }
        return find("unitId = ?1 and period = ?2", Sort.descending("createdAt"), unitId, period)
                .list();
    }

    /** The campaign whose current public form token is {@code formToken}, if any (revoked tokens match none). */
    public java.util.Optional<Campaign> findByFormToken(String formToken) {
        return find("formToken", formToken).firstResultOptional();
    }

    /**
     * A unit's campaigns whose period lies wholly inside {@code period} (its 2026 result pools 2026, 2026-S1,
     * 2026-S2, 2026-Q1..Q4, ...), oldest period first.
     */
    public List<Campaign> findByUnitWithin(UUID unitId, Period period) {
        return find(
                        "unitId = ?1 and periodStart >= ?2 and periodEnd <= ?3",
                        Sort.ascending("periodStart", "periodEnd", "id"),
                        unitId,
                        period.start(),
                        period.end())
                .list();
    }
}
