package id.rapor.assessment.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evaluator's recommendation on one indicator of an assessment, with the unit's follow-up of it. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public String text;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "follow_up")
    public String followUp;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(nullable = false)
    public long version;
}
