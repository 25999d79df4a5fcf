package id.rapor.assessment.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evaluator's evaluation of how one SOP is applied in a year (Tabel 7 plus the criteria answers). */
@Entity
@Table(name = "sop_evaluation")
public class SopEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "sop_id", nullable = false)
    public UUID sopId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "sop_revision", nullable = false)
    public int sopRevision;

    @Column(nullable = false)
    public String application;

    @Column(nullable = false)
    public String method;

    public String note;

    public String action;

    @Column(name = "criteria_version", nullable = false)
    public int criteriaVersion;

    /** The answers, as JSON. */
    @Column(nullable = false)
    public String answers;

    @Column(name = "yes_count", nullable = false)
    public int yesCount;

    @Column(name = "criteria_count", nullable = false)
    public int criteriaCount;

    @Column(name = "needs_revision", nullable = false)
    public boolean needsRevision;

    @Column(name = "evaluated_by", nullable = false)
    public String evaluatedBy;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;
}
