package id.rapor.events;

import java.time.Instant;
import java.util.UUID;

/** Common header of every event Rapor publishes: identity, type, schema version, time and aggregate. */
public interface RaporEvent {

    /** Unique id of this event; consumers deduplicate on it. */
    UUID eventId();

    /** The event type name, a past fact such as {@code UnitChanged}. */
    String type();

    /** Version of this type's schema; bumped on incompatible changes. */
    int schemaVersion();

    /** When the fact happened (the producing transaction's time). */
    Instant occurredAt();

    /** Id of the aggregate the event is about; also the Kafka record key. */
    String aggregateId();

    /** The topic this event is published on (one topic per aggregate type). */
    String topic();
}
