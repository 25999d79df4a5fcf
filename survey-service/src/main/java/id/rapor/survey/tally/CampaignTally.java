package id.rapor.survey.tally;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A campaign's running respondent count and tally version; per item sums live in campaign_item_tally. */
@Entity
@Table(name = "campaign_tally")
public class CampaignTally extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public UUID campaignId;

    /** Increases with every published change of the tally or the campaign status. */
    @Column(name = "tally_version", nullable = false)
    public long tallyVersion;

    /** Counted respondents: what the IKM is computed from. */
    @Column(nullable = false)
    public long respondents;

    /** Responses held out of the tally until an evaluator reviews them. */
    @Column(nullable = false)
    public long flagged;

    /** Responses an evaluator excluded. */
    @Column(nullable = false)
    public long excluded;

    /** Counted respondents with a score; null until a campaign from before score moments is backfilled. */
    @Column(name = "score_count")
    public Long scoreCount;

    /** Σ of the respondents' scores, an exact fraction as text. */
    @Column(name = "score_sum")
    public String scoreSum;

    /** Σ of the respondents' squared scores, an exact fraction as text. */
    @Column(name = "score_square_sum")
    public String scoreSquareSum;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
