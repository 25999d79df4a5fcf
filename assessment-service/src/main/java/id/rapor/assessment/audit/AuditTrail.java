package id.rapor.assessment.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Appends to and reads the assessments' audit trail; appends join the transaction of the change they record. */
@ApplicationScoped
public class AuditTrail implements PanacheRepositoryBase<AuditEntry, Long> {

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** One line of the trail as the API shows it. */
    @Schema(name = "AuditEntry")
    public record AuditView(long id, Instant at, String actor, String role, String action, String detail) {}

    /** Records that the caller did {@code action} to an assessment; {@code detail} is stored as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID assessmentId, String action, Object detail) {
        AuditEntry entry = new AuditEntry();
        entry.assessmentId = assessmentId;
        entry.at = Instant.now();
        entry.actor = caller.name();
        entry.role = role(caller);
        entry.action = action;
        entry.detail = json(mapper, detail);
        persist(entry);
    }

    /** The role an audit line names for {@code caller}: every trail records it the same way. */
    static String role(Caller caller) {
        return caller.isAdmin()
                ? "admin"
                : caller.isEvaluator()
                        ? "evaluator"
                        : caller.isOperator() ? "operator" : caller.isViewer() ? "viewer" : "system";
    }

    /** The stored form of an audit line's detail. */
    static String json(ObjectMapper mapper, Object detail) {
        try {
            return mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record audit detail", e);
        }
    }

    /** The trail of one assessment, oldest first. */
    public List<AuditView> of(UUID assessmentId) {
        return list("assessmentId", Sort.ascending("id"), assessmentId).stream()
                .map(e -> new AuditView(e.id, e.at, e.actor, e.role, e.action, e.detail))
                .toList();
    }
}
