package id.rapor.assessment.spm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evaluator's review of a Pemda's SPM entries of a year (append-only; the latest is current). */
@Entity
@Table(name = "spm_review")
public class SpmReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "pemda_id", nullable = false, updatable = false)
    public UUID pemdaId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(nullable = false, updatable = false)
    public String verdict;

    @Column(updatable = false)
    public String note;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    public String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    public Instant reviewedAt;
}
