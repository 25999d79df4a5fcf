package id.rapor.survey.followup;

import id.rapor.events.Period;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.followup.FollowUpDtos.AuditView;
import id.rapor.survey.followup.FollowUpDtos.MediumKindView;
import id.rapor.survey.followup.FollowUpDtos.MediumRequest;
import id.rapor.survey.followup.FollowUpDtos.MediumView;
import id.rapor.survey.followup.FollowUpDtos.Outcome;
import id.rapor.survey.followup.FollowUpDtos.PlanDetail;
import id.rapor.survey.followup.FollowUpDtos.PlanRequest;
import id.rapor.survey.followup.FollowUpDtos.PlanStatusChange;
import id.rapor.survey.followup.FollowUpDtos.PlanView;
import id.rapor.survey.followup.FollowUpDtos.ProposalView;
import id.rapor.survey.followup.FollowUpDtos.Proposals;
import id.rapor.survey.result.ResultDtos.ItemResult;
import id.rapor.survey.result.ResultDtos.ResultView;
import id.rapor.survey.result.ResultService;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Closing the SKM loop of a unit: where its result was published (media with evidence), which unsur to follow up
 * (the lowest NRR and any that dropped since the previous period, read from the result computation, never
 * recomputed), the follow-up plans (RTL) rencana → berjalan → selesai, and whether each plan's unsur improved in the
 * next period. Writable by the unit's operator, evaluators of its region and admins; every change is audited and
 * republishes the unit's SKM facts for the year ({@link SkmFacts}).
 */
@ApplicationScoped
public class FollowUpService {

    static final String LOWEST = "LOWEST";
    static final String DROPPED = "DROPPED";
    static final String CHOSEN = "CHOSEN";

    @Inject
    CampaignService campaigns;

    @Inject
    UnitReplicaRepository units;

    @Inject
    ResultService results;

    @Inject
    SkmFacts facts;

    @Inject
    Caller caller;

    /** The kinds of publication medium in their order. */
    public List<MediumKindView> kinds() {
        return PublicationMediumKind.<PublicationMediumKind>list("order by position").stream()
                .map(k -> new MediumKindView(k.code, k.label, k.position, k.active, k.confirmed, k.note))
                .toList();
    }

    /** Records a publication of the unit's SKM result; audited. */
    @Transactional
    public MediumView recordMedium(UUID unitId, MediumRequest request) {
        campaigns.requireManage(unitId);
        Period period = period(request.period());
        PublicationMediumKind kind =
                PublicationMediumKind.findById(request.kind().trim());
        if (kind == null || !kind.active) {
            throw ProblemException.badRequest("kind", "is not a kind of GET /api/v1/survey/publication-medium-kinds");
        }
        if (request.publishedOn().isBefore(period.start())) {
            throw ProblemException.badRequest("publishedOn", "lies before the period " + period.text() + " starts");
        }
        PublicationMedium m = new PublicationMedium();
        m.id = UUID.randomUUID();
        m.unitId = unitId;
        m.period = period.text();
        m.periodYear = period.year();
        m.kind = kind.code;
        m.description = blankToNull(request.description());
        m.evidenceUrl = request.evidenceUrl().trim();
        m.publishedOn = request.publishedOn();
        m.recordedBy = caller.name();
        m.recordedAt = Instant.now();
        m.persist();
        audit("MEDIUM", m.id, unitId, "RECORD", "kind", null, m.kind);
        audit("MEDIUM", m.id, unitId, "RECORD", "evidenceUrl", null, m.evidenceUrl);
        facts.publish(unitId, m.periodYear);
        return view(m, kind);
    }

    /** The unit's publication media of a year (every period in it), oldest first. */
    public List<MediumView> media(UUID unitId, int year) {
        requireRead(unitId);
        Map<String, PublicationMediumKind> kinds = new HashMap<>();
        PublicationMediumKind.<PublicationMediumKind>listAll().forEach(k -> kinds.put(k.code, k));
        return PublicationMedium.<PublicationMedium>list(
                        "unitId = ?1 and periodYear = ?2 order by publishedOn, recordedAt", unitId, year)
                .stream()
                .map(m -> view(m, kinds.get(m.kind)))
                .toList();
    }

