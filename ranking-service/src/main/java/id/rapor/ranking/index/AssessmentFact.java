package id.rapor.ranking.index;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The latest known state of one assessment; only an AssessmentVerified state counts as a result. */
@Entity
@Table(name = "assessment_fact")
public class AssessmentFact extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(nullable = false)
    public long version;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "index_code", nullable = false)
    public String indexCode;

    @Column(nullable = false)
    public String period;

    public String tier;

    @Column(name = "instrument_code")
    public String instrumentCode;

    @Column(name = "instrument_version")
    public Integer instrumentVersion;

    public BigDecimal total;

    @Column(name = "scale_max")
    public BigDecimal scaleMax;

    /** The event's aspect scores as JSON. */
    public String aspects;

    @Column(name = "band_code")
    public String bandCode;

    /** The producer's published value (schema 2), the total rounded to its scale's decimals. */
    public BigDecimal value;

    /** The producer's grading as JSON ({@link id.rapor.events.GradeScale}); null from schema-1 events. */
    public String scale;

    /** The producer's basis as JSON ({@link id.rapor.events.Basis}); null from schema-1 events. */
    public String basis;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
