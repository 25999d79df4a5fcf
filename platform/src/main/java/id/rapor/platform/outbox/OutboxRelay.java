package id.rapor.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Publishes the outbox to Kafka in id order, at least once: a round sends a batch, waits for the broker's
 * acknowledgements and marks the acknowledged rows sent in the same transaction. Rounds start when a transaction
 * that appended to the outbox commits (LISTEN on the channel a trigger NOTIFYs) and, as a safety net, on a poll. While the broker is
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

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** The channel the outbox trigger notifies (V20_0_1__outbox_notify.sql). */
    private static final String CHANNEL = "rapor_outbox";

    private final ReentrantLock relaying = new ReentrantLock();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean listening;
    private volatile Thread listener;

    private volatile KafkaProducer<String, String> producer;
    private final AtomicLong pending = new AtomicLong();
    private volatile int consecutiveFailures;
    private volatile long nextAttemptAtMillis;

    /** The poll, for commits whose notification was missed (listener reconnecting, another instance's relay). */
    @Scheduled(
            every = "${rapor.outbox.poll-interval:0.2s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        wake();
    }

    /**
     * Relays now, or makes the round in progress go once more: a wake during a round is never lost (the round
     * re-checks after it releases the lock), and rounds of one instance never overlap.
     */
    void wake() {
        wanted.set(true);
        while (wanted.get() && relaying.tryLock()) {
            try {
                while (wanted.getAndSet(false)) {
                    relayUntilDrained();
                }
            } finally {
                relaying.unlock();
            }
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && config.listen()) {
            listening = true;
            listener = new Thread(this::listen, "outbox-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /**
     * Holds a connection of its own that LISTENs on the channel the outbox trigger notifies at commit, and relays
     * on every notification; reconnects after a failure.
     */
    private void listen() {
        while (listening) {
            try (Connection conn = new org.postgresql.Driver().connect(jdbcUrl, credentials())) {
                if (conn == null) {
                    throw new SQLException("not a PostgreSQL URL: " + jdbcUrl);
                }
                try (Statement st = conn.createStatement()) {
                    st.execute("listen " + CHANNEL);
                }
                PGConnection pg = conn.unwrap(PGConnection.class);
                wake();
                while (listening) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    Log.debugf("outbox listener reconnects: %s", e.getMessage());
                    LockSupport.parkNanos(java.time.Duration.ofSeconds(1).toNanos());
                }
            }
        }
    }

    private Properties credentials() {
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "rapor-outbox-listener");
        props.setProperty("tcpKeepAlive", "true");
        return props;
    }

    /** Relays batches until the outbox is drained or a send fails. */
    private void relayUntilDrained() {
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
        listening = false;
        Thread l = listener;
        if (l != null) {
            l.interrupt();
        }
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** The outcome of one round: rows acknowledged and, when the round stopped early, why. */
    record Round(int sent, String failure) {}
}
