package id.rapor.assessment.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A public-service unit (Disdukcapil, Puskesmas, ...) owned by a region. */
@Entity
@Table(name = "service_unit")
public class ServiceUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    public UnitType type;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "parent_organisation")
    public String parentOrganisation;

    @Column(nullable = false)
    public boolean active;

    /** Increases with every change; published as the event version so consumers can discard stale ones. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
