package id.rapor.assessment.assessment;

import id.rapor.assessment.cycle.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An evaluator's score of one indicator in one tier, with a note. */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public BigDecimal value;

    public String note;

    /** The parts of a CHECKLIST, PERCENT_OF_TARGET or MULTI_YEAR answer as JSON (value then holds its measure). */
    public String parts;

    @Column(name = "scored_by", nullable = false)
    public String scoredBy;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;
}
