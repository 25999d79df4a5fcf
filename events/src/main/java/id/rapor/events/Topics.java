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

    /** Survey responses accepted (per written batch) and voided, published by the survey service for integrators. */
    public static final String SURVEY_RESPONSES = "rapor.survey-responses.v1";

    /** Rankings whose units' index, zone or rank changed, published by the ranking service for integrators. */
    public static final String RANKINGS = "rapor.rankings.v1";

    /** Result snapshots published (survey results, assessment results, rankings), for integrators. */
    public static final String PUBLICATIONS = "rapor.publications.v1";

    /** Events a consumer could not process, with the reason in the headers. */
    public static final String DEAD_LETTER = "rapor.dead-letter.v1";

    /** Every topic the ranking projection is built from, in the order a full replay reads them. */
    public static final List<String> ALL = List.of(UNITS, ASSESSMENTS, SURVEY_TALLIES);

    /** Topics of facts one service hands another outside the ranking projection. */
    public static final List<String> FACTS = List.of(SKM_FOLLOW_UP);

    /** Topics only integrators read (nothing is rebuilt from them). */
    public static final List<String> NOTIFICATIONS = List.of(SURVEY_RESPONSES, RANKINGS, PUBLICATIONS);

    private Topics() {}
}
