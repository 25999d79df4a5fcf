package id.rapor.assessment.innovation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A unit's public-service innovation in the register, with its stage, evidence and competition tier. */
@Entity
@Table(name = "innovation")
public class Innovation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String innovator;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String jenis;

    @Column(nullable = false)
    public String bentuk;

    public String inisiator;

    public String purpose;

    public String benefit;

    public String result;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InnovationStage stage;

    @Column(name = "trial_date")
    public LocalDate trialDate;

    @Column(name = "implemented_date")
    public LocalDate implementedDate;

    @Column(name = "replicated_from_id")
    public UUID replicatedFromId;

    @Column(name = "competition_tier")
    public String competitionTier;

    @Column(name = "competition_year")
    public Integer competitionYear;

    public Boolean verified;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verification_note")
    public String verificationNote;

    @ElementCollection
    @CollectionTable(name = "innovation_evidence", joinColumns = @JoinColumn(name = "innovation_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public long version;

    /** One evidence link of an innovation. */
    @Embeddable
    public static class Evidence {

        @Column(nullable = false)
        public String label;

        @Column(nullable = false)
        public String url;
    }
}
