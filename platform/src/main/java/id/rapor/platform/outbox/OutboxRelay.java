package id.rapor.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes the outbox to Kafka in id order, at least once: a round sends a batch, waits for the broker's
 * acknowledgements and marks the acknowledged rows sent in the same transaction. While the broker is
 * unreachable rows simply wait and rounds back off; a PostgreSQL advisory lock keeps one relay active per
 * database, so several instances of a service never reorder events. Consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Advisory lock key shared by all instances relaying the same database. */
    private static final long RELAY_LOCK = 0x52415030_0001L;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    TopicsInitializer topics;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile KafkaProducer<String, String> producer;
    private final AtomicLong pending = new AtomicLong();
    private volatile int consecutiveFailures;
    private volatile long nextAttemptAtMillis;

    /** One scheduled round: relays batches until the outbox is drained or a send fails. */
    @Scheduled(
            every = "${rapor.outbox.poll-interval:0.2s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled() || System.currentTimeMillis() < nextAttemptAtMillis) {
            return;
        }
        try {
            topics.ensureTopics();
            Round round;
            do {
                round = relayOnce();
            } while (round.failure == null && round.sent == config.batchSize());
            if (round.failure != null) {
                backOff(round.failure);
            } else {
                if (consecutiveFailures > 0) {
                    Log.infof("outbox relay recovered after %d failed rounds", consecutiveFailures);
                }
                consecutiveFailures = 0;
            }
        } catch (RuntimeException e) {
            backOff(e.getMessage());
        }
    }

    /** Publishes one batch and marks what the broker acknowledged; returns how it went. */
    Round relayOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Round(0, null);
            }
            List<OutboxMessage> batch = em.createQuery(
                            "from OutboxMessage where sentAt is null order by id", OutboxMessage.class)
                    .setMaxResults(config.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                pending.set(0);
                return new Round(0, null);
            }
            KafkaProducer<String, String> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxMessage message : batch) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(message.topic, message.messageKey, message.payload);
                record.headers().add("eventId", message.eventId.toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("type", message.eventType.getBytes(StandardCharsets.UTF_8));
                acks.add(kafka.send(record));
            }
            kafka.flush();
            Instant now = Instant.now();
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            int sent = 0;
            String failure = null;
            for (int i = 0; i < batch.size(); i++) {
                OutboxMessage message = batch.get(i);
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    message.sentAt = now;
                    sent++;
                } catch (Exception e) {
                    // Stop at the first unacknowledged row: the rest are retried in order next round.
                    failure = e.getCause() != null ? e.getCause().getMessage() : String.valueOf(e);
                    message.attempts++;
                    message.lastError = failure;
                    break;
                }
            }
            pending.set(countPending() - sent);
            return new Round(sent, failure);
        });
    }

    /** Deletes relayed messages older than the retention, once the webhook router has seen them. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant cutoff = Instant.now().minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("delete from OutboxMessage where sentAt is not null and sentAt < :cutoff"
                                + " and routedAt is not null")
                        .setParameter("cutoff", cutoff)
                        .executeUpdate());
        if (deleted > 0) {
            Log.infof("purged %d relayed outbox messages", deleted);
        }
    }

    private long countPending() {
        return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null", Long.class)
                .getSingleResult();
    }

    private void backOff(String reason) {
        consecutiveFailures++;
        long delay = Math.min(config.maxBackoff().toMillis(), 200L << Math.min(consecutiveFailures, 10));
        nextAttemptAtMillis = System.currentTimeMillis() + delay;
        if (consecutiveFailures == 1 || consecutiveFailures % 20 == 0) {
            Log.warnf(
                    "outbox relay cannot publish (%d failed rounds, retrying in %d ms): %s",
                    consecutiveFailures, delay, reason);
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "9000");
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "rapor-outbox-relay");
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                    registry.gauge("rapor.outbox.pending", pending);
                }
                p = producer;
            }
        }
        return p;
    }

    void onStop(@Observes ShutdownEvent event) {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** The outcome of one round: rows acknowledged and, when the round stopped early, why. */
    record Round(int sent, String failure) {}
}
