package id.rapor.platform.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Drives webhooks: each round routes new outbox rows to deliveries, then sends what is due. */
@ApplicationScoped
public class WebhookDispatcher {

    /** Rounds of sending per tick at most, so one tick never runs unbounded. */
    private static final int MAX_SEND_ROUNDS = 20;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookRouter router;

    @Inject
    WebhookSender sender;

    @Inject
    EntityManager em;

    private volatile boolean failing;

    @Scheduled(
            every = "${rapor.webhooks.poll-interval:0.5s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        try {
            while (router.routeOnce() >= config.batchSize() * 10) {
                // a full batch: more may be waiting
            }
            for (int round = 0; round < MAX_SEND_ROUNDS && sender.sendOnce() > 0; round++) {
                // each round sends the next delivery of every aggregate whose previous one was acknowledged
            }
            if (failing) {
                Log.info("webhook dispatch recovered");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                Log.warnf("webhook dispatch failed, retrying next round: %s", e.getMessage());
                failing = true;
            }
        }
    }

    /** Deletes delivered deliveries older than the retention; pending ones are kept whatever their age. */
    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant cutoff = Instant.now().minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "delete from WebhookDelivery where status = 'DELIVERED' and deliveredAt < :cutoff")
                        .setParameter("cutoff", cutoff)
                        .executeUpdate());
        if (deleted > 0) {
            Log.infof("purged %d delivered webhook deliveries", deleted);
        }
    }
}
