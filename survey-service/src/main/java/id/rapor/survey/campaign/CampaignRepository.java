package id.rapor.survey.campaign;

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
        return find("unitId = ?1 and period = ?2", Sort.descending("createdAt"), unitId, period).list();
    }
}
