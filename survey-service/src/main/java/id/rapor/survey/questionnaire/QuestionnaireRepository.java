package id.rapor.survey.questionnaire;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries of questionnaire versions. */
@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepositoryBase<Questionnaire, UUID> {

    /** Versions with this code (null: all), standard ones plus those of {@code unitId} (null: standard only). */
    public List<Questionnaire> search(String code, UUID unitId) {
        StringBuilder q = new StringBuilder(unitId == null ? "unitId is null" : "(unitId is null or unitId = :unit)");
        Parameters p = new Parameters();
        if (unitId != null) {
            p.and("unit", unitId);
        }
        if (code != null) {
            q.append(" and code = :code");
            p.and("code", code);
        }
        return find(q.toString(), Sort.by("code").and("version"), p).list();
    }

    /** The highest version number used for {@code code}, 0 when none. */
    public int latestVersion(String code) {
        Integer max = getEntityManager()
                .createQuery("select max(q.version) from Questionnaire q where q.code = :code", Integer.class)
                .setParameter("code", code)
                .getSingleResult();
        return max == null ? 0 : max;
    }
}
