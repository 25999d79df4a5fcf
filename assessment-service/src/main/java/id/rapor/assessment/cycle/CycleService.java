package id.rapor.assessment.cycle;

import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.cycle.CycleDtos.CyclePhases;
import id.rapor.assessment.cycle.CycleDtos.CycleRequest;
import id.rapor.assessment.cycle.CycleDtos.CycleView;
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
import java.util.HashSet;
import java.util.List;
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

    /** Opens a cycle in a scope the caller manages (national: administrators only) and one assessment per lokus. */
    @Transactional
    public CycleView create(CycleRequest request) {
        requireManageScope(request.scopeRegion());
        List<Problem.FieldError> errors = new ArrayList<>();
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
                    "tiers", "must start with MANDIRI and follow MANDIRI, KABKOTA, " + "PROVINSI without repeats"));
        }
        CyclePhases p = request.phases();
        if (!(p.selfAssessment().isBefore(p.evaluation())
                && p.evaluation().isBefore(p.revision())
                && p.revision().isBefore(p.finalisation()))) {
            errors.add(new Problem.FieldError(
                    "phases",
                    "phases must start in the order self-assessment, "
                            + "evaluation, revision, finalisation, on different days"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
        EvaluationCycle cycle = new EvaluationCycle();
        cycle.id = UUID.randomUUID();
        cycle.name = request.name().strip();
        cycle.instrumentVersionId = version.id;
        cycle.year = request.year();
        cycle.scopeRegion = request.scopeRegion();
        cycle.tiers = tiers.stream().map(Enum::name).collect(Collectors.joining(","));
        cycle.selfAssessmentStarts = p.selfAssessment();
        cycle.evaluationStarts = p.evaluation();
        cycle.revisionStarts = p.revision();
        cycle.finalStarts = p.finalisation();
        cycle.createdAt = Instant.now();
        cycle.createdBy = caller.name();
        cycles.persist(cycle);
        addLokus(cycle, request.unitIds() == null ? List.of() : request.unitIds());
        return view(cycle, version);
    }

    /** Adds units to a cycle's lokus (not once it is final); units already in it are left as they are. */
    @Transactional
    public CycleView addLokus(UUID id, List<UUID> unitIds) {
        EvaluationCycle cycle = cycles.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Cycle", id));
        requireManageScope(cycle.scopeRegion);
        if (phase(cycle) == Phase.FINAL) {
            throw ProblemException.businessRule("phase", "The cycle is final; its lokus cannot change");
        }
        addLokus(cycle, unitIds);
        return view(cycle, instruments.byId(cycle.instrumentVersionId));
    }

    /** Moves a cycle to a phase whatever its dates say, or back to its dates with null. */
    @Transactional
    public CycleView movePhase(UUID id, Phase phase) {
        EvaluationCycle cycle = cycles.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Cycle", id));
        requireManageScope(cycle.scopeRegion);
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
    public PageView<CycleView> list(Integer year, int page, int size) {
        List<EvaluationCycle> found;
        long total;
        if (caller.readsEverything()) {
            found = cycles.searchForRegion(null, year, page, size);
            total = cycles.countForRegion(null, year);
        } else if (caller.isOperator()) {
            UUID unit = caller.unit().orElseThrow(() -> ProblemException.forbidden("Token has no unit claim"));
            found = cycles.searchForUnit(unit, year, page, size);
            total = cycles.countForUnit(unit, year);
        } else {
            String region = caller.region().orElseThrow(() -> ProblemException.forbidden("Token has no region claim"));
            found = cycles.searchForRegion(region, year, page, size);
            total = cycles.countForRegion(region, year);
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

    private void addLokus(EvaluationCycle cycle, List<UUID> unitIds) {
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
            assessments.open(cycle, unit);
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
                c.tierList(),
                new CyclePhases(c.selfAssessmentStarts, c.evaluationStarts, c.revisionStarts, c.finalStarts),
                phase(c),
                c.phaseOverride,
                assessments.countInCycle(c.id),
                c.createdAt,
                c.createdBy);
    }

    private static String validity(InstrumentVersion v) {
        if (v.validToYear == null) {
            return v.validFromYear + " onwards";
        }
        return v.validFromYear == null ? "up to " + v.validToYear : v.validFromYear + "–" + v.validToYear;
    }
}
