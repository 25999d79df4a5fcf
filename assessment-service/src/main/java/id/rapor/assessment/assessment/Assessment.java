package id.rapor.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The assessment of one unit (lokus) in one evaluation cycle. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** The unit's region when the assessment was opened; scope checks use it. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    /** The service type of the lokus, when the cycle's organiser gave it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ruang_lingkup")
    public id.rapor.assessment.cycle.RuangLingkup ruangLingkup;

    /** Increases with every change; published as the event version. */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
