package id.rapor.platform.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends due deliveries. A round locks (FOR UPDATE SKIP LOCKED) the oldest pending delivery of each subscription and
 * aggregate whose turn has come, posts them concurrently, and records each outcome in the same transaction: so two
 * instances never send the same delivery at once, and a later event of an aggregate waits until the earlier one was
 * acknowledged. Any failure (no connection, no answer in time, any status outside 2xx, redirects included) counts:
 * the delivery is retried with exponential backoff, never dropped; the subscription is paused after too many
 * consecutive failures and its deliveries wait until it is resumed.
 */
@ApplicationScoped
public class WebhookSender {

    /** The head of each (subscription, aggregate) queue that is due, oldest first, locked for this round. */
    private static final String DUE_HEADS = "select d.id from webhook_delivery d"
            + " join webhook_subscription s on s.id = d.subscription_id"
            + " where d.status = 'PENDING' and s.status = 'ACTIVE'"
            + " and d.next_attempt_at <= now() and (s.retry_at is null or s.retry_at <= now())"
            + " and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id"
            + "   and e.aggregate_id = d.aggregate_id and e.status = 'PENDING' and e.sequence < d.sequence)"
            + " order by d.sequence limit ?1 for update of d skip locked";

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookUrls urls;

    private volatile HttpClient client;
    private volatile ExecutorService executor;

    /** One round; returns the number of deliveries attempted. */
    public int sendOnce() {
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery(DUE_HEADS)
                    .setParameter(1, config.batchSize())
                    .getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            List<WebhookDelivery> deliveries = em.createQuery(
                            "from WebhookDelivery where id in :ids order by sequence", WebhookDelivery.class)
                    .setParameter("ids", ids)
                    .getResultList();
            Map<UUID, Target> targets = targets(deliveries);
            long timestamp = Instant.now().getEpochSecond();
            List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>(deliveries.size());
            List<String> refused = new ArrayList<>(deliveries.size());
            for (WebhookDelivery delivery : deliveries) {
                Target target = targets.get(delivery.subscriptionId);
                String refusal = urls.refusal(target.url);
                refused.add(refusal);
                calls.add(refusal != null ? null : post(target, delivery, timestamp));
            }
            Instant now = Instant.now();
            Map<UUID, List<Outcome>> bySubscription = new TreeMap<>();
            for (int i = 0; i < deliveries.size(); i++) {
                WebhookDelivery delivery = deliveries.get(i);
                Outcome outcome = refused.get(i) != null ? new Outcome(null, refused.get(i)) : await(calls.get(i));
                record(delivery, outcome, now);
                bySubscription
                        .computeIfAbsent(delivery.subscriptionId, k -> new ArrayList<>())
                        .add(outcome);
            }
            em.flush();
            // subscriptions locked in id order, after the deliveries: the API locks in the same order
            bySubscription.forEach((id, outcomes) -> updateSubscription(id, outcomes, now));
            return deliveries.size();
        });
    }

    private CompletableFuture<HttpResponse<Void>> post(Target target, WebhookDelivery delivery, long timestamp) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Rapor-Webhooks/1")
                .header(WebhookSignature.ID_HEADER, delivery.id.toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(
                        WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(target.secret, delivery.id.toString(), timestamp, delivery.payload))
                .header("Rapor-Event-Type", delivery.eventType)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                .build();
        try {
            return client().sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Outcome await(CompletableFuture<HttpResponse<Void>> call) {
        long waitMillis = config.requestTimeout().plus(config.connectTimeout()).toMillis() + 1000;
        try {
            HttpResponse<Void> response = call.get(waitMillis, TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? new Outcome(status, null)
                    : new Outcome(status, "HTTP " + status + " from the receiver");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Outcome(null, "no answer within " + waitMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while waiting for the receiver");
        }
    }

    private void record(WebhookDelivery delivery, Outcome outcome, Instant now) {
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatusCode = outcome.status;
        if (outcome.ok()) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
        } else {
            delivery.lastError = truncate(outcome.error);
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
    }

    private void updateSubscription(UUID id, List<Outcome> outcomes, Instant now) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            return;
        }
        Outcome last = null;
        for (Outcome outcome : outcomes) {
            subscription.consecutiveFailures = outcome.ok() ? 0 : subscription.consecutiveFailures + 1;
            last = outcome;
        }
        if (last.ok()) {
            subscription.retryAt = null;
        } else {
            subscription.retryAt = now.plus(backoff(subscription.consecutiveFailures));
            int pauseAfter = subscription.pauseAfterFailures != null
                    ? subscription.pauseAfterFailures
                    : config.pauseAfterFailures();
            if (subscription.consecutiveFailures >= pauseAfter
                    && WebhookSubscription.ACTIVE.equals(subscription.status)) {
                subscription.status = WebhookSubscription.PAUSED;
                subscription.pausedReason = truncate("paused after " + subscription.consecutiveFailures
                        + " consecutive failed deliveries; last: " + last.error);
                subscription.updatedAt = now;
            }
        }
    }

    /** initial × 2^(attempt−1), at most the configured maximum. */
    Duration backoff(int attempt) {
        Duration max = config.maxBackoff();
        Duration delay = config.initialBackoff();
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private Map<UUID, Target> targets(List<WebhookDelivery> deliveries) {
        List<UUID> ids = deliveries.stream()
                .map(d -> d.subscriptionId)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, url, secret from webhook_subscription where id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Target> targets = new LinkedHashMap<>();
        for (Object[] row : rows) {
            targets.put((UUID) row[0], new Target((String) row[1], (String) row[2]));
        }
        return targets;
    }

    private int timeoutSeconds() {
        return (int) config.requestTimeout().plus(config.connectTimeout()).toSeconds() + 60;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    executor = Executors.newFixedThreadPool(2, r -> {
                        Thread t = new Thread(r, "webhook-sender");
                        t.setDaemon(true);
                        return t;
                    });
                    client = HttpClient.newBuilder()
                            .connectTimeout(config.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1)
                            .executor(executor)
                            .build();
                }
                c = client;
            }
        }
        return c;
    }

    void onStop(@Observes ShutdownEvent event) {
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private record Target(String url, String secret) {}

    private record Outcome(Integer status, String error) {
        boolean ok() {
            return error == null;
        }
    }
}
