package id.rapor.ranking.rebuild;

import id.rapor.events.Topics;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.messaging.IdempotentConsumer.PoisonEventException;
import id.rapor.platform.outbox.TopicsInitializer;
import id.rapor.ranking.messaging.ProjectionGate;
import id.rapor.ranking.messaging.ProjectionHandlers;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drops the projection and replays every topic from the beginning through the same handlers as the live
 * consumers. While it runs the live consumers of every instance wait, and a rebuild asked of another instance waits
 * its turn (a PostgreSQL advisory lock, see {@link ProjectionGate}); the replay reads up to the end
 * offsets taken at its start, with a fresh processed-event scope. Afterwards the live consumers carry on from
 * their own offsets: records the replay already applied are skipped by the processed-event log, later ones are
 * applied once, so nothing is lost or counted twice.
 */
@ApplicationScoped
public class RebuildService {

    /** Gives up when the broker returns nothing for this long while records are still expected. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    @Inject
    ProjectionGate gate;

    @Inject
    ProjectionHandlers handlers;

    @Inject
    TopicsInitializer topics;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** What a rebuild did. */
    public record RebuildReport(
            long recordsRead,
            long applied,
            long duplicates,
            long poison,
            Map<String, Long> recordsPerTopic,
            long durationMillis) {}

    /** Rebuilds the projection from the topics; blocks until done. */
    public RebuildReport rebuild() {
        return gate.exclusive(this::replay);
    }

    private RebuildReport replay() {
        long started = System.nanoTime();
        try {
            topics.ensureTopics();
        } catch (IllegalStateException e) {
            throw new ProblemException(
                    503, "unavailable", "Broker unavailable", "Kafka cannot be reached: " + e.getMessage(), null);
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.ALL) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            consumer.seekToBeginning(partitions);

            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("truncate unit_result_item, unit_result, survey_tally, assessment_fact, "
                                + "unit_projection")
                        .executeUpdate();
                em.createNativeQuery("delete from processed_event where consumer in (?1, ?2, ?3)")
                        .setParameter(1, ProjectionHandlers.CONSUMERS.get(0))
                        .setParameter(2, ProjectionHandlers.CONSUMERS.get(1))
                        .setParameter(3, ProjectionHandlers.CONSUMERS.get(2))
                        .executeUpdate();
            });

            long read = 0;
            long applied = 0;
            long duplicates = 0;
            long poison = 0;
            Map<String, Long> perTopic = new LinkedHashMap<>();
            Topics.ALL.forEach(t -> perTopic.put(t, 0L));
            long lastProgress = System.nanoTime();
            while (!caughtUp(consumer, end)) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                        throw new ProblemException(
                                503,
                                "unavailable",
                                "Broker unavailable",
                                "the replay stalled; the projection is incomplete, run the rebuild again",
                                null);
                    }
                    continue;
                }
                lastProgress = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.getOrDefault(tp, 0L)) {
                        continue;
                    }
                    read++;
                    perTopic.merge(record.topic(), 1L, Long::sum);
                    try {
                        if (handlers.replay(record.topic(), record.value())) {
                            applied++;
                        } else {
                            duplicates++;
                        }
                    } catch (PoisonEventException e) {
                        // the live consumer has already dead-lettered it
                        poison++;
                    }
                }
            }
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            Log.infof(
                    "projection rebuilt: %d records, %d applied, %d duplicates, %d poison in %d ms",
                    read, applied, duplicates, poison, millis);
            return new RebuildReport(read, applied, duplicates, poison, perTopic, millis);
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
