package id.rapor.survey.saran;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The follow-up of one response's saran/kritik: category, status, reply to the citizen and internal note. */
@Entity
@Table(name = "saran_followup")
public class SaranFollowup extends PanacheEntityBase {

    @Id
    @Column(name = "response_id")
    public Long responseId;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    public String category;

    @Column(nullable = false)
    public String status;

    public String reply;

    public String note;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
