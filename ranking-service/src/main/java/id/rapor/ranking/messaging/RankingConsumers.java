package id.rapor.ranking.messaging;

import id.rapor.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Live consumers of the three topics (group {@code ranking-service}). A record that cannot be applied fails
 * the message, and the channel's dead-letter strategy moves it to {@code rapor.dead-letter.v1} with the reason,
 * so the partition moves on.
 */
@ApplicationScoped
public class RankingConsumers {

    @Inject
    ProjectionHandlers handlers;

    @Inject
    ProjectionGate gate;

    @Incoming("units")
    @Blocking
    public void onUnit(String payload) {
        gate.shared(() -> handlers.apply(Topics.UNITS, payload));
    }

    @Incoming("assessments")
    @Blocking
    public void onAssessment(String payload) {
        gate.shared(() -> handlers.apply(Topics.ASSESSMENTS, payload));
    }

    @Incoming("survey-tallies")
    @Blocking
    public void onSurveyTally(String payload) {
        gate.shared(() -> handlers.apply(Topics.SURVEY_TALLIES, payload));
    }
}
