package id.rapor.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/** Reads and writes events as JSON; the {@code type} field selects the record class. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // totals and values are exact decimals: never through a double, and 78.00 stays 78.00
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final Map<String, Class<? extends RaporEvent>> TYPES = Map.of(
            UnitChanged.TYPE, UnitChanged.class,
            AssessmentScored.SUBMITTED, AssessmentScored.class,
            AssessmentScored.VERIFIED, AssessmentScored.class,
            AssessmentScored.REOPENED, AssessmentScored.class,
            SurveyTallyChanged.TYPE, SurveyTallyChanged.class,
            SkmFollowUpSummarized.TYPE, SkmFollowUpSummarized.class,
            ResultPublished.TYPE, ResultPublished.class,
            RankingChanged.TYPE, RankingChanged.class);

    private EventCodec() {}

    /** Serialises an event to JSON. */
    public static String write(RaporEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised: " + event.type(), e);
        }
    }

    /**
     * Parses an event; throws {@link MalformedEventException} when the JSON is not a known, complete event.
     */
    public static RaporEvent read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String type = node.path("type").asText(null);
        Class<? extends RaporEvent> clazz = type == null ? null : TYPES.get(type);
        if (clazz == null) {
            throw new MalformedEventException("unknown event type: " + type);
        }
        RaporEvent event;
        try {
            event = MAPPER.treeToValue(node, clazz);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("invalid " + type + ": " + e.getMessage());
        }
        try {
            if (event.eventId() == null || event.aggregateId() == null) {
                throw new MalformedEventException(type + " without eventId");
            }
        } catch (NullPointerException e) {
            throw new MalformedEventException(type + " without aggregate id");
        }
        return event;
    }

    /** Raised for a message that cannot be read as an event; consumers dead-letter it. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
