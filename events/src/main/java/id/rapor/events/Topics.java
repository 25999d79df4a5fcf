package id.rapor.events;

import java.util.List;

/** Kafka topic names, one per aggregate type; records are keyed by aggregate id. */
public final class Topics {

    /** Service-unit register changes (full state), published by the assessment service. */
    public static final String UNITS = "rapor.units.v1";

    /** Assessment lifecycle with scores, published by the assessment service. */
    public static final String ASSESSMENTS = "rapor.assessments.v1";

    /** Survey campaign tallies (sufficient statistics), published by the survey service. */
    public static final String SURVEY_TALLIES = "rapor.survey-tallies.v1";

    /** SKM facts per unit and year (held, publication media, follow-up plans), published by the survey service. */
    public static final String SKM_FOLLOW_UP = "rapor.skm-followup.v1";

    /** Events a consumer could not process, with the reason in the headers. */
    public static final String DEAD_LETTER = "rapor.dead-letter.v1";

    /** Every topic the ranking projection is built from, in the order a full replay reads them. */
    public static final List<String> ALL = List.of(UNITS, ASSESSMENTS, SURVEY_TALLIES);

    /** Topics of facts one service hands another outside the ranking projection. */
    public static final List<String> FACTS = List.of(SKM_FOLLOW_UP);

    private Topics() {}
}
