package id.rapor.ranking.messaging;

import id.rapor.platform.outbox.TopicsInitializer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Creates the topics (unlimited retention, the configured partitions) before the consumers subscribe. The
 * consumers never auto-create a topic: one created by a subscription would get the broker's default retention and
 * could not be replayed by a rebuild.
 */
@ApplicationScoped
public class TopicsAtStartup {

    @Inject
    TopicsInitializer topics;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try {
            topics.ensureTopics();
        } catch (RuntimeException e) {
            // the outbox relay retries every round; the consumers pick the topics up once they exist
            Log.warnf("topics not created at startup: %s", e.getMessage());
        }
    }
}
