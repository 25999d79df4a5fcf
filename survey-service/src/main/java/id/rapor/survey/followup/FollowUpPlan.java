package id.rapor.survey.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up plan (RTL) of a unit for one unsur of its SKM result of a period. */
@Entity
@Table(name = "follow_up_plan")
public class FollowUpPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(name = "item_name", nullable = false)
    public String itemName;

    /** Comma-separated: LOWEST, DROPPED, CHOSEN. */
    @Column(nullable = false)
    public String reasons;

    @Column(name = "baseline_nrr")
    public BigDecimal baselineNrr;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "done_at")
    public Instant doneAt;
}
