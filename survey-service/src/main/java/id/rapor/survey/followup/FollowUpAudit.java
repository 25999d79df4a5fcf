package id.rapor.survey.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to a publication medium or a follow-up plan, append-only: who, when, which field, before and after. */
@Entity
@Table(name = "follow_up_audit")
public class FollowUpAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** MEDIUM or PLAN. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String action;

    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;
}
