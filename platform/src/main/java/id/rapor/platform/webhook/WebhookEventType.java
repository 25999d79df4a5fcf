package id.rapor.platform.webhook;

import id.rapor.events.AssessmentScored;
import id.rapor.events.RankingChanged;
import id.rapor.events.SurveyResponsesChanged;
import id.rapor.events.SurveyTallyChanged;
import java.util.Arrays;
import java.util.Optional;

/**
 * The event types an integrator can subscribe to, each fed by one outbox event type. A type whose producer does not
 * exist yet has no outbox type and cannot be subscribed to.
 */
public enum WebhookEventType {
    SURVEY_RESPONSE_ACCEPTED("survey.response.accepted", SurveyResponsesChanged.ACCEPTED),
    SURVEY_RESPONSE_VOIDED("survey.response.voided", SurveyResponsesChanged.VOIDED),
    SURVEY_TALLY_CHANGED("survey.tally.changed", SurveyTallyChanged.TYPE),
    ASSESSMENT_VERIFIED("assessment.verified", AssessmentScored.VERIFIED),
    ASSESSMENT_REOPENED("assessment.reopened", AssessmentScored.REOPENED),
    RANKING_CHANGED("ranking.changed", RankingChanged.TYPE);

    /** The name integrators see and subscribe with. */
    public final String code;

    /** The outbox event type it is made from; null while nothing produces it. */
    public final String outboxType;

    WebhookEventType(String code, String outboxType) {
        this.code = code;
        this.outboxType = outboxType;
    }

    /** The webhook type made from an outbox event type, if any. */
    public static Optional<WebhookEventType> ofOutboxType(String outboxType) {
        return Arrays.stream(values())
                .filter(t -> t.outboxType != null && t.outboxType.equals(outboxType))
                .findFirst();
    }

    /** The type with this code, if any. */
    public static Optional<WebhookEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
