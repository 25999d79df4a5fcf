package id.rapor.survey.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The survey service's copy of a service unit, kept from the assessment service's UnitChanged events. */
@Entity
@Table(name = "unit_replica")
public class UnitReplica extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_type", nullable = false)
    public String unitType;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "regency_code")
    public String regencyCode;

    @Column(nullable = false)
    public boolean active;

    /** The version of the last applied event; older or equal versions are ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
