package id.rapor.assessment.monitoring;

import id.rapor.assessment.assessment.AssessmentDtos.AssessmentView;
import id.rapor.assessment.assessment.AssessmentService;
import id.rapor.assessment.cycle.CycleService;
import id.rapor.assessment.cycle.EvaluationCycle;
import id.rapor.assessment.cycle.Scheme;
import id.rapor.assessment.monitoring.MonitoringDtos.MonitoringRequest;
import id.rapor.assessment.monitoring.MonitoringDtos.MonitoringView;
import id.rapor.assessment.monitoring.MonitoringDtos.PemantauanUnit;
import id.rapor.assessment.monitoring.MonitoringDtos.PemantauanView;
import id.rapor.assessment.monitoring.MonitoringDtos.Progress;
import id.rapor.assessment.monitoring.MonitoringDtos.ResultSide;
import id.rapor.assessment.recommendation.FollowUpStatus;
import id.rapor.assessment.recommendation.Recommendation;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Pemantauan: a monitoring opened on the lokus of an earlier cycle tracks the follow-up of that cycle's
 * recommendations (selesai / proses / belum, with evidence) and computes the completion rate per unit, per kab/kota
 * and overall; named as the baseline of a next cycle, it is readable from that cycle.
 */
@ApplicationScoped
public class MonitoringService {

    @Inject
    CycleService cycles;

    @Inject
    Caller caller;

    @Inject
    AssessmentService assessments;

    /** Opens a monitoring on a cycle the caller manages (national cycles: admins). */
    @Transactional
    public MonitoringView open(MonitoringRequest request) {
        EvaluationCycle source = cycle(request.sourceCycleId(), "sourceCycleId");
        requireManage(source);
        if (request.nextCycleId() != null) {
            EvaluationCycle next = cycle(request.nextCycleId(), "nextCycleId");
            if (next.year <= source.year) {
                throw ProblemException.badRequest("nextCycleId", "must be a cycle of a later year than the source");
            }
        }
        Monitoring m = new Monitoring();
        m.id = UUID.randomUUID();
        m.sourceCycleId = source.id;
        m.nextCycleId = request.nextCycleId();
        m.name = request.name().trim();
        m.scopeRegion = source.scopeRegion;
        m.openedBy = caller.name();
        m.openedAt = Instant.now();
        m.persist();
        return view(m, source);
    }

