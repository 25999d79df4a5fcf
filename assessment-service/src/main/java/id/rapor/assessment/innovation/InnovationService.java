package id.rapor.assessment.innovation;

import id.rapor.assessment.audit.RegisterAudit;
import id.rapor.assessment.audit.RegisterAudit.Register;
import id.rapor.assessment.innovation.InnovationDtos.EvidenceLink;
import id.rapor.assessment.innovation.InnovationDtos.InnovationRequest;
import id.rapor.assessment.innovation.InnovationDtos.InnovationView;
import id.rapor.assessment.innovation.InnovationDtos.RegionSummary;
import id.rapor.assessment.innovation.InnovationDtos.Replication;
import id.rapor.assessment.innovation.InnovationDtos.RuleView;
import id.rapor.assessment.innovation.InnovationDtos.TierView;
import id.rapor.assessment.innovation.InnovationDtos.UnitCoverage;
import id.rapor.assessment.innovation.InnovationDtos.VerificationRequest;
import id.rapor.assessment.region.RegionService;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.assessment.unit.SubjectKind;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The innovation register: a unit's operator (or an admin) registers and updates the unit's innovations, moving each
 * inisiatif → uji coba → penerapan one step at a time; evaluators of the unit's region and admins read and verify
 * them; a region's "one agency one innovation" coverage per year follows the seeded coverage rule. Audited per
 * innovation.
 */
@ApplicationScoped
public class InnovationService {

    @Inject
    Caller caller;

    @Inject
    RegionService regions;

    @Inject
    RegisterAudit audit;

    /** Registers an innovation of {@code unitId}; for the unit's operator and admins. */
    @Transactional
    public InnovationView register(UUID unitId, InnovationRequest request) {
        ServiceUnit unit = unit(unitId);
        requireWrite(unit.id);
        Innovation i = new Innovation();
        i.id = UUID.randomUUID();
        i.unitId = unit.id;
        i.regionCode = unit.regionCode;
        i.stage = request.stage() == null ? InnovationStage.INISIATIF : InnovationStage.parse(request.stage(), "stage");
        apply(i, request);
        Instant now = Instant.now();
        i.createdBy = caller.name();
        i.createdAt = now;
        i.updatedBy = i.createdBy;
        i.updatedAt = now;
        i.version = 1;
        i.persist();
        audit.record(
                Register.INNOVATION, i.id, "INNOVATION_REGISTERED", Map.of("unit", unit.id, "stage", i.stage.text()));
        return view(i);
    }

    /** The innovations of a unit (optionally of one year), newest year first. */
    public List<InnovationView> list(UUID unitId, Integer year) {
        ServiceUnit unit = unit(unitId);
        caller.requireRead(unit.regionCode, unit.id);
        List<Innovation> found = year == null
                ? Innovation.list("unitId = ?1 order by year desc, createdAt, id", unit.id)
                : Innovation.list("unitId = ?1 and year = ?2 order by createdAt, id", unit.id, year);
        return found.stream().map(this::view).toList();
    }

    /** One innovation, for the unit's operator, evaluators of its region and readers of everything. */
    public InnovationView get(UUID id) {
        Innovation i = innovation(id);
        caller.requireRead(i.regionCode, i.unitId);
        return view(i);
    }

    /** The audit trail of one innovation. */
    public List<RegisterAudit.AuditView> trail(UUID id) {
        Innovation i = innovation(id);
        caller.requireRead(i.regionCode, i.unitId);
        return audit.of(Register.INNOVATION, i.id);
    }

