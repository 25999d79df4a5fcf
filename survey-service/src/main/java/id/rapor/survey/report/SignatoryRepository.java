package id.rapor.survey.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Signatories and their audit trail. */
@ApplicationScoped
public class SignatoryRepository implements PanacheRepositoryBase<Signatory, String> {

    /** The audit trail of one scope, oldest first. */
    public List<SignatoryAudit> auditOf(String scope) {
        return SignatoryAudit.find("scope", Sort.ascending("id"), scope).list();
    }
}
