package id.rapor.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.assessment.AssessmentDtos.AnswerItem;
import id.rapor.assessment.assessment.AssessmentDtos.AnswerView;
import id.rapor.assessment.assessment.AssessmentDtos.AssessmentSummary;
import id.rapor.assessment.assessment.AssessmentDtos.AssessmentView;
import id.rapor.assessment.assessment.AssessmentDtos.EvidenceItem;
import id.rapor.assessment.assessment.AssessmentDtos.FieldVisitAdjustment;
import id.rapor.assessment.assessment.AssessmentDtos.FieldVisitMember;
import id.rapor.assessment.assessment.AssessmentDtos.FieldVisitRequest;
import id.rapor.assessment.assessment.AssessmentDtos.FieldVisitView;
import id.rapor.assessment.assessment.AssessmentDtos.ScoreItem;
import id.rapor.assessment.assessment.AssessmentDtos.ScoreView;
import id.rapor.assessment.assessment.AssessmentDtos.TierView;
import id.rapor.assessment.audit.AuditTrail;
import id.rapor.assessment.audit.AuditTrail.AuditView;
import id.rapor.assessment.cycle.CycleRepository;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.cycle.Phase;
import id.rapor.assessment.cycle.RuangLingkup;
import id.rapor.assessment.cycle.Tier;
import id.rapor.assessment.instrument.Answer;
import id.rapor.assessment.instrument.AnswerTypes;
import id.rapor.assessment.instrument.InstrumentDtos.EvidenceSlotDef;
import id.rapor.assessment.instrument.InstrumentDtos.IndicatorDef;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.instrument.InstrumentVersion;
import id.rapor.assessment.instrument.Scoring;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.events.AssessmentScored;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.outbox.OutboxWriter;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The assessment workflow: the unit's operator answers with evidence and submits (the MANDIRI tier); evaluators
 * score per tier, send back for revision and verify; the final tier's score is the result. Every change is
 * audited and every state change published through the outbox.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    CycleRepository cycles;

    @Inject
    InstrumentService instruments;

    @Inject
    AuditTrail audit;

    @Inject
    OutboxWriter outbox;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** The cycle, instrument version and scoring an assessment is evaluated under. */
    private record Context(Assessment assessment, EvaluationCycle cycle, InstrumentVersion version, Scoring scoring) {}

    /** Opens the assessment of a lokus unit in a cycle unless it exists; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EvaluationCycle cycle, ServiceUnit unit) {
        open(cycle, unit, null);
    }

    /**
     * Opens the assessment of a lokus unit with its service type (null: not given) unless it exists, whose service
     * type is then set when given; joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(EvaluationCycle cycle, ServiceUnit unit, RuangLingkup ruangLingkup) {
        Optional<Assessment> existing = assessments.findInCycle(cycle.id, unit.id);
        if (existing.isPresent()) {
            if (ruangLingkup != null) {
                existing.get().ruangLingkup = ruangLingkup;
            }
            return;
        }
        Instant now = Instant.now();
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.cycleId = cycle.id;
        a.unitId = unit.id;
        a.regionCode = unit.regionCode;
        a.status = AssessmentStatus.DRAFT;
        a.ruangLingkup = ruangLingkup;
        a.version = 1;
        a.createdAt = now;
        a.updatedAt = now;
        assessments.persist(a);
        audit.record(a.id, "OPENED", Map.of("cycleId", cycle.id, "unitId", unit.id));
    }

    /** Whether the unit is lokus of the cycle. */
    public boolean isLokus(UUID cycleId, UUID unitId) {
        return assessments.findInCycle(cycleId, unitId).isPresent();
    }

    /** The units the cycle evaluates (its lokus). */
    public List<UUID> lokusOf(UUID cycleId) {
        return assessments.find("cycleId", cycleId).list().stream()
                .map(a -> a.unitId)
                .toList();
    }

    /** The service types given for the cycle's lokus. */
    public Set<RuangLingkup> ruangLingkupOf(UUID cycleId) {
        return assessments.find("cycleId = ?1 and ruangLingkup is not null", cycleId).list().stream()
                .map(a -> a.ruangLingkup)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(RuangLingkup.class)));
    }

    /** How many units the cycle evaluates. */
    public long countInCycle(UUID cycleId) {
        return assessments.countInCycle(cycleId);
    }

    /** One assessment with its answers, scores and results, if the caller may read it. */
    public AssessmentView get(UUID id) {
        Assessment a = assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        caller.requireRead(a.regionCode, a.unitId);
        return view(context(a));
    }

    /**
     * Every assessment of a cycle with its results, in region then unit order, without a scope check: for the
     * cycle's own documents (the berita acara), whose caller has been checked against the cycle.
     */
    public List<AssessmentView> ofCycle(UUID cycleId) {
        return assessments
                .find("cycleId", io.quarkus.panache.common.Sort.by("regionCode").and("unitId"), cycleId)
                .list()
                .stream()
                .map(a -> view(context(a)))
                .toList();
    }

    /** Assessments the caller may read, filtered and paged. */
    public PageView<AssessmentSummary> list(
            UUID cycleId, UUID unitId, AssessmentStatus status, String region, int page, int size) {
        ReadScope readable = readScope(unitId, region);
        String scope = readable.region();
        UUID unit = readable.unitId();
        return new PageView<>(
                assessments.search(cycleId, unit, status, scope, page, size).stream()
                        .map(AssessmentSummary::of)
                        .toList(),
                page,
                size,
                assessments.countMatching(cycleId, unit, status, scope));
    }

    /** The unit and region a list or export of the caller is narrowed to (null: no narrowing). */
    public record ReadScope(UUID unitId, String region) {}

    /**
     * Narrows a requested unit and region to what the caller may read: an operator to its own unit, an evaluator to
     * its region (or a region inside it); 403 when the request lies outside. Admins and viewers keep the request.
     */
    public ReadScope readScope(UUID unitId, String region) {
        String scope = region;
        UUID unit = unitId;
        if (!caller.readsEverything()) {
            if (caller.isOperator()) {
                UUID own = caller.unit().orElseThrow(() -> ProblemException.forbidden("Token has no unit claim"));
                if (unitId != null && !unitId.equals(own)) {
                    throw ProblemException.forbidden("Unit " + unitId + " is not yours");
                }
                unit = own;
            } else {
                String own = caller.region().orElseThrow(() -> ProblemException.forbidden("Token has no region claim"));
                if (region == null || RegionCodes.within(own, region)) {
                    scope = own;
                } else if (!RegionCodes.within(region, own)) {
                    throw ProblemException.forbidden("Region " + region + " lies outside your scope");
                }
            }
        }
        return new ReadScope(unit, scope);
    }

    /** The audit trail of an assessment, if the caller may read it. */
    public List<AuditView> trail(UUID id) {
        Assessment a = assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        caller.requireRead(a.regionCode, a.unitId);
        return audit.of(id);
    }

    /** Records the operator's answers (the MANDIRI tier) with evidence; all are checked before any is written. */
    @Transactional
    public AssessmentView answer(UUID id, List<AnswerItem> items) {
        requireValueOrParts(
                "answers",
                items.stream().map(x -> new Answer(x.value(), x.parts())).toList());
        Context ctx = lockForOperator(id, "Answering");
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            AnswerItem item = items.get(i);
            String at = "answers[" + i + "]";
            IndicatorDef indicator =
                    checkValue(ctx.scoring(), at, item.indicatorCode(), new Answer(item.value(), item.parts()), errors);
            if (!seen.add(item.indicatorCode())) {
                errors.add(new Problem.FieldError(at + ".indicatorCode", "answered twice in this request"));
            }
            List<EvidenceItem> evidence = item.evidence() == null ? List.of() : item.evidence();
            for (int e = 0; e < evidence.size(); e++) {
                EvidenceItem ev = evidence.get(e);
                if (indicator != null
                        && slots(indicator).stream().noneMatch(s -> s.code().equals(ev.slot()))) {
                    errors.add(new Problem.FieldError(
                            at + ".evidence[" + e + "].slot",
                            "indicator " + indicator.code() + " has no evidence slot " + ev.slot()));
                }
                if (isBlank(ev.link()) && isBlank(ev.fileRef())) {
                    errors.add(new Problem.FieldError(at + ".evidence[" + e + "]", "needs a link or a fileRef"));
                }
            }
        }
        failIfAny(errors);
        Map<String, AssessmentAnswer> existing =
                assessments.answers(id).stream().collect(Collectors.toMap(x -> x.indicatorCode, x -> x));
        Instant now = Instant.now();
        for (AnswerItem item : items) {
            AssessmentAnswer answer = existing.get(item.indicatorCode());
            if (answer == null) {
                answer = new AssessmentAnswer();
                answer.id = UUID.randomUUID();
                answer.assessmentId = id;
                answer.indicatorCode = item.indicatorCode();
            }
            answer.value = stored(ctx.scoring(), item.indicatorCode(), item.value(), item.parts());
            answer.parts = parts(item.parts());
            answer.evidence = json(item.evidence() == null ? List.of() : item.evidence());
            answer.note = item.note();
            answer.answeredBy = caller.name();
            answer.answeredAt = now;
            if (!answer.isPersistent()) {
                answer.persist();
            }
        }
        touch(ctx.assessment());
        audit.record(
                id,
                "ANSWERED",
                items.stream()
                        .map(x -> Map.of(
                                "indicator",
                                x.indicatorCode(),
                                "value",
                                x.value() != null ? x.value() : x.parts(),
                                "evidence",
                                x.evidence() == null ? 0 : x.evidence().size()))
                        .toList());
        return view(ctx);
    }

    /** Submits the self-assessment: every weighted indicator answered and every required evidence slot filled. */
    @Transactional
    public AssessmentView submit(UUID id) {
        Context ctx = lockForOperator(id, "Submitting");
        Map<String, AssessmentAnswer> answers =
                assessments.answers(id).stream().collect(Collectors.toMap(x -> x.indicatorCode, x -> x));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String code : ctx.scoring().weightedIndicators()) {
            AssessmentAnswer answer = answers.get(code);
            if (answer == null) {
                errors.add(new Problem.FieldError("answers." + code, "not answered"));
                continue;
            }
            Set<String> filled =
                    evidence(answer).stream().map(EvidenceItem::slot).collect(Collectors.toSet());
            for (EvidenceSlotDef slot : slots(ctx.scoring().indicator(code).orElseThrow())) {
                if (slot.required() && !filled.contains(slot.code())) {
                    errors.add(new Problem.FieldError(
                            "answers." + code + ".evidence." + slot.code(),
                            "required evidence missing: " + slot.label()));
                }
            }
        }
        failIfAny(errors);
        ctx.assessment().status = AssessmentStatus.SUBMITTED;
        touch(ctx.assessment());
        audit.record(id, "SUBMITTED", Map.of("version", ctx.assessment().version));
        publish(ctx, AssessmentScored.SUBMITTED, Tier.MANDIRI);
        return view(ctx);
    }

    /** Records an evaluator's scores in a tier (KABKOTA, PROVINSI or NASIONAL) once the tier before it is complete. */
    @Transactional
    public AssessmentView score(UUID id, Tier tier, List<ScoreItem> items) {
        requireValueOrParts(
                "scores",
                items.stream().map(x -> new Answer(x.value(), x.parts())).toList());
        Context ctx = lockForEvaluator(id, tier, "Scoring");
        checkScores(ctx, tier, "scores", items);
        writeScores(ctx, tier, items);
        touch(ctx.assessment());
        audit.record(
                id,
                "SCORED",
                Map.of(
                        "tier",
                        tier,
                        "scores",
                        items.stream()
                                .map(x -> Map.of(
                                        "indicator",
                                        x.indicatorCode(),
                                        "value",
                                        x.value() != null ? x.value() : x.parts()))
                                .toList()));
        return view(ctx);
    }

    /**
     * Records a field visit (verifikasi lapangan) of the caller's tier: only in phase VERIFIKASI_LAPANGAN, by an
     * evaluator who may act on the tier in the assessment's region, dated within the cycle year and not in the future.
     * Its adjusted scores (each with a reason, kept as the score's note) replace the tier's scores, so the result is
     * recomputed on verification as for any score; the visit and the adjustments with their old values go to the
     * audit trail. Every rule is checked before anything is written.
     */
    @Transactional
    public FieldVisitView recordFieldVisit(UUID id, FieldVisitRequest request) {
        List<Problem.FieldError> malformed = new ArrayList<>();
        List<String> photos = request.photos() == null ? List.of() : request.photos();
        for (int i = 0; i < photos.size(); i++) {
            if (!isHttpsUrl(photos.get(i))) {
                malformed.add(new Problem.FieldError("photos[" + i + "]", "must be an https:// link"));
            }
        }
        List<FieldVisitAdjustment> adjusted = request.adjustedScores() == null ? List.of() : request.adjustedScores();
        for (int i = 0; i < adjusted.size(); i++) {
            if (isBlank(adjusted.get(i).reason())) {
                malformed.add(new Problem.FieldError(
                        "adjustedScores[" + i + "].reason", "every adjusted score needs its reason"));
            }
            if (adjusted.get(i).value() == null
                    && !new Answer(null, adjusted.get(i).parts()).hasParts()) {
                malformed.add(
                        new Problem.FieldError("adjustedScores[" + i + "].value", "a value or parts is required"));
            }
        }
        if (!malformed.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    malformed.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    malformed);
        }
        Tier tier = request.tier();
        Context ctx = lockForEvaluator(id, c -> tier, "Recording a field visit", Phase.VERIFIKASI_LAPANGAN);
        java.time.LocalDate today = java.time.LocalDate.now(EvaluationCycle.ZONE);
        if (request.visitDate().getYear() != ctx.cycle().year
                || request.visitDate().isAfter(today)) {
            throw ProblemException.businessRule(
                    "visitDate",
                    "must lie in the cycle year " + ctx.cycle().year + " and not after today (" + today + ")");
        }
        List<ScoreItem> items = adjusted.stream()
                .map(x -> new ScoreItem(x.indicatorCode(), x.value(), x.reason().strip(), x.parts()))
                .toList();
        if (items.isEmpty()) {
            requireTier(ctx, tier);
            requireStatus(
                    ctx.assessment(), "Recording a field visit", AssessmentStatus.SUBMITTED, AssessmentStatus.VERIFIED);
        } else {
            checkScores(ctx, tier, "adjustedScores", items);
        }
        Map<String, AssessmentScore> before =
                assessments.scores(id, tier).stream().collect(Collectors.toMap(x -> x.indicatorCode, x -> x));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ScoreItem item : items) {
            AssessmentScore old = before.get(item.indicatorCode());
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("indicator", item.indicatorCode());
            change.put("from", old == null ? null : old.value);
            change.put("to", item.value() != null ? item.value() : item.parts());
            change.put("reason", item.note());
            changes.add(change);
        }
        writeScores(ctx, tier, items);
        FieldVisit visit = new FieldVisit();
        visit.id = UUID.randomUUID();
        visit.assessmentId = id;
        visit.tier = tier;
        visit.visitDate = request.visitDate();
        visit.team = json(request.team());
        visit.observations = request.observations().strip();
        visit.photos = json(photos);
        visit.adjustments = json(adjusted);
        visit.recordedBy = caller.name();
        visit.recordedAt = Instant.now();
        visit.persist();
        touch(ctx.assessment());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fieldVisitId", visit.id);
        detail.put("tier", tier);
        detail.put("visitDate", visit.visitDate.toString());
        detail.put("team", request.team().size());
        detail.put("photos", photos.size());
        detail.put("adjustedScores", changes);
        audit.record(id, "FIELD_VISIT", detail);
        return fieldVisitView(visit);
    }

    /** The field visits of an assessment, oldest first, if the caller may read it. */
    public List<FieldVisitView> fieldVisits(UUID id) {
        Assessment a = assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        caller.requireRead(a.regionCode, a.unitId);
        return FieldVisit.<FieldVisit>list("assessmentId = ?1 order by recordedAt, id", id).stream()
                .map(this::fieldVisitView)
                .toList();
    }

    private FieldVisitView fieldVisitView(FieldVisit v) {
        try {
            return new FieldVisitView(
                    v.id,
                    v.assessmentId,
                    v.tier,
                    v.visitDate,
                    mapper.readValue(v.team, new TypeReference<List<FieldVisitMember>>() {}),
                    v.observations,
                    mapper.readValue(v.photos, new TypeReference<List<String>>() {}),
                    mapper.readValue(v.adjustments, new TypeReference<List<FieldVisitAdjustment>>() {}),
                    v.recordedBy,
                    v.recordedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable field visit " + v.id, e);
        }
    }

    private static boolean isHttpsUrl(String link) {
        if (link == null || !link.startsWith("https://")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(link);
            return uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Throws 422 on tier unless it is an evaluating tier of the cycle. */
    private static void requireTier(Context ctx, Tier tier) {
        List<Tier> tiers = ctx.cycle().tierList();
        if (tier == Tier.MANDIRI || !tiers.contains(tier)) {
            throw ProblemException.businessRule(
                    "tier",
                    "Evaluators score the tiers " + tiers.subList(1, tiers.size())
                            + " of this cycle; MANDIRI is the unit's own answers");
        }
    }

    /** Checks scores of a tier before any is written: status, tier order and every value (422 naming each). */
    private void checkScores(Context ctx, Tier tier, String list, List<ScoreItem> items) {
        UUID id = ctx.assessment().id;
        requireStatus(ctx.assessment(), "Scoring", AssessmentStatus.SUBMITTED);
        requireTier(ctx, tier);
        List<Tier> tiers = ctx.cycle().tierList();
        Tier before = tiers.get(tiers.indexOf(tier) - 1);
        if (!ctx.scoring().isComplete(values(id, before))) {
            throw ProblemException.businessRule("tier", "Tier " + before + " must be complete before " + tier);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ScoreItem item = items.get(i);
            checkValue(
                    ctx.scoring(),
                    list + "[" + i + "]",
                    item.indicatorCode(),
                    new Answer(item.value(), item.parts()),
                    errors);
            if (!seen.add(item.indicatorCode())) {
                errors.add(new Problem.FieldError(list + "[" + i + "].indicatorCode", "scored twice in this request"));
            }
        }
        failIfAny(errors);
    }

    private void writeScores(Context ctx, Tier tier, List<ScoreItem> items) {
        UUID id = ctx.assessment().id;
        Map<String, AssessmentScore> existing =
                assessments.scores(id, tier).stream().collect(Collectors.toMap(x -> x.indicatorCode, x -> x));
        Instant now = Instant.now();
        for (ScoreItem item : items) {
            AssessmentScore score = existing.get(item.indicatorCode());
            if (score == null) {
                score = new AssessmentScore();
                score.id = UUID.randomUUID();
                score.assessmentId = id;
                score.tier = tier;
                score.indicatorCode = item.indicatorCode();
            }
            score.value = stored(ctx.scoring(), item.indicatorCode(), item.value(), item.parts());
            score.parts = parts(item.parts());
            score.note = item.note();
            score.scoredBy = caller.name();
            score.scoredAt = now;
            if (!score.isPersistent()) {
                score.persist();
            }
        }
    }

    /** Sends a submitted or verified assessment back to the unit for revision; publishes AssessmentReopened. */
    @Transactional
    public AssessmentView sendBack(UUID id, String reason) {
        // The first evaluating tier sends back (KABKOTA in the default tiers; NASIONAL in a MANDIRI,NASIONAL cycle).
        Context ctx = lockForEvaluator(
                id,
                cycle -> cycle.tierList().size() > 1 && cycle.tierList().get(1) == Tier.NASIONAL
                        ? Tier.NASIONAL
                        : Tier.KABKOTA,
                "Sending back");
        requireStatus(ctx.assessment(), "Sending back", AssessmentStatus.SUBMITTED, AssessmentStatus.VERIFIED);
        ctx.assessment().status = AssessmentStatus.RETURNED;
        touch(ctx.assessment());
        audit.record(id, "RETURNED", Map.of("reason", reason));
        publish(ctx, AssessmentScored.REOPENED, latestCompleteTier(ctx));
        return view(ctx);
    }

    /** Verifies an assessment whose final tier is complete; its final tier's score becomes the result. */
    @Transactional
    public AssessmentView verify(UUID id) {
        Context ctx = lockForEvaluator(id, EvaluationCycle::finalTier, "Verifying");
        requireStatus(ctx.assessment(), "Verifying", AssessmentStatus.SUBMITTED);
        Tier last = ctx.cycle().finalTier();
        if (!ctx.scoring().isComplete(values(id, last))) {
            throw ProblemException.businessRule(
                    "tier", "Tier " + last + " must score every weighted indicator " + "before verification");
        }
        ctx.assessment().status = AssessmentStatus.VERIFIED;
        touch(ctx.assessment());
        // The result sheet prints who verified: the name and NIP the token carries at this moment, kept in the trail.
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("tier", last);
        detail.put("version", ctx.assessment().version);
        caller.fullName().ifPresent(name -> detail.put("evaluatorName", name));
        caller.nip().ifPresent(nip -> detail.put("evaluatorNip", nip));
        audit.record(id, "VERIFIED", detail);
        publish(ctx, AssessmentScored.VERIFIED, last);
        return view(ctx);
    }

    private Context lockForOperator(UUID id, String action) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        if (!caller.isAdmin() && !caller.ownsUnit(a.unitId)) {
            throw ProblemException.forbidden("Only the unit's operator answers and submits its assessment");
        }
        Context ctx = context(a);
        if (a.status == AssessmentStatus.DRAFT) {
            ctx.cycle().requirePhase(action, Phase.SELF_ASSESSMENT, Phase.PRA_EVALUASI);
        } else if (a.status == AssessmentStatus.RETURNED) {
            ctx.cycle().requirePhase(action, Phase.SELF_ASSESSMENT, Phase.PRA_EVALUASI, Phase.REVISION);
        } else {
            throw ProblemException.businessRule(
                    "status", action + " needs a draft or returned assessment; this one is " + a.status);
        }
        return ctx;
    }

    private Context lockForEvaluator(UUID id, Tier tier, String action) {
        return lockForEvaluator(id, cycle -> tier, action);
    }

    private Context lockForEvaluator(
            UUID id, java.util.function.Function<EvaluationCycle, Tier> tierOf, String action) {
        return lockForEvaluator(id, tierOf, action, Phase.EVALUATING);
    }

    /**
     * Locks an assessment for an evaluator acting on a tier: the region must be the caller's, the PROVINSI tier is a
     * provincial evaluator's, the NASIONAL tier an administrator's (KemenPANRB), and the cycle in one of
     * {@code phases}.
     */
    private Context lockForEvaluator(
            UUID id, java.util.function.Function<EvaluationCycle, Tier> tierOf, String action, Phase... phases) {
        Assessment a = assessments.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        if (!caller.canManage(a.regionCode)) {
            throw ProblemException.forbidden("This assessment lies outside your region");
        }
        // no one evaluates the unit whose answers they give, whatever other role their token carries
        if (!caller.isAdmin() && caller.ownsUnit(a.unitId)) {
            throw ProblemException.forbidden("The unit's operator does not evaluate its own assessment");
        }
        Context ctx = context(a);
        Tier tier = tierOf.apply(ctx.cycle());
        // The provincial tier belongs to the Biro Organisasi: an evaluator scoped to a province, not a kab/kota.
        if (tier == Tier.PROVINSI
                && !caller.isAdmin()
                && caller.region().map(r -> RegionCodes.level(r) != 1).orElse(true)) {
            throw ProblemException.forbidden("Only a provincial evaluator acts on the PROVINSI tier");
        }
        if (tier == Tier.NASIONAL && !caller.isAdmin()) {
            throw ProblemException.forbidden("Only KemenPANRB (administrators) acts on the NASIONAL tier");
        }
        ctx.cycle().requirePhase(action, phases);
        return ctx;
    }

    private static void requireStatus(Assessment a, String action, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (a.status == s) {
                return;
            }
        }
        throw ProblemException.businessRule(
                "status", action + " needs status " + List.of(allowed) + "; this assessment is " + a.status);
    }

    private IndicatorDef checkValue(
            Scoring scoring, String at, String code, Answer answer, List<Problem.FieldError> errors) {
        IndicatorDef indicator = scoring.indicator(code).orElse(null);
        if (indicator == null) {
            errors.add(
                    new Problem.FieldError(at + ".indicatorCode", "the instrument version has no indicator " + code));
            return null;
        }
        try {
            scoring.check(indicator, answer);
        } catch (AnswerTypes.InvalidAnswer e) {
            errors.add(new Problem.FieldError(at + "." + e.field(), e.getMessage()));
        }
        return indicator;
    }

    /** The value stored with an answer: the value itself, or the measure its parts yield. */
    private static BigDecimal stored(Scoring scoring, String code, BigDecimal value, Map<String, BigDecimal> parts) {
        if (value != null) {
            return value;
        }
        IndicatorDef indicator = scoring.indicator(code).orElseThrow();
        return scoring.measure(indicator, new Answer(null, parts));
    }

    private String parts(Map<String, BigDecimal> parts) {
        return parts == null || parts.isEmpty() ? null : json(new TreeMap<>(parts));
    }

    private Map<String, BigDecimal> parts(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, new TypeReference<LinkedHashMap<String, BigDecimal>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answer parts", e);
        }
    }

    /** An item with neither a value nor parts is malformed (400), before any rule of its indicator applies. */
    private static void requireValueOrParts(String list, List<Answer> items) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).value() == null && !items.get(i).hasParts()) {
                errors.add(new Problem.FieldError(list + "[" + i + "].value", "a value or parts is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
    }

    private static void failIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
    }

    private Context context(Assessment a) {
        EvaluationCycle cycle =
                cycles.findByIdOptional(a.cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", a.cycleId));
        InstrumentVersion version = instruments.byId(cycle.instrumentVersionId);
        return new Context(a, cycle, version, instruments.scoring(version));
    }

    private Map<String, Answer> values(UUID id, Tier tier) {
        Map<String, Answer> values = new LinkedHashMap<>();
        if (tier == Tier.MANDIRI) {
            assessments.answers(id).forEach(x -> values.put(x.indicatorCode, answer(x.value, x.parts)));
        } else {
            assessments.scores(id, tier).forEach(x -> values.put(x.indicatorCode, answer(x.value, x.parts)));
        }
        return values;
    }

    /** The raw answer behind a stored row: its parts when it has them (the value is then their measure). */
    private Answer answer(BigDecimal value, String parts) {
        return parts == null ? Answer.of(value) : new Answer(null, parts(parts));
    }

    private Tier latestCompleteTier(Context ctx) {
        Tier found = Tier.MANDIRI;
        for (Tier tier : ctx.cycle().tierList()) {
            if (ctx.scoring().isComplete(values(ctx.assessment().id, tier))) {
                found = tier;
            }
        }
        return found;
    }

    private void touch(Assessment a) {
        a.version++;
        a.updatedAt = Instant.now();
    }

    private void publish(Context ctx, String type, Tier tier) {
        Map<String, Answer> values = values(ctx.assessment().id, tier);
        Scoring.Result r = ctx.scoring().isComplete(values) ? ctx.scoring().scoreAnswers(values) : null;
        Assessment a = ctx.assessment();
        // Aspects of weight 0 (PEKPPP's informasi tambahan) do not feed the index, so consumers never see them.
        List<AssessmentScored.AspectScore> aspects = r == null
                ? List.of()
                : r.aspects().stream()
                        .filter(x -> x.weight().signum() > 0)
                        .map(x -> new AssessmentScored.AspectScore(
                                x.code(), x.name(), x.weight().movePointLeft(2).stripTrailingZeros(), x.score()))
                        .toList();
        outbox.append(new AssessmentScored(
                UUID.randomUUID(),
                type,
                AssessmentScored.SCHEMA_VERSION,
                Instant.now(),
                a.id,
                a.version,
                a.cycleId,
                ctx.cycle().year,
                String.valueOf(ctx.cycle().year),
                a.unitId,
                a.regionCode,
                ctx.version().code,
                ctx.version().version,
                ctx.version().indexCode,
                tier.name(),
                r == null ? null : r.total(),
                ctx.version().scaleMax,
                aspects,
                r == null ? null : r.bandCode(),
                r == null ? null : r.bandLabel(),
                r == null ? null : r.zone(),
                r == null ? null : r.value(),
                instruments.scale(ctx.version()),
                instruments.basis(ctx.version())));
    }

    private AssessmentView view(Context ctx) {
        Assessment a = ctx.assessment();
        List<AnswerView> answers = assessments.answers(a.id).stream()
                .map(x -> new AnswerView(
                        x.indicatorCode, x.value, evidence(x), x.note, x.answeredBy, x.answeredAt, parts(x.parts)))
                .toList();
        List<TierView> tiers = new ArrayList<>();
        Scoring.Result result = null;
        for (Tier tier : ctx.cycle().tierList()) {
            List<ScoreView> scores = tier == Tier.MANDIRI
                    ? answers.stream()
                            .map(x -> new ScoreView(
                                    x.indicatorCode(), x.value(), x.note(), x.answeredBy(), x.answeredAt(), x.parts()))
                            .toList()
                    : assessments.scores(a.id, tier).stream()
                            .map(x -> new ScoreView(
                                    x.indicatorCode, x.value, x.note, x.scoredBy, x.scoredAt, parts(x.parts)))
                            .toList();
            Map<String, Answer> values = new LinkedHashMap<>();
            scores.forEach(s -> values.put(
                    s.indicatorCode(), s.parts() == null ? Answer.of(s.value()) : new Answer(null, s.parts())));
            boolean complete = ctx.scoring().isComplete(values);
            Scoring.Result tierResult = complete ? ctx.scoring().scoreAnswers(values) : null;
            tiers.add(new TierView(tier, complete, scores, tierResult));
            if (tier == ctx.cycle().finalTier() && a.status == AssessmentStatus.VERIFIED) {
                result = tierResult;
            }
        }
        return new AssessmentView(
                a.id,
                a.cycleId,
                ctx.cycle().year,
                a.unitId,
                a.regionCode,
                a.status,
                a.version,
                ctx.version().code,
                ctx.version().version,
                ctx.version().indexCode,
                ctx.cycle().phaseToday(),
                ctx.cycle().finalTier(),
                answers,
                tiers,
                result,
                a.createdAt,
                a.updatedAt);
    }

    private static List<EvidenceSlotDef> slots(IndicatorDef indicator) {
        return indicator.evidence() == null ? List.of() : indicator.evidence();
    }

    private List<EvidenceItem> evidence(AssessmentAnswer answer) {
        try {
            return mapper.readValue(answer.evidence, new TypeReference<List<EvidenceItem>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable evidence of answer " + answer.id, e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store evidence", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
