package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Responses of a survey campaign were accepted ({@link #ACCEPTED}: one event per written batch, listing the client
 * response ids, split into {@code parts} when the batch is large) or voided ({@link #VOIDED}: one event per void).
 * {@code flaggedIds} are the accepted ones held out of the tally until an evaluator reviews them. The ids are the
 * campaign's {@code clientResponseId}s within {@code namespace}; a consumer reads the rows from the response feed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyResponsesChanged(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID campaignId,
        UUID unitId,
        String period,
        /** {@code WEB}, {@code BATCH} or {@code CSV}; null for a void. */
        String channel,
        String namespace,
        /** The paper batch's reference for CSV imports, if given. */
        String batchReference,
        List<String> responseIds,
        List<String> flaggedIds,
        /** A void's reason; null for accepted responses. */
        String reason,
        /** This event's part of its batch, from 1, and the number of parts. */
        int part,
        int parts)
        implements RaporEvent {

    public static final String ACCEPTED = "SurveyResponsesAccepted";
    public static final String VOIDED = "SurveyResponsesVoided";
    public static final int SCHEMA_VERSION = 1;

    /** Most response ids one event lists; a larger batch is split into several events. */
    public static final int MAX_IDS = 5_000;

    @Override
    public String aggregateId() {
        return campaignId.toString();
    }

    @Override
    public String topic() {
        return Topics.SURVEY_RESPONSES;
    }
}
