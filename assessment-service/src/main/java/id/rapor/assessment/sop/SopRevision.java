package id.rapor.assessment.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The header an SOP had at one revision, kept when the next revision replaced it (append-only). */
@Entity
@Table(name = "sop_revision")
public class SopRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "sop_id", nullable = false, updatable = false)
    public UUID sopId;

    @Column(nullable = false, updatable = false)
    public int revision;

    /** The replaced header, as JSON. */
    @Column(nullable = false, updatable = false)
    public String header;

    @Column(name = "replaced_by", nullable = false, updatable = false)
    public String replacedBy;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    public Instant replacedAt;

    @Column(nullable = false, updatable = false)
    public String reason;
}
