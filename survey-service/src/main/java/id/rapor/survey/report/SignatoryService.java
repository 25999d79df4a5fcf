package id.rapor.survey.report;

import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.report.ReportDtos.SignatoryChange;
import id.rapor.survey.report.ReportDtos.SignatoryRequest;
import id.rapor.survey.report.ReportDtos.SignatoryView;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps who signs the documents of a unit or region, audited. A unit's documents use its own signatory, else its
 * kabupaten/kota's, else its province's. A unit's managers (its operator, evaluators of its region, admins) set the
 * unit's; evaluators of a region and admins set the region's.
 */
@ApplicationScoped
public class SignatoryService {

    @Inject
    SignatoryRepository signatories;

    @Inject
    UnitReplicaService units;

    @Inject
    Caller caller;

    static String unitScope(UUID unitId) {
        return "UNIT:" + unitId;
    }

    static String regionScope(String code) {
        return "REGION:" + code;
    }

    /** Sets the unit's own signatory. */
    @Transactional
    public SignatoryView setForUnit(UUID unitId, SignatoryRequest request) {
        requireManageUnit(unit(unitId));
        return set(unitScope(unitId), request);
    }

    /** Sets a region's signatory (a province or kabupaten/kota). */
    @Transactional
    public SignatoryView setForRegion(String regionCode, SignatoryRequest request) {
        requireRegion(regionCode);
        caller.requireManage(regionCode);
        return set(regionScope(regionCode), request);
    }

    /** The signatory a unit's documents use (its own, its kab/kota's or its province's); 404 when none is set. */
    public SignatoryView forUnit(UUID unitId) {
        UnitReplica unit = unit(unitId);
        requireManageUnit(unit);
        return effective(unit)
                .map(SignatoryView::of)
                .orElseThrow(() -> ProblemException.notFound("Signatory of unit", unitId));
    }

    /** A region's own signatory; 404 when none is set. */
    public SignatoryView forRegion(String regionCode) {
        requireRegion(regionCode);
        caller.requireManage(regionCode);
        return signatories
                .findByIdOptional(regionScope(regionCode))
                .map(SignatoryView::of)
                .orElseThrow(() -> ProblemException.notFound("Signatory of region", regionCode));
    }

    /** The changes of the unit's own signatory, oldest first. */
    public List<SignatoryChange> auditOfUnit(UUID unitId) {
        requireManageUnit(unit(unitId));
        return audit(unitScope(unitId));
    }

    /** The changes of a region's signatory, oldest first. */
    public List<SignatoryChange> auditOfRegion(String regionCode) {
        requireRegion(regionCode);
        caller.requireManage(regionCode);
        return audit(regionScope(regionCode));
    }

    /** For documents: the unit's effective signatory without a scope check (the document's own check applies). */
    public Optional<Signatory> effective(UnitReplica unit) {
        Optional<Signatory> own = signatories.findByIdOptional(unitScope(unit.id));
        if (own.isPresent()) {
            return own;
        }
        if (unit.regencyCode != null) {
            Optional<Signatory> regency = signatories.findByIdOptional(regionScope(unit.regencyCode));
            if (regency.isPresent()) {
                return regency;
            }
        }
        return signatories.findByIdOptional(regionScope(unit.provinceCode));
    }

    private List<SignatoryChange> audit(String scope) {
        return signatories.auditOf(scope).stream()
                .map(a -> new SignatoryChange(a.id, a.scope, a.before, a.after, a.actor, a.at))
                .toList();
    }

    private SignatoryView set(String scope, SignatoryRequest request) {
        String nip = request.nip() == null || request.nip().isBlank()
                ? null
                : request.nip().replace(" ", "");
        if (nip != null && !nip.matches("[0-9]{18}")) {
            throw ProblemException.badRequest("nip", "must be the 18 digits of a NIP");
        }
        Signatory signatory = signatories.findByIdOptional(scope).orElse(null);
        Map<String, String> before = signatory == null ? null : values(signatory);
        if (signatory == null) {
            signatory = new Signatory();
            signatory.scope = scope;
        }
        signatory.name = request.name().trim();
        signatory.nip = nip;
        signatory.position = request.position().trim();
        signatory.place = request.place() == null || request.place().isBlank()
                ? null
                : request.place().trim();
        signatory.updatedBy = caller.name();
        signatory.updatedAt = Instant.now();
        signatories.persist(signatory);
        SignatoryAudit audit = new SignatoryAudit();
        audit.scope = scope;
        audit.before = before;
        audit.after = values(signatory);
        audit.actor = signatory.updatedBy;
        audit.at = signatory.updatedAt;
        audit.persist();
        return SignatoryView.of(signatory);
    }

    private static Map<String, String> values(Signatory s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", s.name);
        values.put("nip", s.nip);
        values.put("position", s.position);
        values.put("place", s.place);
        return values;
    }

    private UnitReplica unit(UUID unitId) {
        return units.find(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
    }

    private void requireManageUnit(UnitReplica unit) {
        if (!caller.canManage(unit.regionCode) && !caller.ownsUnit(unit.id)) {
            throw ProblemException.forbidden("This unit lies outside your region or unit");
        }
    }

    private static void requireRegion(String regionCode) {
        if (regionCode == null || !RegionCodes.isValid(regionCode) || RegionCodes.level(regionCode) > 2) {
            throw ProblemException.badRequest("regionCode", "must be a province (73) or kabupaten/kota (73.04) code");
        }
    }
}
