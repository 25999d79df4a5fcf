package id.rapor.survey.integrity;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Housekeeping of the integrity tables: spent proof-of-work salts past their expiry, idle rate buckets. */
@ApplicationScoped
public class IntegritySweep {

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    RateLimiter limiter;

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int salts = proofOfWork.purgeExpired();
        int buckets = limiter.purgeIdle();
        if (salts + buckets > 0) {
            Log.infof(
                    "integrity sweep: %d expired proof-of-work salts and %d idle rate buckets removed", salts, buckets);
        }
    }
}
