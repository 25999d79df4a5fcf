package id.rapor.assessment.cycle;

import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.cycle.CycleDtos.CyclePhases;
import id.rapor.assessment.cycle.CycleDtos.CycleRequest;
import id.rapor.assessment.cycle.CycleDtos.CycleView;
import id.rapor.assessment.cycle.CycleDtos.PemeringkatanView;
import id.rapor.assessment.cycle.CycleDtos.PhaseStart;
import id.rapor.assessment.cycle.CycleDtos.RuangLingkupItem;
import id.rapor.assessment.instrument.InstrumentService;
import id.rapor.assessment.instrument.InstrumentVersion;
import id.rapor.assessment.region.RegionService;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.assessment.unit.SubjectKind;
import id.rapor.assessment.unit.UnitRepository;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opens evaluation cycles with their lokus, moves them between phases and says which phase they are in. */
@ApplicationScoped
public class CycleService {

    /** Phase dates are calendar days in Indonesia's western time zone, where the ministry sets them. */
    public static final ZoneId ZONE = EvaluationCycle.ZONE;

    @Inject
    id.rapor.assessment.beritaacara.BeritaAcaraService beritaAcara;

    @Inject
    CycleRepository cycles;

    @Inject
    InstrumentService instruments;

    @Inject
    RegionService regions;

    @Inject
    UnitRepository units;

    @Inject
    AssessmentService assessments;

    @Inject
    Caller caller;

    /**
     * Opens a cycle in a scope the caller manages (national: administrators only) under its scheme's rules, with its
     * phase plan, and one assessment per lokus. Every rule is checked before anything is written (422 naming each
     * field).
     */
    @Transactional
    public CycleView create(CycleRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        EvaluationCycle monitored = null;
        String scope = request.scopeRegion();
        Scheme scheme = request.scheme() != null ? request.scheme() : scope == null ? Scheme.NASIONAL : Scheme.MANDIRI;
        List<UUID> unitIds = request.unitIds() == null ? List.of() : request.unitIds();
        if (scheme == Scheme.PEMANTAUAN) {
            if (request.monitorsCycleId() == null) {
                errors.add(new Problem.FieldError(
                        "monitorsCycleId", "a PEMANTAUAN cycle names the earlier cycle it monitors"));
            } else {
                monitored = cycles.findByIdOptional(request.monitorsCycleId()).orElse(null);
                if (monitored == null) {
                    errors.add(new Problem.FieldError(
                            "monitorsCycleId", "Cycle " + request.monitorsCycleId() + " does not exist"));
                } else {
                    if (request.year() != null && monitored.year >= request.year()) {
                        errors.add(new Problem.FieldError(
                                "monitorsCycleId",
                                "must be a cycle of a year before " + request.year() + ", not " + monitored.year));
                    }
                    if (scope != null && !scope.equals(monitored.scopeRegion)) {
                        errors.add(new Problem.FieldError(
                                "scopeRegion",
                                "a PEMANTAUAN cycle keeps the scope of the cycle it monitors ("
                                        + (monitored.scopeRegion == null ? "national" : monitored.scopeRegion)
                                        + ")"));
                    }
                    scope = monitored.scopeRegion;
                    List<UUID> previous = assessments.lokusOf(monitored.id);
                    if (unitIds.isEmpty()) {
                        unitIds = previous;
                    } else {
                        for (int i = 0; i < unitIds.size(); i++) {
                            if (!previous.contains(unitIds.get(i))) {
                                errors.add(new Problem.FieldError(
                                        "unitIds[" + i + "]",
                                        "Unit " + unitIds.get(i) + " was not lokus of the monitored cycle"));
                            }
                        }
                    }
                }
            }
        } else if (request.monitorsCycleId() != null) {
            errors.add(new Problem.FieldError("monitorsCycleId", "only a PEMANTAUAN cycle monitors another cycle"));
        }
        if ((scheme == Scheme.NASIONAL || scheme == Scheme.KHUSUS) && !caller.isAdmin()) {
            throw ProblemException.forbidden("Only administrators (KemenPANRB) open " + scheme + " cycles");
        }
        requireManageScope(scope);
        if (scheme == Scheme.MANDIRI && scope == null) {
            errors.add(new Problem.FieldError(
                    "scopeRegion", "a MANDIRI cycle is run by a province or kab/kota over its own units"));
        }
        if (request.scopeRegion() != null && !regions.exists(request.scopeRegion())) {
            errors.add(new Problem.FieldError(
                    "scopeRegion", "Region " + request.scopeRegion() + " is not in the Kemendagri register"));
        }
        InstrumentVersion version = instruments.find(request.instrumentCode(), request.instrumentVersion());
        if (request.year() != null
                && (version.validFromYear != null && request.year() < version.validFromYear
                        || version.validToYear != null && request.year() > version.validToYear)) {
            errors.add(new Problem.FieldError(
                    "year",
                    "instrument " + version.code + " v" + version.version + " is valid for " + validity(version)
                            + ", not " + request.year()));
        }
        List<Tier> tiers = request.tiers() == null || request.tiers().isEmpty()
                ? List.of(Tier.MANDIRI, Tier.KABKOTA, Tier.PROVINSI)
                : request.tiers();
        if (tiers.get(0) != Tier.MANDIRI
                || new HashSet<>(tiers).size() != tiers.size()
                || !tiers.stream().sorted().toList().equals(tiers)) {
            errors.add(new Problem.FieldError(
                    "tiers",
                    "must start with MANDIRI and follow MANDIRI, KABKOTA, PROVINSI, NASIONAL without repeats"));
        }
        List<PlannedPhase> plan = plan(request, errors);
        Map<UUID, RuangLingkup> ruangLingkup = ruangLingkup(request.ruangLingkup(), unitIds, errors);
        if (scheme == Scheme.MANDIRI && !ruangLingkup.isEmpty()) {
            Set<RuangLingkup> covered = EnumSet.noneOf(RuangLingkup.class);
            covered.addAll(ruangLingkup.values());
            if (!covered.equals(EnumSet.allOf(RuangLingkup.class))) {
                Set<RuangLingkup> missing = EnumSet.allOf(RuangLingkup.class);
                missing.removeAll(covered);
                errors.add(new Problem.FieldError(
                        "ruangLingkup",
                        "a MANDIRI cycle's lokus must cover ADMINISTRATIF, BARANG and JASA services; missing "
                                + missing));
            }
        }
        failIfAny(errors);
        EvaluationCycle cycle = new EvaluationCycle();
        cycle.id = UUID.randomUUID();
        cycle.name = request.name().strip();
        cycle.instrumentVersionId = version.id;
        cycle.year = request.year();
        cycle.scopeRegion = scope;
        cycle.scheme = scheme;
        cycle.monitorsCycleId = monitored == null ? null : monitored.id;
        cycle.tiers = tiers.stream().map(Enum::name).collect(Collectors.joining(","));
        cycle.plan = new ArrayList<>(plan);
        cycle.createdAt = Instant.now();
        cycle.createdBy = caller.name();
        cycles.persist(cycle);
        addLokus(cycle, unitIds, ruangLingkup);
        return view(cycle, version);
    }

