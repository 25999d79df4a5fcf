package id.rapor.gateway.ratelimit;

/** A token bucket: holds up to {@code capacity} tokens, refilled continuously at a fixed rate. */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token; returns 0 when granted, else the nanoseconds until a token will be available. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        if (tokensPerNano <= 0) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** Whether the bucket is full again, i.e. forgetting it changes nothing. */
    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
    }
}
