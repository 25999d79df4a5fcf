package id.rapor.platform.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of outbound webhooks (env {@code RAPOR_WEBHOOKS_*}). */
@ConfigMapping(prefix = "rapor.webhooks")
public interface WebhookConfig {

    /** Whether this instance routes the outbox to subscriptions and sends deliveries. */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance routes and sends (the scheduler reads the key itself). */
    @WithDefault("0.5s")
    Duration pollInterval();

    /** Most outbox rows routed, or deliveries sent at once, per round. */
    @WithDefault("50")
    int batchSize();

    /** Longest wait for a receiver to accept the connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest wait for a receiver's response; no answer in time is a failed attempt. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Pause before the first retry; each further failure doubles it. */
    @WithDefault("5s")
    Duration initialBackoff();

    /** Longest pause between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Consecutive failed attempts after which a subscription is paused (until resumed over the API). */
    @WithDefault("25")
    int pauseAfterFailures();

    /**
     * Hosts a subscription may name (exact names, or {@code .example.go.id} for a domain and its subdomains).
     * Unset: any host. Set it in production (see the README on server-side request forgery).
     */
    Optional<List<String>> allowedHosts();

    /** How long delivered deliveries stay in the log before they are purged. */
    @WithDefault("30d")
    Duration retention();
}
