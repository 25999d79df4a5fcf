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

/**
 * An assessment subject in the register: a public-service unit (Disdukcapil, Puskesmas, ...) owned by a region and
 * possibly by an instansi, a Pemda of a province or kab/kota, or an instansi (K/L, BUMN) without a region.
 */
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

    /** Null for an instansi. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind = SubjectKind.UNIT;

    /** The instansi (K/L, BUMN) a unit belongs to, or null. */
    @Column(name = "instansi_id")
    public UUID instansiId;

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
