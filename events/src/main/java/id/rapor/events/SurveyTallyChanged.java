package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The running tally of a survey campaign changed: the sufficient statistics (respondent count and per item
 * sums and counts) from which IKM can be computed at any roll-up level. {@code tallyVersion} increases
 * monotonically per campaign; a consumer keeps the highest version it has seen. {@code respondents} and the item
 * sums count only responses that passed the quality checks or were accepted on review; {@code flagged} responses
 * wait for an evaluator's review and {@code excluded} ones were refused (both null in events from before they
 * existed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyTallyChanged(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID campaignId,
        long tallyVersion,
        UUID unitId,
        String period,
        String questionnaireCode,
        int questionnaireVersion,
        /** The regulation the questionnaire's bands come from, e.g. {@code PERMENPANRB_14_2017}. */
        String regulation,
        /** {@code OPEN} or {@code CLOSED}. */
        String campaignStatus,
        Long population,
        long respondents,
        List<ItemTally> items,
        /** Schema 2: the questionnaire's grading of IKM on 25–100 (decimals and band table). */
        GradeScale scale,
        /** Schema 2: whether the questionnaire's items, weights and bands are confirmed, and if not, why. */
        Basis basis,
        /** Responses held out of the tally until reviewed. */
        Long flagged,
        /** Responses excluded on review. */
        Long excluded,
        /**
         * Schema 3: the counted respondents' score moments (count, Σ score, Σ score², each score the respondent's
         * weighted mean answer), from which the index's interval is computed; null in earlier events.
         */
        ScoreTally scores)
        implements RaporEvent {

    public static final String TYPE = "SurveyTallyChanged";
    /** 2: adds {@code scale} and {@code basis}; 3: adds {@code scores}. */
    public static final int SCHEMA_VERSION = 3;

    /** A schema 1 tally: no grading, no quality counts. */
    public SurveyTallyChanged(
            UUID eventId,
            String type,
            int schemaVersion,
            Instant occurredAt,
            UUID campaignId,
            long tallyVersion,
            UUID unitId,
            String period,
            String questionnaireCode,
            int questionnaireVersion,
            String regulation,
            String campaignStatus,
            Long population,
            long respondents,
            List<ItemTally> items) {
        this(
                eventId,
                type,
                schemaVersion,
                occurredAt,
                campaignId,
                tallyVersion,
                unitId,
                period,
                questionnaireCode,
                questionnaireVersion,
                regulation,
                campaignStatus,
                population,
                respondents,
                items,
                null,
                null,
                null,
                null,
                null);
    }

    /** A graded tally without quality counts (schema 2 as published before flagged and excluded existed). */
    public SurveyTallyChanged(
            UUID eventId,
            String type,
            int schemaVersion,
            Instant occurredAt,
            UUID campaignId,
            long tallyVersion,
            UUID unitId,
            String period,
            String questionnaireCode,
            int questionnaireVersion,
            String regulation,
            String campaignStatus,
            Long population,
            long respondents,
            List<ItemTally> items,
            GradeScale scale,
            Basis basis) {
        this(
                eventId,
                type,
                schemaVersion,
                occurredAt,
                campaignId,
                tallyVersion,
                unitId,
                period,
                questionnaireCode,
                questionnaireVersion,
                regulation,
                campaignStatus,
                population,
                respondents,
                items,
                scale,
                basis,
                null,
                null,
                null);
    }

    /** A graded tally with quality counts and no score moments (schema 2 as published before schema 3). */
    public SurveyTallyChanged(
            UUID eventId,
            String type,
            int schemaVersion,
            Instant occurredAt,
            UUID campaignId,
            long tallyVersion,
            UUID unitId,
            String period,
            String questionnaireCode,
            int questionnaireVersion,
            String regulation,
            String campaignStatus,
            Long population,
            long respondents,
            List<ItemTally> items,
            GradeScale scale,
            Basis basis,
            Long flagged,
            Long excluded) {
        this(
                eventId,
                type,
                schemaVersion,
                occurredAt,
                campaignId,
                tallyVersion,
                unitId,
                period,
                questionnaireCode,
                questionnaireVersion,
                regulation,
                campaignStatus,
                population,
                respondents,
                items,
                scale,
                basis,
                flagged,
                excluded,
                null);
    }

    /**
     * One item's statistics: {@code weight} as an exact fraction ({@code "1/9"}), the sum of the answer values
     * and the number of answers given; the scale runs from {@code scaleMin} to {@code scaleMax}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemTally(String code, String weight, long sum, long count, int scaleMin, int scaleMax) {}

    /**
     * The respondents' score moments: how many scores, their sum and the sum of their squares, the sums as exact
     * fractions ({@code "1327/9"}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoreTally(long count, String sum, String sumOfSquares) {}

    @Override
    public String aggregateId() {
        return campaignId.toString();
    }

    @Override
    public String topic() {
        return Topics.SURVEY_TALLIES;
    }
}
