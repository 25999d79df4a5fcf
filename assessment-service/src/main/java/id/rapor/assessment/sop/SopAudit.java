package id.rapor.assessment.sop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Appends to and reads an SOP's append-only trail; appends join the transaction of the change. */
@ApplicationScoped
public class SopAudit {

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** One line of the trail as the API shows it. */
    @Schema(name = "SopAuditEntry")
    public record AuditView(long id, Instant at, String actor, String role, String action, String detail) {}

    /** Records that the caller did {@code action} to an SOP; {@code detail} is stored as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID sopId, String action, Object detail) {
        Entry entry = new Entry();
        entry.sopId = sopId;
        entry.at = Instant.now();
        entry.actor = caller.name();
        entry.role = caller.isAdmin()
                ? "admin"
                : caller.isEvaluator() ? "evaluator" : caller.isOperator() ? "operator" : "system";
        entry.action = action;
        try {
            entry.detail = mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record audit detail", e);
        }
        entry.persist();
    }

    /** The trail of one SOP, oldest first. */
    public List<AuditView> of(UUID sopId) {
        return Entry.<Entry>list("sopId = ?1 order by id", sopId).stream()
                .map(e -> new AuditView(e.id, e.at, e.actor, e.role, e.action, e.detail))
                .toList();
    }

    /** One line of the trail (the database refuses changes). */
    @Entity(name = "SopAuditLine")
    @Table(name = "sop_audit")
    public static class Entry extends PanacheEntityBase {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "sop_id", nullable = false, updatable = false)
        public UUID sopId;

        @Column(nullable = false, updatable = false)
        public Instant at;

        @Column(nullable = false, updatable = false)
        public String actor;

        @Column(nullable = false, updatable = false)
        public String role;

        @Column(nullable = false, updatable = false)
        public String action;

        @Column(nullable = false, updatable = false)
        public String detail;
    }
}
