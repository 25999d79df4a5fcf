package id.rapor.platform.outbox;

import id.rapor.events.EventCodec;
import id.rapor.events.RaporEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Appends events to the outbox inside the caller's transaction, so the business rows and their events commit
 * (or roll back) together. The {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    EntityManager em;

    /** Adds the event to the outbox; must join an active transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(RaporEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.eventId();
        message.topic = event.topic();
        message.messageKey = event.aggregateId();
        message.eventType = event.type();
        message.payload = EventCodec.write(event);
        message.createdAt = Instant.now();
        em.persist(message);
    }
}
