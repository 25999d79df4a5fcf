package id.rapor.survey.integrity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of survey integrity: proof-of-work, the service's own submission limits and the quality flags. */
@ConfigMapping(prefix = "survey.integrity")
public interface IntegrityConfig {

    /** Proof-of-work asked of every single submission by a caller who does not manage the unit. */
    Pow pow();

    /** The service's own limits on single submissions, whatever the caller's role. */
    RateLimit rateLimit();

    /** When a response is flagged on arrival. */
    Flags flags();

    /**
     * Addresses (exact, or IPv4 CIDR such as {@code 10.0.0.0/8}) of proxies whose {@code X-Forwarded-For} names the
     * client. From any other address the connection's own address is the client.
     */
    @WithDefault("127.0.0.1,0:0:0:0:0:0:0:1")
    List<String> trustedProxies();

    /** Campaign periods must lie within this many days around today unless an admin opens them. */
    @WithDefault("400")
    int campaignPeriodWindowDays();

    /** Proof-of-work (ALTCHA scheme: SHA-256, HMAC-signed challenge, salt with expiry and campaign). */
    interface Pow {

        /**
         * HMAC-SHA-256 key signing the challenges, at least 32 characters. No default outside %dev and %test: the
         * service does not start without it (env SURVEY_INTEGRITY_POW_HMAC_KEY).
         */
        Optional<String> hmacKey();

        /** The secret number is drawn from 0..max-number: the average work is half of it (difficulty). */
        @WithDefault("100000")
        int maxNumber();

        /** How long a challenge may be solved and used. */
        @WithDefault("PT10M")
        Duration ttl();
    }

    /** Token buckets in PostgreSQL, shared by every instance of the service. */
    interface RateLimit {

        /** Submissions one client (address, or subject of a token) may make at once. */
        @WithDefault("10")
        int clientBurst();

        /** Refill of a client's bucket per minute. */
        @WithDefault("6")
        double clientPerMinute();

        /** Single submissions one campaign accepts at once, from everyone together. */
        @WithDefault("120")
        int campaignBurst();

        /** Refill of a campaign's bucket per minute. */
        @WithDefault("60")
        double campaignPerMinute();
    }

    /** Thresholds of the quality flags. */
    interface Flags {

        /** BURST: this many single submissions from one client to one campaign within {@link #burstWindow()}. */
        @WithDefault("5")
        int burstCount();

        /** The window of {@link #burstCount()}. */
        @WithDefault("PT10M")
        Duration burstWindow();

        /** IDENTICAL_RUN: this many consecutive responses of a campaign with the same answers. */
        @WithDefault("3")
        int identicalRun();

        /** STRAIGHT_LINING needs at least this many answered items, all with the same value. */
        @WithDefault("5")
        int straightLiningItems();

        /** A unit whose flagged and excluded share of responses exceeds this is marked in results and rankings. */
        @WithDefault("0.2")
        double qualityThreshold();

        /** How often the flag sweep re-evaluates recent responses ({@code off} disables it). */
        @WithDefault("1m")
        String sweepEvery();
    }
}
