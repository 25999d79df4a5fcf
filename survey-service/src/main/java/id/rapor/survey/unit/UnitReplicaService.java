package id.rapor.survey.unit;

import id.rapor.events.UnitChanged;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.messaging.IdempotentConsumer.PoisonEventException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.unit.UnitReplicaDtos.UnitView;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Keeps the unit replica up to date and answers questions about units. */
@ApplicationScoped
public class UnitReplicaService {

    @Inject
    UnitReplicaRepository units;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * Upserts the unit from its event unless the replica already holds this or a newer version, so duplicates
     * and reordered events change nothing. Joins the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitChanged event) {
        event.defect().ifPresent(reason -> {
            throw new PoisonEventException(reason);
        });
        // Insert-if-absent first so two first events of one unit cannot both insert; then lock and compare.
        em.createNativeQuery("insert into unit_replica (id, name, unit_type, region_code, province_code, "
                        + "regency_code, active, version, updated_at) values (?1, '', '', '', '', null, false, 0, now()) "
                        + "on conflict (id) do nothing")
                .setParameter(1, event.unitId())
                .executeUpdate();
        UnitReplica unit = units.findForUpdate(event.unitId()).orElseThrow();
        if (!event.supersedes(unit.version)) {
            Log.debugf("unit %s: ignoring version %d, replica has %d", unit.id, event.version(), unit.version);
            return;
        }
        unit.name = event.name();
        unit.unitType = event.unitType();
        unit.regionCode = event.regionCode();
        unit.provinceCode = event.province();
        unit.regencyCode = event.regency();
        unit.active = event.active();
        unit.version = event.version();
        unit.updatedAt = event.occurredAt() != null ? event.occurredAt() : Instant.now();
    }

    /** One unit, if the caller may read it. */
    public UnitView get(UUID id) {
        UnitReplica unit = find(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
        caller.requireRead(unit.regionCode, unit.id);
        return UnitView.of(unit);
    }

    /** The replica of a unit, when an event for it has arrived. */
    public Optional<UnitReplica> find(UUID id) {
        return units.findByIdOptional(id).filter(u -> u.version > 0);
    }
}
