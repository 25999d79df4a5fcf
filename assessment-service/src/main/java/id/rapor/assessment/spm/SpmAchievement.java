package id.rapor.assessment.spm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A Pemda's sasaran and number served of one SPM indicator in one year. */
@Entity
@Table(name = "spm_achievement")
public class SpmAchievement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "pemda_id", nullable = false)
    public UUID pemdaId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public long sasaran;

    @Column(nullable = false)
    public long dilayani;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;
}
