package id.rapor.ranking.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.AssessmentScored.AspectScore;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.events.Period;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.events.SurveyTallyChanged.ScoreTally;
import id.rapor.ranking.change.RankingChanges;
import id.rapor.ranking.config.RankingConfig;
import id.rapor.ranking.definition.Definition;
import id.rapor.ranking.definition.Definitions;
import id.rapor.ranking.index.IndexCalculator.AssessmentInput;
import id.rapor.ranking.index.IndexCalculator.Computation;
import id.rapor.ranking.index.IndexCalculator.TallyInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code unit_result} equal to what the stored facts and the definitions in force give: every fact change
 * recomputes the unit's indices for that period from scratch, so the outcome never depends on event order.
 */
@ApplicationScoped
public class ResultService {

    private static final TypeReference<List<ItemTally>> ITEMS = new TypeReference<>() {};
    private static final TypeReference<List<AspectScore>> ASPECTS = new TypeReference<>() {};
    private static final TypeReference<GradeScale> SCALE = new TypeReference<>() {};
    private static final TypeReference<Basis> BASIS = new TypeReference<>() {};

    @Inject
    UnitResultRepository results;

    @Inject
    Definitions definitions;

    @Inject
    ObjectMapper json;

    @Inject
    RankingConfig config;

    @Inject
    RankingChanges changes;

    /** Serialises work on one unit across consumers and instances until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockUnit(UUID unitId) {
        results.lockUnit(unitId);
    }

    /**
     * Recomputes every index of one unit in one period and, for a part of a year (semester, quarter, month,
     * range), in the year it rolls up into: the year pools the tallies of every campaign inside it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(UUID unitId, Period period) {
        for (String code : definitions.codes()) {
            recomputeOne(unitId, period, code);
        }
        Period year = Period.year(period.year());
        if (period.kind() != Period.Kind.YEAR && year.contains(period)) {
            for (String code : definitions.codes()) {
                recomputeOne(unitId, year, code);
            }
        }
    }

    /**
     * Recomputes index {@code code} for every unit and period with facts whose period starts on or after
     * {@code from}; returns how many unit-periods were recomputed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeIndex(String code, LocalDate from) {
        int count = 0;
        Set<String> done = new HashSet<>();
        for (UnitResultRepository.UnitPeriod pair : results.unitPeriodsWithFacts()) {
            Optional<Period> parsed = Period.parse(pair.period());
            if (parsed.isEmpty()) {
                continue;
            }
            UUID unitId = pair.unitId();
            Period year = Period.year(parsed.get().year());
            for (Period period : year.contains(parsed.get()) ? List.of(parsed.get(), year) : List.of(parsed.get())) {
                if (!period.start().isBefore(from) && done.add(unitId + "/" + period.text())) {
                    lockUnit(unitId);
                    recomputeOne(unitId, period, code);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Recomputes index {@code code} for every unit with facts inside {@code period}, in that period only; returns how
     * many unit-periods were recomputed (a preview regrades one period this way).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeIndexIn(String code, Period period) {
        Set<UUID> done = new HashSet<>();
        for (UnitResultRepository.UnitPeriod pair : results.unitPeriodsWithFacts()) {
            boolean inside = Period.parse(pair.period()).map(period::contains).orElse(false);
            if (inside && done.add(pair.unitId())) {
                lockUnit(pair.unitId());
                recomputeOne(pair.unitId(), period, code);
            }
        }
        return done.size();
    }

    private void recomputeOne(UUID unitId, Period period, String code) {
        changes.beforeResult(unitId, code, period.text());
        results.delete(unitId, code, period);
        Optional<Definition> def = definitions.inForce(code, period);
        if (def.isEmpty()) {
            return;
        }
        Definition d = def.get();
        List<TallyInput> tallies = tallies(unitId, period);
        Optional<Computation> computed = switch (d.source()) {
            case SURVEY_TALLY ->
                IndexCalculator.survey(
                        d,
                        tallies.stream()
                                .filter(t -> !d.rules().excludedCodes().contains(t.questionnaireCode()))
                                .toList(),
                        config.precision().targetHalfWidth());
            case ASSESSMENT ->
                IndexCalculator.assessment(
                        d,
                        verified(unitId, period.text(), code),
                        d.rules().blend() == null
                                ? List.of()
                                : tallies.stream()
                                        .filter(t -> d.rules().blend().questionnaireCode() != null
                                                && d.rules()
                                                        .blend()
                                                        .questionnaireCode()
                                                        .equals(t.questionnaireCode()))
                                        .toList());
        };
        computed.ifPresent(c -> results.insert(unitId, period, d, c));
    }

    /** The latest tally of every campaign of the unit whose period lies inside {@code period}. */
    private List<TallyInput> tallies(UUID unitId, Period period) {
        return results.tallies(unitId).stream()
                .filter(t -> Period.parse(t.period).map(period::contains).orElse(false))
                .map(t -> new TallyInput(
                        t.campaignId,
                        t.tallyVersion,
                        t.eventId,
                        t.questionnaireCode,
                        t.questionnaireVersion,
                        t.regulation,
                        t.respondents,
                        read(t.items, ITEMS),
                        t.scale == null ? null : read(t.scale, SCALE),
                        t.basis == null ? null : read(t.basis, BASIS),
                        t.population,
                        t.scoreCount == null ? null : new ScoreTally(t.scoreCount, t.scoreSum, t.scoreSquareSum)))
                .toList();
    }

    private List<AssessmentInput> verified(UUID unitId, String period, String code) {
        return results.verifiedAssessments(unitId, period, code).stream()
                .map(a -> new AssessmentInput(
                        a.assessmentId,
                        a.version,
                        a.eventId,
                        a.eventType,
                        a.tier,
                        a.instrumentCode,
                        a.instrumentVersion,
                        a.total,
                        a.scaleMax,
                        a.aspects == null ? List.of() : read(a.aspects, ASPECTS),
                        a.bandCode,
                        a.occurredAt,
                        a.scale == null ? null : read(a.scale, SCALE),
                        a.basis == null ? null : read(a.basis, BASIS)))
                .toList();
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts are not valid JSON", e);
        }
    }
}
