package id.rapor.ranking.unit;

import id.rapor.events.UnitChanged;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.messaging.IdempotentConsumer.PoisonEventException;
import id.rapor.ranking.change.RankingChanges;
import id.rapor.ranking.unit.UnitDtos.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Keeps the unit replica: a version-guarded upsert per UnitChanged; serves it to readers. */
@ApplicationScoped
public class UnitProjectionService {

    @Inject
    UnitProjectionRepository units;

    @Inject
    RankingChanges changes;

    /**
     * Applies a unit's full state unless a newer version is already held (so reordering and duplicates change
     * nothing). Runs in the consumer's transaction. Returns whether the replica changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UnitChanged event) {
        event.defect().ifPresent(reason -> {
            throw new PoisonEventException(reason);
        });
        UnitProjection unit = units.findById(event.unitId());
        boolean fresh = unit == null;
        if (!fresh && !event.supersedes(unit.version)) {
            return false;
        }
        changes.beforeUnit(event.unitId(), event.province(), event.kind());
        if (fresh) {
            unit = new UnitProjection();
            unit.id = event.unitId();
        }
        unit.version = event.version();
        unit.name = event.name();
        unit.unitType = event.unitType();
        unit.regionCode = event.regionCode();
        unit.provinceCode = event.province();
        unit.regencyCode = event.regency();
        unit.active = event.active();
        unit.subjectKind = event.kind();
        unit.instansiId = event.instansiId();
        unit.eventId = event.eventId();
        unit.updatedAt = Instant.now();
        if (fresh) {
            units.persist(unit);
        }
        return true;
    }

    /** One unit; 404 when no event about it has arrived. */
    public UnitView get(UUID id) {
        return units.findByIdOptional(id).map(UnitView::of).orElseThrow(() -> ProblemException.notFound("Unit", id));
    }
}
