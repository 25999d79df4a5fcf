package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assessment of a unit in an evaluation cycle changed state with its scores: {@code type} is one of
 * {@link #SUBMITTED}, {@link #VERIFIED} or {@link #REOPENED}. {@code version} is the assessment's own
 * version and increases with every change, so consumers can ignore stale or duplicate deliveries. {@code total}
 * is exact; {@code value} is what the instrument's one grading rule publishes and grades.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentScored(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID assessmentId,
        long version,
        UUID cycleId,
        int year,
        String period,
        UUID unitId,
        String regionCode,
        String instrumentCode,
        int instrumentVersion,
        /** Index the instrument feeds: {@code IPP}, {@code KEPATUHAN}, {@code OPINI_OMBUDSMAN}, ... */
        String indexCode,
        /** Tier whose scores are reported: {@code MANDIRI}, {@code KABKOTA}, {@code PROVINSI}, {@code NASIONAL}. */
        String tier,
        BigDecimal total,
        BigDecimal scaleMax,
        List<AspectScore> aspects,
        /** The band of {@code value} under {@code scale} (schema 2: of the rounded value). */
        String bandCode,
        String bandLabel,
        String zone,
        /** Schema 2: {@code total} rounded half-up to {@code scale.decimals}; the value that is graded and shown. */
        BigDecimal value,
        /** Schema 2: the instrument version's grading (decimals and band table), for consumers to show and roll up. */
        GradeScale scale,
        /** Schema 2: whether the instrument's weights, texts and bands are confirmed, and if not, which are not. */
        Basis basis)
        implements RaporEvent {

    public static final String SUBMITTED = "AssessmentSubmitted";
    public static final String VERIFIED = "AssessmentVerified";
    public static final String REOPENED = "AssessmentReopened";
    /** 2: adds {@code value}, {@code scale} and {@code basis}; the band is that of the rounded value. */
    public static final int SCHEMA_VERSION = 2;

    /** One aspect's weight (a fraction of 1) and weighted score on the instrument's scale. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AspectScore(String code, String name, BigDecimal weight, BigDecimal score) {}

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }

    @Override
    public String topic() {
        return Topics.ASSESSMENTS;
    }
}
