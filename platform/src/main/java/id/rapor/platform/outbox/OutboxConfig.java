package id.rapor.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "rapor.outbox")
public interface OutboxConfig {

    /** Whether this instance relays the outbox at all. */
    @WithDefault("true")
    boolean enabled();

    /** Whether commits wake the relay (LISTEN/NOTIFY on a connection of its own); the poll runs either way. */
    @WithDefault("true")
    boolean listen();

    /** Most messages published per relay round. */
    @WithDefault("500")
    int batchSize();

    /** How long to wait for the broker to acknowledge one round before giving up and retrying later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Longest pause between retries while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long relayed messages stay in the table before they are purged. */
    @WithDefault("7d")
    Duration retention();

    /** Partitions of the topics this service creates when they are missing. */
    @WithDefault("3")
    int topicPartitions();

    /** Replication factor of the topics this service creates when they are missing. */
    @WithDefault("1")
    short topicReplicationFactor();
}