    /** The plan of a request: its phasePlan, or the classic four phases of its phases object. */
    private static List<PlannedPhase> plan(CycleRequest request, List<Problem.FieldError> errors) {
        if (request.phases() != null && request.phasePlan() != null) {
            errors.add(new Problem.FieldError("phasePlan", "give either phases or phasePlan, not both"));
            return List.of();
        }
        if (request.phases() != null) {
            CyclePhases p = request.phases();
            if (!(p.selfAssessment().isBefore(p.evaluation())
                    && p.evaluation().isBefore(p.revision())
                    && p.revision().isBefore(p.finalisation()))) {
                errors.add(new Problem.FieldError(
                        "phases",
                        "phases must start in the order self-assessment, "
                                + "evaluation, revision, finalisation, on different days"));
            }
            return List.of(
                    new PlannedPhase(Phase.SELF_ASSESSMENT, p.selfAssessment()),
                    new PlannedPhase(Phase.EVALUATION, p.evaluation()),
                    new PlannedPhase(Phase.REVISION, p.revision()),
                    new PlannedPhase(Phase.FINAL, p.finalisation()));
        }
        List<PhaseStart> given = request.phasePlan();
        if (given == null || given.isEmpty()) {
            errors.add(new Problem.FieldError("phasePlan", "give the phase plan (or the classic phases object)"));
            return List.of();
        }
        int before = errors.size();
        Set<Phase> seen = EnumSet.noneOf(Phase.class);
        for (int i = 0; i < given.size(); i++) {
            PhaseStart p = given.get(i);
            if (!seen.add(p.phase())) {
                errors.add(new Problem.FieldError("phasePlan[" + i + "].phase", p.phase() + " is planned twice"));
            }
            if (i > 0 && !given.get(i - 1).starts().isBefore(p.starts())) {
                errors.add(new Problem.FieldError(
                        "phasePlan[" + i + "].starts",
                        "must be after the start of " + given.get(i - 1).phase() + " ("
                                + given.get(i - 1).starts() + ")"));
            }
        }
        if (given.get(0).phase() != Phase.SELF_ASSESSMENT) {
            errors.add(new Problem.FieldError("phasePlan[0].phase", "the plan starts with SELF_ASSESSMENT"));
        }
        if (given.get(given.size() - 1).phase() != Phase.FINAL) {
            errors.add(
                    new Problem.FieldError("phasePlan[" + (given.size() - 1) + "].phase", "the plan ends with FINAL"));
        }
        if (errors.size() > before) {
            return List.of();
        }
        return given.stream().map(p -> new PlannedPhase(p.phase(), p.starts())).toList();
    }

