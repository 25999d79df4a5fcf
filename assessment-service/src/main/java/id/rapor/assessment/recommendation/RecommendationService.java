package id.rapor.assessment.recommendation;

import id.rapor.assessment.assessment.Assessment;
import id.rapor.assessment.assessment.AssessmentRepository;
import id.rapor.assessment.audit.AuditTrail;
import id.rapor.assessment.cycle.CycleService;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.recommendation.RecommendationDtos.FollowUpRequest;
import id.rapor.assessment.recommendation.RecommendationDtos.RecommendationRequest;
import id.rapor.assessment.recommendation.RecommendationDtos.RecommendationView;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recommendations on assessments: evaluators of the unit's region (and admins) write them per indicator; the unit's
 * operator answers each with its follow-up and evidence, moving it belum → proses → selesai. Audited in the
 * assessment's trail.
 */
@ApplicationScoped
public class RecommendationService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    CycleService cycles;

    @Inject
    InstrumentService instruments;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** Writes a recommendation on an indicator of the assessment's instrument. */
    @Transactional
    public RecommendationView write(UUID assessmentId, RecommendationRequest request) {
        Assessment a = assessment(assessmentId);
        if (!caller.canManage(a.regionCode)) {
            throw ProblemException.forbidden(
                    "Only an evaluator of the unit's region or an admin writes recommendations");
        }
        EvaluationCycle cycle = cycles.byId(a.cycleId);
        String code = request.indicatorCode().trim();
        if (instruments
                .scoring(instruments.byId(cycle.instrumentVersionId))
                .indicator(code)
                .isEmpty()) {
            throw ProblemException.badRequest("indicatorCode", "is not an indicator of the cycle's instrument");
        }
        Recommendation r = new Recommendation();
        r.id = UUID.randomUUID();
        r.assessmentId = a.id;
        r.cycleId = a.cycleId;
        r.unitId = a.unitId;
        r.regionCode = a.regionCode;
        r.indicatorCode = code;
        r.text = request.text().trim();
        r.writtenBy = caller.name();
        r.writtenAt = Instant.now();
        r.status = FollowUpStatus.BELUM.name();
        r.version = 1;
        r.persist();
        audit.record(a.id, "RECOMMENDED", Map.of("recommendation", r.id, "indicator", code));
        return RecommendationView.of(r);
    }

    /** The recommendations of an assessment, oldest first. */
    public List<RecommendationView> list(UUID assessmentId) {
        Assessment a = assessment(assessmentId);
        caller.requireRead(a.regionCode, a.unitId);
        return Recommendation.<Recommendation>list("assessmentId = ?1 order by writtenAt, id", assessmentId).stream()
                .map(RecommendationView::of)
                .toList();
    }

    /**
     * The unit's answer to a recommendation: follow-up text, evidence, and the status (the same or the next step;
     * selesai needs evidence). For the unit's operator, evaluators of its region and admins.
     */
    @Transactional
    public RecommendationView answer(UUID id, FollowUpRequest request) {
        FollowUpStatus target = FollowUpStatus.parse(request.status(), "status");
        Recommendation r = Recommendation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("Recommendation", id);
        }
        if (!caller.ownsUnit(r.unitId) && !caller.canManage(r.regionCode)) {
            throw ProblemException.forbidden("Only the unit's operator, evaluators of its region or an admin answer");
        }
        if (request.expectedVersion() != null && request.expectedVersion() != r.version) {
            throw ProblemException.conflict("Recommendation " + id + " is at version " + r.version + ", not "
                    + request.expectedVersion() + ": read it again");
        }
        FollowUpStatus current = FollowUpStatus.valueOf(r.status);
        current.requireStepOrStay(target, "Recommendation " + id);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("recommendation", id);
        if (request.followUp() != null && !request.followUp().isBlank()) {
            r.followUp = request.followUp().trim();
            changes.put("followUp", r.followUp);
        }
        if (request.evidenceUrl() != null && !request.evidenceUrl().isBlank()) {
            r.evidenceUrl = request.evidenceUrl().trim();
            changes.put("evidenceUrl", r.evidenceUrl);
        }
        if (target == FollowUpStatus.SELESAI && r.evidenceUrl == null) {
            throw ProblemException.businessRule("evidenceUrl", "a recommendation is selesai only with evidence");
        }
        Instant now = Instant.now();
        if (target != current) {
            changes.put("status", current.text() + " -> " + target.text());
            r.status = target.name();
            if (target == FollowUpStatus.SELESAI) {
                r.doneAt = now;
            }
        }
        r.answeredBy = caller.name();
        r.answeredAt = now;
        r.version++;
        audit.record(r.assessmentId, "RECOMMENDATION_ANSWERED", changes);
        return RecommendationView.of(r);
    }

    private Assessment assessment(UUID id) {
        return assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
    }
}
