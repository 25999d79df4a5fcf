package id.rapor.assessment.audit;

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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Appends to and reads the append-only trails of the registers (innovations, SOPs, SPM entries); appends join the transaction of
 * the change they record.
 */
@ApplicationScoped
public class RegisterAudit {

    /** The register a trail belongs to; stored in lower case. */
    public enum Register {
        INNOVATION,
        SOP,
        SPM;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** One line of a register's trail as the API shows it. */
    @Schema(name = "RegisterAuditEntry")
    public record AuditView(long id, Instant at, String actor, String role, String action, String detail) {}

    /** Records that the caller did {@code action} to {@code subjectId} of {@code register}; detail stored as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Register register, UUID subjectId, String action, Object detail) {
        Entry entry = new Entry();
        entry.register = register.code();
        entry.subjectId = subjectId;
        entry.at = Instant.now();
        entry.actor = caller.name();
        entry.role = AuditTrail.role(caller);
        entry.action = action;
        entry.detail = AuditTrail.json(mapper, detail);
        entry.persist();
    }

    /** The trail of one subject of {@code register}, oldest first. */
    public List<AuditView> of(Register register, UUID subjectId) {
        return Entry.<Entry>list("register = ?1 and subjectId = ?2 order by id", register.code(), subjectId).stream()
                .map(e -> new AuditView(e.id, e.at, e.actor, e.role, e.action, e.detail))
                .toList();
    }

    /** One line of a register's trail (the database refuses changes). */
    @Entity(name = "RegisterAuditLine")
    @Table(name = "register_audit")
    public static class Entry extends PanacheEntityBase {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(nullable = false, updatable = false)
        public String register;

        @Column(name = "subject_id", nullable = false, updatable = false)
        public UUID subjectId;

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
