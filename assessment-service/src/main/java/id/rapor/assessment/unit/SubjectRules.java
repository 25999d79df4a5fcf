package id.rapor.assessment.unit;

import id.rapor.assessment.unit.UnitDtos.UnitRequest;
import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What each kind of subject must be: an instansi has no region and belongs to no instansi (only the national
 * administrator registers one); a Pemda is the one government of a province or kab/kota; a unit has a region and
 * may belong to an instansi.
 */
@ApplicationScoped
public class SubjectRules {

    @Inject
    UnitRepository units;

    @Inject
    Caller caller;

    /** Requires the caller to manage a subject of this request's kind and region (an instansi: national scope). */
    public void requireManage(UnitRequest request) {
        if (SubjectKind.of(request.type()) == SubjectKind.INSTANSI) {
            if (!caller.isAdmin()) {
                throw ProblemException.forbidden("Only a national administrator manages an instansi (K/L, BUMN)");
            }
            return;
        }
        caller.requireManage(request.regionCode());
    }

    /** Checks the request against its kind's rules; {@code self} is the subject being changed (null: a new one). */
    public void check(UnitRequest request, UUID self) {
        SubjectKind kind = SubjectKind.of(request.type());
        if (kind == SubjectKind.INSTANSI) {
            if (request.regionCode() != null) {
                throw ProblemException.badRequest(
                        "regionCode", "an instansi (" + request.type() + ") has no region; leave regionCode out");
            }
        } else if (request.regionCode() == null) {
            throw ProblemException.badRequest(
                    "regionCode", "is required for a " + kind.name().toLowerCase());
        }
        if (kind != SubjectKind.UNIT && request.instansiId() != null) {
            throw ProblemException.badRequest("instansiId", "only a unit belongs to an instansi");
        }
        if (kind == SubjectKind.PEMDA) {
            if (RegionCodes.level(request.regionCode()) > 2) {
                throw ProblemException.businessRule(
                        "regionCode",
                        "a Pemda is the government of a province or kabupaten/kota, not of " + request.regionCode());
            }
            units.findPemda(request.regionCode())
                    .filter(other -> !other.id.equals(self))
                    .ifPresent(other -> {
                        throw ProblemException.conflict(
                                "Region " + request.regionCode() + " already has its Pemda " + other.id);
                    });
        }
        if (request.instansiId() != null) {
            ServiceUnit instansi = units.findByIdOptional(request.instansiId()).orElse(null);
            if (instansi == null || instansi.subjectKind != SubjectKind.INSTANSI) {
                throw ProblemException.businessRule(
                        "instansiId", "names no registered instansi (K/L, BUMN, BUMD): " + request.instansiId());
            }
        }
    }
}
