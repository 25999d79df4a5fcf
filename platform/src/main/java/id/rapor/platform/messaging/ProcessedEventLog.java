package id.rapor.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Remembers which events a consumer has applied, in the same transaction as the effect. */
@ApplicationScoped
public class ProcessedEventLog {

    @Inject
    EntityManager em;

    /**
     * Records that {@code consumer} applies {@code eventId}; returns false when it already did (a duplicate or a
     * redelivery), in which case the caller must skip the effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return em.createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) "
                                + "on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .executeUpdate()
                == 1;
    }
}
