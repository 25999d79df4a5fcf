package id.rapor.survey.integrity;

import id.rapor.platform.error.ProblemException;
import java.util.List;

/** 429: a submission limit of the service was reached; {@code Retry-After} says when to try again. */
public class RateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", detail, List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
