package id.rapor.ranking.index;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest tally of one survey campaign: respondents and per-item sufficient statistics (JSON). */
@Entity
@Table(name = "survey_tally")
public class SurveyTally extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "tally_version", nullable = false)
    public long tallyVersion;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "questionnaire_code")
    public String questionnaireCode;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    public String regulation;

    @Column(name = "campaign_status")
    public String campaignStatus;

    public Long population;

    @Column(nullable = false)
    public long respondents;

    /** Responses held out of the tally until an evaluator reviews them. */
    @Column(nullable = false)
    public long flagged;

    /** Responses excluded on review. */
    @Column(nullable = false)
    public long excluded;

    /** The event's item tallies as JSON. */
    @Column(nullable = false)
    public String items;

    /** The questionnaire's grading as JSON ({@link id.rapor.events.GradeScale}); null from schema-1 events. */
    public String scale;

    /** The questionnaire's basis as JSON ({@link id.rapor.events.Basis}); null from schema-1 events. */
    public String basis;

    /** Respondents with a score (schema 3); null from earlier events. */
    @Column(name = "score_count")
    public Long scoreCount;

    /** Σ of the respondents' scores, an exact fraction. */
    @Column(name = "score_sum")
    public String scoreSum;

    /** Σ of the respondents' squared scores, an exact fraction. */
    @Column(name = "score_square_sum")
    public String scoreSquareSum;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
