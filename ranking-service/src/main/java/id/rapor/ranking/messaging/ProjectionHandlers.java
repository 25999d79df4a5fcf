package id.rapor.ranking.messaging;

import id.rapor.events.AssessmentScored;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.Topics;
import id.rapor.events.UnitChanged;
import id.rapor.platform.messaging.IdempotentConsumer;
import id.rapor.ranking.change.RankingChanges;
import id.rapor.ranking.index.FactService;
import id.rapor.ranking.unit.UnitProjectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

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

    @Inject
    RankingChanges changes;

    /**
     * Applies one live record of {@code topic} at most once and announces the rankings it moved (one {@code
     * RankingChanged} per ranking, in the same transaction); returns whether it changed anything new. Throws
     * {@link IdempotentConsumer.PoisonEventException} for a record that can never be applied.
     */
    public boolean apply(String topic, String payload) {
        return apply(topic, payload, true);
    }

    /** Applies one record during a rebuild, as {@link #apply}, announcing nothing: a rebuild reproduces the facts. */
    public boolean replay(String topic, String payload) {
        return apply(topic, payload, false);
    }

    private boolean apply(String topic, String payload, boolean announce) {
        return switch (topic) {
            case Topics.UNITS ->
                consumer.handle(UNITS, payload, UnitChanged.class, e -> run(announce, () -> units.apply(e)));
            case Topics.ASSESSMENTS ->
                consumer.handle(
                        ASSESSMENTS,
                        payload,
                        AssessmentScored.class,
                        e -> run(announce, () -> facts.applyAssessment(e)));
            case Topics.SURVEY_TALLIES ->
                consumer.handle(
                        TALLIES, payload, SurveyTallyChanged.class, e -> run(announce, () -> facts.applyTally(e)));
            default -> throw new IllegalArgumentException("not a projected topic: " + topic);
        };
    }

    private void run(boolean announce, Supplier<Boolean> effect) {
        if (announce) {
            changes.tracking(effect);
        } else {
            effect.get();
        }
    }
}
