package id.rapor.survey.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Queries of the unit replica. */
@ApplicationScoped
public class UnitReplicaRepository implements PanacheRepositoryBase<UnitReplica, UUID> {

    /** The replica row, locked so two events of one unit apply one after the other. */
    public Optional<UnitReplica> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
