package id.rapor.ranking.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The ranking service's replica of a service unit, kept at the highest version received. */
@Entity
@Table(name = "unit_projection")
public class UnitProjection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_type", nullable = false)
    public String unitType;

    /** Null for an instansi (K/L, BUMN). */
    @Column(name = "region_code")
    public String regionCode;

    /** UNIT, PEMDA or INSTANSI: rankings compare subjects of one kind. */
    @Column(name = "subject_kind", nullable = false)
    public String subjectKind = "UNIT";

    /** The instansi a unit belongs to (a BUMN's branch office), or null. */
    @Column(name = "instansi_id")
    public UUID instansiId;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "regency_code")
    public String regencyCode;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
