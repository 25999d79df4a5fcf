package id.rapor.survey.integrity;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Scheduled integrity work: the flag sweep over recent responses, and housekeeping (spent proof-of-work salts past
 * their expiry, idle rate buckets).
 */
@ApplicationScoped
public class IntegritySweep {

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    RateLimiter limiter;

    @Inject
    FlagSweep flags;

    /** Re-evaluates the flags of recent responses (a burst seen only after it began, responses beyond population). */
    @Scheduled(
            every = "${survey.integrity.flags.sweep-every:1m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reflag() {
        int flagged = flags.sweepRecent();
        if (flagged > 0) {
            Log.infof("flag sweep: %d counted responses held for review", flagged);
        }
    }

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
