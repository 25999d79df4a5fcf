package id.rapor.assessment.sop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.audit.RegisterAudit;
import id.rapor.assessment.audit.RegisterAudit.Register;
import id.rapor.assessment.sop.SopDtos.Answer;
import id.rapor.assessment.sop.SopDtos.AnsweredCriterion;
import id.rapor.assessment.sop.SopDtos.CriteriaView;
import id.rapor.assessment.sop.SopDtos.EvaluationRequest;
import id.rapor.assessment.sop.SopDtos.EvaluationView;
import id.rapor.assessment.sop.SopDtos.RevisionView;
import id.rapor.assessment.sop.SopDtos.SopRequest;
import id.rapor.assessment.sop.SopDtos.SopView;
import id.rapor.assessment.sop.SopDtos.UnitSummary;
import id.rapor.assessment.unit.ServiceUnit;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The SOP register (PermenPANRB 35/2012, SOP-AP): a unit's operator (or an admin) registers its SOPs with their
 * header and revises them, each revision keeping the header it replaced; evaluators of the unit's region (and
 * admins) record per SOP and year whether it is applied (Tabel 7) and the yes/no answers to a versioned criteria set,
 * from which "needs revision" (any tidak) and a local "% ya" score follow; a unit's coverage and compliance sum them
 * up. Audited per SOP.
 */
@ApplicationScoped
public class SopService {

    static final String DRAFT = "DRAFT";
    static final String IN_FORCE = "DITETAPKAN";
    static final String REVOKED = "DICABUT";
    static final String APPLIED_WELL = "BERJALAN_BAIK";

    @Inject
    Caller caller;

    @Inject
    RegisterAudit audit;

    @Inject
    ObjectMapper mapper;

    /** Registers an SOP of {@code unitId} (status draft unless given); for the unit's operator and admins. */
    @Transactional
    public SopView register(UUID unitId, SopRequest request) {
        ServiceUnit unit = unit(unitId);
        requireWrite(unit.id);
        requireFreeNumber(unit.id, request.number().trim(), null);
        SopDocument s = new SopDocument();
        s.id = UUID.randomUUID();
        s.unitId = unit.id;
        s.regionCode = unit.regionCode;
        s.revision = 1;
        s.status = DRAFT;
        apply(s, request);
        Instant now = Instant.now();
        s.createdBy = caller.name();
        s.createdAt = now;
        s.updatedBy = s.createdBy;
        s.updatedAt = now;
        s.persist();
        audit.record(
                Register.SOP,
                s.id,
                "SOP_REGISTERED",
                Map.of("unit", unit.id, "number", s.number, "status", text(s.status)));
        return view(s);
    }

    /** The SOPs of a unit, by number. */
    public List<SopView> list(UUID unitId) {
        ServiceUnit unit = unit(unitId);
        caller.requireRead(unit.regionCode, unit.id);
        return SopDocument.<SopDocument>list("unitId = ?1 order by number", unit.id).stream()
                .map(this::view)
                .toList();
    }

    /** One SOP with its revision history. */
    public SopView get(UUID id) {
        SopDocument s = sop(id);
        caller.requireRead(s.regionCode, s.unitId);
        return view(s);
    }

    /** The audit trail of one SOP. */
    public List<RegisterAudit.AuditView> trail(UUID id) {
        SopDocument s = sop(id);
        caller.requireRead(s.regionCode, s.unitId);
        return audit.of(Register.SOP, s.id);
    }