    /** One monitoring with its progress, narrowed to what the caller may read. */
    public MonitoringView get(UUID id) {
        Monitoring m = Monitoring.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Monitoring", id);
        }
        cycles.get(m.sourceCycleId);
        return view(m, cycles.byId(m.sourceCycleId));
    }

    /** The monitorings that are the baseline of {@code cycleId}, with their progress. */
    public List<MonitoringView> baseline(UUID cycleId) {
        cycles.get(cycleId);
        return Monitoring.<Monitoring>list("nextCycleId = ?1 order by openedAt", cycleId).stream()
                .map(m -> view(m, cycles.byId(m.sourceCycleId)))
                .toList();
    }

    /**
     * A PEMANTAUAN cycle's lokus, each with its result in the monitored cycle beside its new one and the follow-up of
     * the monitored cycle's recommendations; narrowed to the units the caller may read. 422 on scheme for a cycle of
     * another scheme.
     */
    public PemantauanView pemantauan(UUID cycleId) {
        cycles.get(cycleId);
        EvaluationCycle cycle = cycles.byId(cycleId);
        if (cycle.scheme != Scheme.PEMANTAUAN) {
            throw ProblemException.businessRule("scheme", "The cycle is " + cycle.scheme + ", not PEMANTAUAN");
        }
        EvaluationCycle monitored = cycles.byId(cycle.monitorsCycleId);
        Map<UUID, AssessmentView> previous = new java.util.HashMap<>();
        assessments.ofCycle(monitored.id).forEach(a -> previous.put(a.unitId(), a));
        List<Recommendation> recs = Recommendation.<Recommendation>list("cycleId = ?1", monitored.id);
        List<PemantauanUnit> units = assessments.ofCycle(cycle.id).stream()
                .filter(a -> caller.canRead(a.regionCode(), a.unitId()))
                .map(a -> {
                    List<Recommendation> own = recs.stream()
                            .filter(r -> r.unitId.equals(a.unitId()))
                            .toList();
                    return new PemantauanUnit(
                            a.unitId(),
                            unitName(a.unitId()),
                            a.regionCode(),
                            side(previous.get(a.unitId())),
                            side(a),
                            own.isEmpty()
                                    ? null
                                    : progress(a.unitId().toString(), unitName(a.unitId()), a.regionCode(), own));
                })
                .toList();
        return new PemantauanView(cycle.id, cycle.year, monitored.id, monitored.year, units);
    }

    private static ResultSide side(AssessmentView a) {
        if (a == null) {
            return null;
        }
        return new ResultSide(
                a.id(),
                a.status().name(),
                a.result() == null ? null : a.result().value(),
                a.result() == null ? null : a.result().bandCode(),
                a.result() == null ? null : a.result().bandLabel());
    }

    private MonitoringView view(Monitoring m, EvaluationCycle source) {
        List<Recommendation> recs = Recommendation.<Recommendation>list("cycleId = ?1", m.sourceCycleId).stream()
                .filter(r -> caller.canRead(r.regionCode, r.unitId))
                .toList();
        List<Progress> units = group(recs, r -> r.unitId.toString(), r -> unitName(r.unitId));
        List<Progress> regions = group(
                recs,
                r -> RegionCodes.regency(r.regionCode) == null ? r.regionCode : RegionCodes.regency(r.regionCode),
                r -> null);
        Progress overall = progress("all", null, source.scopeRegion, recs);
        return new MonitoringView(
                m.id,
                m.name,
                source.id,
                source.name,
                source.year,
                m.nextCycleId,
                m.openedBy,
                m.openedAt,
                units,
                regions,
                overall);
    }

    private static List<Progress> group(
            List<Recommendation> recs, Function<Recommendation, String> key, Function<Recommendation, String> name) {
        Map<String, List<Recommendation>> byKey = new TreeMap<>();
        recs.forEach(
                r -> byKey.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        List<Progress> out = new ArrayList<>();
        byKey.forEach((k, list) -> {
            Recommendation first = list.get(0);
            String region = key.apply(first).equals(first.unitId.toString()) ? first.regionCode : k;
            out.add(progress(k, name.apply(first), region, list));
        });
        return out;
    }

    private static Progress progress(String key, String name, String region, List<Recommendation> recs) {
        long done = recs.stream()
                .filter(r -> FollowUpStatus.SELESAI.name().equals(r.status))
                .count();
        long inProgress = recs.stream()
                .filter(r -> FollowUpStatus.PROSES.name().equals(r.status))
                .count();
        BigDecimal rate = recs.isEmpty()
                ? null
                : BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(recs.size()), 2, RoundingMode.HALF_UP);
        return new Progress(
                key,
                name,
                region,
                recs.size(),
                done,
                inProgress,
                recs.size() - done - inProgress,
                rate,
                recs.stream()
                        .map(r -> r.evidenceUrl)
                        .filter(e -> e != null)
                        .distinct()
                        .toList());
    }

    private static String unitName(UUID unitId) {
        ServiceUnit unit = ServiceUnit.findById(unitId);
        return unit == null ? null : unit.name;
    }

    private EvaluationCycle cycle(UUID id, String field) {
        try {
            return cycles.byId(id);
        } catch (ProblemException e) {
            throw ProblemException.badRequest(field, "no such cycle");
        }
    }

    private void requireManage(EvaluationCycle cycle) {
        if (cycle.scopeRegion == null ? !caller.isAdmin() : !caller.canManage(cycle.scopeRegion)) {
            throw ProblemException.forbidden("The cycle lies outside your scope");
        }
    }
}
