package id.rapor.assessment.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A monitoring (pemantauan) of an earlier cycle's lokus, and the cycle it is the baseline of. */
@Entity
@Table(name = "monitoring")
public class Monitoring extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_cycle_id", nullable = false)
    public UUID sourceCycleId;

    @Column(name = "next_cycle_id")
    public UUID nextCycleId;

    @Column(nullable = false)
    public String name;

    @Column(name = "scope_region")
    public String scopeRegion;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