    /**
     * Revises an SOP: the new header replaces the current one, which is kept in the history with the reason; needs
     * revisedDate and revisionReason. A revoked SOP is not revised (409 naming status).
     */
    @Transactional
    public SopView revise(UUID id, SopRequest request) {
        SopDocument s = SopDocument.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("SOP", id);
        }
        requireWrite(s.unitId);
        if (REVOKED.equals(s.status)) {
            String detail = "SOP " + id + " is dicabut; register a new SOP instead of revising it";
            throw new ProblemException(
                    409, "conflict", "Conflict", detail, List.of(new Problem.FieldError("status", detail)));
        }
        if (request.revisedDate() == null) {
            throw ProblemException.badRequest("revisedDate", "is required when revising");
        }
        if (request.revisionReason() == null || request.revisionReason().isBlank()) {
            throw ProblemException.badRequest("revisionReason", "is required when revising");
        }
        if (s.revisedDate != null && request.revisedDate().isBefore(s.revisedDate)) {
            throw ProblemException.badRequest(
                    "revisedDate", "must not be before the previous revision " + s.revisedDate);
        }
        requireFreeNumber(s.unitId, request.number().trim(), s.id);
        SopRevision old = new SopRevision();
        old.id = UUID.randomUUID();
        old.sopId = s.id;
        old.revision = s.revision;
        old.header = json(header(s));
        old.replacedBy = caller.name();
        old.replacedAt = Instant.now();
        old.reason = request.revisionReason().trim();
        old.persist();
        String from = s.status;
        apply(s, request);
        s.revision++;
        s.updatedBy = caller.name();
        s.updatedAt = old.replacedAt;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("revision", s.revision);
        detail.put("reason", old.reason);
        if (!from.equals(s.status)) {
            detail.put("status", text(from) + " -> " + text(s.status));
        }
        audit.record(Register.SOP, s.id, "SOP_REVISED", detail);
        return view(s);
    }

    /**
     * Records an evaluation of how an SOP in force is applied, for evaluators of the unit's region and admins:
     * every criterion of the set answered once; needsRevision = any tidak; score = % ya (local).
     */
    @Transactional
    public EvaluationView evaluate(UUID id, EvaluationRequest request) {
        SopDocument s = sop(id);
        if (!caller.canManage(s.regionCode)) {
            throw ProblemException.forbidden("Only an evaluator of the unit's region or an admin evaluates SOPs");
        }
        if (!IN_FORCE.equals(s.status)) {
            throw ProblemException.businessRule("status", "only an SOP that is ditetapkan is evaluated");
        }
        int version = request.criteriaVersion() == null ? SopCriteriaSet.DEFAULT_VERSION : request.criteriaVersion();
        SopCriteriaSet set = SopCriteriaSet.findById(version);
        if (set == null) {
            throw ProblemException.badRequest("criteriaVersion", "no such criteria set");
        }
        Map<Integer, Answer> byNumber = new TreeMap<>();
        for (Answer a : request.answers()) {
            if (a.number() > set.criteria.size()) {
                throw ProblemException.badRequest("answers", "criterion " + a.number() + " is not in set " + version);
            }
            if (byNumber.put(a.number(), a) != null) {
                throw ProblemException.badRequest("answers", "criterion " + a.number() + " is answered twice");
            }
        }
        List<AnsweredCriterion> answered = new ArrayList<>();
        for (int n = 1; n <= set.criteria.size(); n++) {
            Answer a = byNumber.get(n);
            if (a == null) {
                throw ProblemException.badRequest("answers", "criterion " + n + " is not answered");
            }
            answered.add(new AnsweredCriterion(n, set.criteria.get(n - 1), a.yes(), blankToNull(a.note())));
        }
        SopEvaluation e = new SopEvaluation();
        e.id = UUID.randomUUID();
        e.sopId = s.id;
        e.unitId = s.unitId;
        e.regionCode = s.regionCode;
        e.year = request.year();
        e.sopRevision = s.revision;
        e.application = request.application().toUpperCase(Locale.ROOT);
        e.method = request.method().toUpperCase(Locale.ROOT);
        e.note = blankToNull(request.note());
        e.action = blankToNull(request.action());
        e.criteriaVersion = set.version;
        e.answers = json(answered);
        e.criteriaCount = answered.size();
        e.yesCount = (int) answered.stream().filter(AnsweredCriterion::yes).count();
        // Biro Organisasi practice (INSTRUMENTS-ADDENDUM §3.4): any "tidak" → the SOP needs revision
        e.needsRevision = e.yesCount < e.criteriaCount;
        e.evaluatedBy = caller.name();
        e.evaluatedAt = Instant.now();
        e.persist();
        audit.record(
                Register.SOP,
                s.id,
                "SOP_EVALUATED",
                Map.of("evaluation", e.id, "year", e.year, "application", text(e.application), "yes", e.yesCount));
        return view(e, set);
    }

    /** The evaluations of an SOP, newest first. */
    public List<EvaluationView> evaluations(UUID id) {
        SopDocument s = sop(id);
        caller.requireRead(s.regionCode, s.unitId);
        return SopEvaluation.<SopEvaluation>list("sopId = ?1 order by evaluatedAt desc, id", s.id).stream()
                .map(e -> view(e, SopCriteriaSet.findById(e.criteriaVersion)))
                .toList();
    }

    /**
     * A unit's SOP coverage and compliance in a year, from each SOP in force and its latest evaluation of that year.
     */
    public UnitSummary summary(UUID unitId, Integer year) {
        ServiceUnit unit = unit(unitId);
        caller.requireRead(unit.regionCode, unit.id);
        if (year == null) {
            throw ProblemException.badRequest("year", "is required");
        }
        List<SopDocument> all = SopDocument.list("unitId", unit.id);
        List<SopDocument> inForce =
                all.stream().filter(s -> IN_FORCE.equals(s.status)).toList();
        long evaluated = 0;
        long well = 0;
        long revise = 0;
        BigDecimal scoreSum = BigDecimal.ZERO;
        for (SopDocument s : inForce) {
            Optional<SopEvaluation> latest = SopEvaluation.<SopEvaluation>find(
                            "sopId = ?1 and year = ?2 order by evaluatedAt desc, id", s.id, year)
                    .firstResultOptional();
            if (latest.isEmpty()) {
                continue;
            }
            SopEvaluation e = latest.get();
            evaluated++;
            well += APPLIED_WELL.equals(e.application) ? 1 : 0;
            revise += e.needsRevision ? 1 : 0;
            scoreSum = scoreSum.add(
                    BigDecimal.valueOf(e.yesCount).divide(BigDecimal.valueOf(e.criteriaCount), MathContext.DECIMAL64));
        }
        BigDecimal mean = evaluated == 0
                ? null
                : scoreSum.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(evaluated), 2, RoundingMode.HALF_UP);
        return new UnitSummary(
                unit.id,
                year,
                inForce.size(),
                all.stream().filter(s -> DRAFT.equals(s.status)).count(),
                all.stream().filter(s -> REVOKED.equals(s.status)).count(),
                evaluated,
                percent(evaluated, inForce.size()),
                well,
                percent(well, evaluated),
                revise,
                mean);
    }

    private void apply(SopDocument s, SopRequest r) {
        if (r.effectiveDate().isBefore(r.madeDate())) {
            throw ProblemException.badRequest("effectiveDate", "must not be before madeDate");
        }
        if (r.revisedDate() != null && r.revisedDate().isBefore(r.madeDate())) {
            throw ProblemException.badRequest("revisedDate", "must not be before madeDate");
        }
        s.number = r.number().trim();
        s.title = r.title().trim();
        s.madeDate = r.madeDate();
        s.revisedDate = r.revisedDate();
        s.effectiveDate = r.effectiveDate();
        s.approverName = r.approverName().trim();
        s.approverNip = r.approverNip();
        s.approverPosition = r.approverPosition().trim();
        s.legalBasis = r.legalBasis().trim();
        s.implementerQualification = blankToNull(r.implementerQualification());
        s.relatedSops = blankToNull(r.relatedSops());
        s.equipment = blankToNull(r.equipment());
        s.warnings = blankToNull(r.warnings());
        s.records = blankToNull(r.records());
        s.documentUrl = blankToNull(r.documentUrl());
        if (r.status() != null) {
            s.status = r.status().toUpperCase(Locale.ROOT);
        }
    }

    private SopView view(SopDocument s) {
        ServiceUnit unit = ServiceUnit.findById(s.unitId);
        List<RevisionView> history = SopRevision.<SopRevision>list("sopId = ?1 order by revision", s.id).stream()
                .map(r -> new RevisionView(r.revision, r.header, r.replacedBy, r.replacedAt, r.reason))
                .toList();
        return new SopView(
                s.id,
                s.unitId,
                unit == null ? null : unit.name,
                s.regionCode,
                s.number,
                s.title,
                s.madeDate,
                s.revisedDate,
                s.effectiveDate,
                s.approverName,
                s.approverNip,
                s.approverPosition,
                s.legalBasis,
                s.implementerQualification,
                s.relatedSops,
                s.equipment,
                s.warnings,
                s.records,
                s.documentUrl,
                text(s.status),
                s.revision,
                history,
                s.createdBy,
                s.createdAt,
                s.updatedBy,
                s.updatedAt);
    }

    private EvaluationView view(SopEvaluation e, SopCriteriaSet set) {
        List<AnsweredCriterion> answers;
        try {
            answers = mapper.readValue(e.answers, new TypeReference<List<AnsweredCriterion>>() {});
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot read the answers of evaluation " + e.id, ex);
        }
        return new EvaluationView(
                e.id,
                e.sopId,
                e.unitId,
                e.year,
                e.sopRevision,
                text(e.application),
                text(e.method),
                e.note,
                e.action,
                new CriteriaView(
                        set.version,
                        set.name,
                        set.confirmed,
                        set.reason,
                        set.source,
                        set.scoreReason,
                        List.copyOf(set.criteria)),
                answers,
                e.yesCount,
                e.needsRevision,
                percent(e.yesCount, e.criteriaCount),
                e.evaluatedBy,
                e.evaluatedAt);
    }

    private static Map<String, Object> header(SopDocument s) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("number", s.number);
        h.put("title", s.title);
        h.put("madeDate", s.madeDate.toString());
        h.put("revisedDate", s.revisedDate == null ? null : s.revisedDate.toString());
        h.put("effectiveDate", s.effectiveDate.toString());
        h.put("approverName", s.approverName);
        h.put("approverNip", s.approverNip);
        h.put("approverPosition", s.approverPosition);
        h.put("legalBasis", s.legalBasis);
        h.put("implementerQualification", s.implementerQualification);
        h.put("relatedSops", s.relatedSops);
        h.put("equipment", s.equipment);
        h.put("warnings", s.warnings);
        h.put("records", s.records);
        h.put("documentUrl", s.documentUrl);
        h.put("status", text(s.status));
        return h;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static String text(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void requireWrite(UUID unitId) {
        if (!caller.isAdmin() && !caller.ownsUnit(unitId)) {
            throw ProblemException.forbidden("Only the unit's operator or an admin registers and revises its SOPs");
        }
    }

    private static void requireFreeNumber(UUID unitId, String number, UUID except) {
        boolean taken = SopDocument.<SopDocument>list("unitId = ?1 and number = ?2", unitId, number).stream()
                .anyMatch(other -> !other.id.equals(except));
        if (taken) {
            String detail = "The unit already has an SOP numbered " + number;
            throw new ProblemException(
                    409, "conflict", "Conflict", detail, List.of(new Problem.FieldError("number", detail)));
        }
    }

    private static ServiceUnit unit(UUID id) {
        ServiceUnit unit = ServiceUnit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Unit", id);
        }
        return unit;
    }

    private static SopDocument sop(UUID id) {
        SopDocument s = SopDocument.findById(id);
        if (s == null) {
            throw ProblemException.notFound("SOP", id);
        }
        return s;
    }
}
