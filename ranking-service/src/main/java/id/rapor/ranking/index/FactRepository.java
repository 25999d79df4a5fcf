package id.rapor.ranking.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Queries over the stored facts as a whole (not one unit's). */
@ApplicationScoped
public class FactRepository {

    @Inject
    EntityManager em;

    /**
     * Every regulation key a producer has published a scale or tally under (survey regulations such as
     * {@code PERMENPANRB_14_2017}, instrument scales such as {@code PEKPPP/v2}), sorted.
     */
    @SuppressWarnings("unchecked")
    public List<String> knownRegulations() {
        return em.createNativeQuery("select regulation from survey_tally where regulation is not null "
                        + "union select cast(scale as jsonb) ->> 'regulation' from survey_tally where scale is not null "
                        + "union select cast(scale as jsonb) ->> 'regulation' from assessment_fact where scale is not null "
                        + "order by 1")
                .getResultList();
    }
}
