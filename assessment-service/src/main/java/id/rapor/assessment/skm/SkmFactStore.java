package id.rapor.assessment.skm;

import id.rapor.events.EventCodec;
import id.rapor.events.SkmFollowUpSummarized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The newest SKM facts per unit and year: an older or equal version never replaces a newer one. */
@ApplicationScoped
public class SkmFactStore {

    @Inject
    EntityManager em;

    /** Stores the facts unless a newer version is already held; joins the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SkmFollowUpSummarized facts) {
        em.createNativeQuery("insert into skm_fact (unit_id, year, version, payload, received_at) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (unit_id, year) do update set "
                        + "version = excluded.version, payload = excluded.payload, received_at = excluded.received_at "
                        + "where skm_fact.version < excluded.version")
                .setParameter(1, facts.unitId())
                .setParameter(2, facts.year())
                .setParameter(3, facts.version())
                .setParameter(4, EventCodec.write(facts))
                .setParameter(5, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The newest facts of a unit in a year, if any arrived. */
    public Optional<SkmFollowUpSummarized> find(UUID unitId, int year) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select payload from skm_fact where unit_id = ?1 and year = ?2")
                .setParameter(1, unitId)
                .setParameter(2, year)
                .getResultList();
        return rows.stream().findFirst().map(p -> (SkmFollowUpSummarized) EventCodec.read(p));
    }
}
