package id.rapor.assessment.skm;

import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.platform.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the newest SKM facts per unit and year from the survey service's SkmFollowUpSummarized events, once each. */
@ApplicationScoped
public class SkmFactsConsumer {

    /** Name under which processed events are recorded. */
    static final String CONSUMER = "assessment-skm-facts";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    SkmFactStore store;

    /** A malformed payload throws, and the channel's dead-letter strategy moves it aside. */
    @Incoming("skm-facts-in")
    @Blocking
    public void onFacts(String payload) {
        consumer.handle(CONSUMER, payload, SkmFollowUpSummarized.class, store::apply);
    }
}
