package id.rapor.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The operator's answer to one indicator (the MANDIRI tier's score) with its evidence. */
@Entity
@Table(name = "assessment_answer")
public class AssessmentAnswer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public BigDecimal value;

    /** Evidence items as JSON. */
    @Column(nullable = false)
    public String evidence;

    public String note;

    /** The parts of a CHECKLIST, PERCENT_OF_TARGET or MULTI_YEAR answer as JSON (value then holds its measure). */
    public String parts;

    @Column(name = "answered_by", nullable = false)
    public String answeredBy;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;
}
