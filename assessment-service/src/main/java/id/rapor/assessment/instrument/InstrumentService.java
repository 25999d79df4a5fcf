package id.rapor.assessment.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.assessment.instrument.InstrumentDtos.Definition;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentRequest;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentSummary;
import id.rapor.assessment.instrument.InstrumentDtos.InstrumentView;
import id.rapor.assessment.unit.SubjectKind;
import id.rapor.events.Basis;
import id.rapor.events.GradeScale;
import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes instrument versions (never changed once written) and reads them back with their scoring. */
@ApplicationScoped
public class InstrumentService {

    @Inject
    InstrumentRepository instruments;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    /** Publishes version 1 of a new instrument; 409 when the code is taken, 422 when a rule is broken. */
    @Transactional
    public InstrumentView create(InstrumentRequest request) {
        if (instruments.findLatest(request.code()).isPresent()) {
            throw ProblemException.conflict("Instrument " + request.code()
                    + " exists; PUT /api/v1/assessment/instruments/" + request.code() + " publishes a new version");
        }
        return publish(request, 1);
    }

    /** Publishes the next version of an existing instrument; earlier versions and their results stay as they were. */
    @Transactional
    public InstrumentView revise(String code, InstrumentRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.badRequest("code", "must equal the instrument code in the path (" + code + ")");
        }
        InstrumentVersion latest =
                instruments.findLatest(code).orElseThrow(() -> ProblemException.notFound("Instrument", code));
        return publish(request, latest.version + 1);
    }

    /** The newest version of every instrument. */
    public List<InstrumentSummary> listLatest() {
        return instruments.findAllLatest().stream()
                .map(InstrumentService::summary)
                .toList();
    }

    /** Every version of one instrument. */
    public List<InstrumentSummary> versions(String code) {
        List<InstrumentVersion> versions = instruments.findVersions(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Instrument", code);
        }
        return versions.stream().map(InstrumentService::summary).toList();
    }

    /** One version with its content; {@code version} null for the newest. */
    public InstrumentView get(String code, Integer version) {
        InstrumentVersion found = (version == null
                        ? instruments.findLatest(code)
                        : instruments.findVersion(code, version))
                .orElseThrow(() -> ProblemException.notFound(
                        "Instrument version", code + (version == null ? "" : " v" + version)));
        return view(found);
    }

    /** A stored version by id, for cycles and assessments. */
    public InstrumentVersion byId(UUID id) {
        return instruments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Instrument version", id));
    }

    /** A stored version by code and number. */
    public InstrumentVersion find(String code, int version) {
        return instruments
                .findVersion(code, version)
                .orElseThrow(() -> ProblemException.notFound("Instrument version", code + " v" + version));
    }

    /** The scoring of a stored version: its weights, its grading and the basis of its results. */
    public Scoring scoring(InstrumentVersion version) {
        return new Scoring(definition(version), version.scaleMax, version.decimals, basis(version));
    }

    /** Whether results of a stored version rest only on confirmed parts, and if not, which. */
    public Basis basis(InstrumentVersion version) {
        try {
            List<String> reasons = mapper.readValue(version.unconfirmed, new TypeReference<List<String>>() {});
            if (!version.bandsConfirmed && reasons.isEmpty()) {
                reasons = List.of("band cut-offs or zones of " + version.code + " v" + version.version);
            }
            return Basis.of(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("instrument version " + version.id + " holds unreadable reasons", e);
        }
    }

    /**
     * The grading a stored version publishes with its results ({@code CODE/vN}, decimals, bands), so consumers show
     * the same band and grade roll-ups of the index with the same table.
     */
    public GradeScale scale(InstrumentVersion version) {
        return new GradeScale(
                version.code + "/v" + version.version,
                version.decimals,
                version.bandsConfirmed,
                definition(version).bands().stream()
                        .map(b -> new GradeScale.BandRow(b.lowerBound(), b.code(), b.label(), b.zone()))
                        .toList());
    }

    /** The aspects, indicators and bands of a stored version. */
    public Definition definition(InstrumentVersion version) {
        try {
            return mapper.readValue(version.definition, Definition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("instrument version " + version.id + " holds an unreadable definition", e);
        }
    }

    private InstrumentView publish(InstrumentRequest request, int number) {
        List<Problem.FieldError> violations = InstrumentRules.violations(request);
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    422,
                    "business-rule",
                    "Business rule violated",
                    violations.stream()
                            .map(e -> e.field() + ": " + e.message())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""),
                    violations);
        }
        InstrumentVersion version = new InstrumentVersion();
        version.id = UUID.randomUUID();
        version.code = request.code();
        version.version = number;
        version.name = request.name().strip();
        version.indexCode = request.indexCode();
        version.legalBasis = request.legalBasis().strip();
        version.validFromYear = request.validFromYear();
        version.validToYear = request.validToYear();
        version.scaleMax = request.scaleMax();
        version.decimals = request.decimalsOrDefault();
        version.bandsConfirmed = request.bandsConfirmed() == null || request.bandsConfirmed();
        try {
            version.unconfirmed = mapper.writeValueAsString(
                    request.unconfirmed() == null
                            ? List.of()
                            : request.unconfirmed().stream().map(String::strip).toList());
            version.definition = mapper.writeValueAsString(new Definition(request.aspects(), request.bands()));
            version.subjectKinds = mapper.writeValueAsString(request.subjectKindsOrDefault());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store instrument definition", e);
        }
        version.createdAt = Instant.now();
        version.createdBy = caller.name();
        instruments.persist(version);
        return view(version);
    }

    private InstrumentView view(InstrumentVersion v) {
        Definition d = definition(v);
        return new InstrumentView(
                v.id,
                v.code,
                v.version,
                v.name,
                v.indexCode,
                v.legalBasis,
                v.validFromYear,
                v.validToYear,
                v.scaleMax,
                v.createdAt,
                v.createdBy,
                d.aspects(),
                d.bands(),
                v.decimals,
                v.bandsConfirmed,
                basis(v),
                subjectKinds(v));
    }

    /** The lokus rule of a version: the subject kinds it assesses. */
    public List<SubjectKind> subjectKinds(InstrumentVersion v) {
        try {
            return mapper.readValue(v.subjectKinds, new TypeReference<List<SubjectKind>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable subject kinds of instrument version " + v.id, e);
        }
    }

    private static InstrumentSummary summary(InstrumentVersion v) {
        return new InstrumentSummary(
                v.id,
                v.code,
                v.version,
                v.name,
                v.indexCode,
                v.legalBasis,
                v.validFromYear,
                v.validToYear,
                v.createdAt);
    }
}
