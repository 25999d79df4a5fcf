package id.rapor.assessment.cycle;

import id.rapor.events.ResultPublished;
import id.rapor.platform.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records the ranking service's published rankings (ResultPublished, kind ranking) as cycles' pemeringkatan, once each. */
@ApplicationScoped
public class PemeringkatanConsumer {

    /** Name under which processed events are recorded. */
    static final String CONSUMER = "assessment-pemeringkatan";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PemeringkatanStore store;

    /** A malformed payload throws, and the channel's dead-letter strategy moves it aside. */
    @Incoming("publications-in")
    @Blocking
    public void onPublished(String payload) {
        consumer.handle(CONSUMER, payload, ResultPublished.class, store::apply);
    }
}
