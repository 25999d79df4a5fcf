package id.rapor.assessment.assessment;

import id.rapor.assessment.cycle.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A field visit (verifikasi lapangan) to a lokus by an evaluator's tier; written once, never changed. */
@Entity
@Table(name = "field_visit")
public class FieldVisit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(name = "visit_date", nullable = false)
    public LocalDate visitDate;

    /** The team as JSON: name, NIP and role of each member. */
    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String observations;

    /** The photo links as a JSON list. */
    @Column(nullable = false)
    public String photos;

    /** The adjusted scores with their reasons as JSON. */
    @Column(nullable = false)
    public String adjustments;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
