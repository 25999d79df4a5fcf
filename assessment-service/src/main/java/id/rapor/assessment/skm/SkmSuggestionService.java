package id.rapor.assessment.skm;

import id.rapor.assessment.assessment.Assessment;
import id.rapor.assessment.assessment.AssessmentDtos.AnswerItem;
import id.rapor.assessment.assessment.AssessmentDtos.EvidenceItem;
import id.rapor.assessment.assessment.AssessmentRepository;
import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.cycle.CycleService;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.instrument.InstrumentVersion;
import id.rapor.assessment.skm.SkmSuggestionDtos.DecisionRequest;
import id.rapor.assessment.skm.SkmSuggestionDtos.SuggestionView;
import id.rapor.assessment.skm.SkmSuggestionDtos.Suggestions;
import id.rapor.assessment.skm.SkmSuggestionRules.Suggestion;
import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * PEKPPP indicators on SKM filled from data, not typed in: for an assessment's year the unit's SKM facts (from the
 * survey service's events) suggest the answers of the indicators mapped in {@code skm_indicator_source}; the
 * operator accepts a suggestion or overrides it with a note, through the ordinary answer path (with the facts'
 * evidence links), and everyone who reads the assessment sees which answers the system suggested.
 */
@ApplicationScoped
public class SkmSuggestionService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    AssessmentService answers;

    @Inject
    CycleService cycles;

    @Inject
    InstrumentService instruments;

    @Inject
    SkmFactStore facts;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    private record Context(Assessment assessment, EvaluationCycle cycle, Map<String, String> sources) {}

    /** The suggestions of an assessment's SKM indicators, with decisions taken so far. */
    public Suggestions list(UUID assessmentId) {
        Context ctx = context(assessmentId);
        caller.requireRead(ctx.assessment().regionCode, ctx.assessment().unitId);
        Optional<SkmFollowUpSummarized> f = facts.find(ctx.assessment().unitId, ctx.cycle().year);
        Map<String, BigDecimal> answered = new HashMap<>();
        assessments.answers(assessmentId).forEach(a -> answered.put(a.indicatorCode, a.value));
        Map<String, Object[]> decisions = decisions(assessmentId);
        List<SuggestionView> items = new ArrayList<>();
        ctx.sources().forEach((code, fact) -> {
            Suggestion s = f.map(x -> SkmSuggestionRules.suggest(fact, x)).orElse(null);
            Object[] d = decisions.get(code);
            items.add(new SuggestionView(
                    code,
                    fact,
                    s == null ? null : s.value(),
                    s == null ? "no SKM facts from the survey service yet" : s.reason(),
                    s != null && s.confirmed(),
                    s == null ? List.of() : s.unconfirmed(),
                    f.map(SkmFollowUpSummarized::evidence).orElse(List.of()),
                    f.map(SkmFollowUpSummarized::version).orElse(0L),
                    answered.get(code),
                    d == null ? null : (String) d[0],
                    d == null ? null : (String) d[1],
                    d == null ? null : (String) d[2],
                    d == null ? null : instant(d[3])));
        });
        return new Suggestions(ctx.cycle().year, f.isPresent(), items);
    }

    /** Accepts the suggestion of one indicator, or overrides it with a value and a note, as the unit's answer. */
    @Transactional
    public Suggestions decide(UUID assessmentId, String indicatorCode, DecisionRequest request) {
        Context ctx = context(assessmentId);
        String fact = ctx.sources().get(indicatorCode);
        if (fact == null) {
            throw ProblemException.notFound("SKM indicator of the assessment's instrument", indicatorCode);
        }
        String decision = request.decision().trim().toLowerCase(Locale.ROOT);
        SkmFollowUpSummarized f = facts.find(ctx.assessment().unitId, ctx.cycle().year)
                .orElseThrow(() -> ProblemException.businessRule(
                        "decision", "no SKM facts of the unit for " + ctx.cycle().year + " have arrived yet"));
        Suggestion s = SkmSuggestionRules.suggest(fact, f);
        BigDecimal value;
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        switch (decision) {
            case "accept" -> {
                if (s.value() == null) {
                    throw ProblemException.businessRule(
                            "decision", "the facts do not decide this indicator's level: override with a value");
                }
                value = s.value();
            }
            case "override" -> {
                if (request.value() == null) {
                    throw ProblemException.badRequest("value", "is required to override");
                }
                if (note == null) {
                    throw ProblemException.badRequest("note", "is required to override");
                }
                value = request.value();
            }
            default -> throw ProblemException.badRequest("decision", "must be accept or override");
        }
        List<EvidenceItem> evidence = f.evidence().stream()
                .limit(20)
                .map(link -> new EvidenceItem("bukti", link, null, "SKM data of " + f.year() + " (Rapor survey)"))
                .toList();
        answers.answer(
                assessmentId,
                List.of(new AnswerItem(
                        indicatorCode,
                        value,
                        evidence,
                        (note == null ? "" : note + " — ") + "system suggestion: " + s.reason())));
        em.createNativeQuery("insert into skm_suggestion_decision (assessment_id, indicator_code, fact, "
                        + "suggested_value, value, decision, note, facts_version, decided_by, decided_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (assessment_id, indicator_code) "
                        + "do update set fact = excluded.fact, suggested_value = excluded.suggested_value, "
                        + "value = excluded.value, decision = excluded.decision, note = excluded.note, "
                        + "facts_version = excluded.facts_version, decided_by = excluded.decided_by, "
                        + "decided_at = excluded.decided_at")
                .setParameter(1, assessmentId)
                .setParameter(2, indicatorCode)
                .setParameter(3, fact)
                .setParameter(4, s.value())
                .setParameter(5, value)
                .setParameter(6, decision.equals("accept") ? "ACCEPTED" : "OVERRIDDEN")
                .setParameter(7, note)
                .setParameter(8, f.version())
                .setParameter(9, caller.name())
                .setParameter(10, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .executeUpdate();
        return list(assessmentId);
    }

    private Context context(UUID assessmentId) {
        Assessment a = assessments
                .findByIdOptional(assessmentId)
                .orElseThrow(() -> ProblemException.notFound("Assessment", assessmentId));
        EvaluationCycle cycle = cycles.byId(a.cycleId);
        InstrumentVersion version = instruments.byId(cycle.instrumentVersionId);
        var scoring = instruments.scoring(version);
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select indicator_code, fact from skm_indicator_source "
                        + "where instrument_code = ?1 order by indicator_code")
                .setParameter(1, version.code)
                .getResultList();
        for (Object[] row : rows) {
            if (scoring.indicator((String) row[0]).isPresent()) {
                sources.put((String) row[0], (String) row[1]);
            }
        }
        return new Context(a, cycle, sources);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private Map<String, Object[]> decisions(UUID assessmentId) {
        Map<String, Object[]> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select indicator_code, decision, note, decided_by, decided_at "
                        + "from skm_suggestion_decision where assessment_id = ?1")
                .setParameter(1, assessmentId)
                .getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], new Object[] {r[1], r[2], r[3], r[4]});
        }
        return out;
    }
}
