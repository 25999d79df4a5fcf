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
    /**
     * Replaces the producer's grading carried by the facts of index {@code code} (assessment facts) or of survey
     * regulation {@code regulation} (tallies) with {@code scaleJson}: only a preview does this, in a transaction it
     * rolls back.
     */
    public int replaceScale(String code, boolean survey, String regulation, String scaleJson) {
        if (survey) {
            return em.createNativeQuery("update survey_tally set scale = ?1 where regulation = ?2")
                    .setParameter(1, scaleJson)
                    .setParameter(2, regulation)
                    .executeUpdate();
        }
        return em.createNativeQuery("update assessment_fact set scale = ?1 where index_code = ?2")
                .setParameter(1, scaleJson)
                .setParameter(2, code)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> knownRegulations() {
        return em.createNativeQuery("select regulation from survey_tally where regulation is not null "
                        + "union select cast(scale as jsonb) ->> 'regulation' from survey_tally where scale is not null "
                        + "union select cast(scale as jsonb) ->> 'regulation' from assessment_fact where scale is not null "
                        + "order by 1")
                .getResultList();
    }
}