    /**
     * Replaces an innovation's fields; the stage stays or moves one step forward (409 naming {@code stage}
     * otherwise). For the unit's operator and admins.
     */
    @Transactional
    public InnovationView update(UUID id, InnovationRequest request) {
        Innovation i = Innovation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw ProblemException.notFound("Innovation", id);
        }
        requireWrite(i.unitId);
        if (request.expectedVersion() != null && request.expectedVersion() != i.version) {
            throw ProblemException.conflict("Innovation " + id + " is at version " + i.version + ", not "
                    + request.expectedVersion() + ": read it again");
        }
        InnovationStage from = i.stage;
        InnovationStage to = request.stage() == null ? from : InnovationStage.parse(request.stage(), "stage");
        from.requireStepOrStay(to, "Innovation " + id);
        i.stage = to;
        apply(i, request);
        i.updatedBy = caller.name();
        i.updatedAt = Instant.now();
        i.version++;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", i.version);
        if (to != from) {
            detail.put("stage", from.text() + " -> " + to.text());
        }
        audit.record(Register.INNOVATION, i.id, "INNOVATION_UPDATED", detail);
        return view(i);
    }

    /** Records an evaluator's or admin's verification of an innovation of their region. */
    @Transactional
    public InnovationView verify(UUID id, VerificationRequest request) {
        Innovation i = Innovation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw ProblemException.notFound("Innovation", id);
        }
        if (!caller.canManage(i.regionCode)) {
            throw ProblemException.forbidden("Only an evaluator of the unit's region or an admin verifies");
        }
        i.verified = request.verified();
        i.verificationNote = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        i.verifiedBy = caller.name();
        i.verifiedAt = Instant.now();
        i.version++;
        audit.record(
                Register.INNOVATION,
                i.id,
                "INNOVATION_VERIFIED",
                Map.of("verified", i.verified, "stage", i.stage.text()));
        return view(i);
    }

    /**
     * "One agency one innovation" coverage of a region in a year: active service units of the region, those meeting
     * the seeded coverage rule, and the year's innovations per stage. For admins, viewers and evaluators whose
     * region contains it.
     */
    public RegionSummary summary(String code, Integer year) {
        if (!RegionCodes.isValid(code) || !regions.exists(code)) {
            throw ProblemException.notFound("Region", code);
        }
        if (!caller.readsEverything() && !caller.inRegion(code)) {
            throw ProblemException.forbidden("Region " + code + " lies outside your scope");
        }
        if (year == null) {
            throw ProblemException.badRequest("year", "is required");
        }
        CoverageRule rule = CoverageRule.findById(CoverageRule.ONE_UNIT_ONE_INNOVATION);
        String inside = RegionCodes.likeInside(code);
        List<ServiceUnit> units = ServiceUnit.list(
                "active = true and subjectKind = ?1 and (regionCode = ?2 or regionCode like ?3) order by regionCode, name",
                SubjectKind.UNIT,
                code,
                inside);
        List<Innovation> ofYear =
                Innovation.list("year = ?1 and (regionCode = ?2 or regionCode like ?3)", year, code, inside);
        Map<String, Long> perStage = new LinkedHashMap<>();
        for (InnovationStage s : InnovationStage.values()) {
            perStage.put(s.text(), ofYear.stream().filter(i -> i.stage == s).count());
        }
        List<UnitCoverage> perUnit = units.stream()
                .map(u -> {
                    List<Innovation> own =
                            ofYear.stream().filter(i -> i.unitId.equals(u.id)).toList();
                    long qualifying = own.stream()
                            .filter(i -> i.stage.compareTo(rule.minStage) >= 0)
                            .count();
                    return new UnitCoverage(u.id, u.name, u.regionCode, own.size(), qualifying >= rule.minInnovations);
                })
                .toList();
        long covered = perUnit.stream().filter(UnitCoverage::covered).count();
        BigDecimal coverage = units.isEmpty()
                ? null
                : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(units.size()), 2, RoundingMode.HALF_UP);
        return new RegionSummary(
                code,
                year,
                new RuleView(
                        rule.code, rule.minInnovations, rule.minStage.text(), rule.confirmed, rule.reason, rule.source),
                units.size(),
                covered,
                coverage,
                ofYear.size(),
                perStage,
                ofYear.stream().filter(i -> i.replicatedFromId != null).count(),
                perUnit);
    }

    private void apply(Innovation i, InnovationRequest r) {
        i.name = r.name().trim();
        i.innovator = r.innovator().trim();
        i.year = r.year();
        i.jenis = r.jenis().toUpperCase(Locale.ROOT);
        i.bentuk = r.bentuk().toUpperCase(Locale.ROOT);
        i.inisiator = r.inisiator() == null ? null : r.inisiator().toUpperCase(Locale.ROOT);
        i.purpose = r.purpose();
        i.benefit = r.benefit();
        i.result = r.result();
        i.trialDate = r.trialDate();
        i.implementedDate = r.implementedDate();
        if (i.trialDate != null && i.implementedDate != null && i.implementedDate.isBefore(i.trialDate)) {
            throw ProblemException.badRequest("implementedDate", "must not be before trialDate");
        }
        if (i.stage == InnovationStage.PENERAPAN && i.implementedDate == null) {
            throw ProblemException.businessRule("implementedDate", "an innovation in penerapan needs its date");
        }
        if (r.replicatedFromId() != null) {
            Innovation original = Innovation.findById(r.replicatedFromId());
            if (original == null) {
                throw ProblemException.badRequest("replicatedFromId", "no such innovation");
            }
            if (original.unitId.equals(i.unitId)) {
                throw ProblemException.badRequest("replicatedFromId", "must be an innovation of another unit");
            }
        }
        i.replicatedFromId = r.replicatedFromId();
        if (r.competitionTier() == null || r.competitionTier().isBlank()) {
            if (r.competitionYear() != null) {
                throw ProblemException.badRequest("competitionTier", "is required with competitionYear");
            }
            i.competitionTier = null;
            i.competitionYear = null;
        } else {
            CompetitionTier tier =
                    CompetitionTier.findById(r.competitionTier().trim().toUpperCase(Locale.ROOT));
            if (tier == null) {
                throw ProblemException.badRequest("competitionTier", "no such competition tier");
            }
            int in = r.competitionYear() == null ? r.year() : r.competitionYear();
            if (!tier.existedIn(in)) {
                throw ProblemException.badRequest("competitionTier", tier.code + " was not awarded in " + in);
            }
            i.competitionTier = tier.code;
            i.competitionYear = in;
        }
        i.evidence.clear();
        if (r.evidence() != null) {
            for (EvidenceLink link : r.evidence()) {
                Innovation.Evidence e = new Innovation.Evidence();
                e.label = link.label().trim();
                e.url = link.url().trim();
                i.evidence.add(e);
            }
        }
    }

    private InnovationView view(Innovation i) {
        ServiceUnit unit = ServiceUnit.findById(i.unitId);
        List<Replication> replications =
                Innovation.<Innovation>list("replicatedFromId = ?1 order by year, createdAt", i.id).stream()
                        .map(r -> {
                            ServiceUnit u = ServiceUnit.findById(r.unitId);
                            return new Replication(r.id, r.unitId, u == null ? null : u.name, r.year);
                        })
                        .toList();
        CompetitionTier tier = i.competitionTier == null ? null : CompetitionTier.findById(i.competitionTier);
        return new InnovationView(
                i.id,
                i.unitId,
                unit == null ? null : unit.name,
                i.regionCode,
                i.name,
                i.innovator,
                i.year,
                i.jenis.toLowerCase(Locale.ROOT),
                i.bentuk.toLowerCase(Locale.ROOT),
                i.inisiator == null ? null : i.inisiator.toLowerCase(Locale.ROOT),
                i.purpose,
                i.benefit,
                i.result,
                i.stage.text(),
                i.trialDate,
                i.implementedDate,
                i.replicatedFromId,
                replications,
                tier == null ? null : TierView.of(tier),
                i.competitionYear,
                i.evidence.stream().map(e -> new EvidenceLink(e.label, e.url)).toList(),
                i.verified,
                i.verifiedBy,
                i.verifiedAt,
                i.verificationNote,
                i.createdBy,
                i.createdAt,
                i.updatedBy,
                i.updatedAt,
                i.version);
    }

    private void requireWrite(UUID unitId) {
        if (!caller.isAdmin() && !caller.ownsUnit(unitId)) {
            throw ProblemException.forbidden("Only the unit's operator or an admin registers its innovations");
        }
    }

    private static ServiceUnit unit(UUID id) {
        ServiceUnit unit = ServiceUnit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Unit", id);
        }
        return unit;
    }

    private static Innovation innovation(UUID id) {
        Innovation i = Innovation.findById(id);
        if (i == null) {
            throw ProblemException.notFound("Innovation", id);
        }
        return i;
    }
}