    /**
     * The unsur to follow up for the unit's result of {@code period}: the lowest NRR (every unsur tied at it), and
     * any unsur whose NRR is lower than in the previous period of the same kind.
     */
    public Proposals proposals(UUID unitId, String periodText) {
        campaigns.requireManage(unitId);
        Period period = period(periodText);
        ResultView now = results.current(unitId, period);
        Optional<Period> previousPeriod = period.previous();
        Map<String, BigDecimal> before = previousPeriod
                .flatMap(p -> result(unitId, p))
                .map(FollowUpService::nrrs)
                .orElse(Map.of());
        BigDecimal lowest = now.items().stream()
                .map(ItemResult::nrr)
                .filter(Objects::nonNull)
                .min(BigDecimal::compareTo)
                .orElse(null);
        Map<String, UUID> planned = new HashMap<>();
        FollowUpPlan.<FollowUpPlan>list("unitId = ?1 and period = ?2", unitId, period.text())
                .forEach(p -> planned.putIfAbsent(p.itemCode, p.id));
        List<ProposalView> items = new ArrayList<>();
        for (ItemResult item : now.items()) {
            if (item.nrr() == null) {
                continue;
            }
            List<String> reasons = reasons(item, lowest, before.get(item.code()));
            if (!reasons.isEmpty()) {
                items.add(new ProposalView(
                        item.code(),
                        item.name(),
                        item.nrr(),
                        before.get(item.code()),
                        reasons,
                        planned.get(item.code())));
            }
        }
        items.sort((a, b) -> a.nrr().compareTo(b.nrr()));
        return new Proposals(
                unitId, period.text(), previousPeriod.map(Period::text).orElse(null), now.ikmKonversi(), items);
    }

