package id.rapor.survey.integrity;

import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.Campaign;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Admits single submissions: the public form token and a fresh proof-of-work for callers who do not manage the
 * unit, and the service's per campaign and per client limits for everyone (a token of any role lifts nothing).
 */
@ApplicationScoped
public class SubmissionGuard {

    /** Header carrying the campaign's public form token. */
    public static final String FORM_TOKEN = "X-Form-Token";
    /** Header carrying the proof-of-work solution (base64 JSON, ALTCHA payload). */
    public static final String PROOF_OF_WORK = "X-Proof-Of-Work";

    @Inject
    IntegrityConfig config;

    @Inject
    RateLimiter limiter;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    Caller caller;

    /** Checks one single submission to {@code campaign}; throws 403, 429 or 400 when it may not go on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(Campaign campaign, boolean staff, String formToken, String solution, ClientInfo client) {
        if (!staff) {
            requireFormToken(campaign, formToken);
        }
        String clientBucket = staff ? "subject:" + caller.name() : "client:" + client.key();
        IntegrityConfig.RateLimit limit = config.rateLimit();
        // Both buckets in one statement; the client's is left alone when the campaign's refuses.
        long[] waits = limiter.takeInOrder(
                new RateLimiter.Bucket("campaign:" + campaign.id, limit.campaignBurst(), limit.campaignPerMinute()),
                new RateLimiter.Bucket(clientBucket, limit.clientBurst(), limit.clientPerMinute()));
        long wait = waits[0];
        if (wait > 0) {
            Log.infof("campaign %s: submission limit reached, retry in %d s", campaign.id, wait);
            throw new RateLimitedException(
                    "This campaign receives too many submissions; retry after " + wait + " s", wait);
        }
        wait = waits[1];
        if (wait > 0) {
            Log.infof("campaign %s: a client reached its submission limit, retry in %d s", campaign.id, wait);
            throw new RateLimitedException("Too many submissions from this client; retry after " + wait + " s", wait);
        }
        if (!staff) {
            proofOfWork.verifyAndSpend(solution, campaign.id, PROOF_OF_WORK);
        }
    }

    /** Throws 403 unless {@code formToken} is the campaign's current public form token. */
    public void requireFormToken(Campaign campaign, String formToken) {
        if (formToken == null || formToken.isBlank()) {
            throw ProblemException.forbidden("Anonymous submissions need the campaign's public form token ("
                    + FORM_TOKEN + " header, from the QR code or kiosk link)");
        }
        if (campaign.formToken == null
                || !MessageDigest.isEqual(
                        campaign.formToken.getBytes(StandardCharsets.UTF_8),
                        formToken.trim().getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.forbidden("The form token is not valid for this campaign (revoked or rotated?)");
        }
    }
}
