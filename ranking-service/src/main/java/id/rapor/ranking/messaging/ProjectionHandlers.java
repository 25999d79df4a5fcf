package id.rapor.ranking.messaging;

import id.rapor.events.AssessmentScored;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.platform.messaging.IdempotentConsumer;
import id.rapor.ranking.index.FactService;
import id.rapor.ranking.unit.UnitProjectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The one way an event reaches the projection, used alike by the live consumers and the rebuild. */
@ApplicationScoped
public class ProjectionHandlers {

    /** Processed-event scope of each topic's consumer. */
    public static final String UNITS = "ranking-units";

    public static final String ASSESSMENTS = "ranking-assessments";
    public static final String TALLIES = "ranking-tallies";
    public static final List<String> CONSUMERS = List.of(UNITS, ASSESSMENTS, TALLIES);

    @Inject
    IdempotentConsumer consumer;

    @Inject
    UnitProjectionService units;

    @Inject
    FactService facts;

    /**
     * Applies one record of {@code topic} at most once; returns whether it changed anything new. Throws
     * {@link IdempotentConsumer.PoisonEventException} for a record that can never be applied.
     */
    public boolean apply(String topic, String payload) {
        return switch (topic) {
            case Topics.UNITS -> consumer.handle(UNITS, payload, UnitChanged.class, units::apply);
            case Topics.ASSESSMENTS ->
                consumer.handle(ASSESSMENTS, payload, AssessmentScored.class, facts::applyAssessment);
            case Topics.SURVEY_TALLIES ->
                consumer.handle(TALLIES, payload, SurveyTallyChanged.class, facts::applyTally);
            default -> throw new IllegalArgumentException("not a projected topic: " + topic);
        };
    }
}