    /** The service types given for lokus units, each of which must be in {@code unitIds}. */
    private static Map<UUID, RuangLingkup> ruangLingkup(
            List<RuangLingkupItem> items, List<UUID> unitIds, List<Problem.FieldError> errors) {
        Map<UUID, RuangLingkup> found = new LinkedHashMap<>();
        if (items == null) {
            return found;
        }
        for (int i = 0; i < items.size(); i++) {
            RuangLingkupItem item = items.get(i);
            if (!unitIds.contains(item.unitId())) {
                errors.add(new Problem.FieldError(
                        "ruangLingkup[" + i + "].unitId", "Unit " + item.unitId() + " is not in the lokus"));
            } else if (found.put(item.unitId(), item.ruangLingkup()) != null) {
                errors.add(new Problem.FieldError(
                        "ruangLingkup[" + i + "].unitId", "Unit " + item.unitId() + " is given twice"));
            }
        }
        return found;
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

    /** Adds units to a cycle's lokus (not once it is final); units already in it are left as they are. */
    @Transactional
    public CycleView addLokus(UUID id, List<UUID> unitIds, List<RuangLingkupItem> ruangLingkup) {
        EvaluationCycle cycle = cycles.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Cycle", id));
        requireManageScope(cycle.scopeRegion);
        if (phase(cycle) == Phase.FINAL) {
            throw ProblemException.businessRule("phase", "The cycle is final; its lokus cannot change");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, RuangLingkup> types = ruangLingkup(ruangLingkup, unitIds, errors);
        if (cycle.scheme == Scheme.PEMANTAUAN) {
            List<UUID> previous = assessments.lokusOf(cycle.monitorsCycleId);
            for (int i = 0; i < unitIds.size(); i++) {
                if (!previous.contains(unitIds.get(i))) {
                    errors.add(new Problem.FieldError(
                            "unitIds[" + i + "]", "Unit " + unitIds.get(i) + " was not lokus of the monitored cycle"));
                }
            }
        }
        failIfAny(errors);
        addLokus(cycle, unitIds, types);
        return view(cycle, instruments.byId(cycle.instrumentVersionId));
    }

    /** Moves a cycle to a phase whatever its dates say, or back to its dates with null. */
    @Transactional
    public CycleView movePhase(UUID id, Phase phase) {
        EvaluationCycle cycle = cycles.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Cycle", id));
        requireManageScope(cycle.scopeRegion);
        if (phase == Phase.FINAL && cycle.plans(Phase.PEMERINGKATAN) && !cycle.hasPemeringkatan()) {
            throw ProblemException.businessRule(
                    "phase",
                    "The cycle's plan has PEMERINGKATAN: it becomes FINAL once the ranking of "
                            + (cycle.scopeRegion == null ? "ID" : cycle.scopeRegion) + " for " + cycle.year
                            + " is published");
        }
        cycle.phaseOverride = phase;
        beritaAcara.issueIfFinal(cycle);
        return view(cycle, instruments.byId(cycle.instrumentVersionId));
    }

    /** One cycle, if the caller may see it. */
    public CycleView get(UUID id) {
        EvaluationCycle cycle = cycles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cycle", id));
        if (!canRead(cycle)) {
            throw ProblemException.forbidden("This cycle lies outside your region or unit");
        }
        return view(cycle, instruments.byId(cycle.instrumentVersionId));
    }

    /** Cycles the caller may see, newest year first. */
    public PageView<CycleView> list(Integer year, Scheme scheme, int page, int size) {
        List<EvaluationCycle> found;
        long total;
        if (caller.readsEverything()) {
            found = cycles.searchForRegion(null, year, scheme, page, size);
            total = cycles.countForRegion(null, year, scheme);
        } else if (caller.isOperator()) {
            UUID unit = caller.unit().orElseThrow(() -> ProblemException.forbidden("Token has no unit claim"));
            found = cycles.searchForUnit(unit, year, scheme, page, size);
            total = cycles.countForUnit(unit, year, scheme);
        } else {
            String region = caller.region().orElseThrow(() -> ProblemException.forbidden("Token has no region claim"));
            found = cycles.searchForRegion(region, year, scheme, page, size);
            total = cycles.countForRegion(region, year, scheme);
        }
        return new PageView<>(
                found.stream()
                        .map(c -> view(c, instruments.byId(c.instrumentVersionId)))
                        .toList(),
                page,
                size,
                total);
    }

    /** A stored cycle, for assessments. */
    public EvaluationCycle byId(UUID id) {
        return cycles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cycle", id));
    }

    /** The phase the cycle is in today (null before it opens). */
    public Phase phase(EvaluationCycle cycle) {
        return cycle.phaseToday();
    }

    /** Throws 422 naming the phase unless the cycle is in one of {@code allowed}. */
    public void requirePhase(EvaluationCycle cycle, String action, Phase... allowed) {
        cycle.requirePhase(action, allowed);
    }

    private boolean canRead(EvaluationCycle cycle) {
        if (caller.readsEverything()) {
            return true;
        }
        if (caller.isOperator()) {
            return caller.unit()
                    .map(unit -> assessments.isLokus(cycle.id, unit))
                    .orElse(false);
        }
        return caller.region()
                .map(region -> cycle.scopeRegion == null
                        || RegionCodes.within(region, cycle.scopeRegion)
                        || RegionCodes.within(cycle.scopeRegion, region))
                .orElse(false);
    }

    private void requireManageScope(String scope) {
        if (scope == null ? !caller.isAdmin() : !caller.canManage(scope)) {
            throw ProblemException.forbidden(
                    scope == null
                            ? "Only administrators manage national cycles"
                            : "Region " + scope + " lies outside your scope");
        }
    }

    private void addLokus(EvaluationCycle cycle, List<UUID> unitIds, Map<UUID, RuangLingkup> ruangLingkup) {
        List<SubjectKind> allowed = instruments.subjectKinds(instruments.byId(cycle.instrumentVersionId));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ServiceUnit> found = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < unitIds.size(); i++) {
            UUID id = unitIds.get(i);
            if (!seen.add(id)) {
                continue;
            }
            ServiceUnit unit = units.findByIdOptional(id).orElse(null);
            if (unit == null) {
                errors.add(new Problem.FieldError("unitIds[" + i + "]", "Unit " + id + " does not exist"));
            } else if (!unit.active) {
                errors.add(new Problem.FieldError("unitIds[" + i + "]", "Unit " + id + " is inactive"));
            } else if (!allowed.contains(unit.subjectKind)) {
                errors.add(new Problem.FieldError(
                        "unitIds[" + i + "]",
                        "Subject " + id + " is a " + unit.subjectKind + "; the cycle's instrument assesses "
                                + allowed));
            } else if (cycle.scopeRegion != null && !RegionCodes.within(unit.regionCode, cycle.scopeRegion)) {
                errors.add(new Problem.FieldError(
                        "unitIds[" + i + "]",
                        "Unit " + id + " lies outside the cycle's " + "scope " + cycle.scopeRegion));
            } else {
                found.add(unit);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
        for (ServiceUnit unit : found) {
            assessments.open(cycle, unit, ruangLingkup.get(unit.id));
        }
    }

    private CycleView view(EvaluationCycle c, InstrumentVersion v) {
        return new CycleView(
                c.id,
                c.name,
                v.id,
                v.code,
                v.version,
                v.indexCode,
                c.year,
                c.scopeRegion,
                c.scheme,
                c.monitorsCycleId,
                c.tierList(),
                classic(c),
                c.plan.stream().map(p -> new PhaseStart(p.phase, p.starts)).toList(),
                phase(c),
                c.phaseOverride,
                c.hasPemeringkatan()
                        ? new PemeringkatanView(
                                c.pemeringkatanRegion,
                                c.pemeringkatanPeriod,
                                c.pemeringkatanVersion,
                                c.pemeringkatanContentHash,
                                c.pemeringkatanPublishedAt)
                        : null,
                assessments.countInCycle(c.id),
                c.createdAt,
                c.createdBy);
    }

    /** The classic four dates, when the plan has exactly those phases. */
    private static CyclePhases classic(EvaluationCycle c) {
        List<Phase> phases = c.plan.stream().map(p -> p.phase).toList();
        if (!phases.equals(List.of(Phase.SELF_ASSESSMENT, Phase.EVALUATION, Phase.REVISION, Phase.FINAL))) {
            return null;
        }
        return new CyclePhases(
                c.starts(Phase.SELF_ASSESSMENT),
                c.starts(Phase.EVALUATION),
                c.starts(Phase.REVISION),
                c.starts(Phase.FINAL));
    }

    private static String validity(InstrumentVersion v) {
        if (v.validToYear == null) {
            return v.validFromYear + " onwards";
        }
        return v.validFromYear == null ? "up to " + v.validToYear : v.validFromYear + "–" + v.validToYear;
    }
}
