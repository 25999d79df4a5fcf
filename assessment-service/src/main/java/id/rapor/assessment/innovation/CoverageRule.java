package id.rapor.assessment.innovation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The "one agency one innovation" coverage rule, seeded as data with whether the source confirms it. */
@Entity
@Table(name = "innovation_coverage_rule")
public class CoverageRule extends PanacheEntityBase {

    /** The rule the region summary applies. */
    public static final String ONE_UNIT_ONE_INNOVATION = "SATU_UNIT_SATU_INOVASI";

    @Id
    public String code;

    @Column(name = "min_innovations", nullable = false)
    public int minInnovations;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_stage", nullable = false)
    public InnovationStage minStage;

    @Column(nullable = false)
    public boolean confirmed;

    public String reason;

    @Column(nullable = false)
    public String source;
}
