package id.rapor.survey.unit;

import id.rapor.events.UnitChanged;
import id.rapor.platform.messaging.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the assessment service's UnitChanged events to the local unit replica, once each. */
@ApplicationScoped
public class UnitEventsConsumer {

    /** Name under which processed events are recorded. */
    static final String CONSUMER = "survey-units";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    UnitReplicaService replica;

    /** A malformed payload throws, and the channel's dead-letter strategy moves it aside. */
    @Incoming("units-in")
    @Blocking
    public void onUnitChanged(String payload) {
        consumer.handle(CONSUMER, payload, UnitChanged.class, replica::apply);
    }
}
