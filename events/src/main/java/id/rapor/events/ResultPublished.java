package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A result snapshot was published: survey result, assessment result or ranking ({@code kind}) of {@code subject} in
 * {@code period}, as {@code version} with content hash {@code contentHash}. Readers see it from {@code embargoUntil}
 * (null: at once); {@code supersedes} names the version it corrects, if any. The content itself is read from the
 * publishing service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultPublished(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID publicationId,
        String kind,
        String subject,
        String period,
        int version,
        String contentHash,
        Instant embargoUntil,
        UUID supersedes)
        implements RaporEvent {

    public static final String TYPE = "ResultPublished";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return publicationId.toString();
    }

    @Override
    public String topic() {
        return Topics.PUBLICATIONS;
    }
}
