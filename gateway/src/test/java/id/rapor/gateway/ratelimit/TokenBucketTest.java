package id.rapor.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token bucket behind the submission rate limit, with times chosen by the test. */
class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void shouldGrantBurstThenOneTokenPerRefillInterval() {
        // Capacity 2, 6 per minute: one token every 60 s / 6 = 10 s.
        TokenBucket bucket = new TokenBucket(2, 6, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(10 * SECOND);
        // Half an interval later half a token is back: 5 s still to wait.
        assertThat(bucket.take(5 * SECOND)).isEqualTo(5 * SECOND);
        assertThat(bucket.take(10 * SECOND)).isZero();
        assertThat(bucket.take(10 * SECOND)).isEqualTo(10 * SECOND);
    }

    @Test
    void shouldNeverHoldMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 6, 0);
        bucket.take(0);

        // An hour idle refills 360 tokens' worth, but only 2 fit.
        assertThat(bucket.full(3600 * SECOND)).isTrue();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isEqualTo(10 * SECOND);
        assertThat(bucket.full(3600 * SECOND)).isFalse();
    }
}