    /** Makes a follow-up plan for one unsur of the unit's result of a period; audited. */
    @Transactional
    public PlanView create(UUID unitId, PlanRequest request) {
        campaigns.requireManage(unitId);
        Period period = period(request.period());
        ResultView now = results.current(unitId, period);
        ItemResult item = now.items().stream()
                .filter(i -> i.code().equals(request.itemCode().trim()))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest(
                        "itemCode", "is not an unsur of the " + period.text() + " result's questionnaire"));
        if (request.dueDate().isBefore(period.start())) {
            throw ProblemException.badRequest("dueDate", "lies before the period " + period.text() + " starts");
        }
        BigDecimal lowest = now.items().stream()
                .map(ItemResult::nrr)
                .filter(Objects::nonNull)
                .min(BigDecimal::compareTo)
                .orElse(null);
        BigDecimal previous = period.previous()
                .flatMap(p -> result(unitId, p))
                .map(FollowUpService::nrrs)
                .map(m -> m.get(item.code()))
                .orElse(null);
        List<String> reasons = item.nrr() == null ? List.of() : reasons(item, lowest, previous);
        Instant at = Instant.now();
        FollowUpPlan plan = new FollowUpPlan();
        plan.id = UUID.randomUUID();
        plan.unitId = unitId;
        plan.period = period.text();
        plan.periodYear = period.year();
        plan.periodEnd = period.end();
        plan.itemCode = item.code();
        plan.itemName = item.name();
        plan.reasons = reasons.isEmpty() ? CHOSEN : String.join(",", reasons);
        plan.baselineNrr = item.nrr();
        plan.action = request.action().trim();
        plan.owner = request.owner().trim();
        plan.dueDate = request.dueDate();
        plan.evidenceUrl = blankToNull(request.evidenceUrl());
        plan.status = PlanStatus.RENCANA.name();
        plan.version = 1;
        plan.createdBy = caller.name();
        plan.createdAt = at;
        plan.updatedBy = plan.createdBy;
        plan.updatedAt = at;
        plan.persist();
        audit("PLAN", plan.id, unitId, "CREATE", "status", null, PlanStatus.RENCANA.text());
        facts.publish(unitId, plan.periodYear);
        return view(plan);
    }

    /** The unit's plans of a period (or of every period of {@code year}), each with its next period's outcome. */
    public List<PlanView> plans(UUID unitId, String periodText, Integer year) {
        requireRead(unitId);
        List<FollowUpPlan> found;
        if (periodText != null && !periodText.isBlank()) {
            found = FollowUpPlan.list(
                    "unitId = ?1 and period = ?2 order by createdAt",
                    unitId,
                    period(periodText).text());
        } else if (year != null) {
            found = FollowUpPlan.list("unitId = ?1 and periodYear = ?2 order by period, createdAt", unitId, year);
        } else {
            throw ProblemException.badRequest("period", "give a period or a year");
        }
        return found.stream().map(this::view).toList();
    }

    /** The unit's plans of exactly {@code period}, without outcomes, for documents of that period. */
    public List<FollowUpPlan> plansOf(UUID unitId, String period) {
        return FollowUpPlan.list("unitId = ?1 and period = ?2 order by createdAt", unitId, period);
    }

    /** One plan with its audit trail. */
    public PlanDetail get(UUID unitId, UUID planId) {
        requireRead(unitId);
        FollowUpPlan plan = find(unitId, planId, false);
        return new PlanDetail(view(plan), trail(planId));
    }

    /** Moves the plan's status one step (rencana → berjalan → selesai); 409 naming status otherwise; audited. */
    @Transactional
    public PlanDetail changeStatus(UUID unitId, UUID planId, PlanStatusChange change) {
        PlanStatus target = PlanStatus.parse(change.status(), "status");
        campaigns.requireManage(unitId);
        FollowUpPlan plan = find(unitId, planId, true);
        if (change.expectedVersion() != null && change.expectedVersion() != plan.version) {
            throw ProblemException.conflict("Plan " + planId + " is at version " + plan.version + ", not "
                    + change.expectedVersion() + ": read it again");
        }
        PlanStatus current = PlanStatus.valueOf(plan.status);
        current.requireStep(target, "Plan " + planId);
        String evidence = blankToNull(change.evidenceUrl());
        if (evidence != null && !evidence.equals(plan.evidenceUrl)) {
            audit("PLAN", plan.id, unitId, "EVIDENCE", "evidenceUrl", plan.evidenceUrl, evidence);
            plan.evidenceUrl = evidence;
        }
        if (target == PlanStatus.SELESAI && plan.evidenceUrl == null) {
            throw ProblemException.businessRule("evidenceUrl", "a plan is selesai only with evidence of what was done");
        }
        Instant at = Instant.now();
        audit("PLAN", plan.id, unitId, "STATUS", "status", current.text(), target.text());
        plan.status = target.name();
        if (target == PlanStatus.BERJALAN) {
            plan.startedAt = at;
        } else if (target == PlanStatus.SELESAI) {
            plan.doneAt = at;
        }
        plan.version++;
        plan.updatedBy = caller.name();
        plan.updatedAt = at;
        facts.publish(unitId, plan.periodYear);
        return new PlanDetail(view(plan), trail(planId));
    }

    private FollowUpPlan find(UUID unitId, UUID planId, boolean lock) {
        FollowUpPlan plan =
                lock ? FollowUpPlan.findById(planId, LockModeType.PESSIMISTIC_WRITE) : FollowUpPlan.findById(planId);
        if (plan == null || !plan.unitId.equals(unitId)) {
            throw ProblemException.notFound("Follow-up plan", planId);
        }
        return plan;
    }

    private void requireRead(UUID unitId) {
        UnitReplica unit = units.findByIdOptional(unitId).orElse(null);
        if (unit == null ? !caller.readsEverything() : !caller.canRead(unit.regionCode, unit.id)) {
            throw ProblemException.forbidden("This unit lies outside your region or unit");
        }
    }

    private Optional<ResultView> result(UUID unitId, Period period) {
        try {
            return Optional.of(results.current(unitId, period));
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 422) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Map<String, BigDecimal> nrrs(ResultView result) {
        Map<String, BigDecimal> out = new HashMap<>();
        result.items().stream().filter(i -> i.nrr() != null).forEach(i -> out.put(i.code(), i.nrr()));
        return out;
    }

    private static List<String> reasons(ItemResult item, BigDecimal lowest, BigDecimal previous) {
        List<String> reasons = new ArrayList<>();
        if (lowest != null && item.nrr().compareTo(lowest) == 0) {
            reasons.add(LOWEST);
        }
        if (previous != null && item.nrr().compareTo(previous) < 0) {
            reasons.add(DROPPED);
        }
        return reasons;
    }

    private PlanView view(FollowUpPlan p) {
        Outcome outcome = Period.parse(p.period)
                .flatMap(Period::next)
                .flatMap(next -> result(p.unitId, next).map(r -> {
                    BigDecimal nrr = nrrs(r).get(p.itemCode);
                    Boolean improved = nrr == null || p.baselineNrr == null ? null : nrr.compareTo(p.baselineNrr) > 0;
                    return new Outcome(next.text(), nrr, improved);
                }))
                .orElse(null);
        return new PlanView(
                p.id,
                p.unitId,
                p.period,
                p.itemCode,
                p.itemName,
                Arrays.asList(p.reasons.split(",")),
                p.baselineNrr,
                p.action,
                p.owner,
                p.dueDate,
                p.evidenceUrl,
                PlanStatus.valueOf(p.status).text(),
                p.version,
                p.createdBy,
                p.createdAt,
                p.updatedBy,
                p.updatedAt,
                p.doneAt,
                outcome);
    }

    private static MediumView view(PublicationMedium m, PublicationMediumKind kind) {
        return new MediumView(
                m.id,
                m.unitId,
                m.period,
                m.kind,
                kind == null ? m.kind : kind.label,
                m.description,
                m.evidenceUrl,
                m.publishedOn,
                m.recordedBy,
                m.recordedAt);
    }

    private List<AuditView> trail(UUID subjectId) {
        return FollowUpAudit.<FollowUpAudit>list("subjectId = ?1 order by id", subjectId).stream()
                .map(a -> new AuditView(a.id, a.action, a.field, a.oldValue, a.newValue, a.actor, a.at))
                .toList();
    }

    private void audit(String subject, UUID id, UUID unitId, String action, String field, String before, String after) {
        FollowUpAudit entry = new FollowUpAudit();
        entry.subject = subject;
        entry.subjectId = id;
        entry.unitId = unitId;
        entry.action = action;
        entry.field = field;
        entry.oldValue = before;
        entry.newValue = after;
        entry.actor = caller.name();
        entry.at = Instant.now();
        entry.persist();
    }

    private static Period period(String text) {
        return Period.parse(text).orElseThrow(() -> ProblemException.badRequest("period", Period.FORMS));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
