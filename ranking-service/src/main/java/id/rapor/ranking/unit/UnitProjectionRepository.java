package id.rapor.ranking.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Queries of the unit replica. */
@ApplicationScoped
public class UnitProjectionRepository implements PanacheRepositoryBase<UnitProjection, UUID> {}
