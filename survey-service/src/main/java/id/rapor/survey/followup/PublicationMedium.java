package id.rapor.survey.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One medium in which a unit published its SKM result of a period, with the evidence link. */
@Entity
@Table(name = "publication_medium")
public class PublicationMedium extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(nullable = false)
    public String kind;

    public String description;

    @Column(name = "evidence_url", nullable = false)
    public String evidenceUrl;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
